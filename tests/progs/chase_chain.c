/* A five-process chain of waits for --chase, with no cycle:
 *   1 reads a pipe written by 2,
 *   2 waits in wait4 for 3,
 *   3 reads a pipe written by 4,
 *   4 reads a UNIX stream socket whose other end 5 holds,
 *   5 sleeps in nanosleep: the place to look.
 * Each process holds only the fds its role needs. Prints nothing; the
 * test finds the pids as children of each other. Every process ends
 * itself after 60 s (alarm). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LIFETIME 60

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static pid_t spawn(void)
{
	pid_t p = fork();
	if (p < 0)
		die("fork");
	if (p == 0)
		alarm(LIFETIME);
	return p;
}

static void drain(int fd)
{
	char buf[64];
	while (read(fd, buf, sizeof(buf)) > 0)
		;
}

int main(void)
{
	alarm(LIFETIME);
	int a[2];
	if (pipe(a) < 0)
		die("pipe");
	if (spawn()) {
		/* 1 */
		close(a[1]);
		drain(a[0]);
		return 0;
	}
	/* 2: holds a's write end, waits for 3 */
	close(a[0]);
	pid_t three = spawn();
	if (three) {
		waitpid(three, NULL, 0);
		return 0;
	}
	close(a[1]);
	int b[2];
	if (pipe(b) < 0)
		die("pipe");
	if (spawn()) {
		/* 3 */
		close(b[1]);
		drain(b[0]);
		return 0;
	}
	/* 4 */
	close(b[0]);
	int s[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, s) < 0)
		die("socketpair");
	if (spawn()) {
		close(s[1]);
		drain(s[0]);
		return 0;
	}
	/* 5 */
	close(b[1]);
	close(s[0]);
	struct timespec ts = {3600, 0};
	nanosleep(&ts, NULL);
	return 0;
}
