/* why_nodump: makes itself not dumpable with prctl(PR_SET_DUMPABLE, 0),
 * prints "ready" and sleeps until killed (for --doctor). */
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(void)
{
	if (prctl(PR_SET_DUMPABLE, 0) < 0)
		return 2;
	printf("ready\n");
	fflush(stdout);
	for (;;)
		pause();
}
