/* mount, umount2, quotactl, inotify_add_watch, fanotify_mark,
 * name_to_handle_at, open_tree, move_mount, fsconfig, fspick,
 * mount_setattr: normal and odd arguments. Mounts only fail (their
 * targets do not exist); the new-API objects are dropped at exit. */
#include <fcntl.h>
#include <linux/dqblk_xfs.h>
#include <linux/mount.h>
#include <stdint.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/quota.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	const char *t = "tmpfs", *d = "size=1m";
	const char *nx = "nonexist";
	mkdir("ft", 0755);
	syscall(SYS_mount, "src", nx, t, 0xffffffff, "data=1");
	syscall(SYS_mount, "src", nx, NULL, 0, NULL);
	syscall(SYS_mount, "/dev/longsourcename", nx, t, 0xc0ed0000 | 1, d);
	syscall(SYS_mount, "src", nx, t, 0xc0ed0000, d);
	syscall(SYS_mount, "src", nx, t, 0x12340000 | 1, d);
	syscall(SYS_mount, NULL, nx, NULL, 0x1000 | 0x4000 | 0x20, NULL);
	syscall(SYS_mount, "src", nx, t, MS_REMOUNT, d);
	syscall(SYS_mount, "src", nx, t, MS_BIND, d);
	syscall(SYS_mount, "src", nx, t, MS_MOVE, d);
	syscall(SYS_mount, "src", nx, t, MS_SHARED, d);
	syscall(SYS_mount, "src", nx, t, MS_PRIVATE | MS_REC, d);
	syscall(SYS_mount, "src", nx, t, MS_SLAVE, d);
	syscall(SYS_mount, "src", nx, t, MS_UNBINDABLE, d);
	syscall(SYS_mount, "src", nx, t, MS_REMOUNT | MS_BIND, d);
	syscall(SYS_mount, "src", nx, "nfs", 0, d);
	syscall(SYS_mount, "src", nx, (char *)8, 0, d);
	syscall(SYS_mount, (char *)8, nx, t, 0, (char *)8);
	syscall(SYS_mount, "src", nx, t, 0, "\001\002binary");
	syscall(SYS_umount2, nx, 0);
	syscall(SYS_umount2, nx, 0xffffffff);
	syscall(SYS_umount2, nx, 1 | 2 | 4 | 8);

	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), nx, 0, NULL);
	syscall(SYS_quotactl, QCMD(Q_SYNC, GRPQUOTA), NULL, 0, NULL);
	syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), nx, QFMT_VFS_V1,
		"aquota.user");
	syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), nx, 77, buf);
	syscall(SYS_quotactl, QCMD(Q_QUOTAOFF, USRQUOTA), nx, 5, buf);
	syscall(SYS_quotactl, QCMD(Q_GETFMT, USRQUOTA), nx, 5, buf);
	syscall(SYS_quotactl, QCMD(Q_GETINFO, GRPQUOTA), nx, 5, buf);
	syscall(SYS_quotactl, QCMD(Q_GETNEXTQUOTA, 3), nx, -1, buf);
	syscall(SYS_quotactl, QCMD(0x1234, USRQUOTA), nx, 5, buf);
	uint32_t xfl = 0;
	syscall(SYS_quotactl, QCMD(Q_XQUOTAON, USRQUOTA), nx, 5, &xfl);
	syscall(SYS_quotactl, QCMD(Q_XGETQUOTA, USRQUOTA), nx, 5, buf);
	syscall(SYS_quotactl, QCMD(Q_XQUOTASYNC, USRQUOTA), nx, 5, buf);
	syscall(SYS_quotactl, QCMD(Q_XGETQSTAT, USRQUOTA), nx, 5, buf);

	int in = inotify_init1(0);
	syscall(SYS_inotify_add_watch, in, "ft", IN_ALL_EVENTS);
	syscall(SYS_inotify_add_watch, in, "ft",
		IN_MODIFY | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK |
			IN_MASK_ADD | IN_ONESHOT | IN_MASK_CREATE);
	syscall(SYS_inotify_add_watch, in, "ft", 0xffffffff);
	syscall(SYS_inotify_add_watch, in, "ft", 0);
	syscall(SYS_inotify_add_watch, in, "ft", IN_CLOSE | IN_MOVE);
	syscall(SYS_inotify_add_watch, 0x100000000ULL | in, "ft",
		0x100000001ULL);
	int fa = fanotify_init(FAN_CLASS_NOTIF, O_RDONLY);
	syscall(SYS_fanotify_mark, fa, FAN_MARK_ADD | FAN_MARK_DONT_FOLLOW,
		FAN_OPEN | FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD,
		"ft");
	syscall(SYS_fanotify_mark, fa, FAN_MARK_REMOVE | FAN_MARK_MOUNT,
		FAN_ACCESS, AT_FDCWD, "ft");
	syscall(SYS_fanotify_mark, fa, 0xffffffff, 0xffffffffffffffffULL, -1,
		NULL);
	syscall(SYS_fanotify_mark, fa, FAN_MARK_FLUSH, 0, AT_FDCWD, NULL);
	syscall(SYS_fanotify_mark, fa, FAN_MARK_ADD | FAN_MARK_FILESYSTEM,
		FAN_MODIFY | FAN_ONDIR, 0, NULL);

	struct {
		struct file_handle fh;
		unsigned char b[128];
	} h;
	int mid;
	h.fh.handle_bytes = 128;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mid, 0);
	h.fh.handle_bytes = 0;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &h, &mid,
		AT_SYMLINK_FOLLOW);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", (void *)8, &mid,
		AT_EMPTY_PATH | 0x10);
	syscall(SYS_name_to_handle_at, AT_FDCWD, nx, &h, &mid, 0xffffffff);

	int ot = syscall(SYS_open_tree, AT_FDCWD, "ft",
			 OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE);
	syscall(SYS_open_tree, AT_FDCWD, "ft", 0);
	syscall(SYS_open_tree, AT_FDCWD, "ft", 0xffffffff);
	syscall(SYS_move_mount, ot, "", AT_FDCWD, nx, MOVE_MOUNT_F_EMPTY_PATH);
	syscall(SYS_move_mount, ot, "", AT_FDCWD, nx, 0xffffffff);
	int fs = syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", "1m", 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FLAG, "ro", NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_BINARY, "xx", "abc", 3);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_PATH, "xx", "/tmp", AT_FDCWD);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_PATH_EMPTY, "xx", "", 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_SET_FD, "xx", NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	syscall(SYS_fsconfig, fs, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0);
	syscall(SYS_fsconfig, fs, 100, "k", "v", 5);
	syscall(SYS_fspick, AT_FDCWD, "/proc",
		FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
	syscall(SYS_fspick, AT_FDCWD, "/proc", 0xffffffff);
	struct mount_attr ma = {.attr_set =
					MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID,
				.attr_clr = MOUNT_ATTR__ATIME,
				.propagation = MS_SHARED};
	syscall(SYS_mount_setattr, AT_FDCWD, nx, AT_RECURSIVE, &ma, sizeof(ma));
	ma.attr_set = MOUNT_ATTR_IDMAP;
	ma.attr_clr = 0x40;
	ma.userns_fd = 3;
	ma.propagation = 0;
	syscall(SYS_mount_setattr, AT_FDCWD, nx, 0, &ma, sizeof(ma));
	syscall(SYS_mount_setattr, AT_FDCWD, nx, 0, (void *)8, sizeof(ma));
	syscall(SYS_mount_setattr, AT_FDCWD, nx, 0, &ma, 8);
	syscall(SYS_mount_setattr, AT_FDCWD, nx, 0xffffffff, NULL, 0);
	return 0;
}
