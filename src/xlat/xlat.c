#include "xlat/xlat.h"

#include <string.h>

const char *xlat_name(const struct xlat *x, uint64_t val)
{
	for (unsigned int i = 0; i < x->count; i++)
		if (x->entries[i].val == val)
			return x->entries[i].name;
	return NULL;
}

int xlat_value(const struct xlat *x, const char *name, uint64_t *val)
{
	for (unsigned int i = 0; i < x->count; i++)
		if (strcmp(x->entries[i].name, name) == 0) {
			*val = x->entries[i].val;
			return 0;
		}
	return -1;
}

int xlat_split_flags(const struct xlat *x, uint64_t val, const char **names,
		     int max, uint64_t *rest)
{
	int n = 0;
	for (unsigned int i = 0; i < x->count && val; i++) {
		uint64_t v = x->entries[i].val;
		if (v && (val & v) == v) {
			if (n < max)
				names[n++] = x->entries[i].name;
			val &= ~v;
		}
	}
	*rest = val;
	return n;
}

void xlat_format_flags(struct strbuf *sb, const struct xlat *x, uint64_t val,
		       const char *zero_name)
{
	if (val == 0) {
		sb_puts(sb, zero_name ? zero_name : "0");
		return;
	}
	const char *names[64];
	uint64_t rest;
	int n = xlat_split_flags(x, val, names, 64, &rest);
	for (int i = 0; i < n; i++) {
		if (i)
			sb_putc(sb, '|');
		sb_puts(sb, names[i]);
	}
	if (rest) {
		if (n)
			sb_putc(sb, '|');
		sb_puthex(sb, rest);
	}
}
