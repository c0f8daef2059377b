/* xlat.h — tables of named constants, built from the system headers.
 * Each src/xlat/NAME.def is a small C file: the headers it needs, then
 * XLAT_BEGIN(NAME) X(CONST) ... XLAT_END. The list order is the order in
 * which flag names are printed, so it is written to match strace.
 * Where a header lacks a constant the kernel has, V(value, NAME) gives it,
 * with the value from the kernel's uapi. */
#ifndef SCTRACE_XLAT_H
#define SCTRACE_XLAT_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct xlat_entry {
	uint64_t val;
	const char *name;
};

struct xlat {
	const struct xlat_entry *entries;
	unsigned int count;
	const char *name; /* the table's name, for tests and errors */
};

#define XLAT_BEGIN(tname) static const struct xlat_entry tname##_entries[] = {
#define X(c) { (uint64_t)(c), #c },
#define V(v, n) { (uint64_t)(v), #n },
#define XLAT_END(tname)                                                      \
	}                                                                    \
	;                                                                    \
	const struct xlat xlat_##tname = { tname##_entries,                  \
					   ARRAY_SIZE(tname##_entries), #tname };

/* exact value → name, NULL if none */
const char *xlat_name(const struct xlat *x, uint64_t val);
/* name → value; 0 if found, -1 if not */
int xlat_value(const struct xlat *x, const char *name, uint64_t *val);

/* Splits val into the names of the bits set, in table order (entries with
 * value 0 are skipped); returns how many names were stored in names[]
 * (at most max) and leaves the bits no entry covers in *rest. */
int xlat_split_flags(const struct xlat *x, uint64_t val, const char **names,
		     int max, uint64_t *rest);

/* strace's flag text: A|B|0x40, or zero_name / "0" for zero */
void xlat_format_flags(struct strbuf *sb, const struct xlat *x, uint64_t val,
		       const char *zero_name);

/* SIGHUP ... SIGSYS, SIGRT_n; NULL outside 1..64 */
const char *signal_name(int sig);

/* declarations of every table: build/gen/xlat_decls.h is made by the
 * Makefile from the list of src/xlat/\*.def files */
#include "xlat_decls.h"

#endif
