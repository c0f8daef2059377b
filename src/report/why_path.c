/* Path failures explained. Each path argument of a failing call is looked
 * up again, component by component, in the process's own view of the
 * filesystem (through /proc/TID/root, its working directory, its dirfd),
 * as the kernel's lookup walks it: search permission on every directory,
 * symlinks followed, then what the call needs on the object or on the
 * directory that holds it. Permissions are judged with the thread's
 * credentials as they were at the call (owner, group, other, POSIX ACLs,
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), never with sctrace's own. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/capability.h>
#include <linux/fs.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "decode/decode.h"
#include "report/why.h"

#define MAX_HOPS 40 /* the kernel's limit on symlinks in one lookup */

#define CAP(c) (1ULL << (c))

/* ---- permission, as generic_permission() judges it ---- */

static bool in_group(const struct why_creds *cr, bool real_ids, uint32_t gid)
{
	if (gid == (real_ids ? cr->gid[0] : cr->gid[3]))
		return true;
	for (int i = 0; i < cr->ngroups; i++)
		if (cr->groups[i] == gid)
			return true;
	return false;
}

enum {
	ACL_USER_OBJ = 1,
	ACL_USER = 2,
	ACL_GROUP_OBJ = 4,
	ACL_GROUP = 8,
	ACL_MASK = 0x10,
	ACL_OTHER = 0x20
};

struct acl_entry {
	uint16_t tag, perm;
	uint32_t id;
};

/* the access ACL of path: entries in the kernel's order, or 0 */
static int read_acl(const char *path, struct acl_entry *e, int max)
{
	unsigned char buf[4 + 8 * 64];
	ssize_t n =
		lgetxattr(path, "system.posix_acl_access", buf, sizeof(buf));
	if (n < 4)
		return 0;
	uint32_t version = buf[0] | buf[1] << 8 | (uint32_t)buf[2] << 16 |
			   (uint32_t)buf[3] << 24;
	if (version != 2)
		return 0;
	int count = 0;
	for (ssize_t off = 4; off + 8 <= n && count < max; off += 8) {
		const unsigned char *p = buf + off;
		e[count].tag = (uint16_t)(p[0] | p[1] << 8);
		e[count].perm = (uint16_t)(p[2] | p[3] << 8);
		e[count].id = p[4] | p[5] << 8 | (uint32_t)p[6] << 16 |
			      (uint32_t)p[7] << 24;
		count++;
	}
	return count;
}

/* the bits an ACL grants the creds, as posix_acl_permission() finds them */
static unsigned acl_grants(const struct why_creds *cr, bool real_ids,
			   uint32_t fuid, uint32_t fgid,
			   const struct acl_entry *e, int n, unsigned want,
			   const char **by)
{
	uint32_t uid = real_ids ? cr->uid[0] : cr->uid[3];
	unsigned mask = 7;
	for (int i = 0; i < n; i++)
		if (e[i].tag == ACL_MASK)
			mask = e[i].perm & 7;
	bool found_group = false;
	unsigned best_group = 0, best_count = 0;
	for (int i = 0; i < n; i++) {
		switch (e[i].tag) {
		case ACL_USER_OBJ:
			if (uid == fuid) {
				*by = "owner";
				return e[i].perm & 7;
			}
			break;
		case ACL_USER:
			if (uid == e[i].id) {
				*by = "ACL user entry";
				return e[i].perm & mask;
			}
			break;
		case ACL_GROUP_OBJ:
		case ACL_GROUP: {
			uint32_t g = e[i].tag == ACL_GROUP_OBJ ? fgid : e[i].id;
			if (!in_group(cr, real_ids, g))
				break;
			found_group = true;
			if ((e[i].perm & want) == want) {
				*by = "ACL group entry";
				return e[i].perm & mask;
			}
			unsigned g_bits = e[i].perm & mask & want;
			unsigned cnt = (unsigned)__builtin_popcount(g_bits);
			if (cnt >= best_count) {
				best_count = cnt;
				best_group = e[i].perm & mask;
			}
			break;
		}
		case ACL_OTHER:
			if (found_group) {
				/* one entry must grant all of it */
				*by = "ACL group entries";
				return best_group & 7;
			}
			*by = "other";
			return e[i].perm & 7;
		}
	}
	*by = "ACL";
	return 0;
}

