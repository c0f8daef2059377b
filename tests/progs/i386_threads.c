/* An i386 tracee with threads, a fork and an exec (cc -m32 -pthread):
 * pthread_create's clone3 (or clone, with i386's argument order) and
 * its TLS descriptor, futexes, robust lists, the thread stacks' mmap2
 * and mprotect; a child that runs /bin/true (a 64-bit program: the
 * personality changes at the exec). Threads run one at a time, so that
 * both tracers see the same calls in the same order. */
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int fds[2], go[2];

/* each thread waits for the go of its creator: it cannot exit (and
 * clear the tid clone3 stored) before its clone3 has returned */
static void *worker(void *arg)
{
	char c = (char)(long)arg;
	read(go[0], &c, 1);
	c = (char)(long)arg;
	write(fds[1], &c, 1);
	return arg;
}

int main(void)
{
	pipe(fds);
	pipe(go);
	for (long i = 0; i < 3; i++) {
		pthread_t t;
		void *ret;
		pthread_create(&t, NULL, worker, (void *)('a' + i));
		write(go[1], "g", 1);
		pthread_join(t, &ret);
	}
	char buf[4];
	read(fds[0], buf, 3);
	pid_t pid = fork();
	if (pid == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	pid = vfork();
	if (pid == 0) {
		execl("/nonexistent", "x", (char *)NULL);
		_exit(3);
	}
	waitpid(pid, &status, 0);
	printf("%.3s %d\n", buf, WEXITSTATUS(status));
	return 0;
}
