/* number → entity for the i386 personality */
#include <asm/unistd_32.h>
#include <linux/ipc.h>
#include <linux/net.h>

#include "arch/x86_64/syscalls_new.h"
#include "arch/x86_64/tables.h"

#define NR(name) [__NR_##name] = ENT_##name + 1,
#define SOCKETCALL(sub, name) [I386_SOCKETCALL_BASE + sub] = ENT_##name + 1,
#define IPC(sub, name) [I386_IPC_BASE + sub] = ENT_##name + 1,
const unsigned short i386_nr_to_ent[] = {
#include "arch/x86_64/i386.def"
#include "arch/x86_64/i386_subcalls.def"
};
#undef NR
#undef SOCKETCALL
#undef IPC
const long i386_nr_count = ARRAY_SIZE(i386_nr_to_ent);

/* the real numbers stay below the subcalls' */
#define NR(name) _Static_assert(__NR_##name < I386_SOCKETCALL_BASE, #name);
#include "arch/x86_64/i386.def"
#undef NR
_Static_assert(I386_SOCKETCALL_BASE + SYS_SENDMMSG < I386_IPC_BASE,
	       "socketcall subcalls overlap ipc's");
_Static_assert(I386_IPC_BASE + SHMCTL < I386_SUBCALL_END, "ipc subcalls");
