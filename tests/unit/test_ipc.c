/* Unit tests of the ipc family on fake memory: keys, get flags with their
 * modes (and strace's quirks), sembuf arrays (limits, faults, absurd
 * counts), message buffers, the ctl commands and their structures;
 * failing calls and i386 tracees. The expected lines are strace 6.1's. */
#include "unit.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include "decode/ipc.h"

#define BASE 0x10000ULL

#define IPC_64 0x100

static void call(struct unit_call *u, const char *name, uint64_t a0,
		 uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
		 const void *img, size_t len)
{
	uint64_t args[6] = {a0, a1, a2, a3, a4, 0};
	unit_call_init(u, name, args, BASE, img, len);
}

static void test_get(void)
{
	struct unit_call u;
	call(&u, "shmget", IPC_PRIVATE, 4096, IPC_CREAT | IPC_EXCL | 0600, 0, 0,
	     NULL, 0);
	CHECK_STR("shmget.plain", unit_run_squeezed(&u, 3, 0),
		  "shmget(IPC_PRIVATE, 4096, IPC_CREAT|IPC_EXCL|0600) = 3");
	call(&u, "shmget", 0x1234, 4096, 0, 0, 0, NULL, 0);
	CHECK_STR("shmget.zero", unit_run_squeezed(&u, -1, ENOENT),
		  "shmget(0x1234, 4096, 000) = -1 ENOENT (No such file or "
		  "directory)");
	call(&u, "shmget", 0xffffffff, 1, 0x40000 | 0600, 0, 0, NULL, 0);
	CHECK_STR("shmget.unknown", unit_run_squeezed(&u, 1, 0),
		  "shmget(0xffffffff, 1, 0x40000|0600) = 1");
	call(&u, "shmget", IPC_PRIVATE, UINT64_MAX,
	     IPC_CREAT | 0x100000 | (21 << 26) | 0644, 0, 0, NULL, 0);
	CHECK_STR("shmget.huge", unit_run_squeezed(&u, -1, EINVAL),
		  "shmget(IPC_PRIVATE, 18446744073709551615, "
		  "IPC_CREAT|0x100000|21<<SHM_HUGE_SHIFT|0644) = -1 EINVAL "
		  "(Invalid argument)");
	call(&u, "shmget", IPC_PRIVATE, 1,
	     IPC_CREAT | SHM_HUGETLB | SHM_NORESERVE | 0x80000000 | 0755, 0, 0,
	     NULL, 0);
	CHECK_STR("shmget.flags", unit_run_squeezed(&u, 2, 0),
		  "shmget(IPC_PRIVATE, 1, IPC_CREAT|SHM_HUGETLB|SHM_NORESERVE|"
		  "32<<SHM_HUGE_SHIFT|0755) = 2");
	/* semget, msgget: no '|' between unnamed bits and the mode */
	call(&u, "semget", IPC_PRIVATE, 3, IPC_CREAT | 0x100000 | 0600, 0, 0,
	     NULL, 0);
	CHECK_STR("semget.unknown", unit_run_squeezed(&u, 4, 0),
		  "semget(IPC_PRIVATE, 3, IPC_CREAT|0x100000|0600) = 4");
	call(&u, "semget", IPC_PRIVATE, (uint32_t)-1, 0xfffff000, 0, 0, NULL,
	     0);
	CHECK_STR("semget.only_unknown", unit_run_squeezed(&u, -1, EINVAL),
		  "semget(IPC_PRIVATE, -1, 0xfffff000000) = -1 EINVAL (Invalid "
		  "argument)");
	call(&u, "msgget", 0x12, 07777, 0, 0, 0, NULL, 0);
	CHECK_STR("msgget.all", unit_run_squeezed(&u, 5, 0),
		  "msgget(0x12, IPC_CREAT|IPC_EXCL|IPC_NOWAIT|0777) = 5");

	call(&u, "shmat", 3, 0, SHM_RND | SHM_REMAP, 0, 0, NULL, 0);
	CHECK_STR("shmat.flags", unit_run_squeezed(&u, -1, EINVAL),
		  "shmat(3, NULL, SHM_RND|SHM_REMAP) = -1 EINVAL (Invalid "
		  "argument)");
	call(&u, "shmat", 3, 0x1001, 0x100000, 0, 0, NULL, 0);
	CHECK_STR(
		"shmat.unknown", unit_run_squeezed(&u, -1, EINVAL),
		"shmat(3, 0x1001, 0x100000 /* SHM_??? */) = -1 EINVAL (Invalid "
		"argument)");
	call(&u, "shmat", 3, 0, 0, 0, 0, NULL, 0);
	CHECK_STR("shmat.ret", unit_run_squeezed(&u, 0x7f0000001000, 0),
		  "shmat(3, NULL, 0) = 0x7f0000001000");
	call(&u, "shmdt", 0x7f0000001000, 0, 0, 0, 0, NULL, 0);
	CHECK_STR("shmdt", unit_run_squeezed(&u, 0, 0), "shmdt(0x7f0000001000) = 0");
}

