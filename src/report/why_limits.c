/* Limit failures explained: EMFILE (RLIMIT_NOFILE, or the inotify
 * instance limit), ENFILE (fs.file-max), ENOSPC (the filesystem's free
 * blocks and inodes, or the inotify and epoll watch limits) and EDQUOT
 * (the disk quota). Values are read at the failing call's exit; a limit
 * that could not be read is left unknown, never assumed. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/quota.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "decode/decode.h"
#include "report/why.h"

static int entity(const struct call *c)
{
	return c->desc >= sysent && c->desc < sysent + SYSENT_COUNT
		       ? (int)(c->desc - sysent)
		       : -1;
}

static long long read_ll(const char *path)
{
	char buf[64];
	if (procfs_read(path, buf, sizeof(buf)) <= 0)
		return -1;
	return atoll(buf);
}

/* "Max open files            1024                 4096                 files"
 */
static void read_limit(pid_t pid, const char *name, long long *soft,
		       long long *hard)
{
	char path[64], buf[8192];
	snprintf(path, sizeof(path), "/proc/%d/limits", (int)pid);
	if (procfs_read(path, buf, sizeof(buf)) <= 0)
		return;
	const char *l = strstr(buf, name);
	if (!l)
		return;
	char s[32], h[32];
	if (sscanf(l + strlen(name), " %31s %31s", s, h) != 2)
		return;
	*soft = strcmp(s, "unlimited") == 0 ? -2 : atoll(s);
	*hard = strcmp(h, "unlimited") == 0 ? -2 : atoll(h);
}

static long long count_fds(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/fd", (int)pid);
	DIR *d = opendir(path);
	if (!d)
		return -1;
	long long n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

/* the fd argument of a write-like call, or -1 */
static int fd_arg(const struct call *c)
{
	if (c->desc->nargs && c->desc->args[0].print == arg_fd)
		return (int32_t)c->args[0];
	return -1;
}

/* the filesystem behind fd: its mount through fdinfo's mnt_id, so that
 * nothing is asked of a FUSE daemon */
static bool fs_of_fd(struct why_look *lk, int fd, struct why_explain *ex,
		     char *statpath, size_t splen)
{
	char path[64], buf[1024], mnt[PATH_MAX], type[64];
	snprintf(path, sizeof(path), "/proc/%d/fdinfo/%d", (int)lk->tid, fd);
	if (procfs_read(path, buf, sizeof(buf)) <= 0)
		return false;
	const char *m = strstr(buf, "mnt_id:");
	if (!m || !why_mount_by_id(lk->tid, atoi(m + 7), mnt, sizeof(mnt), type,
				   sizeof(type)))
		return false;
	ex->mount = xstrdup(mnt);
	ex->fstype = xstrdup(type);
	snprintf(statpath, splen, "/proc/%d/fd/%d", (int)lk->tid, fd);
	return strncmp(type, "fuse", 4) != 0;
}

/* the filesystem that holds (or would hold) the path argument */
static bool fs_of_path(struct why_look *lk, const struct call *c,
		       struct why_explain *ex, char *statpath, size_t splen)
{
	for (int i = 0; i < c->desc->nargs; i++) {
		if (c->desc->args[i].print != arg_path || !c->args[i])
			continue;
		char given[PATH_MAX];
		ssize_t n =
			mem_read_str(c->mem, c->args[i], given, sizeof(given));
		if (n <= 0 || given[n - 1])
			return false;
		int dirfd = i > 0 && c->desc->args[i - 1].print == arg_dirfd
				    ? (int32_t)c->args[i - 1]
				    : AT_FDCWD;
		struct why_path wp = {0};
		why_walk(lk, dirfd, given, WALK_CREATE, 0, false, NULL, &wp);
		bool ok = wp.verdict == WP_NONE && wp.resolved;
		if (ok) {
			/* the directory that gets the new entry */
			char dir[PATH_MAX];
			snprintf(dir, sizeof(dir), "%s", wp.resolved);
			char *s = strrchr(dir, '/');
			if (s && s != dir)
				*s = '\0';
			else
				strcpy(dir, "/");
			snprintf(statpath, splen, "/proc/%d/root%s",
				 (int)lk->tid, dir);
			struct stat st;
			char mnt[PATH_MAX], type[64];
			ok = stat(statpath, &st) == 0 &&
			     why_mount_of(lk->tid, st.st_dev, mnt, sizeof(mnt),
					  type, sizeof(type));
			if (ok) {
				ex->mount = xstrdup(mnt);
				ex->fstype = xstrdup(type);
			}
		}
		why_path_clear(&wp);
		return ok;
	}
	return false;
}

static void read_statfs(const char *path, struct why_explain *ex)
{
	struct statfs sf;
	if (statfs(path, &sf) < 0)
		return;
	ex->have_statfs = true;
	ex->blocks = sf.f_blocks;
	ex->bfree = sf.f_bfree;
	ex->bavail = sf.f_bavail;
	ex->bsize = (unsigned long long)sf.f_bsize;
	ex->files = sf.f_files;
	ex->ffree = sf.f_ffree;
}

static void read_quota(const char *statpath, uint32_t uid,
		       struct why_explain *ex)
{
#ifdef SYS_quotactl_fd
	int fd = open(statpath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd < 0) {
		ex->quota_err = errno;
		return;
	}
	struct dqblk q;
	if (syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, USRQUOTA), uid, &q) <
	    0) {
		ex->quota_err = errno;
	} else {
		ex->quota_read = true;
		ex->q_used = q.dqb_curspace;
		ex->q_soft = q.dqb_bsoftlimit * 1024;
		ex->q_hard = q.dqb_bhardlimit * 1024;
		ex->q_iused = q.dqb_curinodes;
		ex->q_isoft = q.dqb_isoftlimit;
		ex->q_ihard = q.dqb_ihardlimit;
	}
	close(fd);
