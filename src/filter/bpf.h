/* bpf.h — the seccomp program: the calls sctrace must see return
 * SECCOMP_RET_TRACE (the tracee stops), every other call
 * SECCOMP_RET_ALLOW (it runs at full speed, never stopping).
 * A pure function of the set, unit-tested with its own interpreter;
 * installing the program is filter.c's job.
 *
 * The program checks the arch field first: x86_64 and i386 calls have
 * their own numbers; an arch it does not know stops. Within an arch, a
 * binary search over the runs of numbers with the same answer: only
 * arch and nr are read, so the kernel can cache the answer per number. */
#ifndef SCTRACE_BPF_H
#define SCTRACE_BPF_H

#include <linux/filter.h>
#include <stdbool.h>

#include "filter/sets.h"

/* which calls stop: the set, and for numbers at or past SET_NR_MAX one
 * answer per personality */
struct stop_spec {
	struct syscall_set stop;
	bool stop_beyond[NR_PERSONALITIES];
};

/* Builds the program into *prog (instructions malloc'd; bpf_free).
 * Returns 0, or -1 when it would exceed the kernel's BPF_MAXINSNS. */
int bpf_build(const struct stop_spec *spec, struct sock_fprog *prog);
void bpf_free(struct sock_fprog *prog);

/* Runs prog on (arch, nr) as the kernel would; for tests. Returns the
 * SECCOMP_RET_* value, or 0xffffffff for a malformed program. */
unsigned bpf_run(const struct sock_fprog *prog, unsigned arch, unsigned nr);

#endif
