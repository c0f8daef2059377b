/* A file lock held by one process and waited for by another, for
 * --chase:
 *   chase_lock flock|posix|ofd FILE
 * The parent takes an exclusive lock on FILE (flock(2), fcntl F_SETLK or
 * F_OFD_SETLK), then forks a child that opens FILE anew and asks for the
 * same lock, waiting (flock, F_SETLKW, F_OFD_SETLKW); the parent sleeps
 * in nanosleep. Both end themselves after 60 s (alarm). */
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LIFETIME 60

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static int lock(const char *how, int fd, bool wait)
{
	if (!strcmp(how, "flock"))
		return flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB));
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
	if (!strcmp(how, "posix"))
		return fcntl(fd, wait ? F_SETLKW : F_SETLK, &fl);
	return fcntl(fd, wait ? F_OFD_SETLKW : F_OFD_SETLK, &fl);
}

int main(int argc, char **argv)
{
	alarm(LIFETIME);
	if (argc != 3) {
		fprintf(stderr, "usage: chase_lock flock|posix|ofd FILE\n");
		return 2;
	}
	int fd = open(argv[2], O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0 || lock(argv[1], fd, false) < 0)
		die("lock");
	pid_t kid = fork();
	if (kid < 0)
		die("fork");
	if (kid == 0) {
		alarm(LIFETIME);
		close(fd);
		int mine = open(argv[2], O_RDWR | O_CLOEXEC);
		if (mine < 0 || lock(argv[1], mine, true) < 0)
			die("lock in child");
		_exit(0);
	}
	struct timespec ts = {3600, 0};
	nanosleep(&ts, NULL);
	return 0;
}
