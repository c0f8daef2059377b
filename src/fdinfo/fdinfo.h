/* fdinfo.h — what an fd refers to, for -y/-yy annotations.
 * Answers from a per-process cache; the engine tells it when the fd table
 * changes. It reads /proc and sock_diag, never tracee memory. */
#ifndef SCTRACE_FDINFO_H
#define SCTRACE_FDINFO_H

#include <stdint.h>

struct call;
struct config;
struct syscall_set;

/* The annotation for fd in the calling process ("/etc/passwd",
 * "pipe:[123]", "TCP:[...]"), escaped for printing, or NULL when -y is
 * off or the fd is not open. The string lives until the next call. */
const char *fd_annotation(struct call *c, int64_t fd);

/* Adds to set the calls whose exits the cache must see to stay right
 * (close, dup*, fcntl F_DUPFD, execve, clone...), so that a seccomp
 * filter never hides them. Adds nothing when -y is off. */
void fdinfo_required_calls(const struct config *cfg, struct syscall_set *set);

#endif
