/* doctor.h — why a process cannot be traced, and what to do about it.
 * Reads /proc and sysctls; never attaches to the process it examines
 * (it may check that ptrace works at all on a child of its own). The
 * engine's attach error and `sctrace --doctor -p PID` both use it. */
#ifndef SCTRACE_DOCTOR_H
#define SCTRACE_DOCTOR_H

#include <stdbool.h>
#include <sys/types.h>

struct doctor_finding {
	bool blocks;	/* this alone prevents attaching */
	char what[512]; /* "already traced by pid 1200 (strace)" */
	char fix[512];	/* "stop or detach that tracer first" ("" if none) */
};

/* Looks at pid; fills up to max findings (blocking ones first) and
 * returns how many. checked, if not NULL, gets the list of what was
 * looked at ("process state, tracer, ..."). */
int doctor_check(pid_t pid, struct doctor_finding *out, int max, char *checked,
		 size_t checked_len);

/* The finding for a Yama ptrace_scope value, given whether sctrace has
 * CAP_SYS_PTRACE; false when the scope does not matter. */
bool doctor_yama_finding(int scope, bool cap_sys_ptrace,
			 struct doctor_finding *f);

/* The lines of a failed attach: strace's message, then each reason found,
 * as "sctrace: attach PID: reason; fix". */
void doctor_report_attach_error(pid_t pid, int err);

struct config;
/* --doctor -p PID...: prints the findings; returns the exit status (0:
 * every pid can be traced, 1: some cannot) */
int doctor_run(const struct config *cfg);

#endif
