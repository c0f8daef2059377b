/* why_zombie: forks a child that exits at once and never reaps it; prints
 * "zombie PID" and sleeps until killed (for --doctor). */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	pid_t child = fork();
	if (child == 0)
		_exit(0);
	printf("zombie %d\n", (int)child);
	fflush(stdout);
	for (;;)
		pause();
}
