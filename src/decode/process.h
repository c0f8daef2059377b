/* process.h — kinds and decoders of the process family (see process.def),
 * and the small printers the process and memory families share: flag sets
 * and enumerations that name their unknown values as strace does
 * ("0x10 / * MS_??? * /"). */
#ifndef SCTRACE_DECODE_PROCESS_H
#define SCTRACE_DECODE_PROCESS_H

#include "decode/decode.h"

struct xlat;

/* how a flag set or an enumeration argument prints */
struct pm_spec {
	const struct xlat *x;
	const char *zero;    /* the name of 0 for flags, or NULL for "0" */
	const char *unknown; /* comment when nothing is known: "MS_???" */
};

/* A|B|0x40; 0 prints zero or "0"; a value no name covers prints as hex
 * with the unknown comment */
void pm_print_flags(struct call *c, const struct xlat *x, uint64_t val,
		    const char *zero, const char *unknown);
/* a name, or hex with the unknown comment */
void pm_print_enum(struct call *c, const struct xlat *x, uint64_t val,
		   const char *unknown);
/* a name, or decimal with the unknown comment */
void pm_print_enum_dec(struct call *c, const struct xlat *x, int64_t val,
		       const char *unknown);

arg_printer arg_pm_flags, arg_pm_flags_long, arg_pm_enum, arg_pm_enum_dec;

/* flags held in an int (the upper half of the register is ignored) */
#define PM_FLAGS(x, zero, unk)                                            \
	IN_AUX(arg_pm_flags,                                              \
	       (&(const struct pm_spec){ &xlat_##x, zero, unk }))
/* flags held in a long */
#define PM_LFLAGS(x, zero, unk)                                           \
	IN_AUX(arg_pm_flags_long,                                         \
	       (&(const struct pm_spec){ &xlat_##x, zero, unk }))
/* an unsigned int enumeration, unknown values in hex */
#define PM_ENUM(x, unk)                                                   \
	IN_AUX(arg_pm_enum, (&(const struct pm_spec){ &xlat_##x, NULL, unk }))
/* an int enumeration, unknown values in decimal */
#define PM_ENUMD(x, unk)                                                  \
	IN_AUX(arg_pm_enum_dec,                                           \
	       (&(const struct pm_spec){ &xlat_##x, NULL, unk }))

#endif
