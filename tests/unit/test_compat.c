/* Unit tests of the compat family: i386's own calls on a fake 32-bit
 * memory image, and the resolution of socketcall and ipc into the calls
 * they make (readable, unreadable and unknown subcalls). */
#include <errno.h>
#include <fcntl.h>
#include <linux/ipc.h>
#include <linux/net.h>
#include <signal.h>
#include <sys/socket.h>
#include <time.h>

#include "decode/compat.h"
#include "unit.h"

#define BASE 0x10000u
static uint8_t mem[4096];

/* an i386 call of `name` with 32-bit args; memory is mem at BASE */
static void call32(struct unit_call *u, const char *name, uint32_t a0,
		   uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4,
		   uint32_t a5)
{
	uint64_t args[6] = {a0, a1, a2, a3, a4, a5};
	unit_call_init(u, "getpid", args, BASE, mem, sizeof(mem));
	long nr = arch_syscall_nr(PERS_I386, name);
	u->call.nr = nr;
	u->call.desc = arch_syscall(PERS_I386, nr);
	u->call.pers = PERS_I386;
	u->mem.wordsize = 4;
}


/* the engine's entry: the multiplexers resolved before decoding */
static const char *run(struct unit_call *u, int64_t rval, int err)
{
	compat_resolve_subcall(&u->call);
	return unit_flat(unit_render(u, rval, err));
}

static void put32(size_t off, const uint32_t *w, size_t n)
{
	memcpy(mem + off, w, n * 4);
}

static void test_numbers(void)
{
	long sc = arch_syscall_nr(PERS_I386, "socketcall");
	long ipc = arch_syscall_nr(PERS_I386, "ipc");
	long sock = arch_subcall_nr(PERS_I386, sc, SYS_SOCKET);
	CHECK("numbers.socket", sock >= 0 && arch_syscall(PERS_I386, sock) ==
						     &sysent[ENT_socket]);
	CHECK("numbers.mux", arch_multiplexer_nr(PERS_I386, sock) == sc);
	long semget = arch_subcall_nr(PERS_I386, ipc, SEMGET);
	CHECK("numbers.semget",
	      arch_syscall(PERS_I386, semget) == &sysent[ENT_semget] &&
		      arch_multiplexer_nr(PERS_I386, semget) == ipc);
	CHECK("numbers.unknown",
	      arch_subcall_nr(PERS_I386, sc, 0) < 0 &&
		      arch_subcall_nr(PERS_I386, sc, 99) < 0 &&
		      arch_subcall_nr(PERS_I386, ipc, 5) < 0 &&
		      arch_subcall_nr(PERS_I386, ipc, -1) < 0);
	CHECK("numbers.x86_64",
	      arch_subcall_nr(PERS_X86_64, sc, SYS_SOCKET) < 0 &&
		      arch_multiplexer_nr(PERS_X86_64, sock) < 0);
	CHECK("numbers.real", arch_multiplexer_nr(PERS_I386, sc) < 0 &&
				      arch_multiplexer_nr(PERS_I386, 3) < 0);
}