unsigned why_denied(const struct why_creds *cr, bool real_ids, uint32_t uid,
		    uint32_t gid, uint32_t mode, const char *acl_path,
		    unsigned mask, const char **by)
{
	uint32_t fsuid = real_ids ? cr->uid[0] : cr->uid[3];
	unsigned bits;
	struct acl_entry acl[64];
	int nacl = acl_path ? read_acl(acl_path, acl, 64) : 0;
	if (fsuid == uid) {
		bits = (mode >> 6) & 7;
		*by = "owner";
	} else if (nacl) {
		bits = acl_grants(cr, real_ids, uid, gid, acl, nacl, mask, by);
	} else if (in_group(cr, real_ids, gid)) {
		bits = (mode >> 3) & 7;
		*by = "group";
	} else {
		bits = mode & 7;
		*by = "other";
	}
	unsigned denied = mask & ~bits;
	if (!denied)
		return 0;
	/* access() checks with the real ids, and with no capabilities unless
	 * the real uid is 0 */
	uint64_t caps =
		real_ids ? (cr->uid[0] == 0 ? cr->cap_prm : 0) : cr->cap_eff;
	bool dir = S_ISDIR(mode);
	if ((caps & CAP(CAP_DAC_OVERRIDE)) &&
	    (dir || !(mask & MAY_X) || (mode & 0111))) {
		*by = "CAP_DAC_OVERRIDE";
		return 0;
	}
	if ((caps & CAP(CAP_DAC_READ_SEARCH)) && !(mask & MAY_W) &&
	    (dir || mask == MAY_R)) {
		*by = "CAP_DAC_READ_SEARCH";
		return 0;
	}
	return denied;
}

/* ---- the walk ---- */

struct walker {
	struct why_look *lk;
	const struct why_creds *cr; /* NULL: existence only */
	struct why_path *wp;
	char root[64]; /* /proc/TID/root */
	char **fuse;   /* FUSE mount points, not to be looked into */
	int nfuse;
};

static void full_path(const struct walker *w, const char *path, char *out,
		      size_t len)
{
	snprintf(out, len, "%s%s", w->root, path);
}

static int add_comp(struct walker *w, const char *path)
{
	struct why_path *wp = w->wp;
	if (wp->ncomps == WHY_MAX_COMPS) {
		/* a long walk (symlink loops): the last row is reused */
		wp->truncated = true;
		wp->ncomps--;
		free(wp->comps[wp->ncomps].path);
		free(wp->comps[wp->ncomps].link);
	}
	if (wp->ncomps == wp->capcomps) {
		wp->capcomps =
			wp->capcomps ? MIN(2 * wp->capcomps, WHY_MAX_COMPS) : 8;
		wp->comps = xrealloc(wp->comps,
				     sizeof(*wp->comps) * (size_t)wp->capcomps);
	}
	struct why_comp *c = &wp->comps[wp->ncomps];
	memset(c, 0, sizeof(*c));
	c->path = xstrdup(path);
	char fp[PATH_MAX + 80];
	full_path(w, path, fp, sizeof(fp));
	/* the root of the process is reached through the magic link */
	if (strcmp(path, "/") == 0)
		snprintf(fp, sizeof(fp), "%s/", w->root);
	struct stat st;
	if (lstat(fp, &st) < 0) {
		c->err = errno;
	} else {
		c->uid = st.st_uid;
		c->gid = st.st_gid;
		c->mode = st.st_mode;
		if (S_ISLNK(st.st_mode)) {
			c->link = why_readlink(fp);
		} else {
			ssize_t n = lgetxattr(fp, "system.posix_acl_access",
					      NULL, 0);
			c->acl = n > 4;
		}
	}
	return wp->ncomps++;
}

static void join(char *out, size_t len, const char *dir, const char *name)
{
	if (strcmp(dir, "/") == 0)
		snprintf(out, len, "/%s", name);
	else
		snprintf(out, len, "%s/%s", dir, name);
}

static void parent_of(char *path)
{
	char *s = strrchr(path, '/');
	if (!s || s == path)
		strcpy(path, "/");
	else
		*s = '\0';
}

/* where a lookup of a relative path starts: the cwd or the dirfd's
 * directory, as a path in the process's view; NULL with wp->verdict set
 * when it cannot be known */
