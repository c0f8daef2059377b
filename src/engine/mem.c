/* Tracee memory through process_vm_readv: one call per buffer. A string
 * is read as a list of page-sized pieces, so a fault on a later page still
 * returns the pages before it. PTRACE_PEEKDATA is the fallback where
 * process_vm_readv is not allowed. */
#include <errno.h>
#include <stdbool.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <unistd.h>

#include "decode/mem.h"
#include "util.h"

#define PAGE 4096UL

static bool vm_readv_broken;

static ssize_t peek_read(pid_t pid, uint64_t addr, void *buf, size_t len)
{
	size_t done = 0;
	while (done < len) {
		uint64_t a = addr + done;
		uint64_t aligned = a & ~7ULL;
		errno = 0;
		long word = ptrace(PTRACE_PEEKDATA, pid, (void *)aligned, NULL);
		if (errno)
			break;
		size_t off = (size_t)(a - aligned);
		size_t n = MIN(8 - off, len - done);
		memcpy((char *)buf + done, (char *)&word + off, n);
		done += n;
	}
	return done ? (ssize_t)done : -1;
}

static ssize_t vm_read(pid_t pid, uint64_t addr, void *buf, size_t len,
		       bool by_pages)
{
	if (!len)
		return 0;
	if (vm_readv_broken)
		return peek_read(pid, addr, buf, len);
	struct iovec local = { buf, len };
	struct iovec remote[64];
	unsigned n = 0;
	if (by_pages) {
		uint64_t a = addr;
		size_t left = len;
		while (left && n < ARRAY_SIZE(remote)) {
			size_t chunk = MIN(left, PAGE - (a & (PAGE - 1)));
			remote[n].iov_base = (void *)(uintptr_t)a;
			remote[n].iov_len = chunk;
			n++;
			a += chunk;
			left -= chunk;
		}
		local.iov_len = len - left;
	} else {
		remote[0].iov_base = (void *)(uintptr_t)addr;
		remote[0].iov_len = len;
		n = 1;
	}
	ssize_t r = process_vm_readv(pid, &local, 1, remote, n, 0);
	if (r < 0 && (errno == ENOSYS || errno == EPERM)) {
		vm_readv_broken = true;
		return peek_read(pid, addr, buf, len);
	}
	return r;
}

static int proc_read(struct mem *m, uint64_t addr, void *buf, size_t len)
{
	if (m->wordsize == 4 && (addr > UINT32_MAX || len > UINT32_MAX - addr + 1))
		return -1;
	ssize_t r = vm_read(m->pid, addr, buf, len, false);
	return r == (ssize_t)len ? 0 : -1;
}

static ssize_t proc_read_str(struct mem *m, uint64_t addr, char *buf,
			     size_t max)
{
	size_t done = 0;
	while (done < max) {
		/* most strings are short: a small first read, then larger */
		size_t want = MIN(max - done, done ? 16 * PAGE : 256);
		ssize_t r = vm_read(m->pid, addr + done, buf + done, want, true);
		if (r <= 0)
			return done ? (ssize_t)done : -1;
		void *nul = memchr(buf + done, 0, (size_t)r);
		if (nul)
			return (ssize_t)((char *)nul - buf + 1);
		done += (size_t)r;
		if ((size_t)r < want)
			return (ssize_t)done;
	}
	return (ssize_t)done;
}

void mem_init_process(struct mem *m, pid_t pid)
{
	*m = (struct mem){ .read = proc_read,
			   .read_str = proc_read_str,
			   .pid = pid,
			   .wordsize = 8 };
}