static void test_socketcall(void)
{
	struct unit_call u;
	memset(mem, 0, sizeof(mem));
	uint32_t sock[3] = {AF_UNIX, SOCK_STREAM, 0};
	put32(0, sock, 3);
	call32(&u, "socketcall", SYS_SOCKET, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.socket", run(&u, 3, 0),
		  "socket(AF_UNIX, SOCK_STREAM, 0) = 3");
	CHECK("socketcall.entity",
	      u.call.desc == &sysent[ENT_socket] && u.call.args[0] == AF_UNIX);
	/* the arguments unreadable: the multiplexer stays, as in strace */
	call32(&u, "socketcall", SYS_SOCKET, 0x10, 0, 0, 0, 0);
	CHECK_STR("socketcall.unreadable", run(&u, -1, EFAULT),
		  "socketcall(SYS_SOCKET, 0x10) = -1 EFAULT (Bad address)");
	call32(&u, "socketcall", SYS_SOCKET, 0, 0, 0, 0, 0);
	CHECK_STR("socketcall.null", run(&u, -1, EFAULT),
		  "socketcall(SYS_SOCKET, NULL) = -1 EFAULT (Bad address)");
	/* the last word past the image: nothing half read */
	call32(&u, "socketcall", SYS_SOCKET, BASE + sizeof(mem) - 8, 0, 0, 0,
	       0);
	CHECK_STR("socketcall.partial", run(&u, -1, EFAULT),
		  "socketcall(SYS_SOCKET, 0x10ff8) = -1 EFAULT (Bad address)");
	/* at the top of the 32-bit space */
	call32(&u, "socketcall", SYS_SENDTO, 0xfffffffc, 0, 0, 0, 0);
	CHECK_STR("socketcall.wrap", run(&u, -1, EFAULT),
		  "socketcall(SYS_SENDTO, 0xfffffffc) = -1 EFAULT (Bad "
		  "address)");
	call32(&u, "socketcall", 99, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.unknown", run(&u, -1, EINVAL),
		  "socketcall(99, 0x10000) = -1 EINVAL (Invalid argument)");
	call32(&u, "socketcall", 0, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.zero", run(&u, -1, EINVAL),
		  "socketcall(0, 0x10000) = -1 EINVAL (Invalid argument)");
	/* send and recv exist only as subcalls */
	memcpy(mem + 0x100, "ping", 4);
	uint32_t snd[4] = {5, BASE + 0x100, 4, MSG_NOSIGNAL};
	put32(0, snd, 4);
	call32(&u, "socketcall", SYS_SEND, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.send", run(&u, 4, 0),
		  "send(5, \"ping\", 4, MSG_NOSIGNAL) = 4");
	uint32_t rcv[4] = {5, BASE + 0x100, 64, MSG_DONTWAIT};
	put32(0, rcv, 4);
	call32(&u, "socketcall", SYS_RECV, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.recv", run(&u, 2, 0),
		  "recv(5, \"pi\", 64, MSG_DONTWAIT) = 2");
	call32(&u, "socketcall", SYS_RECV, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.recv_fail", run(&u, -1, EAGAIN),
		  "recv(5, 0x10100, 64, MSG_DONTWAIT) = -1 EAGAIN (Resource "
		  "temporarily unavailable)");
	/* MSG_TRUNC: more than the buffer returned, only the buffer shown */
	rcv[2] = 2;
	put32(0, rcv, 4);
	call32(&u, "socketcall", SYS_RECV, BASE, 0, 0, 0, 0);
	CHECK_STR("socketcall.recv_trunc", run(&u, 100, 0),
		  "recv(5, \"pi\", 2, MSG_DONTWAIT) = 100");
}