static void test_semop(void)
{
	struct unit_call u;
	struct sembuf sb[40];
	memset(sb, 0, sizeof(sb));
	sb[0] = (struct sembuf){0, 1, SEM_UNDO};
	sb[1] = (struct sembuf){65535, -2, IPC_NOWAIT};
	sb[2] = (struct sembuf){2, 0, SEM_UNDO | IPC_NOWAIT | 0x10};
	sb[3] = (struct sembuf){3, 0, 1};
	call(&u, "semop", 1, BASE, 4, 0, 0, sb, sizeof(sb));
	CHECK_STR("semop.four", unit_run_squeezed(&u, 0, 0),
		  "semop(1, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, "
		  "{sem_num=65535, sem_op=-2, sem_flg=IPC_NOWAIT}, {sem_num=2, "
		  "sem_op=0, sem_flg=SEM_UNDO|IPC_NOWAIT|0x10}, {sem_num=3, "
		  "sem_op=0, sem_flg=0x1 /* SEM_??? */}], 4) = 0");
	call(&u, "semop", 1, BASE, 0, 0, 0, sb, sizeof(sb));
	CHECK_STR("semop.none", unit_run_squeezed(&u, -1, EINVAL),
		  "semop(1, [], 0) = -1 EINVAL (Invalid argument)");
	call(&u, "semop", 1, 0, 1, 0, 0, sb, sizeof(sb));
	CHECK_STR("semop.null", unit_run_squeezed(&u, -1, EFAULT),
		  "semop(1, NULL, 1) = -1 EFAULT (Bad address)");
	call(&u, "semop", 1, 0xdead0000, 1, 0, 0, sb, sizeof(sb));
	CHECK_STR("semop.unreadable", unit_run_squeezed(&u, -1, EFAULT),
		  "semop(1, 0xdead0000, 1) = -1 EFAULT (Bad address)");
	/* an absurd count: -s elements, then ... */
	call(&u, "semop", 1, BASE + 4 * sizeof(struct sembuf), 0xffffffff, 0, 0,
	     sb, sizeof(sb));
	const char *l = unit_run_squeezed(&u, -1, E2BIG);
	size_t n = 0;
	for (const char *p = l; (p = strstr(p, "sem_num")); p++)
		n++;
	CHECK("semop.absurd_count_limited", n == 32);
	CHECK("semop.absurd_count_more",
	      strstr(l, "}, ...], 4294967295) = -1 E2BIG") != NULL);
	/* semtimedop's timeout follows */
	int64_t ts[2] = {0, 1000};
	struct {
		struct sembuf sb;
		int16_t pad;
		int64_t ts[2];
	} img = {{0, -5, 0}, 0, {0, 1000}};
	(void)ts;
	call(&u, "semtimedop", 1, BASE, 1, BASE + 8, 0, &img, sizeof(img));
	CHECK_STR("semtimedop", unit_run_squeezed(&u, -1, EAGAIN),
		  "semtimedop(1, [{sem_num=0, sem_op=-5, sem_flg=0}], 1, "
		  "{tv_sec=0, tv_nsec=1000}) = -1 EAGAIN (Resource temporarily "
		  "unavailable)");
}

