/* number → entity for the i386 personality */
#include <asm/unistd_32.h>

#include "arch/x86_64/syscalls_new.h"
#include "arch/x86_64/tables.h"

#define NR(name) [__NR_##name] = ENT_##name + 1,
const unsigned short i386_nr_to_ent[] = {
#include "arch/x86_64/i386.def"
};
#undef NR
const long i386_nr_count = ARRAY_SIZE(i386_nr_to_ent);
