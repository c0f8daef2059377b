/* T threads (argv[1], default 4) each make M calls (argv[2], default 200)
 * of close(-(1000000 + t*M + j)): every call has its own argument, so a
 * test can check that each appears exactly once in a -f trace. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static long calls = 200;

static void *worker(void *arg)
{
	long t = (long)arg;
	for (long j = 0; j < calls; j++)
		close((int)-(1000000 + t * calls + j));
	return NULL;
}

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 4;
	if (argc > 2)
		calls = atol(argv[2]);
	pthread_t th[64];
	if (n > 64)
		n = 64;
	for (long t = 1; t < n; t++)
		pthread_create(&th[t], NULL, worker, (void *)t);
	worker((void *)0);
	for (long t = 1; t < n; t++)
		pthread_join(th[t], NULL);
	return 0;
}
