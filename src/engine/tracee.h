/* tracee.h — one traced thread and the table of them.
 * A tracee owns its in-flight call, the line being built for it, and its
 * view of memory. The table is keyed by tid; lookups are on the hot path,
 * so it is a hash with no allocation after a thread is first seen. */
#ifndef SCTRACE_TRACEE_H
#define SCTRACE_TRACEE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "decode/decode.h"
#include "emit/writer.h"

enum {
	TF_INSYSCALL = 1 << 0,   /* entry seen, exit pending */
	TF_HIDDEN = 1 << 1,      /* the call in flight is not printed */
	TF_STARTUP = 1 << 2,     /* our child, before its first execve */
	TF_ATTACHED = 1 << 3,    /* attached with -p: detach, never kill */
	TF_STARTED = 1 << 4,     /* its first stop was seen and it runs */
	TF_GROUP_STOP = 1 << 5,  /* in group-stop (PTRACE_LISTEN) */
	TF_DETACHING = 1 << 6,   /* interrupted to be detached */
	TF_OUR_CHILD = 1 << 7,   /* the command we launched */
	TF_RESTART_NOTE = 1 << 8, /* attached in a syscall: the next call is
				    its restart */
	TF_DECODED = 1 << 9,     /* the call in flight was decoded */
	TF_SECCOMP_ENTRY = 1 << 10, /* the entry came from a seccomp stop */
	TF_SECCOMP = 1 << 11,    /* carries sctrace's seccomp filter: the
				    calls it does not need never stop */
	TF_FULL_STOPS = 1 << 12, /* ...but stop at every call: the program
				    installed a filter of its own */
	TF_SILENT = 1 << 13,     /* followed only because it carries the
				    filter (no -f, or after an interrupt):
				    served, never printed */
	TF_SELECTED = 1 << 14,   /* the call in flight passed trace= and -P
				    (what -c counts) */
	TF_RESUMED_CONT = 1 << 15, /* last resumed with PTRACE_CONT: a
				      seccomp stop is then a call's entry */
};

struct tracee {
	pid_t pid; /* the thread id */
	pid_t tgid;
	unsigned flags;
	int pers; /* personality of the last stop */
	struct call call;
	struct trace_line line;
	struct mem mem;
	struct timespec entry_mono; /* syscall entry, monotonic */
	struct timespec entry_real; /* syscall entry, wall clock (-t) */
	struct timespec entry_cpu;  /* its process's system time at entry (-c) */
	unsigned long long seq;     /* entry order, for partial lines */
	int inject_sig;             /* signal to deliver on resume */
	uint64_t ip;                /* instruction pointer at entry (-i) */
	long restart_nr;            /* for TF_RESTART_NOTE */
	struct syscall_desc unknown_desc;
	char unknown_name[32];
	struct tracee *hnext;
	void *fdcache; /* owned by fdinfo */
	void *why;     /* owned by the --why recorder */
};

struct proctab {
	struct tracee **buckets;
	unsigned nbuckets;
	unsigned count;
};

void proctab_init(struct proctab *pt);
/* frees the table; every tracee must be gone */
void proctab_free(struct proctab *pt);
struct tracee *tracee_find(struct proctab *pt, pid_t pid);
/* creates the record for pid (which must not exist) */
struct tracee *tracee_add(struct proctab *pt, pid_t pid);
/* unlinks and frees */
void tracee_remove(struct proctab *pt, struct tracee *t);
/* re-keys t under a new pid (a thread's execve takes the leader's pid) */
void tracee_rekey(struct proctab *pt, struct tracee *t, pid_t newpid);

/* iteration: for (t = tracee_first(pt, &it); t; t = tracee_next(pt, &it)) */
struct proctab_iter {
	unsigned bucket;
	struct tracee *cur;
};
struct tracee *tracee_first(struct proctab *pt, struct proctab_iter *it);
struct tracee *tracee_next(struct proctab *pt, struct proctab_iter *it);

#endif