static void test_ipc(void)
{
	struct unit_call u;
	memset(mem, 0, sizeof(mem));
	call32(&u, "ipc", SEMGET, IPC_PRIVATE, 2, IPC_CREAT | 0600, 0, 0);
	CHECK_STR("ipc.semget", run(&u, 7, 0),
		  "semget(IPC_PRIVATE, 2, IPC_CREAT|0600) = 7");
	/* semop(semid, sops, nsops) from ipc(SEMOP, semid, nsops, 0, sops) */
	uint16_t sb[3] = {0, 1, 04000};
	memcpy(mem, sb, sizeof(sb));
	call32(&u, "ipc", SEMOP, 7, 1, 0, BASE, 0);
	CHECK_STR(
		"ipc.semop", run(&u, 0, 0),
		"semop(7, [{sem_num=0, sem_op=1, sem_flg=IPC_NOWAIT}], 1) = 0");
	call32(&u, "ipc", 999, 0, 0x1000, 0x380, 0, 0);
	CHECK_STR("ipc.unknown", run(&u, -1, ENOSYS),
		  "ipc(999, 0, 0x1000, 0x380, 0, 0) = -1 ENOSYS (Function not "
		  "implemented)");
	/* semctl's union is read from the pointer */
	uint32_t five = 5;
	memcpy(mem + 0x40, &five, 4);
	call32(&u, "ipc", SEMCTL, 7, 0, 16 /* SETVAL */, BASE + 0x40, 0);
	CHECK_STR("ipc.semctl_value", run(&u, 0, 0),
		  "semctl(7, 0, SETVAL, [0x5]) = 0");
	call32(&u, "ipc", SEMCTL, 7, 0, 0, 0, 0);
	CHECK_STR(
		"ipc.semctl_null", run(&u, -1, EINVAL),
		"semctl(7, 0, IPC_RMID, NULL) = -1 EINVAL (Invalid argument)");
	call32(&u, "ipc", SEMCTL, 7, 0, 2 | 0x100, 0x10, 0);
	CHECK_STR("ipc.semctl_unreadable", run(&u, -1, EFAULT),
		  "semctl(7, 0, IPC_64|IPC_STAT, 0x10) = -1 EFAULT (Bad "
		  "address)");
	/* msgrcv, version 0: {msgp, msgtyp} at ptr */
	uint32_t kludge[2] = {BASE + 0x80, 3};
	put32(0x60 / 4 * 4, kludge, 2);
	int32_t mtype = 3;
	memcpy(mem + 0x80, &mtype, 4);
	memcpy(mem + 0x84, "hi\0", 3);
	call32(&u, "ipc", MSGRCV, 9, 3, 04000, BASE + 0x60, 0);
	CHECK_STR(
		"ipc.msgrcv_kludge", run(&u, 3, 0),
		"msgrcv(9, {mtype=3, mtext=\"hi\\0\"}, 3, 3, IPC_NOWAIT) = 3");
	call32(&u, "ipc", MSGRCV, 9, 3, 04000, BASE + 0x60, 0);
	CHECK_STR("ipc.msgrcv_kludge_fail", run(&u, -1, ENOMSG),
		  "msgrcv(9, 0x10060, 3, IPC_NOWAIT) = -1 ENOMSG (No message "
		  "of desired type)");
	call32(&u, "ipc", MSGRCV | 1 << 16, 9, 3, 0, BASE + 0x80, 3);
	CHECK_STR("ipc.msgrcv_v1", run(&u, 3, 0),
		  "msgrcv(9, {mtype=3, mtext=\"hi\\0\"}, 3, 3, 0) = 3");
	/* shmat stores the address at its third argument */
	uint32_t raddr = 0xf7ee6000;
	memcpy(mem + 0xa0, &raddr, 4);
	call32(&u, "ipc", SHMAT, 11, 0, BASE + 0xa0, 0, 0);
	CHECK_STR("ipc.shmat", run(&u, 0, 0),
		  "shmat(11, NULL, 0) = 0xf7ee6000");
	call32(&u, "ipc", SHMAT, 11, 0, 0, 0, 0);
	CHECK_STR("ipc.shmat_fault", run(&u, -1, EFAULT),
		  "shmat(11, NULL, 0) = -1 EFAULT (Bad address)");
	call32(&u, "ipc", SHMDT, 0, 0, 0, 0xf7ee6000, 0);
	CHECK_STR("ipc.shmdt", run(&u, 0, 0), "shmdt(0xf7ee6000) = 0");
}

