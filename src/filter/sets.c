#include <string.h>

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
