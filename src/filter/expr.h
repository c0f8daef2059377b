/* expr.h — strace's -e expressions: trace=, signal=, status=, quiet=,
 * abbrev=, verbose=, raw=, read=, write=, decode-fds=, and the class and
 * regex syntax of syscall sets. Bad input: one line naming the bad token,
 * exit 1 (before anything is traced). */
#ifndef SCTRACE_EXPR_H
#define SCTRACE_EXPR_H

#include <stdbool.h>

struct config;

/* "-e EXPR": a qualifier=value (trace= when no qualifier is given) */
void expr_parse(struct config *cfg, const char *expr);
/* one qualifier by name, as the long options give them */
void expr_parse_qualifier(struct config *cfg, const char *qual,
			  const char *value);
/* a signal by name (SIGKILL, KILL) or number; -1 if invalid */
int expr_signal_number(const char *s);
/* a --trace-fds= / read= / write= fd list into a set */
struct fd_set_spec;
void expr_parse_fdset(struct fd_set_spec *set, const char *value,
		      const char *what);
/* the defaults before any -e: trace all, abbrev all, verbose all */
void expr_defaults(struct config *cfg);

#endif
