/* Stops itself with SIGSTOP, then (once continued) writes "resumed" and
 * exits 0. */
#include <signal.h>
#include <unistd.h>

int main(void)
{
	raise(SIGSTOP);
	write(1, "resumed\n", 8);
	return 0;
}