#else
	(void)statpath;
	(void)uid;
	ex->quota_err = ENOSYS;
#endif
}

bool why_explain_limits(struct why_look *lk, const struct call *c,
			struct why_explain *ex)
{
	int ent = entity(c);
	switch (c->err) {
	case EMFILE:
		if (ent == ENT_inotify_init || ent == ENT_inotify_init1) {
			ex->cause = WC_INOTIFY;
			ex->limit_name =
				xstrdup("fs.inotify.max_user_instances");
			ex->soft = read_ll(
				"/proc/sys/fs/inotify/max_user_instances");
			return true;
		}
		ex->cause = WC_FD_LIMIT;
		ex->limit_name = xstrdup("RLIMIT_NOFILE");
		read_limit(lk->pid, "Max open files", &ex->soft, &ex->hard);
		ex->used = count_fds(lk->pid);
		return true;
	case ENFILE: {
		ex->cause = WC_FILE_MAX;
		ex->limit_name = xstrdup("fs.file-max");
		char buf[128];
		unsigned long long alloc, unused, max;
		if (procfs_read("/proc/sys/fs/file-nr", buf, sizeof(buf)) >
			    0 &&
		    sscanf(buf, "%llu %llu %llu", &alloc, &unused, &max) == 3) {
			ex->used = (long long)alloc;
			ex->soft = (long long)max;
		}
		return true;
	}
	case ENOSPC:
	case EDQUOT: {
		if (c->err == ENOSPC && ent == ENT_inotify_add_watch) {
			ex->cause = WC_INOTIFY;
			ex->limit_name = xstrdup("fs.inotify.max_user_watches");
			ex->soft = read_ll(
				"/proc/sys/fs/inotify/max_user_watches");
			return true;
		}
		if (c->err == ENOSPC && ent == ENT_epoll_ctl) {
			ex->cause = WC_INOTIFY;
			ex->limit_name = xstrdup("fs.epoll.max_user_watches");
			ex->soft =
				read_ll("/proc/sys/fs/epoll/max_user_watches");
			return true;
		}
		char statpath[PATH_MAX + 64];
		int fd = fd_arg(c);
		bool ok = fd >= 0 ? fs_of_fd(lk, fd, ex, statpath,
					     sizeof(statpath))
				  : fs_of_path(lk, c, ex, statpath,
					       sizeof(statpath));
		if (!ex->mount && fd < 0 && !c->desc->nargs)
			return false;
		ex->cause = c->err == ENOSPC ? WC_FS_FULL : WC_QUOTA;
		if (ok)
			read_statfs(statpath, ex);
		if (ok && c->err == EDQUOT) {
			why_read_creds(lk->tid, &ex->creds);
			if (ex->creds.ok)
				read_quota(statpath, ex->creds.uid[3], ex);
		}
		return ex->mount != NULL;
	}
	}
	return false;
}
