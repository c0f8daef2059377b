/* --chase: the call a thread is blocked in, printed by the trace's own
 * decoders as the entry of a call in flight: its inputs, then
 * " <unfinished ...>" where outputs would follow (as strace prints a call
 * that another line interrupts). Memory is read with process_vm_readv,
 * which needs the right to trace the process but no stop; without it the
 * decoders print addresses. */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "arch/arch.h"
#include "emit/emit.h"
#include "report/chase.h"

#define PAGE 4096UL

static ssize_t vm_read(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	struct iovec local = {buf, len};
	struct iovec remote = {(void *)(uintptr_t)addr, len};
	return process_vm_readv(pid, &local, 1, &remote, 1, 0);
}

static int snap_read(struct mem *m, uint64_t addr, void *buf, size_t len)
{
	if (!len)
		return 0;
	if (m->priv)
		return -1; /* no_mem */
	if (m->wordsize == 4 &&
	    (addr > UINT32_MAX || len > UINT32_MAX - addr + 1))
		return -1;
	return vm_read(m->pid, addr, buf, len) == (ssize_t)len ? 0 : -1;
}

/* page by page, so that a string ending before an unmapped page reads */
static ssize_t snap_read_str(struct mem *m, uint64_t addr, char *buf,
			     size_t max)
{
	size_t done = 0;
	if (m->priv)
		return -1; /* no_mem */
	while (done < max) {
		uint64_t a = addr + done;
		size_t want = MIN(max - done, PAGE - (a & (PAGE - 1)));
		ssize_t r = vm_read(m->pid, a, buf + done, want);
		if (r <= 0)
			return done ? (ssize_t)done : -1;
		void *nul = memchr(buf + done, 0, (size_t)r);
		if (nul)
			return (ssize_t)((char *)nul - buf + 1);
		done += (size_t)r;
		if ((size_t)r < want)
			break;
	}
	return (ssize_t)done;
}

/* priv set: reads fail (the decoders print addresses) */
static void snap_mem_init(struct mem *m, pid_t tid, int wordsize, bool no_mem)
{
	static char refuse;
	*m = (struct mem){.read = snap_read,
			  .read_str = snap_read_str,
			  .pid = tid,
			  .priv = no_mem ? &refuse : NULL,
			  .wordsize = wordsize};
}

/* The personality of the call: /proc/TID/syscall does not say which
 * table the number is from. The instruction before the return address
 * does: int $0x80 (cd 80) enters the i386 table (also from 64-bit code,
 * and it is where i386's sysenter returns); syscall (0f 05) the x86_64
 * one, except in 32-bit code; the executable's ELF class decides that. */
static int personality_of(pid_t tid, uint64_t pc, bool no_mem)
{
	unsigned char insn[2];
	if (!no_mem && pc >= 2 && vm_read(tid, pc - 2, insn, 2) == 2 &&
	    insn[0] == 0xcd && insn[1] == 0x80)
		return PERS_I386;
	char path[64];
	unsigned char ident[EI_NIDENT];
	snprintf(path, sizeof(path), "/proc/%d/exe", (int)tid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, ident, sizeof(ident));
	if (fd >= 0)
		close(fd);
	if (n == (ssize_t)sizeof(ident) && !memcmp(ident, ELFMAG, SELFMAG) &&
	    ident[EI_CLASS] == ELFCLASS32)
		return PERS_I386;
	return PERS_X86_64;
}

#define X32_SYSCALL_BIT 0x40000000L

static char *render(const struct chase *ch, struct chase_thread *t,
		    const struct syscall_desc *desc, const struct emit_ops *ops)
{
	struct mem m;
	snap_mem_init(&m, t->tid, arch_wordsize(t->pers), t->no_mem);
	struct strbuf sb = {0};
	struct emitter e;
	emitter_init(&e, ops, &ch->cfg, &sb);
	struct call c = {.desc = desc,
			 .nr = t->nr,
			 .pers = t->pers,
			 .prev_nr = -1,
			 .sp = t->sp,
			 .e = &e,
			 .mem = &m,
			 .cfg = &ch->cfg};
	memcpy(c.args, t->args, sizeof(c.args));
	if (t->pers == PERS_I386)
		for (int i = 0; i < 6; i++)
			c.args[i] = (uint32_t)c.args[i];
	struct line_prefix lp = {.pid = t->tid, .pid_style = PID_NONE};
	emit_line_begin(&e, &lp);
	emit_call_begin(&e, desc->name, t->nr);
	decode_entry(&c);
	emit_call_unfinished(&e, c.more_args && !c.more_inline, "unfinished");
	if (!ops->splits)
		emit_args_end(&e); /* JSON closes its record */
	emit_line_end(&e);
	if (sb.len && sb.buf[sb.len - 1] == '\n')
		sb.len--;
	char *s = xstrdup(sb_cstr(&sb));
	sb_free(&sb);
	return s;
}

void chase_render_call(const struct chase *ch, struct chase_thread *t)
{
	if (t->sys != CS_IN)
		return;
	t->pers = personality_of(t->tid, t->pc, t->no_mem);
	if (t->pers == PERS_X86_64 && (t->nr & X32_SYSCALL_BIT)) {
		/* no x32 table: its number and raw arguments */
		t->call_text = chase_strdupf("x32 syscall %ld", t->nr);
		return;
	}
	if (t->pers == PERS_I386)
		for (int i = 0; i < 6; i++)
			t->args[i] = (uint32_t)t->args[i];
	const struct syscall_desc *desc = arch_syscall(t->pers, t->nr);
	struct syscall_desc unknown;
	char name[32];
	t->desc = desc;
	if (!desc) {
		arch_unknown_desc(&unknown, name, sizeof(name), t->nr);
		desc = &unknown;
	}
	t->call_text = render(ch, t, desc, &emit_text_ops);
	t->call_json = render(ch, t, desc, &emit_json_ops);
}
