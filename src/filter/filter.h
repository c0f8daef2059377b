/* filter.h — which calls the trace shows beyond trace= (-P paths,
 * --trace-fds), and the seccomp program that keeps excluded calls from
 * stopping the tracee at all. The engine asks; this module decides. */
#ifndef SCTRACE_FILTER_H
#define SCTRACE_FILTER_H

#include <stdbool.h>

struct session;
struct tracee;
struct call;

/* once, before any tracee exists: decides whether to use seccomp */
void filter_setup(struct session *s);
/* in our child, between fork and execve: installs the seccomp program
 * when filter_setup chose to; returns 0 or -1 (the child goes on
 * without it) */
int filter_install_seccomp(const struct session *s);
/* at entry of a call trace= selected: false hides it (-P, --trace-fds) */
bool filter_entry(struct session *s, struct tracee *t, struct call *c);
/* at every exit the engine sees */
void filter_exit(struct session *s, struct tracee *t, struct call *c);
void filter_inherit(struct session *s, struct tracee *parent,
		    struct tracee *child);
void filter_exec(struct session *s, struct tracee *t);
void filter_forget(struct session *s, struct tracee *t);

#endif
