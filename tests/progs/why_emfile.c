/* why_emfile: lowers RLIMIT_NOFILE to 16 and opens /dev/null until it
 * fails with EMFILE; exits 1 with a message. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

int main(void)
{
	struct rlimit rl = {16, 16};
	if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
		return 2;
	for (;;)
		if (open("/dev/null", O_RDONLY) < 0)
			break;
	fprintf(stderr, "emfile: cannot open /dev/null: %s\n", strerror(errno));
	return 1;
}
