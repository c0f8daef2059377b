/* x86_64: the native personality and i386 compat. */
#include <asm/unistd_32.h>
#include <linux/audit.h>
#include <stdio.h>
#include <string.h>
#include <sys/user.h>

#include "arch/arch.h"
#include "arch/x86_64/tables.h"

int arch_personality(uint32_t audit_arch)
{
	switch (audit_arch) {
	case AUDIT_ARCH_X86_64: return PERS_X86_64;
	case AUDIT_ARCH_I386: return PERS_I386;
	}
	return -1;
}

const char *arch_personality_mode(int pers)
{
	return pers == PERS_I386 ? "32 bit" : "64 bit";
}

const char *arch_personality_suffix(int pers)
{
	return pers == PERS_I386 ? "32" : "64";
}

int arch_personality_of_regs(size_t len)
{
	/* i386's struct user_regs_struct: 17 32-bit registers */
	if (len == sizeof(struct user_regs_struct))
		return PERS_X86_64;
	return len == 17 * 4 ? PERS_I386 : -1;
}

int arch_wordsize(int pers)
{
	return pers == PERS_I386 ? 4 : 8;
}

static const unsigned short *table_of(int pers, long *count)
{
	if (pers == PERS_I386) {
		*count = i386_nr_count;
		return i386_nr_to_ent;
	}
	*count = x86_64_nr_count;
	return x86_64_nr_to_ent;
}

const struct syscall_desc *arch_syscall(int pers, long nr)
{
	long count;
	const unsigned short *t = table_of(pers, &count);
	if (nr < 0 || nr >= count || !t[nr])
		return NULL;
	return &sysent[t[nr] - 1];
}

long arch_nr_max(int pers)
{
	long count;
	table_of(pers, &count);
	return count;
}

long arch_syscall_nr(int pers, const char *name)
{
	long count;
	const unsigned short *t = table_of(pers, &count);
	for (long nr = 0; nr < count; nr++)
		if (t[nr] && strcmp(sysent[t[nr] - 1].name, name) == 0)
			return nr;
	return -1;
}

long arch_subcall_nr(int pers, long nr, long sub)
{
	if (pers != PERS_I386 || sub <= 0)
		return -1;
	long base;
	if (nr == __NR_socketcall && sub < I386_IPC_BASE - I386_SOCKETCALL_BASE)
		base = I386_SOCKETCALL_BASE;
	else if (nr == __NR_ipc && sub < I386_SUBCALL_END - I386_IPC_BASE)
		base = I386_IPC_BASE;
	else
		return -1;
	return base + sub < i386_nr_count && i386_nr_to_ent[base + sub]
		       ? base + sub
		       : -1;
}

long arch_multiplexer_nr(int pers, long nr)
{
	if (pers != PERS_I386 || nr < I386_SOCKETCALL_BASE ||
	    nr >= I386_SUBCALL_END)
		return -1;
	return nr < I386_IPC_BASE ? __NR_socketcall : __NR_ipc;
}

void arch_unknown_desc(struct syscall_desc *d, char *namebuf, unsigned len,
		       long nr)
{
	snprintf(namebuf, len, "syscall_%#lx", (unsigned long)nr);
	memset(d, 0, sizeof(*d));
	d->name = namebuf;
	d->nargs = 6;
	for (int i = 0; i < 6; i++)
		d->args[i].print = arg_hex;
	d->ret = ret_dec;
}