static char *start_dir(struct walker *w, int dirfd)
{
	char path[64];
	pid_t tid = w->lk->tid;
	if (dirfd == AT_FDCWD)
		snprintf(path, sizeof(path), "/proc/%d/cwd", (int)tid);
	else
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)tid, dirfd);
	char *dir = why_readlink(path);
	if (!dir) {
		w->wp->verdict = WP_CANNOT_EXAMINE;
		return NULL;
	}
	if (dirfd != AT_FDCWD)
		w->wp->dirfd_path = xstrdup(dir);
	if (dir[0] != '/') {
		/* socket:[N], pipe:[N], anon_inode:...: not a directory */
		w->wp->verdict = WP_BAD_DIRFD;
		free(dir);
		return NULL;
	}
	size_t n = strlen(dir);
	if (n > 10 && strcmp(dir + n - 10, " (deleted)") == 0) {
		w->wp->verdict =
			dirfd == AT_FDCWD ? WP_CWD_DELETED : WP_MISSING;
		dir[n - 10] = '\0';
		add_comp(w, dir);
		w->wp->stop = w->wp->ncomps - 1;
		free(dir);
		return NULL;
	}
	/* readlink shows the path from sctrace's root; a chrooted process
	 * sees it from its own */
	snprintf(path, sizeof(path), "/proc/%d/root", (int)tid);
	char *root = why_readlink(path);
	if (root && strcmp(root, "/") != 0) {
		size_t rl = strlen(root);
		if (strncmp(dir, root, rl) == 0 &&
		    (dir[rl] == '/' || !dir[rl])) {
			char *s = xstrdup(dir[rl] ? dir + rl : "/");
			free(dir);
			dir = s;
		}
	}
	free(root);
	return dir;
}

static int count_components(const char *p)
{
	int n = 0;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		n++;
		p += strcspn(p, "/");
	}
	return n;
}

static bool read_sysctl_int(const char *path, int *v)
{
	char buf[32];
	if (procfs_read(path, buf, sizeof(buf)) <= 0)
		return false;
	*v = atoi(buf);
	return true;
}

/* fs.protected_symlinks: in a sticky world-writable directory, a symlink
 * is followed only by its owner, or when it belongs to the directory's
 * owner */
static bool symlink_protected(const struct walker *w,
			      const struct why_comp *dir,
			      const struct why_comp *link)
{
	int on = 0;
	if (!w->cr || !w->cr->ok || dir->err ||
	    !read_sysctl_int("/proc/sys/fs/protected_symlinks", &on) || !on)
		return false;
	if ((dir->mode & 01002) != 01002)
		return false;
	return w->cr->uid[3] != link->uid && dir->uid != link->uid;
}

