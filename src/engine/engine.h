/* engine.h — internals shared by the engine's files (launch, attach,
 * the event loop). Only the engine calls ptrace. */
#ifndef SCTRACE_ENGINE_H
#define SCTRACE_ENGINE_H

#include "engine/session.h"

/* the ptrace options for a tracee of this session; filtered: it carries
 * our seccomp filter */
unsigned engine_ptrace_options(const struct session *s, bool filtered);
/* a new tracee record with its line and memory set up */
struct tracee *engine_new_tracee(struct session *s, pid_t pid);
/* forgets a tracee (it exited or was detached) */
void engine_drop_tracee(struct session *s, struct tracee *t);
/* from now on t is served but never printed (it carries our filter and
 * cannot be let go) */
void engine_make_silent(struct session *s, struct tracee *t);
/* a stop of a silent tracee: resume it, deliver its signals */
void engine_silent_stop(struct session *s, struct tracee *t, int status);
/* a stop of a pid we have no record of: a new child (followed, silent,
 * or let go) */
void engine_unknown_stop(struct session *s, pid_t pid, int status);

/* launch.c: starts the command stopped and seized; returns its pid */
pid_t launch_command(struct session *s);
/* resolves argv[0] as strace does; exits with one line if not found */
char *launch_resolve(const char *name);

/* attach.c: seizes every -p process (all threads with -f) */
void attach_all(struct session *s);
/* detaches every tracee, letting each run on */
void detach_all(struct session *s);

/* the exit of a tracee: its record, sinks, and forgetting it */
void engine_exit_status(struct session *s, struct tracee *t, int wstatus);
/* a call in flight when we detach: " <detached ...>" */
void engine_abandon_for_detach(struct session *s, struct tracee *t);
/* writes the part built so far of every call in flight, in entry order,
 * as strace (which writes each entry at once) would have; how many */
unsigned engine_show_partial_lines(struct session *s);

/* a message on stderr unless -q said otherwise */
void engine_note(const struct session *s, unsigned quiet_bit, const char *fmt,
		 ...) PRINTF_LIKE(3, 4);

#endif
