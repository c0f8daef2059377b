/* sig_ipc: System V shared memory, semaphores and message queues, and
 * mq_unlink: flags with modes, every ctl command with its structure,
 * refused ids, bad pointers. Every object it makes it removes; no call
 * blocks (IPC_NOWAIT wherever one could). */
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>

/* IPC_64 is the kernel's (linux/ipc.h) */
#define CMD_IPC_64 0x100

static void shm(void)
{
	int id = syscall(SYS_shmget, IPC_PRIVATE, 4096,
			 IPC_CREAT | IPC_EXCL | 0600);
	syscall(SYS_shmget, 0x1234, 4096, 0);
	syscall(SYS_shmget, 0xffffffff, 4096, 0);
	/* refused (size), so nothing is made */
	syscall(SYS_shmget, IPC_PRIVATE, -1UL,
		IPC_CREAT | SHM_HUGETLB | SHM_NORESERVE | 0644);
	syscall(SYS_shmget, IPC_PRIVATE, -1UL, IPC_CREAT | (21 << 26) | 0644);
	syscall(SYS_shmget, IPC_PRIVATE, -1UL, 0x40000 | 0600);
	syscall(SYS_shmget, IPC_PRIVATE, -1UL,
		IPC_CREAT | 0x100000 | (21 << 26) | 0600);
	syscall(SYS_shmget, IPC_PRIVATE, -1UL, 07777 | IPC_CREAT);
	syscall(SYS_shmget, IPC_PRIVATE, -1UL, 0x80000000 | 0755);
	void *p = (void *)syscall(SYS_shmat, id, NULL, 0);
	void *q = (void *)syscall(SYS_shmat, id, NULL, SHM_RDONLY);
	syscall(SYS_shmat, id, NULL, SHM_RND | SHM_REMAP);
	syscall(SYS_shmat, id, (void *)0x1001, 0x100000);
	syscall(SYS_shmat, -1, NULL, SHM_EXEC | 0x100000);
	syscall(SYS_shmdt, q);
	syscall(SYS_shmdt, (void *)1);
	struct shmid_ds ds;
	syscall(SYS_shmctl, id, IPC_STAT, &ds);
	ds.shm_perm.mode = 0640;
	syscall(SYS_shmctl, id, IPC_SET, &ds);
	syscall(SYS_shmctl, id, SHM_LOCK, NULL);
	syscall(SYS_shmctl, id, IPC_STAT, &ds);
	syscall(SYS_shmctl, id, SHM_UNLOCK, NULL);
	struct shminfo si;
	syscall(SYS_shmctl, 0, IPC_INFO, &si);
	struct shm_info sin;
	syscall(SYS_shmctl, 0, SHM_INFO, &sin);
	syscall(SYS_shmctl, id, SHM_STAT_ANY, &ds);
	syscall(SYS_shmctl, id, IPC_STAT | CMD_IPC_64, &ds);
	syscall(SYS_shmctl, id, CMD_IPC_64 | 99, &ds);
	syscall(SYS_shmctl, id, 99, &ds);
	syscall(SYS_shmctl, id, IPC_STAT, NULL);
	syscall(SYS_shmctl, id, IPC_SET, (void *)1);
	syscall(SYS_shmctl, id, IPC_RMID, NULL);
	/* still attached: marked for removal */
	syscall(SYS_shmctl, id, IPC_STAT, &ds);
	syscall(SYS_shmctl, id, IPC_RMID, &ds);
	syscall(SYS_shmdt, p);
	syscall(SYS_shmctl, id, IPC_RMID, NULL);
}