void why_walk(struct why_look *lk, int dirfd, const char *given,
	      enum why_walk_mode mode, unsigned need, bool follow,
	      const struct why_creds *cr, struct why_path *wp)
{
	struct walker w = {.lk = lk, .cr = cr, .wp = wp};
	snprintf(w.root, sizeof(w.root), "/proc/%d/root", (int)lk->tid);
	w.nfuse = why_fuse_mounts(lk, &w.fuse);
	wp->given = xstrdup(given);
	wp->stop = -1;
	wp->dirfd = dirfd;
	wp->creates = mode != WALK_ACCESS;

	char *cur;
	if (given[0] == '/') {
		cur = xstrdup("/");
	} else {
		cur = start_dir(&w, dirfd);
		if (!cur)
			return;
	}
	size_t glen = strlen(given);
	if (glen && given[glen - 1] == '/')
		follow = true; /* "dir/" names what the link points to */

	char rest[2 * PATH_MAX + 2];
	snprintf(rest, sizeof(rest), "%s", given);
	char *pos = rest;
	int cur_row = add_comp(&w, cur);
	int final_row = -1, parent_row = cur_row, hops = 0;
	int link_row = -1, link_left = 0; /* components still from a link */
	bool missing_ok = false;
	char child[PATH_MAX + 1];

	for (;;) {
		while (*pos == '/')
			pos++;
		if (!*pos) {
			/* the path named the directory we are at */
			final_row = cur_row;
			break;
		}
		char name[NAME_MAX + 2];
		size_t n = strcspn(pos, "/");
		if (n > NAME_MAX)
			n = NAME_MAX + 1;
		memcpy(name, pos, n);
		name[n] = '\0';
		pos += strcspn(pos, "/");
		const char *after = pos;
		while (*after == '/')
			after++;
		bool last = !*after;
		bool from_link = link_left > 0;
		if (link_left > 0)
			link_left--;
		if (cur_row >= 0)
			wp->comps[cur_row].need |= MAY_X;
		parent_row = cur_row;
		if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
			if (name[1] == '.') {
				parent_of(cur);
				cur_row = add_comp(&w, cur);
			}
			if (last) {
				final_row = cur_row;
				break;
			}
			continue;
		}
		join(child, sizeof(child), cur, name);
		if (why_on_fuse(w.fuse, w.nfuse, child)) {
			int r = add_comp(&w, child);
			wp->verdict = WP_FUSE;
			wp->stop = r;
			goto out;
		}
		int r = add_comp(&w, child);
		if (r < 0) {
			wp->verdict = WP_CANNOT_EXAMINE;
			goto out;
		}
		struct why_comp *c = &wp->comps[r];
		if (c->err == ENOENT) {
			if (last &&
			    (mode == WALK_CREATE || mode == WALK_REPLACE ||
			     mode == WALK_OPEN_CREAT)) {
				missing_ok = true;
				final_row = r;
				break;
			}
			wp->verdict = WP_MISSING;
			wp->stop = r;
			wp->missing = r;
			/* the missing part came from a symlink's text */
			if (from_link) {
				wp->verdict = WP_DANGLING;
				wp->stop = link_row;
			}
			goto out;
		}
		if (c->err == ENOTDIR) {
			wp->verdict = WP_NOTDIR;
			wp->stop = parent_row;
			goto out;
		}
		if (c->err) {
			wp->verdict = WP_CANNOT_EXAMINE;
			wp->stop = r;
			goto out;
		}
		if (S_ISLNK(c->mode) && (!last || follow)) {
			if (++hops > MAX_HOPS) {
				wp->verdict = WP_LOOP;
				wp->stop = r;
				goto out;
			}
			if (parent_row >= 0 &&
			    symlink_protected(&w, &wp->comps[parent_row], c)) {
				wp->verdict = WP_PROTECTED;
				wp->sysctl = "fs.protected_symlinks";
				wp->stop = r;
				goto out;
			}
			if (!c->link) {
				wp->verdict = WP_CANNOT_EXAMINE;
				wp->stop = r;
				goto out;
			}
			char next[2 * PATH_MAX + 2];
			snprintf(next, sizeof(next), "%s%s%s", c->link,
				 *after ? "/" : "", after);
			snprintf(rest, sizeof(rest), "%s", next);
			pos = rest;
			link_row = r;
			link_left += count_components(c->link);
			if (c->link[0] == '/') {
				free(cur);
				cur = xstrdup("/");
				cur_row = add_comp(&w, cur);
			}
			continue;
		}
		if (last) {
			final_row = r;
			if (S_ISLNK(c->mode) && !follow)
				wp->verdict = WP_NONE; /* acting on the link */
			break;
		}
		if (!S_ISDIR(c->mode)) {
			wp->verdict = WP_NOTDIR;
			wp->stop = r;
			goto out;
		}
		free(cur);
		cur = xstrdup(child);
		cur_row = r;
	}

	/* "file/" must name a directory */
	if (final_row >= 0 && glen && given[glen - 1] == '/' &&
	    !wp->comps[final_row].err && !missing_ok &&
	    !S_ISDIR(wp->comps[final_row].mode)) {
		wp->verdict = WP_NOTDIR;
		wp->stop = final_row;
		goto out;
	}
	/* what the call needs on the object and its directory */
	if (final_row >= 0) {
		wp->resolved = xstrdup(wp->comps[final_row].path);
		struct why_comp *f = &wp->comps[final_row];
		bool exists = !missing_ok && !f->err;
		bool dir_changes = mode == WALK_CREATE || mode == WALK_REMOVE ||
				   mode == WALK_REPLACE ||
				   (mode == WALK_OPEN_CREAT && !exists);
		if (dir_changes && parent_row >= 0 && parent_row != final_row)
			wp->comps[parent_row].need |= MAY_W | MAY_X;
		if (exists && (mode == WALK_ACCESS || mode == WALK_OPEN_CREAT))
			f->need |= need;
		wp->creates = dir_changes;
		/* the sticky rule: in a sticky directory only the owner of
		 * the entry or of the directory may remove or replace it */
		if (exists && (mode == WALK_REMOVE || mode == WALK_REPLACE) &&
		    parent_row >= 0 && parent_row != final_row && cr &&
		    cr->ok) {
			struct why_comp *d = &wp->comps[parent_row];
			if ((d->mode & S_ISVTX) && cr->uid[3] != f->uid &&
			    cr->uid[3] != d->uid &&
			    !(cr->cap_eff & CAP(CAP_FOWNER))) {
				wp->verdict = WP_STICKY;
				wp->stop = final_row;
			}
		}
		/* fs.protected_regular: O_CREAT on someone else's file in a
		 * sticky world-writable directory */
		int prot = 0;
		if (exists && mode == WALK_OPEN_CREAT && S_ISREG(f->mode) &&
		    parent_row >= 0 && cr && cr->ok &&
		    read_sysctl_int("/proc/sys/fs/protected_regular", &prot) &&
		    prot) {
			struct why_comp *d = &wp->comps[parent_row];
			unsigned ww = prot >= 2 ? 01022 : 01002;
			if ((d->mode & S_ISVTX) && (d->mode & (ww & 022)) &&
			    cr->uid[3] != f->uid && d->uid != f->uid) {
				wp->verdict = WP_PROTECTED;
				wp->sysctl = "fs.protected_regular";
				wp->stop = final_row;
			}
		}
	}
