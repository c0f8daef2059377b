/* eng_exit N: exits with status N; eng_exit -S: raises signal S;
 * eng_exit -S core: the same after allowing a core dump. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 0;
	int v = atoi(argv[1]);
	if (v >= 0)
		return v;
	if (argc > 2 && strcmp(argv[2], "core") == 0) {
		struct rlimit rl = { RLIM_INFINITY, RLIM_INFINITY };
		setrlimit(RLIMIT_CORE, &rl);
	}
	signal(-v, SIG_DFL);
	raise(-v);
	return 100;
}
