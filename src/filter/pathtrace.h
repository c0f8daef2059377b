/* pathtrace.h — -P PATH and --trace-fds: whether a call refers to one of
 * the paths (by name, or through an fd open on it, as /proc shows the fd)
 * or to one of the fds. strace's rules, call by call (pathargs.def).
 * Reads tracee memory through the call's struct mem and /proc, nothing
 * else; never trusts a length from the tracee. */
#ifndef SCTRACE_PATHTRACE_H
#define SCTRACE_PATHTRACE_H

#include <stdbool.h>
#include <stddef.h>

#include "filter/sets.h"

struct call;
struct config;

struct path_filter {
	bool active;  /* -P or --trace-fds given */
	char **paths; /* -P paths, and what they resolve into */
	int npaths;
	const struct fd_set_spec *fds; /* --trace-fds, or NULL */
};

/* From the config: the -P paths and their resolved forms (with strace's
 * "Requested path ... resolved into ..." note unless quiet). */
void path_filter_init(struct path_filter *pf, const struct config *cfg);
void path_filter_free(struct path_filter *pf);
/* whether the call refers to a path or fd of the filter */
bool path_filter_match(const struct path_filter *pf, struct call *c);
/* adds every call that can ever match (in either personality) */
void path_filter_calls(struct syscall_set *set);

/* for tests: the argument mask pathargs.def gives a call */
unsigned pathargs_of(int pers, const struct call *c);
enum {
	PA_FD0 = 1 << 0,   /* FD(i) is PA_FD0 << i */
	PA_PATH0 = 1 << 8, /* PATH(i) is PA_PATH0 << i */
	PA_POLLFDS = 1 << 16,
	PA_FDSETS = 1 << 17,
	PA_OLDSELECT = 1 << 18,
};

#endif
