/* arch.h — what differs between architectures and personalities: syscall
 * numbers, the audit arch a stop reports, word sizes.
 * Decoders see entities (ENT_name), never numbers; only this layer maps
 * a (personality, number) pair to one. */
#ifndef SCTRACE_ARCH_H
#define SCTRACE_ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode/decode.h"

enum { PERS_X86_64 = 0, PERS_I386 = 1, PERS_COUNT = 2 };

/* the personality of an AUDIT_ARCH_* value, or -1 */
int arch_personality(uint32_t audit_arch);
/* "64 bit", "32 bit": for "[ Process PID=N runs in 32 bit mode. ]" */
const char *arch_personality_mode(int pers);
/* the name used in -e trace=name@64 */
const char *arch_personality_suffix(int pers);
int arch_wordsize(int pers);
/* the personality whose NT_PRSTATUS registers are len bytes, or -1 */
int arch_personality_of_regs(size_t len);

/* the table entry for a syscall number, or NULL */
const struct syscall_desc *arch_syscall(int pers, long nr);
/* one more than the largest number the personality has */
long arch_nr_max(int pers);
/* a name to number, -1 if the personality has no such call */
long arch_syscall_nr(int pers, const char *name);
/* Multiplexers (i386's socketcall and ipc): the table number that
 * stands for subcall sub of the call numbered nr, or -1 when there is no
 * such subcall. The tracee never passes these numbers itself. */
long arch_subcall_nr(int pers, long nr, long sub);
/* for a subcall's table number, its multiplexer's number; else -1 */
long arch_multiplexer_nr(int pers, long nr);
/* fills d for a number no table knows: syscall_0x1c3(6 hex args) */
void arch_unknown_desc(struct syscall_desc *d, char *namebuf, unsigned len,
		       long nr);

#endif