out:
	free(cur);
	if (!cr || !cr->ok)
		return;
	for (int i = 0; i < wp->ncomps; i++) {
		struct why_comp *c = &wp->comps[i];
		if (!c->need || c->err || S_ISLNK(c->mode))
			continue;
		char fp[PATH_MAX + 80];
		if (strcmp(c->path, "/") == 0)
			snprintf(fp, sizeof(fp), "%s/", w.root);
		else
			full_path(&w, c->path, fp, sizeof(fp));
		c->denied =
			why_denied(cr, wp->real_ids, c->uid, c->gid, c->mode,
				   c->acl ? fp : NULL, c->need, &c->by);
	}
	/* the first component that denies: the lookup fails there, before
	 * any problem further on */
	for (int i = 0; i < wp->ncomps; i++)
		if (wp->comps[i].denied) {
			if (wp->stop < 0 || i <= wp->stop) {
				wp->verdict = WP_DENIED;
				wp->stop = i;
			}
			break;
		}
}

/* ---- which paths a call looks up, and what it needs on them ---- */

struct path_op {
	int arg;   /* the path argument */
	int dirfd; /* AT_FDCWD or an fd */
	enum why_walk_mode mode;
	unsigned need;
	bool follow;
	bool real_ids;
	bool owner; /* the call must own the object (chmod, utime) */
	bool chown;
};

static unsigned open_need(uint64_t flags)
{
	if (flags & O_PATH)
		return 0;
	unsigned need = 0;
	switch (flags & O_ACCMODE) {
	case O_RDONLY: need = MAY_R; break;
	case O_WRONLY: need = MAY_W; break;
	default: need = MAY_R | MAY_W;
	}
	if (flags & O_TRUNC)
		need |= MAY_W;
	return need;
}

static void open_op(struct path_op *op, uint64_t flags)
{
	op->need = open_need(flags);
	op->mode = (flags & O_CREAT) ? WALK_OPEN_CREAT : WALK_ACCESS;
	op->follow = !(flags & O_NOFOLLOW) &&
		     (flags & (O_CREAT | O_EXCL)) != (O_CREAT | O_EXCL);
}

static int dirfd_of(const struct call *c, int arg)
{
	if (arg > 0 && c->desc->args[arg - 1].print == arg_dirfd)
		return (int32_t)c->args[arg - 1];
	return AT_FDCWD;
}

