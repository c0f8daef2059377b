#include "xlat/errno.h"

#include <stdio.h>
#include <string.h>

#include "xlat/xlat.h"

enum {
	ERESTARTSYS = 512,
	ERESTARTNOINTR = 513,
	ERESTARTNOHAND = 514,
	ERESTART_RESTARTBLOCK = 516,
};

const char *errno_name(int err)
{
	static const char *cache[600];
	static bool filled;
	if (!filled) {
		for (unsigned i = xlat_errnos.count; i-- > 0;) {
			uint64_t v = xlat_errnos.entries[i].val;
			if (v < ARRAY_SIZE(cache))
				cache[v] = xlat_errnos.entries[i].name;
		}
		filled = true;
	}
	if (err > 0 && (unsigned)err < ARRAY_SIZE(cache))
		return cache[err];
	return NULL;
}

bool errno_is_restart(int err)
{
	return err == ERESTARTSYS || err == ERESTARTNOINTR ||
	       err == ERESTARTNOHAND || err == ERESTART_RESTARTBLOCK;
}

const char *errno_message(int err, char *buf, unsigned buflen)
{
	switch (err) {
	case ERESTARTSYS: return "To be restarted if SA_RESTART is set";
	case ERESTARTNOINTR: return "To be restarted";
	case ERESTARTNOHAND: return "To be restarted if no handler";
	case ERESTART_RESTARTBLOCK: return "Interrupted by signal";
	}
	/* glibc's strerror is what strace prints; copy it since its buffer
	 * is shared */
	snprintf(buf, buflen, "%s", strerror(err));
	return buf;
}
