/* A second thread execve's argv[1] (default /bin/true) while the main
 * thread sleeps in pause(). */
#include <pthread.h>
#include <unistd.h>

static char *prog = "/bin/true";

static void *run(void *arg)
{
	(void)arg;
	char *av[] = { prog, NULL };
	execv(prog, av);
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		prog = argv[1];
	pthread_t t;
	pthread_create(&t, NULL, run, NULL);
	pause();
	return 1;
}