static int call_ops(const struct call *c, struct path_op *ops)
{
	int ent = c->desc >= sysent && c->desc < sysent + SYSENT_COUNT
			  ? (int)(c->desc - sysent)
			  : -1;
	const uint64_t *a = c->args;
	struct path_op *o = &ops[0];
	memset(ops, 0, 2 * sizeof(*ops));
	o->follow = true;
	o->mode = WALK_ACCESS;
	o->dirfd = AT_FDCWD;
	switch (ent) {
	case ENT_open:
		open_op(o, a[1]);
		o->arg = 0;
		return 1;
	case ENT_creat:
		open_op(o, O_CREAT | O_WRONLY | O_TRUNC);
		o->arg = 0;
		return 1;
	case ENT_openat:
		open_op(o, a[2]);
		o->arg = 1;
		break;
	case ENT_openat2: {
		uint64_t flags = 0;
		if (mem_read(c->mem, a[2], &flags, sizeof(flags)) < 0)
			return 0;
		open_op(o, flags);
		o->arg = 1;
		break;
	}
	case ENT_execve:
	case ENT_uselib:
		o->need = MAY_X;
		o->arg = 0;
		return 1;
	case ENT_execveat:
		o->need = MAY_X;
		o->arg = 1;
		o->follow = !(a[4] & AT_SYMLINK_NOFOLLOW);
		break;
	case ENT_access:
		o->need = a[1] & 7;
		o->real_ids = true;
		o->arg = 0;
		return 1;
	case ENT_faccessat:
		o->need = a[2] & 7;
		o->real_ids = true;
		o->arg = 1;
		break;
	case ENT_faccessat2:
		o->need = a[2] & 7;
		o->real_ids = !(a[3] & AT_EACCESS);
		o->follow = !(a[3] & AT_SYMLINK_NOFOLLOW);
		o->arg = 1;
		break;
	case ENT_chdir:
	case ENT_chroot:
		o->need = MAY_X;
		o->arg = 0;
		return 1;
	case ENT_truncate:
		o->need = MAY_W;
		o->arg = 0;
		return 1;
	case ENT_mkdir:
	case ENT_mknod:
		o->mode = WALK_CREATE;
		o->follow = false;
		o->arg = 0;
		return 1;
	case ENT_mkdirat:
	case ENT_mknodat:
		o->mode = WALK_CREATE;
		o->follow = false;
		o->arg = 1;
		break;
	case ENT_rmdir:
	case ENT_unlink:
		o->mode = WALK_REMOVE;
		o->follow = false;
		o->arg = 0;
		return 1;
	case ENT_unlinkat:
		o->mode = WALK_REMOVE;
		o->follow = false;
		o->arg = 1;
		break;
	case ENT_rename:
	case ENT_renameat:
	case ENT_renameat2:
		o->mode = WALK_REMOVE;
		o->follow = false;
		o->arg = ent == ENT_rename ? 0 : 1;
		ops[1] = *o;
		ops[1].mode = WALK_REPLACE;
		ops[1].arg = ent == ENT_rename ? 1 : 3;
		ops[0].dirfd = dirfd_of(c, ops[0].arg);
		ops[1].dirfd = dirfd_of(c, ops[1].arg);
		return 2;
	case ENT_link:
	case ENT_linkat:
		o->arg = ent == ENT_link ? 0 : 1;
		o->follow = ent == ENT_linkat && (a[4] & AT_SYMLINK_FOLLOW);
		ops[1] = *o;
		ops[1].mode = WALK_CREATE;
		ops[1].follow = false;
		ops[1].arg = ent == ENT_link ? 1 : 3;
		ops[0].dirfd = dirfd_of(c, ops[0].arg);
		ops[1].dirfd = dirfd_of(c, ops[1].arg);
		return 2;
	case ENT_symlink:
	case ENT_symlinkat:
		/* the first path is the link's text, not looked up */
		o->mode = WALK_CREATE;
		o->follow = false;
		o->arg = ent == ENT_symlink ? 1 : 2;
		break;
	case ENT_chmod:
	case ENT_utime:
	case ENT_utimes:
		o->owner = true;
		o->arg = 0;
		return 1;
	case ENT_fchmodat:
	case ENT_futimesat:
	case ENT_utimensat:
		o->owner = true;
		o->arg = 1;
		break;
	case ENT_chown:
	case ENT_lchown:
		o->chown = true;
		o->follow = ent == ENT_chown;
		o->arg = 0;
		return 1;
	case ENT_fchownat:
		o->chown = true;
		o->follow = !(a[4] & AT_SYMLINK_NOFOLLOW);
		o->arg = 1;
		break;
	case ENT_lstat:
	case ENT_readlink:
	case ENT_lsetxattr:
	case ENT_lgetxattr:
	case ENT_llistxattr:
	case ENT_lremovexattr:
		o->follow = false;
		o->arg = 0;
		return 1;
	case ENT_readlinkat:
		o->follow = false;
		o->arg = 1;
		break;
	case ENT_newfstatat:
		o->follow = !(a[3] & AT_SYMLINK_NOFOLLOW);
		o->arg = 1;
		break;
	case ENT_statx:
		o->follow = !(a[2] & AT_SYMLINK_NOFOLLOW);
		o->arg = 1;
		break;
	case ENT_inotify_add_watch:
		o->need = MAY_R;
		o->follow = !(a[2] & 0x02000000); /* IN_DONT_FOLLOW */
		o->arg = 1;
		return 1;
	default: {
		/* any other call: its path arguments, looked up */
		int n = 0;
		for (int i = 0; i < c->desc->nargs && n < 2; i++)
			if (c->desc->args[i].print == arg_path) {
				ops[n] = *o;
				ops[n].arg = i;
				ops[n].dirfd = dirfd_of(c, i);
				n++;
			}
		return n;
	}
	}
	o->dirfd = dirfd_of(c, o->arg);
	return 1;
}

/* ---- execve: the interpreter ---- */

