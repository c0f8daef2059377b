/* An i386 tracee's System V IPC (cc -m32): glibc goes through ipc(2),
 * which strace shows as the call made (semget, shmat...), with the
 * quirks of the indirect forms (semctl's argument read from a pointer,
 * msgrcv's msgp and msgtyp in a struct, shmat's address stored at a
 * pointer); the direct calls i386 got in 5.1; the 32-bit layouts of the
 * ctl structures; POSIX queues with 64-bit timeouts. (strace reads the
 * answers of the old commands, without IPC_64, in the IPC_64 layout
 * too: what it shows then depends on the ids, so they are left out.) */
#include <fcntl.h>
#include <mqueue.h>
#include <stdint.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* the ipc(2) calls of <linux/ipc.h>, which clashes with <sys/ipc.h> */
enum {
	SEMOP = 1, SEMGET = 2, SEMCTL = 3, SEMTIMEDOP = 4,
	MSGSND = 11, MSGRCV = 12, MSGGET = 13, MSGCTL = 14,
	SHMAT = 21, SHMDT = 22, SHMGET = 23, SHMCTL = 24,
};
#define IPC_64 0x100
#define I(...) syscall(SYS_ipc, __VA_ARGS__)

int main(void)
{
	char ds[256];
	void *dsp = ds;

	/* semaphores */
	long sem = I(SEMGET, IPC_PRIVATE, 2, 0600 | IPC_CREAT, 0, 0);
	struct sembuf sb = {0, 1, IPC_NOWAIT};
	I(SEMOP, sem, 1, 0, &sb, 0);
	struct {
		int32_t sec, nsec;
	} ts = {1, 2};
	I(SEMTIMEDOP, sem, 1, 0, &sb, &ts);
	int val = 5;
	I(SEMCTL, sem, 0, SETVAL, &val, 0);
	I(SEMCTL, sem, 0, GETVAL, &val, 0);
	I(SEMCTL, sem, 0, GETVAL | IPC_64, &val, 0);
	I(SEMCTL, sem, 0, IPC_STAT | IPC_64, &dsp, 0);
	I(SEMCTL, sem, 0, IPC_INFO | IPC_64, &dsp, 0);
	I(SEMCTL, sem, 0, IPC_STAT | IPC_64, NULL, 0);
	I(SEMCTL, sem, 0, IPC_STAT | IPC_64, 16, 0);
	struct {
		int64_t sec, nsec;
	} t64 = {0, 1000};
	syscall(SYS_semtimedop_time64, sem, &sb, 1, &t64);
	semop(sem, &sb, 1);
	semctl(sem, 0, IPC_STAT, ds);
	unsigned short vals[2] = {1, 2};
	semctl(sem, 0, SETALL, vals);
	semctl(sem, 0, GETALL, vals);
	semctl(sem, 0, IPC_RMID);
	I(SEMCTL, sem, 0, IPC_RMID, 0, 0);
	I(SEMCTL, sem, 0, IPC_RMID | IPC_64, &(int){0}, 0);

	/* message queues */
	long mq = I(MSGGET, IPC_PRIVATE, 0600 | IPC_CREAT, 0, 0, 0);
	struct {
		int32_t mtype;
		char text[8];
	} m = {3, "hello"};
	I(MSGSND, mq, 6, IPC_NOWAIT, &m, 0);
	I(MSGSND, mq, 6, IPC_NOWAIT, &m, 0);
	struct {
		void *msgp;
		int32_t msgtyp;
	} k = {&m, 3};
	I(MSGRCV, mq, 8, IPC_NOWAIT, &k, 0);
	I(MSGRCV | 1 << 16, mq, 8, IPC_NOWAIT, &m, 3);
	I(MSGRCV, mq, 8, IPC_NOWAIT, &k, 0);
	I(MSGCTL, mq, IPC_STAT | IPC_64, 0, ds, 0);
	I(MSGCTL, mq, IPC_INFO | IPC_64, 0, ds, 0);
	msgsnd(mq, &m, 6, 0);
	msgrcv(mq, &m, 8, 0, 0);
	msgctl(mq, IPC_STAT, (struct msqid_ds *)ds);
	msgctl(mq, IPC_RMID, NULL);

	/* shared memory */
	long shm = I(SHMGET, IPC_PRIVATE, 8192, 0600 | IPC_CREAT, 0, 0);
	uint32_t raddr = 0;
	I(SHMAT, shm, SHM_RDONLY, &raddr, 0, 0);
	I(SHMAT, shm, 0, 0, 0, 0);
	I(SHMAT | 1 << 16, shm, 0, &raddr, 0, 0);
	I(SHMCTL, shm, IPC_STAT | IPC_64, 0, ds, 0);
	I(SHMCTL, shm, IPC_INFO | IPC_64, 0, ds, 0);
	I(SHMCTL, shm, SHM_INFO | IPC_64, 0, ds, 0);
	I(SHMDT, 0, 0, 0, (void *)(uintptr_t)raddr, 0);
	I(SHMCTL, shm, IPC_RMID | IPC_64, 0, 0, 0);
	long shm0 = I(SHMGET, IPC_PRIVATE, 8192, 0, 0, 0);
	I(SHMCTL, shm0, IPC_RMID | IPC_64, 0, 0, 0);
	I(999, IPC_PRIVATE, 4096, 0600 | IPC_CREAT, 0, 0);
	int id = shmget(IPC_PRIVATE, 4096, 0600 | IPC_CREAT);
	void *a = shmat(id, NULL, 0);
	shmctl(id, IPC_STAT, (struct shmid_ds *)ds);
	shmdt(a);
	shmctl(id, IPC_RMID, NULL);

	/* the direct calls */
	id = syscall(SYS_shmget, IPC_PRIVATE, 4096, 0600 | IPC_CREAT);
	a = (void *)syscall(SYS_shmat, id, NULL, SHM_RND);
	syscall(SYS_shmctl, id, IPC_STAT | IPC_64, ds);
	syscall(SYS_shmdt, a);
	syscall(SYS_shmctl, id, IPC_RMID, NULL);
	id = syscall(SYS_semget, IPC_PRIVATE, 1, 0600 | IPC_CREAT);
	syscall(SYS_semctl, id, 0, IPC_STAT | IPC_64, ds);
	syscall(SYS_semctl, id, 0, SETVAL, 7);
	syscall(SYS_semctl, id, 0, IPC_RMID, 0);
	id = syscall(SYS_msgget, IPC_PRIVATE, 0600 | IPC_CREAT);
	syscall(SYS_msgsnd, id, &m, 6, 0);
	syscall(SYS_msgrcv, id, &m, 8, 0, IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 8, -1, IPC_NOWAIT | MSG_EXCEPT);
	syscall(SYS_msgctl, id, IPC_STAT | IPC_64, ds);
	syscall(SYS_msgctl, id, IPC_RMID, NULL);

	/* POSIX message queues: the _time64 calls */
	struct mq_attr attr = {.mq_maxmsg = 4, .mq_msgsize = 16};
	mqd_t q = mq_open("/i386_ipc", O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
	mq_unlink("/i386_ipc");
	syscall(SYS_mq_timedsend_time64, q, "abc", 3, 1, &t64);
	char rb[16];
	unsigned prio;
	syscall(SYS_mq_timedreceive_time64, q, rb, sizeof(rb), &prio, &t64);
	syscall(SYS_mq_timedreceive_time64, q, rb, sizeof(rb), &prio, &t64);
	mq_send(q, "de", 2, 0);
	mq_receive(q, rb, sizeof(rb), NULL);
	close(q);
	return 0;
}
