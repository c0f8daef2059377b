/* sets.h — the sets that -e expressions select: system calls (per
 * personality and number), signals and file descriptors.
 * Plain bitmaps, cheap to test on the hot path; parsing lives in expr.c. */
#ifndef SCTRACE_SETS_H
#define SCTRACE_SETS_H

#include <stdbool.h>
#include <stdint.h>

#define NR_PERSONALITIES 2 /* 0: x86_64, 1: i386 */
#define SET_NR_MAX 1024	   /* highest syscall number + 1 a set can hold */

struct syscall_set {
	uint64_t bits[NR_PERSONALITIES][SET_NR_MAX / 64];
};

static inline bool sysset_has(const struct syscall_set *s, int pers, long nr)
{
	if (nr < 0 || nr >= SET_NR_MAX || pers < 0 || pers >= NR_PERSONALITIES)
		return false;
	return (s->bits[pers][nr / 64] >> (nr % 64)) & 1;
}

static inline void sysset_add(struct syscall_set *s, int pers, long nr)
{
	if (nr >= 0 && nr < SET_NR_MAX && pers >= 0 && pers < NR_PERSONALITIES)
		s->bits[pers][nr / 64] |= 1ULL << (nr % 64);
}

static inline void sysset_del(struct syscall_set *s, int pers, long nr)
{
	if (nr >= 0 && nr < SET_NR_MAX && pers >= 0 && pers < NR_PERSONALITIES)
		s->bits[pers][nr / 64] &= ~(1ULL << (nr % 64));
}

void sysset_fill(struct syscall_set *s);
void sysset_clear(struct syscall_set *s);
void sysset_invert(struct syscall_set *s);
bool sysset_is_full(const struct syscall_set *s);

struct signal_set {
	uint64_t bits[2]; /* signal n is bit n-1; 1..128 */
};

static inline bool sigset_has(const struct signal_set *s, int sig)
{
	if (sig < 1 || sig > 128)
		return false;
	return (s->bits[(sig - 1) / 64] >> ((sig - 1) % 64)) & 1;
}

static inline void sigset_add(struct signal_set *s, int sig)
{
	if (sig >= 1 && sig <= 128)
		s->bits[(sig - 1) / 64] |= 1ULL << ((sig - 1) % 64);
}

#define FDSET_MAX 4096

/* a set of fds, for --trace-fds, -e read= and -e write=: a bitmap below
 * FDSET_MAX, a short list above (strace takes any fd up to INT_MAX) */
struct fd_set_spec {
	bool any; /* the option was given */
	bool all; /* every fd */
	bool negated;
	uint64_t bits[FDSET_MAX / 64];
	long *big;
	unsigned nbig;
};

void fdset_add(struct fd_set_spec *s, long fd);

static inline bool fdset_has(const struct fd_set_spec *s, long fd)
{
	if (!s->any)
		return false;
	bool in = s->all;
	if (!in && fd >= 0 && fd < FDSET_MAX)
		in = (s->bits[fd / 64] >> (fd % 64)) & 1;
	for (unsigned i = 0; !in && fd >= FDSET_MAX && i < s->nbig; i++)
		in = s->big[i] == fd;
	return s->negated ? !in : in;
}

#endif
