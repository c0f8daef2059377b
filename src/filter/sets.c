#include <string.h>

#include "util.h"

#include "filter/sets.h"

void sysset_fill(struct syscall_set *s)
{
	memset(s->bits, 0xff, sizeof(s->bits));
}

void sysset_clear(struct syscall_set *s)
{
	memset(s->bits, 0, sizeof(s->bits));
}

void sysset_invert(struct syscall_set *s)
{
	for (int p = 0; p < NR_PERSONALITIES; p++)
		for (int i = 0; i < SET_NR_MAX / 64; i++)
			s->bits[p][i] = ~s->bits[p][i];
}

bool sysset_is_full(const struct syscall_set *s)
{
	for (int p = 0; p < NR_PERSONALITIES; p++)
		for (int i = 0; i < SET_NR_MAX / 64; i++)
			if (s->bits[p][i] != ~0ULL)
				return false;
	return true;
}

void fdset_add(struct fd_set_spec *s, long fd)
{
	if (fd < 0)
		return;
	if (fd < FDSET_MAX) {
		s->bits[fd / 64] |= 1ULL << (fd % 64);
		return;
	}
	s->big = xrealloc(s->big, sizeof(long) * (s->nbig + 1));
	s->big[s->nbig++] = fd;
}
