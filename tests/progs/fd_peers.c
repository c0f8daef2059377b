/* --peers when holders change: the write end of a pipe read by the parent
 * is held by a first child, passed with SCM_RIGHTS to a second child
 * (the first closes it and exits), and finally closed when the second
 * exits. At each stage the parent calls fsync(read end), whose
 * annotation must name exactly the current writer, then none.
 *   fd_peers        prints "PIDS first=A second=B" and "STAGE n" lines */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void put(int fd, char c)
{
	if (write(fd, &c, 1) != 1)
		die("write");
}

static char get(int fd)
{
	char c;
	if (read(fd, &c, 1) != 1)
		die("read");
	return c;
}

static void send_fd(int sock, int fd)
{
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec io = {"f", 1};
	struct msghdr m = {.msg_iov = &io,
			   .msg_iovlen = 1,
			   .msg_control = cbuf,
			   .msg_controllen = sizeof(cbuf)};
	struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &fd, sizeof(int));
	if (sendmsg(sock, &m, 0) != 1)
		die("sendmsg");
}

static int recv_fd(int sock)
{
	char cbuf[CMSG_SPACE(sizeof(int))], b;
	struct iovec io = {&b, 1};
	struct msghdr m = {.msg_iov = &io,
			   .msg_iovlen = 1,
			   .msg_control = cbuf,
			   .msg_controllen = sizeof(cbuf)};
	if (recvmsg(sock, &m, 0) != 1 || !CMSG_FIRSTHDR(&m))
		die("recvmsg");
	int fd;
	memcpy(&fd, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(int));
	return fd;
}

int main(void)
{
	int p[2], sp[2], ctl[2], go1[2], go2[2];
	if (pipe(p) || socketpair(AF_UNIX, SOCK_DGRAM, 0, sp) || pipe(ctl) ||
	    pipe(go1) || pipe(go2))
		die("setup");
	pid_t second = fork();
	if (second == 0) {
		close(p[0]);
		close(p[1]);
		close(sp[0]);
		close(ctl[0]);
		close(go1[0]);
		close(go1[1]);
		close(go2[1]);
		put(ctl[1], 'r');
		int w = recv_fd(sp[1]);
		put(ctl[1], 'g');
		get(go2[0]);
		close(w);
		_exit(0);
	}
	pid_t first = fork();
	if (first == 0) {
		close(p[0]);
		close(sp[1]);
		close(ctl[0]);
		close(go1[1]);
		close(go2[0]);
		close(go2[1]);
		put(ctl[1], 'r');
		get(go1[0]);
		send_fd(sp[0], p[1]);
		close(p[1]);
		put(ctl[1], 'p');
		_exit(0);
	}
	close(p[1]);
	close(sp[0]);
	close(sp[1]);
	close(ctl[1]);
	close(go1[0]);
	close(go2[0]);
	printf("PIDS first=%d second=%d\n", (int)first, (int)second);
	fflush(stdout);
	get(ctl[0]);
	get(ctl[0]);
	printf("STAGE 1\n");
	fflush(stdout);
	fsync(p[0]); /* the first child writes */
	put(go1[1], 'g');
	get(ctl[0]);
	get(ctl[0]);
	waitpid(first, NULL, 0);
	printf("STAGE 2\n");
	fflush(stdout);
	fsync(p[0]); /* the second child received it */
	put(go2[1], 'g');
	waitpid(second, NULL, 0);
	printf("STAGE 3\n");
	fflush(stdout);
	fsync(p[0]); /* nobody writes */
	return 0;
}
