/* quotactl's structures. The real calls first (they fail: no quotas
 * here, and the inputs still print), then the same under a seccomp filter
 * that makes quotactl and quotactl_fd return 0 without running, so that
 * the outputs print with what this program put in them. */
#include <fcntl.h>
#include <linux/dqblk_xfs.h>
#include <linux/filter.h>
#include <linux/quota.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_quotactl_fd
#define SYS_quotactl_fd 443
#endif

static void fake_quotactl(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_quotactl, 1, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_quotactl_fd, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog p = {sizeof(f) / sizeof(f[0]), f};
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p);
}

static void calls(int fd)
{
	struct if_dqblk dq;
	memset(&dq, 0, sizeof(dq));
	dq.dqb_bhardlimit = 1000;
	dq.dqb_bsoftlimit = 900;
	dq.dqb_curspace = 123456;
	dq.dqb_ihardlimit = 50;
	dq.dqb_isoftlimit = 40;
	dq.dqb_curinodes = 7;
	dq.dqb_btime = 1700000000;
	dq.dqb_itime = 0;
	dq.dqb_valid = QIF_LIMITS | QIF_USAGE;
	syscall(SYS_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), "/dev/nonexist", 1000,
		&dq);
	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, GRPQUOTA), "/dev/nonexist", 1000,
		&dq);
	dq.dqb_valid = 0x1234;
	syscall(SYS_quotactl, QCMD(Q_SETQUOTA, PRJQUOTA), "/dev/nonexist", 5,
		&dq);
	syscall(SYS_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), "/dev/nonexist", 5,
		(void *)8);

	struct if_nextdqblk nd;
	memset(&nd, 0, sizeof(nd));
	nd.dqb_id = 77;
	nd.dqb_valid = QIF_ALL;
	syscall(SYS_quotactl, QCMD(Q_GETNEXTQUOTA, USRQUOTA), "/dev/nonexist",
		0, &nd);

	struct if_dqinfo di;
	memset(&di, 0, sizeof(di));
	di.dqi_bgrace = 604800;
	di.dqi_igrace = 3600;
	di.dqi_flags = DQF_ROOT_SQUASH;
	di.dqi_valid = IIF_BGRACE | IIF_FLAGS;
	syscall(SYS_quotactl, QCMD(Q_SETINFO, USRQUOTA), "/dev/nonexist", 0,
		&di);
	syscall(SYS_quotactl, QCMD(Q_GETINFO, USRQUOTA), "/dev/nonexist", 0,
		&di);

	unsigned fmt = QFMT_VFS_V1;
	syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), "/dev/nonexist", 0,
		&fmt);
	fmt = 99;
	syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), "/dev/nonexist", 0,
		&fmt);

	struct fs_disk_quota xq;
	memset(&xq, 0, sizeof(xq));
	xq.d_version = FS_DQUOT_VERSION;
	xq.d_flags = FS_USER_QUOTA;
	xq.d_fieldmask = FS_DQ_BSOFT | FS_DQ_BHARD;
	xq.d_id = 1000;
	xq.d_blk_hardlimit = 2000;
	xq.d_blk_softlimit = 1500;
	xq.d_bcount = 10;
	xq.d_icount = 3;
	syscall(SYS_quotactl, QCMD(Q_XSETQLIM, USRQUOTA), "/dev/nonexist", 1000,
		&xq);
	syscall(SYS_quotactl, QCMD(Q_XGETQUOTA, USRQUOTA), "/dev/nonexist",
		1000, &xq);
	syscall(SYS_quotactl, QCMD(Q_XGETNEXTQUOTA, PRJQUOTA), "/dev/nonexist",
		0, &xq);

	struct fs_quota_stat qs;
	memset(&qs, 0, sizeof(qs));
	qs.qs_version = FS_QSTAT_VERSION;
	qs.qs_flags = FS_QUOTA_UDQ_ACCT | FS_QUOTA_UDQ_ENFD;
	qs.qs_uquota.qfs_ino = 131;
	qs.qs_uquota.qfs_nblks = 2;
	qs.qs_uquota.qfs_nextents = 1;
	qs.qs_incoredqs = 4;
	qs.qs_btimelimit = 604800;
	syscall(SYS_quotactl, QCMD(Q_XGETQSTAT, USRQUOTA), "/dev/nonexist", 0,
		&qs);
	struct fs_quota_statv qv;
	memset(&qv, 0, sizeof(qv));
	qv.qs_version = FS_QSTATV_VERSION1;
	qv.qs_flags = FS_QUOTA_PDQ_ACCT;
	qv.qs_pquota.qfs_ino = 140;
	syscall(SYS_quotactl, QCMD(Q_XGETQSTATV, PRJQUOTA), "/dev/nonexist", 0,
		&qv);
	unsigned xflags = FS_QUOTA_UDQ_ACCT | FS_QUOTA_UDQ_ENFD;
	syscall(SYS_quotactl, QCMD(Q_XQUOTAON, USRQUOTA), "/dev/nonexist", 0,
		&xflags);
	syscall(SYS_quotactl, QCMD(Q_XQUOTARM, USRQUOTA), "/dev/nonexist", 0,
		&xflags);

	/* bits no name covers, zeroes, a bad address */
	dq.dqb_valid = 0x100;
	syscall(SYS_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), "/dev/nonexist", 0,
		&dq);
	di.dqi_flags = 0x100;
	di.dqi_valid = 0x10;
	syscall(SYS_quotactl, QCMD(Q_SETINFO, USRQUOTA), "/dev/nonexist", 0,
		&di);
	di.dqi_flags = 0x100 | DQF_SYS_FILE;
	di.dqi_valid = 0;
	syscall(SYS_quotactl, QCMD(Q_SETINFO, USRQUOTA), "/dev/nonexist", 0,
		&di);
	xq.d_flags = 0x10;
	xq.d_fieldmask = 0;
	syscall(SYS_quotactl, QCMD(Q_XSETQLIM, USRQUOTA), "/dev/nonexist", 0,
		&xq);
	xflags = 0;
	syscall(SYS_quotactl, QCMD(Q_XQUOTAON, USRQUOTA), "/dev/nonexist", 0,
		&xflags);
	xflags = 0x100;
	syscall(SYS_quotactl, QCMD(Q_XQUOTAOFF, USRQUOTA), "/dev/nonexist", 0,
		&xflags);
	syscall(SYS_quotactl, QCMD(Q_XQUOTARM, USRQUOTA), "/dev/nonexist", 0,
		&xflags);
	qs.qs_flags = 0x100;
	syscall(SYS_quotactl, QCMD(Q_XGETQSTAT, USRQUOTA), "/dev/nonexist", 0,
		&qs);
	syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), "/dev/nonexist", 99,
		"/nonexist");
	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), "/dev/nonexist", 0,
		(void *)8);
	syscall(SYS_quotactl, QCMD(Q_GETINFO, USRQUOTA), "/dev/nonexist", 0,
		NULL);

	/* the same commands on an fd */
	dq.dqb_valid = QIF_BLIMITS;
	syscall(SYS_quotactl_fd, fd, QCMD(Q_SETQUOTA, USRQUOTA), 1000, &dq);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, USRQUOTA), 1000, &dq);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETINFO, USRQUOTA), 0, &di);
}

int main(void)
{
	int fd = open("/", 0);
	calls(fd);
	fake_quotactl();
	calls(fd);
	return 0;
}
