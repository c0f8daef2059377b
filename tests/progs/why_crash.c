/* why_crash: sets RLIMIT_CORE to 0 and dies of SIGSEGV. */
#include <signal.h>
#include <sys/resource.h>

int main(void)
{
	struct rlimit rl = {0, 0};
	setrlimit(RLIMIT_CORE, &rl);
	*(volatile int *)0 = 1;
	return 0;
}
