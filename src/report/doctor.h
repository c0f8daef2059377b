/* doctor.h — why a process cannot be traced, and what to do about it.
 * Reads /proc and sysctls only; never attaches. The attach error of the
 * engine and `sctrace --doctor -p PID` both use it. */
#ifndef SCTRACE_DOCTOR_H
#define SCTRACE_DOCTOR_H

#include <stdbool.h>
#include <sys/types.h>

struct doctor_finding {
	bool blocks;      /* this alone prevents tracing */
	char what[256];   /* "pid 1234 belongs to uid 1000 (alice)" */
	char fix[256];    /* "run sctrace as uid 1000 or as root" */
};

/* Looks at pid; fills up to max findings and returns how many. */
int doctor_check(pid_t pid, struct doctor_finding *out, int max);

/* The line(s) for a failed attach: strace's message, then each reason
 * found, as "sctrace: attach PID: reason; fix". */
void doctor_report_attach_error(pid_t pid, int err);

struct config;
/* --doctor -p PID...: prints the findings; returns the exit status */
int doctor_run(const struct config *cfg);

#endif
