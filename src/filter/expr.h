/* expr.h — strace's -e expressions: trace=, signal=, status=, quiet=,
 * abbrev=, verbose=, raw=, read=, write=, decode-fds=, and the class and
 * regex syntax of syscall sets, as strace 6.1 reads them.
 * Every function returns 0, or -1 with one line naming the bad token in
 * err (without the "sctrace: " prefix); options.c prints it and exits 1,
 * before anything is traced. */
#ifndef SCTRACE_EXPR_H
#define SCTRACE_EXPR_H

#include <stdbool.h>
#include <stddef.h>

struct config;
struct fd_set_spec;

#define EXPR_ERR_MAX 512

/* "-e EXPR": a qualifier=value (trace= when no qualifier is given) */
int expr_parse(struct config *cfg, const char *expr, char *err);
/* one qualifier by name, as the long options give them */
int expr_parse_qualifier(struct config *cfg, const char *qual,
			 const char *value, char *err);
/* a --trace-fds= / read= / write= fd list into a set */
int expr_parse_fdset(struct fd_set_spec *set, const char *value, char *err);
/* a signal by name (SIGKILL, KILL, kill) or number (0..255); -1 if
 * invalid */
int expr_signal_number(const char *s);
/* the defaults before any -e: trace all, abbrev all, verbose all */
void expr_defaults(struct config *cfg);

#endif