static void test_msg(void)
{
	struct unit_call u;
	struct {
		long mtype;
		char mtext[64];
	} m = {1, "hello world"};
	call(&u, "msgsnd", 2, BASE, 11, 0, 0, &m, sizeof(m));
	CHECK_STR("msgsnd", unit_run_squeezed(&u, 0, 0),
		  "msgsnd(2, {mtype=1, mtext=\"hello world\"}, 11, 0) = 0");
	m.mtype = -3;
	call(&u, "msgsnd", 2, BASE, 1ULL << 40, IPC_NOWAIT | 0x100, 0, &m,
	     sizeof(m));
	CHECK_STR(
		"msgsnd.huge", unit_run_squeezed(&u, -1, EINVAL),
		"msgsnd(2, {mtype=-3, mtext=\"hello world\\0\\0\\0\\0\\0\\0\\0"
		"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"...}, "
		"1099511627776, "
		"IPC_NOWAIT|0x100) = -1 EINVAL (Invalid argument)");
	call(&u, "msgsnd", 2, BASE, 100, 0, 0, &m, 8);
	CHECK_STR(
		"msgsnd.text_unreadable", unit_run_squeezed(&u, -1, EFAULT),
		"msgsnd(2, {mtype=-3, mtext=0x10008}, 100, 0) = -1 EFAULT (Bad "
		"address)");
	call(&u, "msgsnd", 2, BASE, 1, 0, 0, &m, 4);
	CHECK_STR("msgsnd.unreadable", unit_run_squeezed(&u, -1, EFAULT),
		  "msgsnd(2, 0x10000, 1, 0) = -1 EFAULT (Bad address)");
	m.mtype = 2;
	call(&u, "msgrcv", 2, BASE, 3, 1, MSG_NOERROR | IPC_NOWAIT, &m,
	     sizeof(m));
	CHECK_STR("msgrcv", unit_run_squeezed(&u, 3, 0),
		  "msgrcv(2, {mtype=2, mtext=\"hel\"}, 3, 1, "
		  "MSG_NOERROR|IPC_NOWAIT) = 3");
	call(&u, "msgrcv", 2, BASE, 64, (uint64_t)-5, MSG_EXCEPT, &m,
	     sizeof(m));
	CHECK_STR("msgrcv.failed", unit_run_squeezed(&u, -1, ENOMSG),
		  "msgrcv(2, 0x10000, 64, -5, MSG_EXCEPT) = -1 ENOMSG (No "
		  "message "
		  "of desired type)");
	call(&u, "msgrcv", 2, BASE, 64, 0, 0x10000000, &m, sizeof(m));
	CHECK_STR("msgrcv.unknown_flags", unit_run_squeezed(&u, -4, 514),
		  "msgrcv(2, 0x10000, 64, 0, 0x10000000 /* MSG_??? */) = ? "
		  "ERESTARTNOHAND (To be restarted if no handler)");
	int32_t m32[3] = {7, 0x64636261, 0};
	call(&u, "msgsnd", 2, BASE, 4, 0, 0, m32, sizeof(m32));
	unit_to_i386(&u, "msgsnd");
	CHECK_STR("msgsnd.i386", unit_run_squeezed(&u, 0, 0),
		  "msgsnd(2, {mtype=7, mtext=\"abcd\"}, 4, 0) = 0");
}

