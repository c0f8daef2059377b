/* Memory-family calls with ordinary and edge-case arguments. */
#include <fcntl.h>
#include <linux/mempolicy.h>
#include <linux/membarrier.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef MAP_HUGE_2MB
#define MAP_HUGE_2MB (21 << 26)
#endif
#ifndef __NR_mseal
#define __NR_mseal 462
#endif
#ifndef __NR_map_shadow_stack
#define __NR_map_shadow_stack 453
#endif
#ifndef __NR_set_mempolicy_home_node
#define __NR_set_mempolicy_home_node 450
#endif
#ifndef __NR_process_mrelease
#define __NR_process_mrelease 448
#endif

#define BAD ((void *)0xdead0000UL)

int main(void)
{
	long pg = 4096;
	char *p = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_mmap, 0, pg, PROT_NONE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_mmap, 0, pg, PROT_READ | PROT_EXEC | 0x100,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE | MAP_NORESERVE, -1,
		0);
	syscall(SYS_mmap, 0, 2 << 20, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | MAP_HUGE_2MB, -1,
		0);
	syscall(SYS_mmap, p, pg, PROT_READ,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	syscall(SYS_mmap, 0, pg, PROT_READ,
		MAP_SHARED_VALIDATE | 0x4000000000UL, 99, 0x123000);
	syscall(SYS_mmap, 0, pg, PROT_READ,
		0xf | MAP_STACK | MAP_GROWSDOWN | MAP_LOCKED | MAP_NONBLOCK |
			MAP_SYNC,
		-1, -4096);
	int fd = open("/proc/self/exe", O_RDONLY);
	syscall(SYS_mmap, 0, pg, PROT_READ,
		MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE | MAP_32BIT |
			MAP_FILE,
		99, 0);
	syscall(SYS_mmap, 0, pg, PROT_READ, MAP_ANONYMOUS, fd, 0);
	mprotect(p, pg, PROT_READ);
	mprotect(p, pg, PROT_READ | PROT_WRITE | PROT_GROWSDOWN);
	mprotect(BAD, pg, 0x7ffff0);
	syscall(SYS_pkey_mprotect, p, pg, PROT_READ, -1);
	int k = syscall(SYS_pkey_alloc, 0, 0);
	syscall(SYS_pkey_alloc, 1, 0x3);
	syscall(SYS_pkey_alloc, 0, 0x4);
	syscall(SYS_pkey_free, k);
	void *q = mremap(p, 4 * pg, 8 * pg, MREMAP_MAYMOVE);
	syscall(SYS_mremap, q, pg, pg, MREMAP_MAYMOVE | MREMAP_FIXED,
		(char *)q + 16 * pg);
	syscall(SYS_mremap, q, pg, pg, MREMAP_DONTUNMAP | 0x10);
	syscall(SYS_brk, 0);
	syscall(SYS_brk, BAD);
	p = mmap(NULL, 4 * pg, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p[0] = 1;
	msync(p, pg, MS_ASYNC | MS_INVALIDATE);
	msync(p, pg, MS_SYNC);
	msync(p, pg, 0x10);
	unsigned char vec[8];
	mincore(p, 4 * pg, vec);
	mincore(p, 4 * pg, BAD);
	mincore(BAD, pg, vec);
	madvise(p, pg, MADV_DONTNEED);
	madvise(p, pg, MADV_HUGEPAGE);
	madvise(p, pg, MADV_DONTFORK);
	madvise(p, pg, MADV_COLD);
	madvise(p, pg, 12345);
	struct iovec iov = {p, pg};
	int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
	syscall(SYS_process_madvise, pidfd, &iov, 1, MADV_COLD, 0);
	syscall(SYS_process_madvise, pidfd, BAD, 1, MADV_PAGEOUT, 1);
	mlock(p, pg);
	syscall(SYS_mlock2, p, pg, MLOCK_ONFAULT);
	syscall(SYS_mlock2, p, pg, 0);
	syscall(SYS_mlock2, p, pg, 6);
	munlock(p, pg);
	mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
	mlockall(0x10);
	munlockall();
	syscall(SYS_remap_file_pages, p, pg, 0, 1, MAP_NONBLOCK);
	unsigned long nodes = 1, big[4] = {3, 0, 0, 1};
	syscall(SYS_mbind, p, pg, MPOL_BIND, &nodes, 64,
		MPOL_MF_STRICT | MPOL_MF_MOVE);
	syscall(SYS_mbind, p, pg, MPOL_PREFERRED | MPOL_F_STATIC_NODES, big,
		256, 0);
	syscall(SYS_mbind, p, pg, MPOL_DEFAULT, NULL, 0, 0);
	syscall(SYS_mbind, p, pg, MPOL_INTERLEAVE, BAD, 1UL << 40, 0);
	syscall(SYS_set_mempolicy, MPOL_PREFERRED_MANY | MPOL_F_RELATIVE_NODES,
		&nodes, 64);
	syscall(SYS_set_mempolicy, MPOL_DEFAULT, NULL, 0);
	syscall(SYS_set_mempolicy, 77, &nodes, 3);
	int mode = -1;
	unsigned long out[2] = {0, 0};
	syscall(SYS_get_mempolicy, &mode, out, 128, 0, 0);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, p, MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, &mode, NULL, 0, p,
		MPOL_F_NODE | MPOL_F_ADDR);
	syscall(SYS_get_mempolicy, BAD, BAD, 64, 0, MPOL_F_MEMS_ALLOWED);
	syscall(__NR_set_mempolicy_home_node, p, pg, 0, 0);
	syscall(SYS_migrate_pages, 0, 64, &nodes, &nodes);
	void *pages[2] = {p, p + pg};
	int nd[2] = {0, 0}, st[2] = {0, 0};
	syscall(SYS_move_pages, 0, 2, pages, NULL, st, 0);
	syscall(SYS_move_pages, 0, 2, pages, nd, st, MPOL_MF_MOVE);
	syscall(SYS_move_pages, 0, 2, BAD, NULL, BAD, MPOL_MF_MOVE_ALL);
	syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
	syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0,
		0);
	syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
	syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ,
		MEMBARRIER_CMD_FLAG_CPU, 0);
	syscall(SYS_membarrier, 0x1000, 0, 0);
	syscall(__NR_mseal, p, pg, 0);
	syscall(__NR_map_shadow_stack, 0, pg, 1);
	char src[16] = "hello world", dst[16];
	struct iovec liov = {dst, 5}, riov = {src, 5};
	syscall(SYS_process_vm_readv, getpid(), &liov, 1, &riov, 1, 0);
	syscall(SYS_process_vm_writev, getpid(), &riov, 1, &liov, 1, 0);
	syscall(SYS_process_vm_readv, getpid(), BAD, 1, &riov, 1, 1);
	syscall(__NR_process_mrelease, pidfd, 0);
	munmap(p, 4 * pg);
	munmap(BAD, 0);
	return 0;
}
