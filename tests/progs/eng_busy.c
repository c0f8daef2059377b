/* Works for about argv[1] seconds (default 2), making syscalls all the
 * while, then prints a checksum that depends only on the iteration count
 * it was told (argv[2], default 3000): a tracer that disturbed it would
 * change or stop the result. Writes "ready\n" to stdout first. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	double secs = argc > 1 ? atof(argv[1]) : 2;
	long iters = argc > 2 ? atol(argv[2]) : 3000;
	useconds_t pause_us = (useconds_t)(secs * 1e6 / (double)iters);
	unsigned long sum = 1469598103934665603UL;
	printf("ready\n");
	fflush(stdout);
	for (long i = 0; i < iters; i++) {
		sum = (sum ^ (unsigned long)i) * 1099511628211UL;
		getppid();
		if (pause_us)
			usleep(pause_us);
	}
	printf("%lu\n", sum);
	return 0;
}
