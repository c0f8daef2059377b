/* Waiting on fds: pipe/pipe2, poll and ppoll (the revents comment, its
 * 1024-byte cap, "Timeout", "left"), select and pselect6 (in/out sets,
 * the sigmask argument), the epoll calls; arrays that run into unmapped
 * memory and counts far beyond the array. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int p[2], q[2];
	char *pg = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(pg + 4096, 4096);

	syscall(SYS_pipe, p);
	pipe2(q, O_CLOEXEC | O_NONBLOCK | O_DIRECT);
	syscall(SYS_pipe2, q, 0x1234);
	syscall(SYS_pipe, 1);
	syscall(SYS_pipe2, NULL, 0);
	write(p[1], "x", 1);

	struct pollfd f[4] = {{p[0], POLLIN | POLLPRI, 0},
			      {p[1], POLLOUT, 0},
			      {-1, POLLIN, 0},
			      {q[0], POLLIN | POLLRDNORM | 0x8000, 0}};
	poll(f, 4, 100);
	poll(f, 1, 0);
	f[0].events = 0;
	poll(f, 1, 0);
	poll(f + 2, 1, 0);
	poll(NULL, 0, 1);
	syscall(SYS_poll, 1, 2, 0);
	f[0].events = 0x4000;
	poll(f, 1, 0);
	struct pollfd *edge = (void *)(pg + 4096 - sizeof(struct pollfd));
	edge->fd = p[1];
	edge->events = POLLOUT;
	poll(edge, 3, 0);
	struct pollfd many[64];
	for (int i = 0; i < 64; i++) {
		many[i].fd = i < 40 ? p[1] : 1000 + i;
		many[i].events = POLLOUT;
	}
	poll(many, 40, 0);
	poll(many, 64, 0);
	/* long revents: the comment reaches strace's buffer size */
	mkfifo("desc_poll.fifo", 0600);
	int ff = open("desc_poll.fifo", O_RDWR);
	write(ff, "y", 1);
	for (int i = 0; i < 40; i++) {
		many[i].fd = ff;
		many[i].events = POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM;
	}
	poll(many, 33, 0);
	for (int w = 1; w < 100000; w *= 10) {
		for (int i = 0; i < 40; i++)
			many[i].fd = w * 1000 + i;
		poll(many, 40, 0);
	}

	struct timespec ts = {0, 1000};
	sigset_t ss;
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR1);
	f[0].events = POLLIN;
	ppoll(f, 2, &ts, &ss);
	ppoll(f, 2, NULL, NULL);
	syscall(SYS_ppoll, f, 1, &ts, &ss, 7L);
	syscall(SYS_ppoll, f, 1, (void *)1, &ss, 8L);
	read(p[0], f, 1);
	f[0].fd = p[0];
	ppoll(f, 1, &ts, NULL);
	f[0].fd = 120;
	ppoll(f, 1, &ts, NULL);

	fd_set r, w, e;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(p[0], &r);
	FD_SET(q[0], &r);
	FD_SET(p[1], &w);
	FD_SET(0, &e);
	struct timeval tv = {1, 500};
	write(p[1], "x", 1);
	syscall(SYS_select, q[0] + 1, &r, &w, &e, &tv);
	FD_ZERO(&r);
	FD_SET(q[0], &r);
	tv.tv_sec = 0;
	tv.tv_usec = 100;
	syscall(SYS_select, q[0] + 1, &r, NULL, NULL, &tv);
	syscall(SYS_select, 0, NULL, NULL, NULL, &tv);
	FD_SET(p[0], &r);
	syscall(SYS_select, q[0] + 1, &r, NULL, NULL, NULL);
	syscall(SYS_select, q[0] + 1, &r, NULL, NULL, 1);
	syscall(SYS_select, 5, 1, NULL, NULL, &tv);
	syscall(SYS_select, -1, &r, NULL, NULL, &tv);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_ZERO(&w);
	FD_SET(p[0], &w);
	FD_SET(p[1], &w);
	syscall(SYS_select, p[1] + 1, &r, &w, NULL, NULL);
	fd_set all;
	memset(&all, 0xff, sizeof all);
	tv.tv_usec = 0;
	syscall(SYS_select, 200, NULL, NULL, &all, &tv);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	syscall(SYS_pselect6, q[0] + 1, &r, NULL, NULL, &ts, NULL);
	struct {
		sigset_t *ss;
		size_t len;
	} data = {&ss, 8};
	syscall(SYS_pselect6, q[0] + 1, &r, &w, NULL, &ts, &data);
	data.ss = NULL;
	FD_ZERO(&r);
	FD_SET(q[0], &r);
	syscall(SYS_pselect6, q[0] + 1, &r, NULL, NULL, &ts, &data);
	syscall(SYS_pselect6, q[0] + 1, &r, NULL, NULL, &ts, 1);
	data.len = 4;
	syscall(SYS_pselect6, q[0] + 1, &r, NULL, NULL, &ts, &data);

	int ep = epoll_create(10);
	epoll_create(0);
	int ep2 = epoll_create1(EPOLL_CLOEXEC);
	syscall(SYS_epoll_create1, 0x1234);
	syscall(SYS_epoll_create1, EPOLL_CLOEXEC | 4);
	struct epoll_event ev = {EPOLLIN | EPOLLET, {.u64 = 3}};
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT | EPOLLONESHOT | EPOLLEXCLUSIVE | EPOLLWAKEUP |
		    EPOLLRDHUP | EPOLLPRI | EPOLLERR | EPOLLHUP | 0x8000;
	ev.data.u64 = 0x1122334455667788ULL;
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);
	syscall(SYS_epoll_ctl, ep, 9, p[1], &ev);
	syscall(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, p[1], 1);
	ev.events = 0x8000;
	epoll_ctl(ep, EPOLL_CTL_ADD, q[1], &ev);
	struct epoll_event out[40];
	epoll_wait(ep, out, 40, 100);
	epoll_wait(ep2, out, 40, 0);
	syscall(SYS_epoll_wait, ep, 1, 40, 0);
	syscall(SYS_epoll_wait, ep, out, -1, 0);
	epoll_pwait(ep, out, 40, 0, &ss);
	epoll_pwait(ep, out, 40, 0, NULL);
	syscall(SYS_epoll_pwait, ep, out, 40, 0, &ss, 3L);
	syscall(SYS_epoll_pwait2, ep, out, 40, &ts, &ss, 8L);
	syscall(SYS_epoll_pwait2, ep, out, 40, &ts, NULL, 8L);
	syscall(SYS_epoll_pwait2, ep, out, 40, 1, NULL, 8L);
	for (int i = 0; i < 36; i++) {
		ev.events = EPOLLOUT;
		ev.data.u64 = i;
		epoll_ctl(ep2, EPOLL_CTL_ADD, dup(p[1]), &ev);
	}
	epoll_wait(ep2, out, 40, 0);
	unlink("desc_poll.fifo");
	return 0;
}
