/* mem.h — how decoders read the tracee's memory.
 * The ptrace engine implements it with process_vm_readv; tests and the
 * fuzzer give a fake image. Nothing read through it is trusted: callers
 * bound every length before they read. */
#ifndef SCTRACE_MEM_H
#define SCTRACE_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct mem {
	/* reads exactly len bytes; 0, or -1 if any byte is unreadable */
	int (*read)(struct mem *m, uint64_t addr, void *buf, size_t len);
	/* reads up to max bytes, stopping after a NUL; returns the number of
	 * bytes stored (the NUL included when one was found), or -1 when
	 * not even the first byte is readable */
	ssize_t (*read_str)(struct mem *m, uint64_t addr, char *buf,
			    size_t max);
	pid_t pid;
	void *priv;
	/* the tracee's personality uses 32-bit pointers and longs */
	int wordsize;
};

static inline int mem_read(struct mem *m, uint64_t addr, void *buf, size_t len)
{
	return m->read(m, addr, buf, len);
}

static inline ssize_t mem_read_str(struct mem *m, uint64_t addr, char *buf,
				   size_t max)
{
	return m->read_str(m, addr, buf, max);
}

/* the ptrace implementation (engine/mem.c) */
void mem_init_process(struct mem *m, pid_t pid);

/* a fake image for tests: [base, base+len) readable, nothing else */
struct fake_mem {
	uint64_t base;
	const unsigned char *data;
	size_t len;
};
void mem_init_fake(struct mem *m, struct fake_mem *img);

#endif
