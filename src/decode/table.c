/* The syscall table: every family's signature lines, in one array
 * indexed by entity (ENT_name). */
#include "decode/decode.h"
#include "decode/kinds.h"
#include "xlat/xlat.h"

#include "decode_headers.h"

#define SYSCALL(nm, cls, rt, dec, ...)                                      \
	[ENT_##nm] = { .name = #nm,                                         \
		       .classes = (cls),                                    \
		       .ret = rt,                                           \
		       .decode = dec,                                       \
		       .nargs = sizeof((struct argspec[]){ __VA_ARGS__ }) / \
				sizeof(struct argspec),                     \
		       .args = { __VA_ARGS__ } },

const struct syscall_desc sysent[SYSENT_COUNT] = {
#include "sysent_files.h"
};
