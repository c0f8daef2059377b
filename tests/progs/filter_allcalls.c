/* Makes every system call number of one personality, each of them failing
 * at once under a seccomp filter of our own (no call runs), so that a
 * tracer prints one line per number. The evidence for which calls a class
 * holds (-e trace=%file) and which arguments -P and --trace-fds look at:
 *
 *   filter_allcalls plain 64|32       every number once, all arguments 0,
 *                                     failing with EPERM
 *   filter_allcalls args 64|32 PATH   every number 12 times: argument i
 *                                     (0..5) holds PATH (failing with errno
 *                                     1+i), then fd 9 open on PATH (errno
 *                                     7+i); then poll and select on fd 9
 *                                     (ENOSPC)
 *
 * 32-bit calls go through int $0x80 from this 64-bit program, which the
 * kernel runs as the i386 personality. */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NR_MAX 470
#define PROBE_FD 9
#define MAGIC 0x5ecc

/* the calls the program itself needs get through: installing the next
 * filter (prctl with a magic unused argument) and the final exit */
static void install_filter(int err)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 0, 7),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_exit_group, 0, 2),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, args[0])),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 77, 4, 3),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_prctl, 0, 2),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, args[3])),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, MAGIC, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (unsigned)err),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {sizeof(f) / sizeof(f[0]), f};
	if (syscall(__NR_prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog,
		    MAGIC, 0) < 0) {
		perror("prctl(PR_SET_SECCOMP)");
		exit(2);
	}
}

static long call32(long nr, const uint64_t a[6])
{
	long ret;
	/* ebp is the sixth argument: kept in r9 around the call */
	__asm__ volatile("mov %%rbp, %%r9\n\t"
			 "mov %k7, %%ebp\n\t"
			 "int $0x80\n\t"
			 "mov %%r9, %%rbp"
			 : "=a"(ret)
			 : "0"(nr), "b"(a[0]), "c"(a[1]), "d"(a[2]), "S"(a[3]),
			   "D"(a[4]), "r"(a[5])
			 : "r9", "memory", "cc");
	return ret;
}

static void call(int bits, long nr, const uint64_t a[6])
{
	if (bits == 32)
		call32(nr, a);
	else
		syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

static void every_number(int bits, int pos, uint64_t value)
{
	for (long nr = 0; nr < NR_MAX; nr++) {
		uint64_t a[6] = {0};
		/* uretprobe and uprobe pass seccomp by and kill a caller that
		 * is not their trampoline */
		if (bits == 64 && (nr == 335 || nr == 336))
			continue;
		if (pos >= 0)
			a[pos] = value;
		call(bits, nr, a);
	}
}

/* poll and select with fd 9 in their arrays and sets (the numbers of
 * the i386 calls are literal: the two unistd headers cannot meet) */
static void fds_in_structs(int bits, unsigned char *low)
{
	struct pollfd *pfd = (struct pollfd *)low;
	uint32_t *set = (uint32_t *)(low + 64); /* fd 9: bit 9 of word 0 */
	uint32_t *ts = (uint32_t *)(low + 192);
	uint32_t *oldsel = (uint32_t *)(low + 256);
	pfd->fd = PROBE_FD;
	pfd->events = POLLIN;
	memset(set, 0, 128);
	set[0] = 1u << PROBE_FD;
	memset(ts, 0, 16);
	uint64_t p = (uintptr_t)pfd, fs = (uintptr_t)set, t = (uintptr_t)ts;
	uint64_t nf = PROBE_FD + 1;
	if (bits == 64) {
		call(64, __NR_poll, (uint64_t[6]){p, 1, 0});
		call(64, __NR_ppoll, (uint64_t[6]){p, 1, t, 0, 8});
		call(64, __NR_select, (uint64_t[6]){nf, fs, 0, 0, t});
		call(64, __NR_pselect6, (uint64_t[6]){nf, fs, 0, 0, t, 0});
		return;
	}
	oldsel[0] = (uint32_t)nf;
	oldsel[1] = (uint32_t)fs;
	oldsel[2] = oldsel[3] = 0;
	oldsel[4] = (uint32_t)t;
	call(32, 168, (uint64_t[6]){p, 1, 0});		  /* poll */
	call(32, 309, (uint64_t[6]){p, 1, t, 0, 8});	  /* ppoll */
	call(32, 414, (uint64_t[6]){p, 1, t, 0, 8});	  /* ppoll_time64 */
	call(32, 142, (uint64_t[6]){nf, fs, 0, 0, t});	  /* _newselect */
	call(32, 82, (uint64_t[6]){(uintptr_t)oldsel});	  /* select */
	call(32, 308, (uint64_t[6]){nf, fs, 0, 0, t, 0}); /* pselect6 */
	call(32, 413, (uint64_t[6]){nf, fs, 0, 0, t, 0}); /* pselect6_time64 */
}

int main(int argc, char **argv)
{
	if (argc < 3 || (strcmp(argv[2], "64") && strcmp(argv[2], "32"))) {
		fprintf(stderr, "usage: %s plain|args 64|32 [PATH]\n", argv[0]);
		return 2;
	}
	int bits = atoi(argv[2]);
	bool args = strcmp(argv[1], "args") == 0;
	if (args && argc < 4) {
		fprintf(stderr, "args needs a PATH\n");
		return 2;
	}
	/* the path where a 32-bit call can point at it */
	char *path = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (path == MAP_FAILED) {
		perror("mmap");
		return 2;
	}
	if (args) {
		snprintf(path, 4096, "%s", argv[3]);
		int fd = open(path, O_RDONLY);
		if (fd < 0 || dup2(fd, PROBE_FD) < 0) {
			perror(path);
			return 2;
		}
	}
	fflush(stdout);
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (!args) {
		install_filter(EPERM);
		every_number(bits, -1, 0);
	} else {
		for (int i = 0; i < 6; i++) {
			install_filter(1 + i);
			every_number(bits, i, (uint64_t)(uintptr_t)path);
		}
		for (int i = 0; i < 6; i++) {
			install_filter(7 + i);
			every_number(bits, i, PROBE_FD);
		}
		/* fds inside structures, in memory a 32-bit call can reach */
		install_filter(ENOSPC);
		fds_in_structs(bits, (unsigned char *)path + 1024);
	}
	syscall(__NR_exit_group, 77);
	return 1;
}