/* the interpreter of a #! script or a dynamically linked ELF file */
static char *interpreter_of(const char *file, bool *crlf)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return NULL;
	unsigned char buf[256];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
	char *interp = NULL;
	*crlf = false;
	if (n > 2 && buf[0] == '#' && buf[1] == '!') {
		buf[n] = '\0';
		char *p = (char *)buf + 2;
		while (*p == ' ' || *p == '\t')
			p++;
		size_t len = strcspn(p, " \t\n");
		if (len) {
			p[len] = '\0';
			if (p[len - 1] == '\r') {
				*crlf = true;
			}
			interp = xstrdup(p);
		}
	} else if (n >= 52 && memcmp(buf, "\177ELF", 4) == 0) {
		bool is64 = buf[4] == 2;
		uint64_t phoff;
		uint16_t phentsize, phnum;
		if (is64 && n >= 64) {
			memcpy(&phoff, buf + 32, 8);
			memcpy(&phentsize, buf + 54, 2);
			memcpy(&phnum, buf + 56, 2);
		} else {
			uint32_t off32;
			memcpy(&off32, buf + 28, 4);
			phoff = off32;
			memcpy(&phentsize, buf + 42, 2);
			memcpy(&phnum, buf + 44, 2);
		}
		for (unsigned i = 0; i < phnum && i < 64; i++) {
			unsigned char ph[64];
			if (phentsize > sizeof(ph) ||
			    pread(fd, ph, phentsize,
				  (off_t)(phoff + i * phentsize)) != phentsize)
				break;
			uint32_t type;
			memcpy(&type, ph, 4);
			if (type != 3) /* PT_INTERP */
				continue;
			uint64_t off, size;
			if (is64) {
				memcpy(&off, ph + 8, 8);
				memcpy(&size, ph + 32, 8);
			} else {
				uint32_t o32, s32;
				memcpy(&o32, ph + 4, 4);
				memcpy(&s32, ph + 16, 4);
				off = o32;
				size = s32;
			}
			if (size == 0 || size > PATH_MAX)
				break;
			char *s = xcalloc(1, size + 1);
			if (pread(fd, s, size, (off_t)off) == (ssize_t)size) {
				s[size] = '\0';
				interp = s;
			} else {
				free(s);
			}
			break;
		}
	}
	close(fd);
	return interp;
}

/* ---- immutable files ---- */

static bool is_immutable(const struct walker *w, const struct why_comp *c)
{
	if (c->err || !(S_ISREG(c->mode) || S_ISDIR(c->mode)))
		return false;
	char fp[PATH_MAX + 80];
	full_path(w, c->path, fp, sizeof(fp));
	int fd = open(fp, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY |
				  O_CLOEXEC);
	if (fd < 0)
		return false;
	int flags = 0;
	bool r = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 &&
		 (flags & (FS_IMMUTABLE_FL | FS_APPEND_FL));
	close(fd);
	return r;
}

void why_path_clear(struct why_path *wp)
{
	for (int i = 0; i < wp->ncomps; i++) {
		free(wp->comps[i].path);
		free(wp->comps[i].link);
	}
	free(wp->given);
	free(wp->resolved);
	free(wp->interp);
	free(wp->dirfd_path);
	free(wp->comps);
	memset(wp, 0, sizeof(*wp));
}

static void path_free(struct why_path *wp)
{
	why_path_clear(wp);
	free(wp);
}

void why_explain_free(struct why_explain *ex)
{
	for (int i = 0; i < ex->npaths; i++)
		path_free(ex->paths[i]);
	free(ex->addr.unix_path);
	free(ex->limit_name);
	free(ex->mount);
	free(ex->fstype);
}

/* the verdicts that explain each errno */
static bool fits(int err, enum why_path_verdict v)
{
	switch (err) {
	case EACCES:
		return v == WP_DENIED || v == WP_PROTECTED || v == WP_NOEXEC ||
		       v == WP_NOT_REGULAR;
	case EPERM:
		return v == WP_STICKY || v == WP_NOT_OWNER ||
		       v == WP_IMMUTABLE || v == WP_NEEDS_CAP || v == WP_DENIED;
	case ENOENT:
		return v == WP_MISSING || v == WP_DANGLING ||
		       v == WP_CWD_DELETED || v == WP_INTERP_MISSING;
	case ENOTDIR: return v == WP_NOTDIR || v == WP_BAD_DIRFD;
	case ELOOP: return v == WP_LOOP || v == WP_NOFOLLOW;
	}
	return false;
}

static void check_execve(struct walker *w, struct why_path *wp, int err)
{
	if (wp->verdict != WP_NONE || !wp->resolved || wp->ncomps == 0)
		return;
	struct why_comp *f = NULL;
	for (int i = wp->ncomps - 1; i >= 0; i--)
		if (strcmp(wp->comps[i].path, wp->resolved) == 0) {
			f = &wp->comps[i];
			wp->stop = i;
			break;
		}
	if (!f || f->err)
		return;
	char fp[PATH_MAX + 80];
	full_path(w, f->path, fp, sizeof(fp));
	if (err == EACCES) {
		struct statvfs sv;
		if (!S_ISREG(f->mode))
			wp->verdict = WP_NOT_REGULAR;
		else if (statvfs(fp, &sv) == 0 && (sv.f_flag & ST_NOEXEC))
			wp->verdict = WP_NOEXEC;
		return;
	}
	if (err != ENOENT)
		return;
	bool crlf;
	char *interp = interpreter_of(fp, &crlf);
	if (!interp)
		return;
	struct why_path ip = {0};
	why_walk(w->lk, AT_FDCWD, interp, WALK_ACCESS, 0, true, NULL, &ip);
	if (ip.verdict == WP_MISSING || ip.verdict == WP_DANGLING) {
		wp->verdict = WP_INTERP_MISSING;
		wp->interp = interp;
		wp->interp_crlf = crlf;
		interp = NULL;
	}
	free(interp);
	why_path_clear(&ip);
}