static void test_ctl(void)
{
	struct unit_call u;
	struct shmid_ds ds;
	memset(&ds, 0, sizeof(ds));
	ds.shm_perm.__key = 388817;
	ds.shm_perm.uid = 5;
	ds.shm_perm.mode = 02755;
	ds.shm_segsz = 4096;
	ds.shm_cpid = 77;
	ds.shm_lpid = 78;
	ds.shm_nattch = 1;
	ds.shm_atime = 1700000000;
	call(&u, "shmctl", 3, IPC_STAT, BASE, 0, 0, &ds, sizeof(ds));
	CHECK_STR(
		"shmctl.stat", unit_run_squeezed(&u, 0, 0),
		"shmctl(3, IPC_STAT, {shm_perm={uid=5, gid=0, mode=02755, "
		"key=388817, cuid=0, cgid=0}, shm_segsz=4096, shm_cpid=77, "
		"shm_lpid=78, shm_nattch=1, shm_atime=1700000000, shm_dtime=0, "
		"shm_ctime=0}) = 0");
	call(&u, "shmctl", 3, IPC_SET, BASE, 0, 0, &ds, sizeof(ds));
	CHECK_STR("shmctl.set_failed", unit_run_squeezed(&u, -1, EPERM),
		  "shmctl(3, IPC_SET, {shm_perm={uid=5, gid=0, mode=02755}}) = "
		  "-1 "
		  "EPERM (Operation not permitted)");
	call(&u, "shmctl", 3, IPC_STAT, BASE, 0, 0, &ds, sizeof(ds));
	CHECK_STR(
		"shmctl.stat_failed", unit_run_squeezed(&u, -1, EINVAL),
		"shmctl(3, IPC_STAT, 0x10000) = -1 EINVAL (Invalid argument)");
	call(&u, "shmctl", 3, IPC_STAT, BASE, 0, 0, &ds, sizeof(ds) - 1);
	CHECK_STR("shmctl.stat_short", unit_run_squeezed(&u, 0, 0),
		  "shmctl(3, IPC_STAT, 0x10000) = 0");
	call(&u, "shmctl", 3, IPC_RMID, BASE, 0, 0, &ds, sizeof(ds));
	CHECK_STR("shmctl.rmid", unit_run_squeezed(&u, 0, 0),
		  "shmctl(3, IPC_RMID, 0x10000) = 0");
	call(&u, "shmctl", 3, 0x100 | IPC_STAT, BASE, 0, 0, &ds, sizeof(ds));
	CHECK_STR("shmctl.ipc64", unit_run_squeezed(&u, -1, EINVAL),
		  "shmctl(3, IPC_64|IPC_STAT, 0x10000) = -1 EINVAL (Invalid "
		  "argument)");
	call(&u, "shmctl", 3, 0x100 | 99, BASE, 0, 0, &ds, sizeof(ds));
	CHECK_STR("shmctl.ipc64_unknown", unit_run_squeezed(&u, -1, EINVAL),
		  "shmctl(3, IPC_64|0x63 /* SHM_??? */, 0x10000) = -1 EINVAL "
		  "(Invalid argument)");
	call(&u, "shmctl", 3, 99, 0, 0, 0, &ds, sizeof(ds));
	CHECK_STR("shmctl.unknown", unit_run_squeezed(&u, -1, EINVAL),
		  "shmctl(3, 0x63 /* SHM_??? */, NULL) = -1 EINVAL (Invalid "
		  "argument)");
	struct shm_info si = {1, 2, 3, 4, 5, 6};
	call(&u, "shmctl", 0, SHM_INFO, BASE, 0, 0, &si, sizeof(si));
	CHECK_STR("shmctl.info", unit_run_squeezed(&u, 4, 0),
		  "shmctl(0, SHM_INFO, {used_ids=1, shm_tot=2, shm_rss=3, "
		  "shm_swp=4, swap_attempts=5, swap_successes=6}) = 4");
	/* i386's shmid64_ds: ipc64_perm (36 bytes), then 32-bit fields
	 * with the high halves of the times between them */
	uint32_t ds32[21] = {0x1234, 5,	   6, 7, 8, 0640, 0, 0, 0,
			     4096,   100,  0, 0, 0, 200, 0, 10, 11, 2};
	call(&u, "shmctl", 3, IPC_64 | IPC_STAT, BASE, 0, 0, ds32,
	     sizeof(ds32));
	unit_to_i386(&u, "shmctl");
	CHECK_STR("shmctl.i386", unit_run_squeezed(&u, 0, 0),
		  "shmctl(3, IPC_64|IPC_STAT, {shm_perm={uid=5, gid=6, "
		  "mode=0640, key=4660, cuid=7, cgid=8}, shm_segsz=4096, "
		  "shm_cpid=10, shm_lpid=11, shm_nattch=2, shm_atime=100, "
		  "shm_dtime=0, shm_ctime=200}) = 0");
	call(&u, "shmctl", 3, IPC_64 | IPC_STAT, BASE, 0, 0, ds32,
	     sizeof(ds32) - 4);
	unit_to_i386(&u, "shmctl");
	CHECK_STR("shmctl.i386_short", unit_run_squeezed(&u, 0, 0),
		  "shmctl(3, IPC_64|IPC_STAT, 0x10000) = 0");

	struct semid_ds sd;
	memset(&sd, 0, sizeof(sd));
	sd.sem_perm.mode = 0600;
	sd.sem_nsems = 3;
	call(&u, "semctl", 2, 0, IPC_STAT, BASE, 0, &sd, sizeof(sd));
	CHECK_STR("semctl.stat", unit_run_squeezed(&u, 0, 0),
		  "semctl(2, 0, IPC_STAT, {sem_perm={uid=0, gid=0, mode=0600, "
		  "key=0, cuid=0, cgid=0}, sem_otime=0, sem_ctime=0, "
		  "sem_nsems=3}) = 0");
	call(&u, "semctl", 2, 1, SETVAL, 0x7ffc00000005, 0, NULL, 0);
	CHECK_STR("semctl.setval", unit_run_squeezed(&u, 0, 0),
		  "semctl(2, 1, SETVAL, 0x7ffc00000005) = 0");
	call(&u, "semctl", 2, 0, IPC_RMID, 0, 0, NULL, 0);
	CHECK_STR("semctl.rmid", unit_run_squeezed(&u, 0, 0),
		  "semctl(2, 0, IPC_RMID, NULL) = 0");
	int32_t sinfo[10] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
	call(&u, "semctl", 0, 0, SEM_INFO, BASE, 0, sinfo, sizeof(sinfo));
	CHECK_STR("semctl.info", unit_run_squeezed(&u, 2, 0),
		  "semctl(0, 0, SEM_INFO, {semmap=1, semmni=2, semmns=3, "
		  "semmnu=4, semmsl=5, semopm=6, semume=7, semusz=8, semvmx=9, "
		  "semaem=10}) = 2");
	call(&u, "semctl", 2, 0, 99, BASE, 0, NULL, 0);
	CHECK_STR("semctl.unknown", unit_run_squeezed(&u, -1, EINVAL),
		  "semctl(2, 0, 0x63 /* SEM_??? */, 0x10000) = -1 EINVAL "
		  "(Invalid "
		  "argument)");

	struct msqid_ds md;
	memset(&md, 0, sizeof(md));
	md.msg_perm.mode = 0600;
	md.msg_qbytes = 16384;
	md.msg_lspid = 9;
	call(&u, "msgctl", 1, IPC_SET, BASE, 0, 0, &md, sizeof(md));
	CHECK_STR("msgctl.set", unit_run_squeezed(&u, 0, 0),
		  "msgctl(1, IPC_SET, {msg_perm={uid=0, gid=0, mode=0600}, "
		  "msg_qbytes=16384}) = 0");
	call(&u, "msgctl", 1, MSG_STAT_ANY, BASE, 0, 0, &md, sizeof(md));
	CHECK_STR(
		"msgctl.stat_any", unit_run_squeezed(&u, 1, 0),
		"msgctl(1, MSG_STAT_ANY, {msg_perm={uid=0, gid=0, mode=0600, "
		"key=0, cuid=0, cgid=0}, msg_stime=0, msg_rtime=0, "
		"msg_ctime=0, "
		"msg_qnum=0, msg_qbytes=16384, msg_lspid=9, msg_lrpid=0}) = 1");
	struct msginfo mi = {1, 2, 3, 4, 5, 6, 7, 8};
	call(&u, "msgctl", 0, IPC_INFO, BASE, 0, 0, &mi, sizeof(mi));
	CHECK_STR(
		"msgctl.info", unit_run_squeezed(&u, 0, 0),
		"msgctl(0, IPC_INFO, {msgpool=1, msgmap=2, msgmax=3, msgmnb=4, "
		"msgmni=5, msgssz=6, msgtql=7, msgseg=8}) = 0");
	call(&u, "msgctl", 0, IPC_INFO, 0xdead0000, 0, 0, &mi, sizeof(mi));
	CHECK_STR("msgctl.info_unreadable", unit_run_squeezed(&u, 0, 0),
		  "msgctl(0, IPC_INFO, 0xdead0000) = 0");

	static const char name[] = "q";
	call(&u, "mq_unlink", BASE, 0, 0, 0, 0, name, sizeof(name));
	CHECK_STR("mq_unlink", unit_run_squeezed(&u, -1, ENOENT),
		  "mq_unlink(\"q\") = -1 ENOENT (No such file or directory)");
}

int main(void)
{
	test_get();
	test_semop();
	test_msg();
	test_ctl();
	return unit_done();
}
