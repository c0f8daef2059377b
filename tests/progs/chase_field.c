/* The deadlock from the field, for --chase:
 *   chase_field server PORTFILE
 *     listens on 127.0.0.1 (port written to PORTFILE), accepts one
 *     connection, reads a command line, forks a worker whose stdout is a
 *     pipe, and waits for it in wait4 before it reads the pipe; the worker
 *     writes 1 MiB, more than the pipe holds: server and worker deadlock.
 *     The worker inherits the connection (as a fork without cleanup does).
 *   chase_field client PORT
 *     forks a child that sends "run\n" to 127.0.0.1:PORT and copies the
 *     answer into a pipe, which the client (the parent) reads.
 * Every process ends itself after 60 s (alarm), whatever the test does. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define LIFETIME 60

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void server(const char *portfile)
{
	int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = {.sin_family = AF_INET,
				.sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	socklen_t len = sizeof(a);
	if (ls < 0 || bind(ls, (struct sockaddr *)&a, sizeof(a)) < 0 ||
	    listen(ls, 4) < 0 ||
	    getsockname(ls, (struct sockaddr *)&a, &len) < 0)
		die("listen");
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", portfile);
	FILE *f = fopen(tmp, "w");
	if (!f || fprintf(f, "%d\n", ntohs(a.sin_port)) < 0 || fclose(f) ||
	    rename(tmp, portfile) < 0)
		die("portfile");
	int c = accept(ls, NULL, NULL);
	if (c < 0)
		die("accept");
	char cmd[64];
	size_t got = 0;
	while (got < sizeof(cmd) - 1) {
		ssize_t n = read(c, cmd + got, 1);
		if (n <= 0)
			die("read command");
		if (cmd[got++] == '\n')
			break;
	}
	int out[2];
	if (pipe(out) < 0)
		die("pipe");
	pid_t w = fork();
	if (w < 0)
		die("fork");
	if (w == 0) {
		alarm(LIFETIME);
		/* the worker: its output into the pipe, all of it */
		dup2(out[1], 1);
		close(out[0]);
		close(out[1]);
		static char big[1 << 20];
		memset(big, 'x', sizeof(big));
		size_t done = 0;
		while (done < sizeof(big)) {
			ssize_t n = write(1, big + done, sizeof(big) - done);
			if (n <= 0)
				_exit(1);
			done += (size_t)n;
		}
		_exit(0);
	}
	close(out[1]);
	/* the bug: wait for the worker before reading what it writes */
	int status;
	waitpid(w, &status, 0);
	char buf[4096];
	ssize_t n;
	while ((n = read(out[0], buf, sizeof(buf))) > 0)
		if (write(c, buf, (size_t)n) != n)
			break;
	exit(0);
}

static void client(int port)
{
	int p[2];
	if (pipe(p) < 0)
		die("pipe");
	pid_t kid = fork();
	if (kid < 0)
		die("fork");
	if (kid == 0) {
		alarm(LIFETIME);
		close(p[0]);
		int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		struct sockaddr_in a = {.sin_family = AF_INET,
					.sin_port = htons((uint16_t)port),
					.sin_addr.s_addr =
						htonl(INADDR_LOOPBACK)};
		if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof(a)) < 0)
			die("connect");
		if (write(s, "run\n", 4) != 4)
			die("send");
		char buf[4096];
		ssize_t n;
		while ((n = read(s, buf, sizeof(buf))) > 0)
			if (write(p[1], buf, (size_t)n) != n)
				break;
		_exit(0);
	}
	close(p[1]);
	char buf[4096];
	while (read(p[0], buf, sizeof(buf)) > 0)
		;
	waitpid(kid, NULL, 0);
	exit(0);
}

int main(int argc, char **argv)
{
	alarm(LIFETIME);
	if (argc == 3 && !strcmp(argv[1], "server"))
		server(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "client"))
		client(atoi(argv[2]));
	fprintf(stderr, "usage: chase_field server PORTFILE | client PORT\n");
	return 2;
}
