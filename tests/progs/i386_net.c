/* An i386 tracee's sockets (cc -m32): glibc goes through socketcall(2),
 * which strace shows as the call made (socket, bind, send, recv...);
 * the direct calls i386 got later; unknown and unreadable socketcalls;
 * messages with 32-bit msghdr, iovec and cmsg layouts. TCP and UDP on
 * 127.0.0.1, a UNIX socket pair. */
#include <arpa/inet.h>
#include <linux/net.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	struct sockaddr_in a = {.sin_family = AF_INET,
				.sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t len = sizeof(a);

	/* TCP through glibc (socketcall) */
	int srv = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	bind(srv, (struct sockaddr *)&a, sizeof(a));
	listen(srv, 4);
	getsockname(srv, (struct sockaddr *)&a, &len);
	int cli = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	connect(cli, (struct sockaddr *)&a, sizeof(a));
	int acc = accept(srv, NULL, NULL);
	getpeername(acc, (struct sockaddr *)&a, &len);
	send(cli, "ping", 4, MSG_NOSIGNAL);
	recv(acc, buf, sizeof(buf), 0);
	sendto(acc, "pong", 4, 0, NULL, 0);
	recvfrom(cli, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL);
	recv(cli, buf, sizeof(buf), MSG_DONTWAIT);
	int v;
	socklen_t vl = sizeof(v);
	getsockopt(cli, IPPROTO_TCP, TCP_NODELAY, &v, &vl);
	getsockopt(cli, SOL_SOCKET, SO_TYPE, &v, &vl);
	struct linger lg = {1, 5};
	setsockopt(cli, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	struct timeval tv = {1, 500};
	setsockopt(cli, SOL_SOCKET, SO_RCVTIMEO_OLD, &tv, sizeof(tv));

	/* messages: msghdr, iovecs, control data */
	struct iovec iov[2] = {{"hel", 3}, {"lo", 2}};
	struct msghdr mh = {.msg_iov = iov, .msg_iovlen = 2};
	sendmsg(cli, &mh, 0);
	char rb[16];
	struct iovec riov = {rb, sizeof(rb)};
	struct msghdr rmh = {.msg_iov = &riov, .msg_iovlen = 1};
	recvmsg(acc, &rmh, 0);
	shutdown(cli, SHUT_WR);
	close(cli);
	close(acc);
	close(srv);

	/* UNIX pair with SCM_RIGHTS, mmsg */
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	union {
		struct cmsghdr h;
		char b[CMSG_SPACE(sizeof(int))];
	} ctl;
	memset(&ctl, 0, sizeof(ctl));
	struct msghdr fm = {.msg_iov = iov, .msg_iovlen = 1,
			    .msg_control = ctl.b, .msg_controllen = sizeof(ctl)};
	struct cmsghdr *cm = CMSG_FIRSTHDR(&fm);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &sv[0], sizeof(int));
	sendmsg(sv[0], &fm, 0);
	struct msghdr rfm = {.msg_iov = &riov, .msg_iovlen = 1,
			     .msg_control = ctl.b,
			     .msg_controllen = sizeof(ctl)};
	int got = recvmsg(sv[1], &rfm, MSG_CMSG_CLOEXEC);
	if (got >= 0 && rfm.msg_controllen)
		close(*(int *)CMSG_DATA(CMSG_FIRSTHDR(&rfm)));
	struct mmsghdr mm[2] = {{.msg_hdr = {.msg_iov = iov, .msg_iovlen = 1}},
				{.msg_hdr = {.msg_iov = iov + 1,
					     .msg_iovlen = 1}}};
	sendmmsg(sv[0], mm, 2, 0);
	struct mmsghdr rm[2] = {
		{.msg_hdr = {.msg_iov = &riov, .msg_iovlen = 1}},
		{.msg_hdr = {.msg_iov = &riov, .msg_iovlen = 1}}};
	struct {
		int64_t sec, nsec;
	} t64 = {0, 1000};
	/* one message each (with a timeout, how many one call takes
	 * depends on the time left) */
	syscall(SYS_recvmmsg_time64, sv[1], rm, 1, MSG_DONTWAIT, &t64);
	struct {
		int32_t sec, nsec;
	} t32 = {0, 1000};
	syscall(SYS_recvmmsg, sv[1], rm, 1, MSG_DONTWAIT, &t32);

	/* UDP */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in ua = {.sin_family = AF_INET,
				 .sin_port = htons(9),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	sendto(u, "x", 1, 0, (struct sockaddr *)&ua, sizeof(ua));
	close(u);

	/* socketcall by hand: every shape, the direct calls too */
	uint32_t args[6] = {AF_UNIX, SOCK_STREAM, 0};
	long fd = syscall(SYS_socketcall, SYS_SOCKET, args);
	uint32_t gs[3] = {(uint32_t)fd, 0, 0};
	syscall(SYS_socketcall, SYS_GETSOCKNAME, gs);
	syscall(SYS_socketcall, 99, gs);
	syscall(SYS_socketcall, 0, gs);
	syscall(SYS_socketcall, SYS_SOCKET, NULL);
	syscall(SYS_socketcall, SYS_SOCKET, 16);
	uint32_t sh[2] = {(uint32_t)fd, SHUT_RDWR};
	syscall(SYS_socketcall, SYS_SHUTDOWN, sh);
	uint32_t snd[4] = {(uint32_t)fd, (uint32_t)(uintptr_t) "abc", 3, 0};
	syscall(SYS_socketcall, SYS_SEND, snd);
	uint32_t rcv[4] = {(uint32_t)fd, (uint32_t)(uintptr_t)buf, 3, 0};
	syscall(SYS_socketcall, SYS_RECV, rcv);
	close(fd);
	fd = syscall(SYS_socket, AF_INET6, SOCK_DGRAM, 0);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_BROADCAST, &one,
		sizeof(one));
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_BROADCAST, &v, &vl);
	syscall(SYS_bind, fd, NULL, 0);
	close(fd);
	return 0;
}
