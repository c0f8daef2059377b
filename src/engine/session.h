/* session.h — one run of the tracer: the config, the tracees, where the
 * trace goes, and the sinks that receive finished records.
 * The engine owns the session; sinks only read what they are given. */
#ifndef SCTRACE_SESSION_H
#define SCTRACE_SESSION_H

#include <signal.h>
#include <stdbool.h>
#include <sys/types.h>

#include "config.h"
#include "engine/tracee.h"
#include "emit/writer.h"

struct session;

/* A sink sees every syscall (also those the trace does not print),
 * signal and exit. The -c summary and the --why recorder are sinks. */
struct sink {
	/* at syscall entry; c is decoded when text is true */
	void (*syscall_entry)(struct sink *, struct session *, struct tracee *,
			      const struct call *);
	/* at syscall exit: d is the call's duration (wall, or system time
	 * for -c); line is the rendered text or NULL */
	void (*syscall_exit)(struct sink *, struct session *, struct tracee *,
			     const struct call *, const struct timespec *wall,
			     const struct timespec *sys, const char *line);
	void (*signal)(struct sink *, struct session *, struct tracee *,
		       int sig);
	void (*exit)(struct sink *, struct session *, struct tracee *,
		     int wstatus);
	/* the trace is over: print reports to out */
	void (*finish)(struct sink *, struct session *, struct output *out);
	/* frees the sink, after every sink's finish; may be NULL */
	void (*destroy)(struct sink *);
	/* the sink wants calls decoded even when the trace hides them */
	bool wants_decoding;
	/* the sink must see every call, also those trace= excludes: no
	 * seccomp filter may keep a call from stopping (--why looks for
	 * failures in all of them) */
	bool needs_every_call;
	struct sink *next;
};

struct session {
	const struct config *cfg;
	struct proctab procs;
	struct output *out;   /* the trace, unless -ff */
	const struct emit_ops *ops;
	bool tracing_output;  /* lines are written (not only -c) */
	pid_t child;          /* the command we launched, or 0 */
	int child_wstatus;    /* how it ended */
	bool child_ended;
	unsigned long long seq;
	struct timespec last_ts; /* -r */
	bool have_last_ts;
	struct sink *sinks;
	bool seccomp_active;  /* a seccomp filter is installed in our child */
	struct filter_state *filter; /* owned by filter/ */
	unsigned silent;      /* tracees with TF_SILENT */
	bool detached;        /* interrupted: every tracee that could be
				 detached was */
	struct timespec stop_stime; /* -c: the stopped process's system
				       time, from wait4 */
	bool any_sink_decodes;
	bool any_sink_needs_every_call; /* filter_setup: no seccomp filter */
	int exit_code_override;
	/* what sctrace inherited, for the command it launches: the signals
	 * it found ignored and the signal mask */
	sigset_t inherited_ignored;
	sigset_t inherited_mask;
};

void session_add_sink(struct session *s, struct sink *k);

/* runs the whole trace; returns the wait status to report */
int engine_run(struct session *s);

/* fatal signal received by sctrace: 0 or the signal number */
extern volatile sig_atomic_t engine_interrupted;

#endif