static void test_files(void)
{
	struct unit_call u;
	memset(mem, 0, sizeof(mem));
	int64_t res = 4294967301LL;
	memcpy(mem, &res, 8);
	call32(&u, "_llseek", 3, 1, 5, BASE, SEEK_SET, 0);
	CHECK_STR("llseek.result", run(&u, 0, 0),
		  "_llseek(3, 4294967301, [4294967301], SEEK_SET) = 0");
	call32(&u, "_llseek", 3, 0xffffffff, 0xfffffffe, BASE, SEEK_CUR, 0);
	CHECK_STR("llseek.negative", run(&u, 0, 0),
		  "_llseek(3, -2, [4294967301], SEEK_CUR) = 0");
	call32(&u, "_llseek", 3, 0, 5, 0, SEEK_END, 0);
	CHECK_STR("llseek.null", run(&u, -1, EFAULT),
		  "_llseek(3, 5, NULL, SEEK_END) = -1 EFAULT (Bad address)");
	call32(&u, "_llseek", 99, 0, 5, BASE, 7, 0);
	CHECK_STR("llseek.failed", run(&u, -1, EBADF),
		  "_llseek(99, 5, 0x10000, 0x7 /* SEEK_??? */) = -1 EBADF (Bad "
		  "file descriptor)");
	call32(&u, "mmap2", 0, 4096, 1, 2, 3, 0x100000);
	CHECK_STR("mmap2.pgoff", run(&u, 0xf7f00000, 0),
		  "mmap2(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0x100000000) = "
		  "0xf7f00000");
	call32(&u, "truncate64", BASE + 0x200, 0, 1, 0, 0, 0);
	memcpy(mem + 0x200, "f", 2);
	CHECK_STR("truncate64", run(&u, 0, 0),
		  "truncate64(\"f\", 4294967296) = 0");
	/* a shared call whose 64-bit arguments take two registers */
	call32(&u, "fallocate", 3, 1, 1, 1, 4096, 0);
	CHECK_STR("fallocate.split", run(&u, 0, 0),
		  "fallocate(3, FALLOC_FL_KEEP_SIZE, 4294967297, 4096) = 0");
	call32(&u, "fadvise64", 3, 1, 2, 3, 4, 0);
	CHECK_STR("fadvise64.split", run(&u, 0, 0),
		  "fadvise64(3, 8589934593, 3, POSIX_FADV_DONTNEED) = 0");
	/* readdir: one old_linux_dirent when it returns 1 */
	uint32_t d[2] = {42, 7};
	put32(0x300 / 4 * 4, d, 2);
	uint16_t len = 3;
	memcpy(mem + 0x308, &len, 2);
	memcpy(mem + 0x30a, "abc", 4);
	call32(&u, "readdir", 4, BASE + 0x300, 1, 0, 0, 0);
	CHECK_STR(
		"readdir.one", run(&u, 1, 0),
		"readdir(4, {d_ino=42, d_off=7, d_reclen=3, d_name=\"abc\"}) = "
		"1");
	call32(&u, "readdir", 4, BASE + 0x300, 1, 0, 0, 0);
	CHECK_STR("readdir.end", run(&u, 0, 0), "readdir(4, 0x10300) = 0");
	/* the legacy chown: 16-bit ids */
	call32(&u, "chown", BASE + 0x200, 0xffff, 0xfffe, 0, 0, 0);
	CHECK_STR("chown16", run(&u, 0, 0), "chown(\"f\", -1, 65534) = 0");
	call32(&u, "chown32", BASE + 0x200, 0xffff, 0xffffffff, 0, 0, 0);
	CHECK_STR("chown32", run(&u, 0, 0), "chown32(\"f\", 65535, -1) = 0");
}