static void sem(void)
{
	int id = syscall(SYS_semget, IPC_PRIVATE, 3,
			 IPC_CREAT | IPC_EXCL | 0600);
	syscall(SYS_semget, 0x1234, 0, 0);
	syscall(SYS_semget, IPC_PRIVATE, -1, IPC_CREAT | 0x100000 | 0600);
	syscall(SYS_semget, IPC_PRIVATE, -1, 07777 | IPC_CREAT);
	syscall(SYS_semget, IPC_PRIVATE, -1, 0xfffff000);
	struct sembuf sb[3] = {{0, 1, SEM_UNDO},
			       {1, 2, IPC_NOWAIT},
			       {2, 0, SEM_UNDO | IPC_NOWAIT | 0x10}};
	syscall(SYS_semop, id, sb, 2);
	syscall(SYS_semop, id, sb, 1);
	syscall(SYS_semop, id, sb, 3);
	syscall(SYS_semop, id, sb, 0);
	syscall(SYS_semop, id, NULL, 1);
	syscall(SYS_semop, id, (void *)1, 1);
	struct sembuf many[40];
	for (int i = 0; i < 40; i++) {
		many[i].sem_num = (unsigned short)(i % 3);
		many[i].sem_op = 0;
		many[i].sem_flg = i == 5 ? 1 : IPC_NOWAIT;
	}
	syscall(SYS_semop, id, many, 40);
	struct timespec ts = {0, 1000};
	sb[0].sem_op = -5;
	sb[0].sem_flg = 0;
	syscall(SYS_semtimedop, id, sb, 1, &ts);
	sb[0].sem_flg = IPC_NOWAIT;
	syscall(SYS_semtimedop, id, sb, 1, NULL);
	syscall(SYS_semtimedop, id, sb, 1, (void *)1);
	struct semid_ds ds;
	syscall(SYS_semctl, id, 0, IPC_STAT, &ds);
	syscall(SYS_semctl, id, 0, IPC_SET, &ds);
	syscall(SYS_semctl, id, 1, SETVAL, 5L);
	syscall(SYS_semctl, id, 1, GETVAL, 0L);
	syscall(SYS_semctl, id, 1, GETNCNT, 0L);
	syscall(SYS_semctl, id, 1, GETZCNT, 0L);
	unsigned short vals[3] = {1, 2, 3};
	syscall(SYS_semctl, id, 0, SETALL, vals);
	syscall(SYS_semctl, id, 0, GETALL, vals);
	struct seminfo si;
	syscall(SYS_semctl, 0, 0, IPC_INFO, &si);
	syscall(SYS_semctl, 0, 0, SEM_INFO, &si);
	syscall(SYS_semctl, id, 0, SEM_STAT_ANY, &ds);
	syscall(SYS_semctl, id, 0, 99, &ds);
	syscall(SYS_semctl, id, 0, IPC_STAT, NULL);
	syscall(SYS_semctl, id, 0, IPC_RMID, &ds);
	syscall(SYS_semctl, id, 0, IPC_RMID, 0L);
}

struct message {
	long mtype;
	char mtext[64];
};

static void msg(void)
{
	int id = syscall(SYS_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	syscall(SYS_msgget, 0x4321, 0);
	syscall(SYS_msgget, 0x4321, 06777);
	struct message m = {1, "hello world"};
	syscall(SYS_msgsnd, id, &m, 11, 0);
	syscall(SYS_msgsnd, id, &m, 5, IPC_NOWAIT);
	m.mtype = -3;
	syscall(SYS_msgsnd, id, &m, 5, IPC_NOWAIT | 0x100);
	m.mtype = 2;
	memcpy(m.mtext, "0123456789012345678901234567890123456789", 40);
	syscall(SYS_msgsnd, id, &m, 40, 0);
	syscall(SYS_msgsnd, id, NULL, 5, 0);
	syscall(SYS_msgsnd, id, (void *)1, 5, 0);
	syscall(SYS_msgsnd, id, &m, 0, 0);
	syscall(SYS_msgsnd, id, &m, 100000, 0);
	memset(&m, 0, sizeof(m));
	syscall(SYS_msgrcv, id, &m, 64, 0L, 0);
	syscall(SYS_msgrcv, id, NULL, 64, 0L, IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 3, 1L, MSG_NOERROR | IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 64, 0L, MSG_COPY | IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 64, -5L, MSG_EXCEPT | IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 64, 9L, IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 64, 9L, 0x10000000 | IPC_NOWAIT);
	syscall(SYS_msgrcv, id, &m, 64, 9L,
		MSG_NOERROR | MSG_EXCEPT | MSG_COPY | IPC_NOWAIT);
	syscall(SYS_msgrcv, id, (void *)1, 64, 0L, IPC_NOWAIT);
	struct msqid_ds ds;
	syscall(SYS_msgctl, id, IPC_STAT, &ds);
	syscall(SYS_msgctl, id, IPC_SET, &ds);
	struct msginfo mi;
	syscall(SYS_msgctl, 0, IPC_INFO, &mi);
	syscall(SYS_msgctl, 0, MSG_INFO, &mi);
	syscall(SYS_msgctl, id, MSG_STAT_ANY, &ds);
	syscall(SYS_msgctl, id, 99, &ds);
	syscall(SYS_msgctl, id, IPC_SET, NULL);
	syscall(SYS_msgctl, id, IPC_RMID, NULL);
	syscall(SYS_msgctl, id, IPC_RMID, NULL);
}

int main(void)
{
	shm();
	sem();
	msg();
	syscall(SYS_mq_unlink, "sig_ipc.no.such.queue");
	syscall(SYS_mq_unlink,
		"a-very-long-message-queue-name-that-exceeds-thirty-two");
	syscall(SYS_mq_unlink, NULL);
	syscall(SYS_mq_unlink, (void *)1);
	return 0;
}
