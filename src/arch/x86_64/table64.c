/* number → entity for the x86_64 personality */
#include <asm/unistd_64.h>

#include "arch/x86_64/syscalls_new.h"
#include "arch/x86_64/tables.h"

#define NR(name) [__NR_##name] = ENT_##name + 1,
const unsigned short x86_64_nr_to_ent[] = {
#include "arch/x86_64/syscalls.def"
};
#undef NR
const long x86_64_nr_count = ARRAY_SIZE(x86_64_nr_to_ent);
