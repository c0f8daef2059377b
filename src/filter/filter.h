/* filter.h — which calls the trace shows beyond trace= (-P paths,
 * --trace-fds), the -e read=/write= dumps, and the seccomp program that
 * keeps the calls sctrace does not need from stopping the tracee at all.
 * The engine asks; this module decides. It never calls ptrace.
 *
 * Seccomp by default. When the calls sctrace must see are fewer than all
 * calls, the command it starts gets a seccomp filter before its execve:
 * the needed calls stop it (SECCOMP_RET_TRACE), the others run untouched;
 * children inherit the filter. Needed: the trace= set (narrowed to calls
 * with path or fd arguments under -P/--trace-fds), calls the -y fd cache
 * must see, execve, and the calls that install a seccomp filter of the
 * program's own (after one, that process stops at every call again, so
 * that calls its own filter refuses still show, as without seccomp).
 * Not used: when attaching (-p: a running process cannot be given a
 * filter), with --no-seccomp, -b execve, --why, or when a traced
 * restart_syscall could name a call the filter hid.
 *
 * A filtered process cannot run on without sctrace: its needed calls
 * would fail with ENOSYS. So sctrace never leaves one behind:
 *  - without -f, the children and threads of the command are followed
 *    silently (never printed, as strace, which does not trace them);
 *    sctrace exits when the last process carrying the filter has;
 *  - on SIGINT/SIGTERM/SIGHUP/SIGQUIT, the command gets the signal (as
 *    under strace) and every process without the filter is detached;
 *    those with it stop being printed (strace's "detached") and sctrace
 *    goes on serving them until they exit;
 *  - if sctrace itself dies (SIGKILL, a crash), the kernel kills them
 *    (PTRACE_O_EXITKILL) rather than let them run on broken.
 * The price: a debugger in the traced tree cannot trace the processes
 * sctrace follows; when its ptrace call fails, sctrace says so once and
 * names --no-seccomp, which gives strace's behaviour in all of these. */
#ifndef SCTRACE_FILTER_H
#define SCTRACE_FILTER_H

#include <stdbool.h>

struct session;
struct tracee;
struct call;

/* once, before any tracee exists: resolves -P paths and decides whether
 * to use seccomp (s->seccomp_active) */
void filter_setup(struct session *s);
void filter_teardown(struct session *s);
/* in our child, between its stop and its execve: installs the program;
 * 0, or -1 (the child goes on without it, and the tracer sees that the
 * install call failed) */
int filter_install_seccomp(const struct session *s);
/* at entry of a call trace= selected: false hides it (-P, --trace-fds) */
bool filter_entry(struct session *s, struct tracee *t, struct call *c);
/* at every exit the engine sees: notices the filter taking hold in our
 * child, and a program installing a filter of its own */
void filter_exit(struct session *s, struct tracee *t, struct call *c);
/* a new tracee: it carries what its parent carries */
void filter_inherit(struct session *s, struct tracee *parent,
		    struct tracee *child);
void filter_exec(struct session *s, struct tracee *t);
void filter_forget(struct session *s, struct tracee *t);
/* after the line of a call is written: the -e read=/write= hex dump of
 * its data, to the same output */
void filter_dump_io(struct session *s, struct tracee *t, struct call *c);

#endif