/* EPERM: what only the owner, or a capability, may do */
static void check_eperm(struct walker *w, struct why_path *wp,
			const struct path_op *op, const struct call *c)
{
	if (wp->verdict != WP_NONE || !wp->resolved || !w->cr || !w->cr->ok)
		return;
	struct why_comp *f = NULL;
	int fi = -1;
	for (int i = wp->ncomps - 1; i >= 0; i--)
		if (strcmp(wp->comps[i].path, wp->resolved) == 0) {
			f = &wp->comps[i];
			fi = i;
			break;
		}
	if (!f || f->err)
		return;
	const struct why_creds *cr = w->cr;
	bool owner = cr->uid[3] == f->uid;
	if (op->owner && !owner && !(cr->cap_eff & CAP(CAP_FOWNER))) {
		wp->verdict = WP_NOT_OWNER;
		wp->stop = fi;
		return;
	}
	if (op->chown) {
		int ua = op->arg + 1;
		uint32_t nuid = (uint32_t)c->args[ua],
			 ngid = (uint32_t)c->args[ua + 1];
		bool has = cr->cap_eff & CAP(CAP_CHOWN);
		if (!has && nuid != UINT32_MAX && nuid != f->uid) {
			wp->verdict = WP_NEEDS_CAP;
			wp->cap = "CAP_CHOWN";
			wp->stop = fi;
			return;
		}
		if (!has && !owner) {
			wp->verdict = WP_NOT_OWNER;
			wp->stop = fi;
			return;
		}
		if (!has && ngid != UINT32_MAX && ngid != f->gid &&
		    !in_group(cr, false, ngid)) {
			wp->verdict = WP_NEEDS_CAP;
			wp->cap = "CAP_CHOWN";
			wp->stop = fi;
			return;
		}
	}
	if ((op->need & MAY_W) || op->mode != WALK_ACCESS) {
		if (is_immutable(w, f)) {
			wp->verdict = WP_IMMUTABLE;
			wp->stop = fi;
			return;
		}
		/* an entry added to or removed from an immutable directory */
		if (op->mode != WALK_ACCESS && fi > 0 &&
		    is_immutable(w, &wp->comps[fi - 1])) {
			wp->verdict = WP_IMMUTABLE;
			wp->stop = fi - 1;
		}
	}
}

bool why_explain_paths(struct why_look *lk, const struct call *c,
		       struct why_explain *ex)
{
	int err = c->err;
	if (err != EACCES && err != EPERM && err != ENOENT && err != ENOTDIR &&
	    err != ELOOP)
		return false;
	struct path_op ops[2];
	int n = call_ops(c, ops);
	const struct why_creds *cr = ex->creds.ok ? &ex->creds : NULL;
	int chosen = -1;
	for (int i = 0; i < n; i++) {
		char *given = NULL;
		char buf[PATH_MAX];
		if (c->args[ops[i].arg]) {
			ssize_t len = mem_read_str(c->mem, c->args[ops[i].arg],
						   buf, sizeof(buf));
			if (len > 0 && buf[len - 1] == '\0')
				given = buf;
		}
		if (!given || !*given)
			continue;
		struct why_path *wp = xcalloc(1, sizeof(*wp));
		wp->real_ids = ops[i].real_ids;
		struct walker w = {.lk = lk, .cr = cr, .wp = wp};
		snprintf(w.root, sizeof(w.root), "/proc/%d/root", (int)lk->tid);
		why_walk(lk, ops[i].dirfd, given, ops[i].mode, ops[i].need,
			 ops[i].follow, cr, wp);
		int ent = (int)(c->desc - sysent);
		if ((ent == ENT_execve || ent == ENT_execveat) && i == 0)
			check_execve(&w, wp, err);
		if (err == EPERM)
			check_eperm(&w, wp, &ops[i], c);
		if (err == ELOOP && wp->verdict == WP_NONE && !ops[i].follow &&
		    wp->resolved)
			wp->verdict = WP_NOFOLLOW;
		ex->paths[ex->npaths++] = wp;
		if (chosen < 0 && fits(err, wp->verdict))
			chosen = ex->npaths - 1;
	}
	if (!ex->npaths)
		return false;
	ex->cause = WC_PATH;
	ex->path_index = chosen >= 0 ? chosen : 0;
	return true;
}
