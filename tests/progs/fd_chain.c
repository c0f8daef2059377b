/* The --peers chain: a parent reading a pipe from a child (the client),
 * which talks TCP to a server on 127.0.0.1, another child.
 *   fd_chain        prints "PIDS parent=P server=S client=C rfd=R wfd=W"
 *                   (the pipe's ends) and runs:
 * server: accept, read "ping", write "pong", read until EOF
 * client: connect, write "ping", read, write "done" into the pipe
 * parent: read the pipe, wait for both.
 * Every process closes the ends it does not use before the others can
 * look, so the holders of each other end are exactly one process. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void server(int listener, int ready)
{
	prctl(PR_SET_NAME, "chain-server");
	/* tell the parent our unused fds are closed */
	if (write(ready, "r", 1) != 1)
		die("ready");
	close(ready);
	int c = accept(listener, NULL, NULL);
	if (c < 0)
		die("accept");
	close(listener);
	char buf[16];
	if (read(c, buf, 4) != 4)
		die("server read");
	if (write(c, "pong", 4) != 4)
		die("server write");
	while (read(c, buf, sizeof(buf)) > 0)
		;
	_exit(0);
}

static void client(int port, int out, int bye)
{
	prctl(PR_SET_NAME, "chain-client");
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(s, (struct sockaddr *)&a, sizeof(a)) < 0)
		die("connect");
	char buf[4];
	if (write(s, "ping", 4) != 4 || read(s, buf, 4) != 4)
		die("client io");
	if (write(out, "done", 4) != 4)
		die("client pipe");
	/* hold the write end until the parent has read */
	while (read(bye, buf, 1) > 0)
		;
	_exit(0);
}

int main(void)
{
	/* no SIGCHLD lines: where they fall in the trace is the
	 * scheduler's choice (the differential cases compare traces) */
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	int p[2], sync[2], bye[2];
	if (pipe(p) < 0 || pipe(sync) < 0)
		die("pipe");
	struct sockaddr_in a = {.sin_family = AF_INET};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	socklen_t len = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM, 0);
	if (bind(l, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(l, 1) < 0 ||
	    getsockname(l, (struct sockaddr *)&a, &len) < 0)
		die("listen");
	pid_t srv = fork();
	if (srv == 0) {
		close(p[0]);
		close(p[1]);
		close(sync[0]);
		server(l, sync[1]);
	}
	close(l);
	close(sync[1]);
	char c;
	if (read(sync[0], &c, 1) != 1)
		die("sync");
	close(sync[0]);
	if (pipe(bye) < 0)
		die("pipe");
	pid_t cli = fork();
	if (cli == 0) {
		close(p[0]);
		close(bye[1]);
		client(ntohs(a.sin_port), p[1], bye[0]);
	}
	close(p[1]);
	close(bye[0]);
	printf("PIDS parent=%d server=%d client=%d rfd=%d wfd=%d\n",
	       (int)getpid(), (int)srv, (int)cli, p[0], p[1]);
	fflush(stdout);
	char buf[8];
	if (read(p[0], buf, sizeof(buf)) != 4)
		die("parent read");
	close(bye[1]);
	waitpid(cli, NULL, 0);
	waitpid(srv, NULL, 0);
	return 0;
}