static void test_signals(void)
{
	struct unit_call u;
	memset(mem, 0, sizeof(mem));
	uint32_t sa[4] = {0x8048000, 1u << (SIGUSR2 - 1), SA_RESTART, 0};
	put32(0, sa, 4);
	call32(&u, "sigaction", SIGUSR1, BASE, 0, 0, 0, 0);
	CHECK_STR("sigaction.old", run(&u, 0, 0),
		  "sigaction(SIGUSR1, {sa_handler=0x8048000, sa_mask=[USR2], "
		  "sa_flags=SA_RESTART}, NULL) = 0");
	uint32_t all[4] = {1, ~0u, 0x04000000, 0x8049000};
	put32(0, all, 4);
	call32(&u, "sigaction", SIGUSR2, BASE, 0x20, 0, 0, 0);
	CHECK_STR("sigaction.restorer", run(&u, -1, EFAULT),
		  "sigaction(SIGUSR2, {sa_handler=SIG_IGN, sa_mask=~[], "
		  "sa_flags=SA_RESTORER, sa_restorer=0x8049000}, 0x20) = -1 "
		  "EFAULT (Bad address)");
	uint32_t m = 1u << (SIGINT - 1) | 1u << (SIGHUP - 1);
	put32(0x40 / 4 * 4, &m, 1);
	call32(&u, "sigprocmask", SIG_BLOCK, BASE + 0x40, BASE + 0x40, 0, 0, 0);
	CHECK_STR("sigprocmask.old", run(&u, 0, 0),
		  "sigprocmask(SIG_BLOCK, [HUP INT], [HUP INT]) = 0");
	call32(&u, "sgetmask", 0, 0, 0, 0, 0, 0);
	CHECK_STR("sgetmask", run(&u, 2, 0), "sgetmask() = 0x2 (mask [INT])");
	call32(&u, "ssetmask", 0, 0, 0, 0, 0, 0);
	CHECK_STR("ssetmask", run(&u, 0, 0), "ssetmask([]) = 0 (old mask [])");
	call32(&u, "signal", SIGHUP, 0, 0, 0, 0, 0);
	CHECK_STR("signal", run(&u, 1, 0),
		  "signal(SIGHUP, SIG_DFL) = 0x1 (SIG_IGN)");
	call32(&u, "sigsuspend", 0, 0, 1u << (SIGUSR1 - 1), 0, 0, 0);
	CHECK_STR("sigsuspend", run(&u, -1, EINTR),
		  "sigsuspend([USR1]) = -1 EINTR (Interrupted system call)");
}

static void test_time64(void)
{
	struct unit_call u;
	memset(mem, 0, sizeof(mem));
	int64_t ts[2] = {5000000000LL, 7};
	memcpy(mem, ts, sizeof(ts));
	call32(&u, "clock_gettime64", CLOCK_MONOTONIC, BASE, 0, 0, 0, 0);
	CHECK_STR("clock_gettime64", run(&u, 0, 0),
		  "clock_gettime64(CLOCK_MONOTONIC, {tv_sec=5000000000, "
		  "tv_nsec=7}) = 0");
	CHECK("clock_gettime64.wordsize", u.mem.wordsize == 4);
	call32(&u, "clock_gettime64", CLOCK_MONOTONIC, BASE + sizeof(mem) - 8,
	       0, 0, 0, 0);
	CHECK_STR("clock_gettime64.short", run(&u, 0, 0),
		  "clock_gettime64(CLOCK_MONOTONIC, 0x10ff8) = 0");
	/* the old call: a 32-bit timespec */
	call32(&u, "clock_gettime", CLOCK_MONOTONIC, BASE, 0, 0, 0, 0);
	CHECK_STR("clock_gettime.old", run(&u, 0, 0),
		  "clock_gettime(CLOCK_MONOTONIC, {tv_sec=705032704, "
		  "tv_nsec=1}) = 0");
	call32(&u, "futex_time64", BASE + 0x100, 128 /* FUTEX_WAIT_PRIVATE */,
	       1, BASE, 0, 0);
	CHECK_STR("futex_time64", run(&u, -1, ETIMEDOUT),
		  "futex_time64(0x10100, FUTEX_WAIT_PRIVATE, 1, "
		  "{tv_sec=5000000000, tv_nsec=7}) = -1 ETIMEDOUT (Connection "
		  "timed out)");
	CHECK("futex_time64.wordsize", u.mem.wordsize == 4);
}

int main(void)
{
	test_numbers();
	test_socketcall();
	test_ipc();
	test_files();
	test_signals();
	test_time64();
	return unit_done();
}
