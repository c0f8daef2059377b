/* Signal names as strace prints them: SIGHUP..SIGSYS, SIGRTMIN for the
 * kernel's first real-time signal (32), then SIGRT_1... */
#include <stdio.h>

#include "xlat/xlat.h"

const char *signal_name(int sig)
{
	static char buf[16];
	const char *n = xlat_name(&xlat_signals, (uint64_t)sig);
	if (n)
		return n;
	if (sig == 32)
		return "SIGRTMIN";
	if (sig > 32 && sig <= 64) {
		snprintf(buf, sizeof(buf), "SIGRT_%d", sig - 32);
		return buf;
	}
	return NULL;
}
