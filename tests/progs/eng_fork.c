/* Children by fork, vfork and clone3; each makes a marker call
 * (close(-N)) and exits with its own status; the parent reaps them and
 * exits with the sum of the statuses. */
#include <linux/sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int st;
	static int sum;
	pid_t p = fork();
	if (p == 0) {
		close(-11);
		_exit(1);
	}
	waitpid(p, &st, 0);
	sum += WEXITSTATUS(st);

	p = vfork();
	if (p == 0) {
		close(-22);
		_exit(2);
	}
	waitpid(p, &st, 0);
	sum += WEXITSTATUS(st);

	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.exit_signal = SIGCHLD;
	p = (pid_t)syscall(SYS_clone3, &ca, sizeof(ca));
	if (p == 0) {
		close(-33);
		_exit(3);
	}
	if (p > 0) {
		waitpid(p, &st, 0);
		sum += WEXITSTATUS(st);
	} else {
		sum += 3; /* no clone3 on this kernel */
	}
	printf("%d\n", sum);
	return sum;
}
