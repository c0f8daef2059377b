/* The number tables of x86_64 and its i386 compat personality: entity + 1
 * at each number, 0 where the number has no call. */
#ifndef SCTRACE_X86_64_TABLES_H
#define SCTRACE_X86_64_TABLES_H

#include "decode/sysent_enum.h"
#include "util.h"

extern const unsigned short x86_64_nr_to_ent[];
extern const long x86_64_nr_count;
/* i386's socketcall and ipc subcalls have table numbers above the real
 * ones (the tracee never uses them): BASE + the subcall's number */
#define I386_SOCKETCALL_BASE 900
#define I386_IPC_BASE 930
#define I386_SUBCALL_END 960

extern const unsigned short i386_nr_to_ent[];
extern const long i386_nr_count;

#endif
