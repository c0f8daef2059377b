/* -y annotations. This first version reads /proc/PID/fd/N each time; the
 * fd issue replaces it with a cache and socket details. */
#include "fdinfo/fdinfo.h"

#include <stdio.h>
#include <unistd.h>

#include "config.h"
#include "decode/decode.h"

const char *fd_annotation(struct call *c, int64_t fd)
{
	static struct strbuf out;
	char link[64], target[4096];
	if (!(c->cfg->decode_fds & DECODE_FD_PATH) || fd < 0 || fd > INT32_MAX)
		return NULL;
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)c->mem->pid,
		 (int)fd);
	ssize_t n = readlink(link, target, sizeof(target));
	if (n <= 0)
		return NULL;
	sb_reset(&out);
	escape_text(&out, (const unsigned char *)target, (size_t)n, 0);
	return sb_cstr(&out);
}

void fdinfo_required_calls(const struct config *cfg, struct syscall_set *set)
{
	/* the first version reads /proc every time and needs no calls */
	(void)cfg;
	(void)set;
}
