/* The --why report, read bottom-up as an expert reads a trace: how the
 * program ended; which process actually failed (with -f, the forked worker
 * rather than the parent that reported it); what it wrote last to stderr
 * or a tty; the failing call that message names (or else its last
 * failures) with the facts that explain it; and calls that failed again
 * and again (retry loops). Text after the trace, or one JSON object. */
#include <errno.h>
#include <grp.h>
#include <linux/capability.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "emit/emit.h"
#include "emit/writer.h"
#include "report/why.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

/* One failing call repeated makes a loop: many times, or a few times
 * over seconds (a daemon retrying every few seconds). A burst of a few
 * in a moment is a library trying alternatives, not a loop. */
#define LOOP_MANY 20
#define LOOP_FEW 3
#define LOOP_SPAN 2.0
#define MAX_LOOPS 3
#define MAX_LAST_FAILS 3
#define MSG_LINES 2
#define MSG_LINE_MAX 300

/* ---- a small model of the report, rendered twice ---- */

struct text_block {
	char *cause; /* one sentence */
	char *details[WHY_MAX_COMPS + 8];
	int ndetails;
};

static void block_free(struct text_block *b)
{
	free(b->cause);
	for (int i = 0; i < b->ndetails; i++)
		free(b->details[i]);
	memset(b, 0, sizeof(*b));
}

static void block_detail(struct text_block *b, struct strbuf *sb)
{
	if (b->ndetails < (int)ARRAY_SIZE(b->details))
		b->details[b->ndetails++] = xstrdup(sb_cstr(sb));
	sb_reset(sb);
}

/* ---- names ---- */

static void put_user(struct strbuf *sb, uint32_t uid)
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		sb_puts(sb, pw->pw_name);
	else
		sb_putu(sb, uid);
}

static void put_group(struct strbuf *sb, uint32_t gid)
{
	struct group *gr = getgrgid(gid);
	if (gr)
		sb_puts(sb, gr->gr_name);
	else
		sb_putu(sb, gid);
}

/* a path or message from the tracee, escaped for a terminal */
static void put_bytes(struct strbuf *sb, const char *s, size_t len)
{
	escape_text(sb, (const unsigned char *)s, len, 0);
}

static void put_path(struct strbuf *sb, const char *p)
{
	put_bytes(sb, p, strlen(p));
}

static void put_owner_mode(struct strbuf *sb, const struct why_comp *c)
{
	put_user(sb, c->uid);
	sb_putc(sb, ':');
	put_group(sb, c->gid);
	sb_printf(sb, " %04o%s", c->mode & 07777, c->acl ? "+acl" : "");
}

static void put_ls_mode(struct strbuf *sb, uint32_t mode, bool acl)
{
	char t = S_ISDIR(mode)	  ? 'd'
		 : S_ISLNK(mode)  ? 'l'
		 : S_ISCHR(mode)  ? 'c'
		 : S_ISBLK(mode)  ? 'b'
		 : S_ISFIFO(mode) ? 'p'
		 : S_ISSOCK(mode) ? 's'
				  : '-';
	char s[12] = {t};
	const char *rwx = "rwxrwxrwx";
	for (int i = 0; i < 9; i++)
		s[i + 1] = (mode >> (8 - i)) & 1 ? rwx[i] : '-';
	if (mode & S_ISUID)
		s[3] = s[3] == 'x' ? 's' : 'S';
	if (mode & S_ISGID)
		s[6] = s[6] == 'x' ? 's' : 'S';
	if (mode & S_ISVTX)
		s[9] = s[9] == 'x' ? 't' : 'T';
	s[10] = acl ? '+' : '\0';
	sb_puts(sb, s);
}

/* "read", "write", "search", "read and write" */
static void put_access(struct strbuf *sb, unsigned mask, bool dir)
{
	const char *words[3];
	int n = 0;
	if (mask & MAY_R)
		words[n++] = "read";
	if (mask & MAY_W)
		words[n++] = "write";
	if (mask & MAY_X)
		words[n++] = dir ? "search" : "execute";
	for (int i = 0; i < n; i++)
		sb_printf(sb, "%s%s",
			  i == 0       ? ""
			  : i == n - 1 ? " and "
				       : ", ",
			  words[i]);
}

/* "search, write" */
static void put_access_list(struct strbuf *sb, unsigned mask, bool dir)
{
	const char *sep = "";
	if (mask & MAY_X) {
		sb_printf(sb, "%s%s", sep, dir ? "search" : "execute");
		sep = ", ";
	}
	if (mask & MAY_R) {
		sb_printf(sb, "%sread", sep);
		sep = ", ";
	}
	if (mask & MAY_W)
		sb_printf(sb, "%swrite", sep);
}

/* what decided, with the bits of the class that applied: "(other: r-x)" */
static void put_by(struct strbuf *sb, const struct why_comp *c)
{
	if (!c->by)
		return;
	int shift = strcmp(c->by, "owner") == 0	  ? 6
		    : strcmp(c->by, "group") == 0 ? 3
		    : strcmp(c->by, "other") == 0 ? 0
						  : -1;
	if (shift < 0) {
		sb_printf(sb, " (%s)", c->by);
		return;
	}
	unsigned bits = (c->mode >> shift) & 7;
	sb_printf(sb, " (%s: %c%c%c)", c->by, bits & 4 ? 'r' : '-',
		  bits & 2 ? 'w' : '-', bits & 1 ? 'x' : '-');
}

static uint32_t proc_uid(const struct why_path *wp, const struct why_creds *cr)
{
	return wp->real_ids ? cr->uid[0] : cr->uid[3];
}

static void put_for_uid(struct strbuf *sb, const struct why_path *wp,
			const struct why_creds *cr)
{
	if (!cr->ok)
		return;
	sb_printf(sb, " for %suid %u", wp->real_ids ? "real " : "",
		  proc_uid(wp, cr));
}

/* ---- explanation sentences ---- */

static const char *type_word(uint32_t mode)
{
	if (S_ISREG(mode))
		return "a regular file";
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISLNK(mode))
		return "a symbolic link";
	if (S_ISCHR(mode))
		return "a character device";
	if (S_ISBLK(mode))
		return "a block device";
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISSOCK(mode))
		return "a socket";
	return "of an unknown type";
}

static void put_creds(struct strbuf *sb, const struct why_creds *cr)
{
	if (!cr->ok) {
		sb_printf(sb, "could not be read: %s", strerror(cr->err));
		return;
	}
	sb_printf(sb, "uid %u", cr->uid[0]);
	if (cr->uid[1] != cr->uid[0] || cr->uid[3] != cr->uid[1])
		sb_printf(sb, " (euid %u, saved %u, fsuid %u)", cr->uid[1],
			  cr->uid[2], cr->uid[3]);
	sb_printf(sb, ", gid %u", cr->gid[0]);
	if (cr->gid[1] != cr->gid[0] || cr->gid[3] != cr->gid[1])
		sb_printf(sb, " (egid %u, saved %u, fsgid %u)", cr->gid[1],
			  cr->gid[2], cr->gid[3]);
	sb_puts(sb, ", groups");
	if (!cr->ngroups)
		sb_puts(sb, " none");
	for (int i = 0; i < cr->ngroups; i++)
		sb_printf(sb, " %u", cr->groups[i]);
	if (cr->more_groups)
		sb_puts(sb, " ...");
	static const struct {
		int cap;
		const char *name;
	} caps[] = {
		{CAP_DAC_OVERRIDE, "CAP_DAC_OVERRIDE"},
		{CAP_DAC_READ_SEARCH, "CAP_DAC_READ_SEARCH"},
		{CAP_FOWNER, "CAP_FOWNER"},
		{CAP_CHOWN, "CAP_CHOWN"},
		{CAP_NET_BIND_SERVICE, "CAP_NET_BIND_SERVICE"},
		{CAP_SYS_ADMIN, "CAP_SYS_ADMIN"},
	};
	int n = 0;
	for (size_t i = 0; i < ARRAY_SIZE(caps); i++)
		if (cr->cap_eff & (1ULL << caps[i].cap))
			sb_printf(sb, "%s%s", n++ ? ", " : "; capabilities ",
				  caps[i].name);
	if (!cr->cap_eff)
		sb_puts(sb, "; no capabilities");
	if (cr->other_userns)
		sb_puts(sb, "; in another user namespace");
}

static const struct why_comp *final_comp(const struct why_path *wp)
{
	if (!wp->resolved)
		return NULL;
	for (int i = wp->ncomps - 1; i >= 0; i--)
		if (strcmp(wp->comps[i].path, wp->resolved) == 0)
			return &wp->comps[i];
	return NULL;
}

static void path_cause(struct strbuf *sb, const struct why_path *wp,
		       const struct why_explain *ex, int err)
{
	const struct why_creds *cr = &ex->creds;
	const struct why_comp *s = wp->stop >= 0 ? &wp->comps[wp->stop] : NULL;
	switch (wp->verdict) {
	case WP_DENIED:
		sb_puts(sb, "no ");
		put_access(sb, s->denied, S_ISDIR(s->mode));
		sb_puts(sb, " permission on ");
		put_path(sb, s->path);
		sb_puts(sb, " (");
		put_owner_mode(sb, s);
		sb_puts(sb, ")");
		put_for_uid(sb, wp, cr);
		if (s->by && strncmp(s->by, "ACL", 3) == 0)
			sb_puts(sb, " (by its ACL)");
		return;
	case WP_MISSING: {
		put_path(sb, s->path);
		sb_puts(sb, " does not exist");
		const char *full = wp->resolved ? wp->resolved : NULL;
		bool is_final = wp->stop == wp->ncomps - 1 &&
				(!full || strcmp(full, s->path) == 0);
		const struct why_comp *parent =
			wp->stop > 0 ? &wp->comps[wp->stop - 1] : NULL;
		if (parent && !parent->err && S_ISDIR(parent->mode)) {
			size_t gl = strlen(wp->given), sl = strlen(s->path);
			bool whole = gl <= sl &&
				     strcmp(s->path + sl - gl, wp->given) == 0;
			if (!whole || !is_final) {
				sb_puts(sb,
					" (the first missing component of ");
				put_path(sb, wp->given);
				sb_puts(sb, "; ");
			} else {
				sb_puts(sb, " (");
			}
			put_path(sb, parent->path);
			sb_puts(sb, " exists)");
		}
		for (int i = wp->stop - 1; i >= 0; i--)
			if (wp->comps[i].link) {
				sb_puts(sb, "; the lookup went through the "
					    "symbolic link ");
				put_path(sb, wp->comps[i].path);
				sb_puts(sb, " -> ");
				put_path(sb, wp->comps[i].link);
				break;
			}
		return;
	}
	case WP_DANGLING: {
		const struct why_comp *m = &wp->comps[wp->missing];
		put_path(sb, s->path);
		sb_puts(sb, " is a symbolic link to ");
		put_path(sb, s->link ? s->link : "?");
		sb_puts(sb, ", and ");
		put_path(sb, m->path);
		sb_puts(sb, " does not exist");
		return;
	}
	case WP_NOTDIR:
		put_path(sb, s->path);
		sb_printf(sb, " is not a directory (it is %s)",
			  type_word(s->mode));
		return;
	case WP_LOOP:
		sb_puts(sb, "too many levels of symbolic links at ");
		put_path(sb, s->path);
		return;
	case WP_NOFOLLOW: {
		const struct why_comp *f = final_comp(wp);
		put_path(sb, wp->resolved);
		if (f && S_ISLNK(f->mode)) {
			sb_puts(sb, " is a symbolic link to ");
			put_path(sb, f->link ? f->link : "?");
			sb_puts(sb, ", and the call asked not to follow it");
		} else {
			sb_puts(sb, " is not a symbolic link now");
		}
		return;
	}
	case WP_STICKY: {
		const struct why_comp *d =
			wp->stop > 0 ? &wp->comps[wp->stop - 1] : s;
		put_path(sb, d->path);
		sb_puts(sb, " is sticky (");
		put_owner_mode(sb, d);
		sb_puts(sb, "): only the owner of ");
		put_path(sb, s->path);
		sb_printf(
			sb,
			" (uid %u) or of the directory (uid %u) may remove or "
			"replace it, not uid %u",
			s->uid, d->uid, cr->uid[3]);
		return;
	}
	case WP_NOT_OWNER:
		put_path(sb, s->path);
		sb_puts(sb, " belongs to ");
		put_user(sb, s->uid);
		sb_printf(sb,
			  " (uid %u); only its owner or CAP_FOWNER may change "
			  "it, and the process runs as uid %u without it",
			  s->uid, cr->uid[3]);
		return;
	case WP_NEEDS_CAP:
		sb_puts(sb, "changing the owner or group of ");
		put_path(sb, s->path);
		sb_printf(sb, " (");
		put_owner_mode(sb, s);
		sb_printf(sb, ") needs %s, which uid %u does not have", wp->cap,
			  cr->uid[3]);
		return;
	case WP_PROTECTED: {
		const struct why_comp *d =
			wp->stop > 0 ? &wp->comps[wp->stop - 1] : s;
		sb_printf(sb, "%s forbids ", wp->sysctl);
		sb_puts(sb, strcmp(wp->sysctl, "fs.protected_symlinks") == 0
				    ? "following the symbolic link "
				    : "opening with O_CREAT the file ");
		put_path(sb, s->path);
		sb_printf(sb,
			  " (uid %u) in the sticky, world-writable directory ",
			  s->uid);
		put_path(sb, d->path);
		sb_printf(sb, " (uid %u) for uid %u", d->uid, cr->uid[3]);
		return;
	}
	case WP_INTERP_MISSING:
		put_path(sb, wp->resolved);
		sb_puts(sb, " exists, but its interpreter ");
		put_path(sb, wp->interp);
		sb_puts(sb, " does not");
		if (wp->interp_crlf)
			sb_puts(sb,
				" (the #! line ends in a carriage return: the "
				"script has DOS line endings)");
		return;
	case WP_NOEXEC:
		put_path(sb, wp->resolved);
		sb_puts(sb, " is on a filesystem mounted noexec");
		return;
	case WP_NOT_REGULAR:
		put_path(sb, s->path);
		sb_printf(sb, " is not a regular file (it is %s)",
			  type_word(s->mode));
		return;
	case WP_IMMUTABLE:
		put_path(sb, s->path);
		sb_puts(sb,
			" is immutable or append-only (chattr +i or +a; see "
			"lsattr)");
		return;
	case WP_CANNOT_EXAMINE:
		if (s) {
			sb_puts(sb, "sctrace could not examine ");
			put_path(sb, s->path);
			sb_printf(sb, ": %s (sctrace runs as uid %u)",
				  strerror(s->err ? s->err : EACCES),
				  (unsigned)getuid());
		} else {
			sb_printf(
				sb,
				"sctrace could not read the working directory "
				"or dirfd of the process (it runs as uid %u)",
				(unsigned)getuid());
		}
		return;
	case WP_FUSE:
		put_path(sb, s->path);
		sb_puts(sb,
			" is on a FUSE filesystem; sctrace does not look into "
			"it while a tracee is stopped");
		return;
	case WP_CWD_DELETED:
		sb_puts(sb, "the working directory ");
		put_path(sb, s->path);
		sb_puts(sb, " has been deleted");
		return;
	case WP_BAD_DIRFD:
		sb_printf(sb, "the directory fd %d is not a directory (",
			  wp->dirfd);
		put_path(sb, wp->dirfd_path ? wp->dirfd_path : "?");
		sb_puts(sb, ")");
		return;
	case WP_NONE: break;
	}
	if (err == EACCES || err == EPERM) {
		if (!cr->ok) {
			sb_printf(sb,
				  "the credentials of the thread could not be "
				  "read (%s)",
				  strerror(cr->err));
			return;
		}
		sb_printf(sb,
			  "owner, group and mode of every component allow it "
			  "for uid %u",
			  proc_uid(wp, cr));
		if (cr->seccomp == 2)
			sb_puts(sb, "; the process runs under a seccomp "
				    "filter, which can return this error");
		if (cr->lsm[0]) {
			sb_puts(sb, "; its security label is ");
			put_path(sb, cr->lsm);
		}
		return;
	}
	if (err == ENOENT) {
		sb_puts(sb, "every component of ");
		put_path(sb, wp->given);
		sb_puts(sb, " exists as sctrace sees it now");
	}
}

/* the lookup, one line per component */
static void path_table(struct text_block *b, const struct why_path *wp)
{
	struct strbuf sb = {0};
	size_t wpath = 0, wowner = 0;
	char owners[WHY_MAX_COMPS][96];
	for (int i = 0; i < wp->ncomps; i++) {
		const struct why_comp *c = &wp->comps[i];
		struct strbuf o = {0};
		if (!c->err) {
			put_user(&o, c->uid);
			sb_putc(&o, ':');
			put_group(&o, c->gid);
		}
		snprintf(owners[i], sizeof(owners[i]), "%s",
			 o.len ? sb_cstr(&o) : "");
		sb_free(&o);
		wowner = MAX(wowner, strlen(owners[i]));
		wpath = MAX(wpath, strlen(c->path));
	}
	for (int i = 0; i < wp->ncomps; i++) {
		const struct why_comp *c = &wp->comps[i];
		if (c->err) {
			sb_printf(&sb, "%-11s %-*s ", "", (int)wowner, "");
			put_path(&sb, c->path);
			bool to_create = c->err == ENOENT &&
					 i == wp->ncomps - 1 && wp->creates &&
					 wp->verdict != WP_MISSING;
			sb_printf(&sb, "  %s",
				  to_create ? "not there (the call creates it)"
				  : c->err == ENOENT ? "missing"
						     : strerror(c->err));
			block_detail(b, &sb);
			continue;
		}
		put_ls_mode(&sb, c->mode, c->acl);
		if (!c->acl)
			sb_putc(&sb, ' ');
		sb_printf(&sb, " %-*s ", (int)wowner, owners[i]);
		size_t at = sb.len;
		put_path(&sb, c->path);
		if (c->link) {
			sb_puts(&sb, " -> ");
			put_path(&sb, c->link);
		} else if (c->need) {
			while (sb.len - at < wpath)
				sb_putc(&sb, ' ');
			sb_puts(&sb, "  ");
			put_access_list(&sb, c->need, S_ISDIR(c->mode));
			if (c->denied) {
				sb_puts(&sb, ": ");
				put_access(&sb, c->denied, S_ISDIR(c->mode));
				sb_puts(&sb, " denied");
				put_by(&sb, c);
			} else if (c->by) {
				sb_puts(&sb, ": ok");
				put_by(&sb, c);
			}
		}
		block_detail(b, &sb);
	}
	if (wp->truncated) {
		sb_puts(&sb,
			"(the lookup went through more components than shown)");
		block_detail(b, &sb);
	}
	sb_free(&sb);
}

static void net_cause(struct strbuf *sb, const struct why_explain *ex, int err)
{
	const struct why_addr *a = &ex->addr;
	const char *proto = a->type == SOCK_DGRAM    ? "UDP"
			    : a->type == SOCK_STREAM ? "TCP"
						     : "TCP or UDP";
	switch (ex->cause) {
	case WC_REFUSED:
		if (a->family == AF_UNIX) {
			if (ex->listening) {
				sb_puts(sb, "a socket listens on ");
				why_fmt_addr(sb, a);
				sb_puts(sb, " now");
			} else {
				sb_puts(sb,
					"nothing listens on the unix socket ");
				why_fmt_addr(sb, a);
				if (a->unix_path && a->unix_path[0] != '@')
					sb_puts(sb,
						" (the socket file exists, "
						"but no socket is bound and "
						"listening there)");
			}
			break;
		}
		if (!ex->local) {
			why_fmt_addr(sb, a);
			sb_puts(sb, " is not an address of this host: that "
				    "host, or a firewall on the way, refused "
				    "the connection");
			break;
		}
		if (ex->listening) {
			sb_printf(sb, "a %s socket listens on ", proto);
			why_fmt_addr(sb, a);
			sb_puts(sb, " now");
			break;
		}
		sb_puts(sb, "nothing listens on ");
		why_fmt_addr(sb, a);
		sb_printf(sb,
			  " (no %s socket %s port %u in the process's network "
			  "namespace)",
			  a->type == SOCK_DGRAM ? "UDP" : "listening TCP",
			  a->type == SOCK_DGRAM ? "is bound to" : "on",
			  a->port);
		break;
	case WC_INUSE:
		if (a->family == AF_UNIX) {
			sb_puts(sb, "the socket file ");
			why_fmt_addr(sb, a);
			sb_puts(sb,
				ex->listening
					? " exists and a socket listens on it"
					: " exists and no socket listens "
					  "on it: a file left behind, which "
					  "bind does not replace");
			break;
		}
		sb_printf(sb, "%s port %u is in use", proto, a->port);
		if (ex->timewait_only)
			sb_puts(sb,
				" only by connections in TIME_WAIT, which no "
				"process holds (SO_REUSEADDR lets bind reuse "
				"it)");
		else if (ex->listening)
			sb_puts(sb, " by a listening socket");
		break;
	case WC_PRIV_PORT:
		sb_printf(sb,
			  "binding port %u needs CAP_NET_BIND_SERVICE (ports "
			  "below %d, net.ipv4.ip_unprivileged_port_start), "
			  "which uid %u does not have",
			  a->port, ex->unpriv_port_start, ex->creds.uid[1]);
		break;
	default: break;
	}
	(void)err;
	if (ex->nholders) {
		sb_puts(sb, "; held by ");
		for (int i = 0; i < ex->nholders; i++) {
			sb_printf(sb, "%spid %d (", i ? ", " : "",
				  (int)ex->holders[i].pid);
			put_path(sb, ex->holders[i].comm);
			sb_putc(sb, ')');
		}
	} else if ((ex->listening || ex->cause == WC_INUSE) &&
		   !ex->timewait_only && ex->holders_unreadable) {
		sb_printf(sb,
			  "; its owner is not among the processes sctrace can "
			  "read (%d it cannot)",
			  ex->holders_unreadable);
	}
}

static void put_count(struct strbuf *sb, long long v)
{
	if (v == -2)
		sb_puts(sb, "unlimited");
	else if (v < 0)
		sb_puts(sb, "unknown");
	else
		sb_printf(sb, "%lld", v);
}

static void put_size(struct strbuf *sb, unsigned long long bytes)
{
	const char *unit[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
	double v = (double)bytes;
	int u = 0;
	while (v >= 1024 && u < 5) {
		v /= 1024;
		u++;
	}
	if (u == 0)
		sb_printf(sb, "%llu B", bytes);
	else
		sb_printf(sb, "%.1f %s", v, unit[u]);
}

static void limit_cause(struct strbuf *sb, const struct why_explain *ex)
{
	switch (ex->cause) {
	case WC_FD_LIMIT:
		sb_puts(sb, "the process has ");
		put_count(sb, ex->used);
		sb_puts(sb, " fds open; its RLIMIT_NOFILE is ");
		put_count(sb, ex->soft);
		sb_puts(sb, " (hard limit ");
		put_count(sb, ex->hard);
		sb_puts(sb, ")");
		break;
	case WC_FILE_MAX:
		sb_puts(sb, "the system has ");
		put_count(sb, ex->used);
		sb_puts(sb, " files open, and fs.file-max is ");
		put_count(sb, ex->soft);
		break;
	case WC_INOTIFY:
		sb_printf(sb, "the limit %s is ", ex->limit_name);
		put_count(sb, ex->soft);
		break;
	case WC_FS_FULL:
	case WC_QUOTA:
		sb_puts(sb, ex->cause == WC_FS_FULL ? "the filesystem at "
						    : "the disk quota on ");
		put_path(sb, ex->mount);
		sb_puts(sb, " (");
		put_path(sb, ex->fstype ? ex->fstype : "?");
		sb_puts(sb, ")");
		if (ex->cause == WC_QUOTA && ex->creds.ok)
			sb_printf(sb, " for uid %u", ex->creds.uid[3]);
		if (ex->cause == WC_FS_FULL && ex->have_statfs) {
			if (ex->files && !ex->ffree)
				sb_printf(sb, " has no free inodes (of %llu)",
					  ex->files);
			else if (!ex->bavail) {
				sb_puts(sb, " has no free space (size ");
				put_size(sb, ex->blocks * ex->bsize);
				if (ex->bfree) {
					sb_puts(sb, "; ");
					put_size(sb, ex->bfree * ex->bsize);
					sb_puts(sb, " are free but reserved "
						    "for root");
				}
				sb_putc(sb, ')');
			} else {
				sb_puts(sb, " has ");
				put_size(sb, ex->bavail * ex->bsize);
				sb_puts(sb, " free of ");
				put_size(sb, ex->blocks * ex->bsize);
				sb_printf(sb, ", and %llu free inodes of %llu",
					  ex->ffree, ex->files);
			}
		} else if (ex->cause == WC_FS_FULL) {
			sb_puts(sb,
				" is full (its free space could not be read)");
		}
		if (ex->cause == WC_QUOTA) {
			if (ex->quota_read) {
				sb_puts(sb, " is exhausted: ");
				put_size(sb, ex->q_used);
				sb_puts(sb, " used, soft limit ");
				put_size(sb, ex->q_soft);
				sb_puts(sb, ", hard limit ");
				put_size(sb, ex->q_hard);
				sb_printf(sb,
					  "; %llu inodes used of %llu (hard "
					  "%llu)",
					  ex->q_iused, ex->q_isoft,
					  ex->q_ihard);
			} else {
				sb_printf(sb,
					  " is exhausted (the quota could not "
					  "be read: %s)",
					  strerror(ex->quota_err ? ex->quota_err
								 : ENOSYS));
			}
		}
		break;
	default: break;
	}
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* a file looked for in several directories (PATH, include or library
 * paths) and found in none */
static void search_detail(struct text_block *b, const struct why_proc *p,
			  const struct why_fail *f)
{
	if (!p || f->err != ENOENT || !f->npaths)
		return;
	const char *base = base_name(f->given[0]);
	const char *dirs[16];
	size_t lens[16];
	int n = 0, total = 0;
	for (int i = 0; i < p->nfails; i++) {
		const struct why_fail *g = p->fails[i];
		if (g->err != ENOENT || !g->npaths ||
		    strcmp(base_name(g->given[0]), base) != 0)
			continue;
		const char *d = g->given[0];
		size_t len = (size_t)(base_name(d) - d);
		if (len > 1)
			len--; /* without the last slash */
		bool seen = false;
		for (int j = 0; j < n; j++)
			seen |= lens[j] == len && strncmp(dirs[j], d, len) == 0;
		if (seen)
			continue;
		total++;
		if (n < (int)ARRAY_SIZE(dirs)) {
			dirs[n] = d;
			lens[n++] = len;
		}
	}
	if (total < 2)
		return;
	struct strbuf sb = {0};
	sb_puts(&sb, "looked for ");
	put_path(&sb, base);
	sb_printf(&sb, " in %d places, and none has it:", total);
	for (int i = 0; i < n; i++) {
		sb_puts(&sb, i ? ", " : " ");
		if (lens[i])
			put_bytes(&sb, dirs[i], lens[i]);
		else
			sb_puts(&sb, ".");
	}
	if (total > n)
		sb_puts(&sb, ", ...");
	block_detail(b, &sb);
	sb_free(&sb);
}

static void explain(struct text_block *b, const struct why_fail *f)
{
	const struct why_explain *ex = f->ex;
	struct strbuf sb = {0};
	if (!ex) {
		if (f->budget_exhausted) {
			sb_printf(&sb,
				  "not examined: the process had more than %d "
				  "failures of %s with %s before it",
				  32, f->name,
				  errno_name(f->err) ? errno_name(f->err)
						     : "this error");
			b->cause = xstrdup(sb_cstr(&sb));
		}
		sb_free(&sb);
		return;
	}
	switch (ex->cause) {
	case WC_PATH: {
		const struct why_path *wp = ex->paths[ex->path_index];
		path_cause(&sb, wp, ex, f->err);
		if (sb.len)
			b->cause = xstrdup(sb_cstr(&sb));
		sb_reset(&sb);
		if (f->err == EACCES || f->err == EPERM ||
		    wp->verdict == WP_DANGLING || wp->verdict == WP_NOTDIR ||
		    wp->verdict == WP_LOOP)
			path_table(b, wp);
		break;
	}
	case WC_REFUSED:
	case WC_INUSE:
	case WC_PRIV_PORT:
		net_cause(&sb, ex, f->err);
		b->cause = xstrdup(sb_cstr(&sb));
		sb_reset(&sb);
		if (ex->npaths && (f->err == EACCES || f->err == EPERM))
			path_table(b, ex->paths[0]);
		break;
	case WC_FD_LIMIT:
	case WC_FILE_MAX:
	case WC_INOTIFY:
	case WC_FS_FULL:
	case WC_QUOTA:
		limit_cause(&sb, ex);
		b->cause = xstrdup(sb_cstr(&sb));
		sb_reset(&sb);
		break;
	case WC_SECCOMP:
		b->cause = xstrdup(
			"the process runs under a seccomp filter, which can "
			"return this error; nothing else sctrace checked "
			"explains it");
		break;
	case WC_NONE: break;
	}
	if (ex->creds.ok || ex->creds.err) {
		if (f->err == EACCES || f->err == EPERM) {
			sb_puts(&sb, "credentials at the call: ");
			put_creds(&sb, &ex->creds);
			block_detail(b, &sb);
		}
	}
	sb_free(&sb);
}

/* ---- choosing what to report ---- */

static bool failed(const struct why_proc *p)
{
	return p->ended && (WIFSIGNALED(p->wstatus) ||
			    (WIFEXITED(p->wstatus) && WEXITSTATUS(p->wstatus)));
}

/* what a process wrote last to stderr (or, when it wrote nothing
 * there, to a tty), as lines; the report shows the line that names the
 * failing call, or else the last lines */
struct msg_line {
	size_t start, len;
	unsigned long long seq; /* the write the line starts in */
};

struct message {
	struct strbuf all;
	struct msg_line lines[64];
	int nlines;
	int shown_from, shown_to; /* the lines the report shows */
	bool stderr_fd;
	bool any;
};

static bool reads_as_error(const char *s, size_t len)
{
	static const char *const words[] = {
		"error",   "fatal",   "fail",	       "cannot",
		"can't",   "unable",  "denied",	       "not found",
		"refused", "invalid", "no such",       "exception",
		"panic",   "abort",   "not permitted", "timed out",
	};
	char low[MSG_LINE_MAX + 1];
	size_t n = MIN(len, MSG_LINE_MAX);
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (memmem(low, n, words[i], strlen(words[i])))
			return true;
	return false;
}

static void message_free(struct message *m)
{
	sb_free(&m->all);
}

static void last_message(const struct why_proc *p, struct message *m)
{
	memset(m, 0, sizeof(*m));
	int first = p->nwrites > WHY_WRITES ? p->nwrites - WHY_WRITES : 0;
	bool want_stderr = false;
	for (int i = first; i < p->nwrites; i++)
		if (p->writes[i % WHY_WRITES].stderr_fd)
			want_stderr = true;
	size_t starts[WHY_WRITES];
	unsigned long long seqs[WHY_WRITES];
	int n = 0;
	for (int i = first; i < p->nwrites; i++) {
		const struct why_write *w = &p->writes[i % WHY_WRITES];
		if (w->stderr_fd != want_stderr)
			continue;
		starts[n] = m->all.len;
		seqs[n++] = w->seq;
		sb_add(&m->all, w->data, w->len);
	}
	const char *b = m->all.buf;
	size_t len = m->all.len;
	/* the lines, without empty ones and trailing blanks; the last 64 */
	for (size_t at = 0; at < len;) {
		size_t end = at;
		while (end < len && b[end] != '\n')
			end++;
		size_t e = end;
		while (e > at && (b[e - 1] == '\r' || b[e - 1] == ' '))
			e--;
		if (e > at) {
			if (m->nlines == (int)ARRAY_SIZE(m->lines)) {
				memmove(&m->lines[0], &m->lines[1],
					sizeof(m->lines[0]) *
						(ARRAY_SIZE(m->lines) - 1));
				m->nlines--;
			}
			struct msg_line *l = &m->lines[m->nlines++];
			l->start = at;
			l->len = MIN(e - at, MSG_LINE_MAX);
			for (int k = n - 1; k >= 0; k--)
				if (starts[k] <= at) {
					l->seq = seqs[k];
					break;
				}
		}
		at = end + 1;
	}
	m->any = m->nlines > 0;
	m->stderr_fd = want_stderr;
	m->shown_to = m->nlines - 1;
	m->shown_from = MAX(0, m->nlines - MSG_LINES);
	/* a diagnostic often ends with context (a source excerpt, usage,
	 * statistics): show from its last line that reads as an error */
	for (int i = m->nlines - 1; i >= 0 && i >= m->nlines - 8; i--)
		if (reads_as_error(b + m->lines[i].start, m->lines[i].len)) {
			m->shown_from = i;
			m->shown_to = MIN(m->nlines - 1, i + MSG_LINES - 1);
			break;
		}
}

static bool mem_contains(const char *hay, size_t hlen, const char *needle)
{
	size_t n = strlen(needle);
	if (!n || n > hlen)
		return false;
	return memmem(hay, hlen, needle, n) != NULL;
}

static bool word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* needle as a word of its own: "app.conf" in "'app.conf': No such",
 * not in "myapp.confx" */
static bool contains_word(const char *text, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *q = text;
	     n && (q = memmem(q, len - (size_t)(q - text), needle, n)); q++) {
		bool before = q == text || (!word_char(q[-1]) && q[-1] != '.');
		bool after = q + n == text + len || !word_char(q[n]);
		if (before && after)
			return true;
	}
	return false;
}

/* does the text name this call's path or target? 2: the whole path or
 * address, 1: the path's last component, 0: no */
static int names(const char *text, size_t len, const struct why_fail *f)
{
	int best = 0;
	if (f->fdpath && f->fdpath[0] == '/' &&
	    mem_contains(text, len, f->fdpath))
		return 2;
	for (int i = 0; i < f->npaths; i++) {
		const char *p = f->given[i];
		if (mem_contains(text, len, p))
			return 2;
		if (f->ex)
			for (int j = 0; j < f->ex->npaths; j++) {
				const struct why_path *wp = f->ex->paths[j];
				if (wp->resolved &&
				    mem_contains(text, len, wp->resolved))
					return 2;
			}
		const char *base = strrchr(p, '/');
		base = base ? base + 1 : p;
		if (strlen(base) >= 3 && contains_word(text, len, base))
			best = 1;
	}
	if (f->addr.family) {
		struct strbuf sb = {0};
		why_fmt_addr(&sb, &f->addr);
		bool hit = mem_contains(text, len, sb_cstr(&sb));
		sb_free(&sb);
		if (!hit && f->addr.family != AF_UNIX) {
			char port[32];
			snprintf(port, sizeof(port), "port %u", f->addr.port);
			hit = mem_contains(text, len, port);
			snprintf(port, sizeof(port), ":%u", f->addr.port);
			size_t pl = strlen(port);
			for (const char *q = text;
			     !hit && (q = memmem(q, len - (size_t)(q - text),
						 port, pl));
			     q++) {
				size_t at = (size_t)(q - text) + pl;
				if (at >= len || text[at] < '0' ||
				    text[at] > '9')
					hit = true;
			}
		}
		if (hit)
			return 2;
	}
	return best;
}

/* does the text give the call's error: its message ("Permission
 * denied"), its name (EACCES) or Python's "[Errno 13]"? */
static bool names_errno(const char *text, size_t len, int err)
{
	char buf[128];
	const char *msg = errno_message(err, buf, sizeof(buf));
	if (msg && strlen(msg) >= 6 && mem_contains(text, len, msg))
		return true;
	const char *name = errno_name(err);
	if (name && mem_contains(text, len, name))
		return true;
	snprintf(buf, sizeof(buf), "[Errno %d]", err);
	return mem_contains(text, len, buf);
}

/* How well a message line names a failing call: its whole path or
 * address counts most, its error's text breaks ties and alone points at
 * the last call that failed so (not routine failures, not existence
 * tests), a path's last component counts least. 0: not at all. */
static int match_score(const char *text, size_t len, const struct why_fail *f)
{
	int path = names(text, len, f);
	bool err = names_errno(text, len, f->err);
	if (path == 2)
		return err ? 5 : 4;
	if (f->routine)
		return 0;
	if (f->probe)
		return path == 1 ? 1 : 0;
	if (path == 1)
		return err ? 3 : 1;
	return err ? 2 : 0;
}

/* when the call last happened before seq (or first, if after) */
static unsigned long long seen_before(const struct why_fail *f,
				      unsigned long long seq)
{
	return f->seq_last < seq ? f->seq_last : f->seq_first;
}

static int pick_calls(const struct why_proc *p, struct message *m,
		      const struct why_fail **out, bool *matched)
{
	*matched = false;
	/* bottom-up: the nearest line that names a call made before it;
	 * on that line, the call it names best, the nearest of equals */
	for (int li = m->nlines - 1; li >= 0; li--) {
		const struct msg_line *l = &m->lines[li];
		const char *text = m->all.buf + l->start;
		const struct why_fail *best = NULL;
		int best_score = 0;
		for (int i = 0; i < p->nfails; i++) {
			const struct why_fail *f = p->fails[i];
			if (f->seq_first >= l->seq)
				continue;
			int score = match_score(text, l->len, f);
			if (score > best_score ||
			    (score && score == best_score &&
			     seen_before(f, l->seq) >
				     seen_before(best, l->seq))) {
				best = f;
				best_score = score;
			}
		}
		if (best) {
			out[0] = best;
			*matched = true;
			m->shown_from = m->shown_to = li;
			return 1;
		}
	}
	/* the last failures before the last line (or the end); routine
	 * ones (ENOTTY, EEXIST...) and existence tests explain nothing on
	 * their own */
	unsigned long long limit = m->any ? m->lines[m->nlines - 1].seq : ~0ULL;
	int n = 0;
	/* existence tests come in only when nothing else failed (ls, test
	 * -e); searches that found the file elsewhere never */
	bool other = false;
	for (int i = 0; i < p->nfails && !other; i++)
		other = p->fails[i]->seq_first < limit &&
			!p->fails[i]->routine && !p->fails[i]->probe;
	/* of existence tests, only the last: the answer that ended it */
	int max = other ? MAX_LAST_FAILS : 1;
	for (int i = 0; i < p->nfails; i++) {
		const struct why_fail *f = p->fails[i];
		if (f->seq_first >= limit || f->routine || f->found ||
		    (f->probe && other))
			continue;
		/* keep the max latest, oldest first */
		int at = n;
		while (at > 0 &&
		       seen_before(out[at - 1], limit) > seen_before(f, limit))
			at--;
		if (n == max) {
			if (at == 0)
				continue;
			memmove(&out[0], &out[1],
				sizeof(out[0]) * (size_t)(at - 1));
			out[at - 1] = f;
			continue;
		}
		memmove(&out[at + 1], &out[at],
			sizeof(out[0]) * (size_t)(n - at));
		out[at] = f;
		n++;
	}
	return n;
}

/* does the message name pid as a number of its own? */
static bool mentions_pid(const struct message *m, pid_t pid)
{
	char num[16];
	snprintf(num, sizeof(num), "%d", (int)pid);
	size_t n = strlen(num);
	const char *t = m->all.buf;
	size_t len = m->all.len;
	for (const char *q = t;
	     q && (q = memmem(q, len - (size_t)(q - t), num, n)); q++) {
		bool before = q > t && q[-1] >= '0' && q[-1] <= '9';
		bool after = q + n < t + len && q[n] >= '0' && q[n] <= '9';
		if (!before && !after)
			return true;
	}
	return false;
}

/* Should the report look below p, at its child c that failed? Yes when p
 * made no failing call after c ended, when p's message names c's pid, or
 * when p's own failing calls do not explain p's message. */
static bool failure_is_below(const struct why_proc *p, const struct why_proc *c)
{
	if (p->last_fail_seq < c->end_seq)
		return true;
	struct message m;
	last_message(p, &m);
	bool below;
	if (m.any && mentions_pid(&m, c->pid)) {
		below = true;
	} else if (m.any) {
		const struct why_fail *calls[MAX_LAST_FAILS];
		bool matched;
		pick_calls(p, &m, calls, &matched);
		below = !matched;
	} else {
		struct message cm;
		last_message(c, &cm);
		below = cm.any;
		message_free(&cm);
	}
	message_free(&m);
	return below;
}

/* The process that actually failed: from p, down to the child that failed
 * last, while the failure is below (see failure_is_below). */
static const struct why_proc *culprit(const struct why_state *st,
				      const struct why_proc *p, int depth)
{
	const struct why_proc *best = NULL;
	for (const struct why_proc *c = st->procs; c; c = c->next) {
		if (c == p || c->ppid != p->pid || !failed(c))
			continue;
		if (p->ended && c->end_seq > p->end_seq)
			continue;
		if (!best || c->end_seq > best->end_seq)
			best = c;
	}
	if (!best || depth > 64 || !failure_is_below(p, best))
		return p;
	return culprit(st, best, depth + 1);
}

/* ---- rendering ---- */

struct render {
	struct why_state *st;
	struct strbuf out;
	bool json;
	const char *searched[16]; /* names whose search is already told */
	int nsearched;
};

/* the search detail, once per name in a report */
static void search_once(struct render *r, struct text_block *b,
			const struct why_proc *p, const struct why_fail *f)
{
	if (!f->npaths)
		return;
	const char *base = base_name(f->given[0]);
	for (int i = 0; i < r->nsearched; i++)
		if (strcmp(r->searched[i], base) == 0)
			return;
	int before = b->ndetails;
	search_detail(b, p, f);
	if (b->ndetails > before && r->nsearched < (int)ARRAY_SIZE(r->searched))
		r->searched[r->nsearched++] = base;
}

static void put_status(struct strbuf *sb, const struct why_proc *p)
{
	if (!p->ended) {
		sb_puts(sb, "is still running");
		return;
	}
	if (WIFEXITED(p->wstatus)) {
		sb_printf(sb, "exited with status %d", WEXITSTATUS(p->wstatus));
		return;
	}
	int sig = WTERMSIG(p->wstatus);
	const char *name = signal_name(sig);
	if (name)
		sb_printf(sb, "was killed by %s", name);
	else
		sb_printf(sb, "was killed by signal %d", sig);
	if (WCOREDUMP(p->wstatus)) {
		sb_puts(sb, " (core dumped");
		char pattern[256];
		if (procfs_read("/proc/sys/kernel/core_pattern", pattern,
				  sizeof(pattern)) > 0) {
			pattern[strcspn(pattern, "\n")] = '\0';
			sb_puts(sb, "; kernel.core_pattern is ");
			put_path(sb, pattern);
		}
		sb_putc(sb, ')');
	} else if (p->core_signal && p->core_limit == 0) {
		sb_puts(sb, " (no core dump: its RLIMIT_CORE was 0)");
	}
}

static void put_proc(struct strbuf *sb, const struct why_proc *p)
{
	sb_printf(sb, "pid %d (", (int)p->pid);
	put_path(sb, p->comm[0] ? p->comm : "?");
	sb_putc(sb, ')');
}

/* ---- text ---- */

/* the shown lines, escaped; "\n" between them */
static void put_message(struct strbuf *sb, const struct message *m)
{
	for (int i = m->shown_from; i <= m->shown_to; i++) {
		if (i > m->shown_from)
			sb_puts(sb, "\\n");
		put_bytes(sb, m->all.buf + m->lines[i].start, m->lines[i].len);
	}
}

static void t_line(struct render *r, const char *label, const char *text)
{
	sb_printf(&r->out, "  %-9s %s\n", label, text);
}

static void t_block(struct render *r, const struct text_block *b)
{
	if (b->cause)
		t_line(r, "cause:", b->cause);
	for (int i = 0; i < b->ndetails; i++)
		t_line(r, "", b->details[i]);
}

static double seconds(const struct timespec *a, const struct timespec *b)
{
	struct timespec d;
	ts_sub(&d, b, a);
	return ts_to_double(&d);
}

static bool is_retry_loop(const struct why_fail *f)
{
	if (f->routine || f->count < LOOP_FEW)
		return false;
	return f->count >= LOOP_MANY ||
	       seconds(&f->t_first, &f->t_last) >= LOOP_SPAN;
}

static void t_call(struct render *r, const char *label,
		   const struct why_fail *f, const struct why_proc *p)
{
	struct strbuf sb = {0};
	if (f->line) {
		sb_puts(&sb, f->line);
	} else {
		char buf[128];
		sb_printf(&sb, "%s(...) = -1 %s (%s)", f->name,
			  errno_name(f->err) ? errno_name(f->err) : "?",
			  errno_message(f->err, buf, sizeof(buf)));
	}
	sb_printf(&sb, "  [pid %d]", (int)f->tid);
	if (f->count > 1 && !is_retry_loop(f))
		sb_printf(&sb, " (%lu times)", f->count);
	t_line(r, label, sb_cstr(&sb));
	sb_free(&sb);
	struct text_block b = {0};
	explain(&b, f);
	search_once(r, &b, p, f);
	t_block(r, &b);
	block_free(&b);
}

static void put_loop(struct strbuf *sb, const struct why_fail *f,
		     const struct why_proc *p)
{
	double t = seconds(&f->t_first, &f->t_last);
	sb_printf(sb, "failed %lu times in %.2f s", f->count, t);
	if (t > 0)
		sb_printf(sb, " (%.1f/s)", (double)(f->count - 1) / t);
	sb_puts(sb, " in ");
	put_proc(sb, p);
	if (!p->ended) {
		sb_puts(sb, ", still failing when sctrace detached");
	}
}

/* ---- JSON ---- */

static void j_str(struct strbuf *sb, const char *s, size_t len)
{
	if (utf8_valid((const unsigned char *)s, len)) {
		sb_putc(sb, '"');
		escape_json(sb, (const unsigned char *)s, len);
		sb_putc(sb, '"');
		return;
	}
	sb_puts(sb, "{\"hex\":\"");
	for (size_t i = 0; i < len; i++)
		sb_printf(sb, "%02x", (unsigned char)s[i]);
	sb_puts(sb, "\"}");
}

static void j_cstr(struct strbuf *sb, const char *s)
{
	j_str(sb, s, strlen(s));
}

static void j_key(struct strbuf *sb, bool *first, const char *k)
{
	if (!*first)
		sb_putc(sb, ',');
	*first = false;
	sb_printf(sb, "\"%s\":", k);
}

static void j_proc(struct strbuf *sb, const struct why_proc *p)
{
	sb_printf(sb, "{\"pid\":%d,\"ppid\":%d,\"comm\":", (int)p->pid,
		  (int)p->ppid);
	j_cstr(sb, p->comm);
	if (!p->ended) {
		sb_puts(sb, ",\"running\":true}");
		return;
	}
	if (WIFEXITED(p->wstatus)) {
		sb_printf(sb, ",\"status\":%d}", WEXITSTATUS(p->wstatus));
		return;
	}
	const char *name = signal_name(WTERMSIG(p->wstatus));
	sb_puts(sb, ",\"signal\":");
	j_cstr(sb, name ? name : "?");
	sb_printf(sb, ",\"core_dumped\":%s",
		  WCOREDUMP(p->wstatus) ? "true" : "false");
	if (p->core_signal && p->core_limit >= 0)
		sb_printf(sb, ",\"core_limit\":%lld", p->core_limit);
	sb_putc(sb, '}');
}

static void j_creds(struct strbuf *sb, const struct why_creds *cr)
{
	if (!cr->ok) {
		sb_puts(sb, "{\"error\":");
		j_cstr(sb, strerror(cr->err));
		sb_putc(sb, '}');
		return;
	}
	sb_printf(sb,
		  "{\"uid\":%u,\"euid\":%u,\"suid\":%u,\"fsuid\":%u,\"gid\":%u,"
		  "\"egid\":%u,\"sgid\":%u,\"fsgid\":%u,\"groups\":[",
		  cr->uid[0], cr->uid[1], cr->uid[2], cr->uid[3], cr->gid[0],
		  cr->gid[1], cr->gid[2], cr->gid[3]);
	for (int i = 0; i < cr->ngroups; i++)
		sb_printf(sb, "%s%u", i ? "," : "", cr->groups[i]);
	sb_printf(sb, "],\"cap_eff\":\"%016llx\",\"seccomp\":%d}",
		  (unsigned long long)cr->cap_eff, cr->seccomp);
}

static void j_components(struct strbuf *sb, const struct why_path *wp)
{
	sb_putc(sb, '[');
	for (int i = 0; i < wp->ncomps; i++) {
		const struct why_comp *c = &wp->comps[i];
		if (i)
			sb_putc(sb, ',');
		sb_puts(sb, "{\"path\":");
		j_cstr(sb, c->path);
		if (c->err) {
			sb_puts(sb, ",\"error\":");
			j_cstr(sb,
			       errno_name(c->err) ? errno_name(c->err) : "?");
			sb_putc(sb, '}');
			continue;
		}
		struct strbuf t = {0};
		put_ls_mode(&t, c->mode, c->acl);
		sb_printf(sb,
			  ",\"uid\":%u,\"gid\":%u,\"mode\":\"%04o\",\"ls\":\"%"
			  "s\"",
			  c->uid, c->gid, c->mode & 07777, sb_cstr(&t));
		sb_free(&t);
		if (c->link) {
			sb_puts(sb, ",\"link\":");
			j_cstr(sb, c->link);
		}
		if (c->need) {
			struct strbuf a = {0};
			put_access(&a, c->need, S_ISDIR(c->mode));
			sb_puts(sb, ",\"needs\":");
			j_cstr(sb, sb_cstr(&a));
			sb_free(&a);
			/* judged only when the thread's creds were read */
			if (c->by) {
				sb_printf(sb, ",\"allowed\":%s,\"by\":",
					  c->denied ? "false" : "true");
				j_cstr(sb, c->by);
			}
		}
		sb_putc(sb, '}');
	}
	sb_putc(sb, ']');
}

static void j_call(struct render *r, struct strbuf *sb,
		   const struct why_fail *f, const struct why_proc *p,
		   bool loop)
{
	bool first = true;
	sb_putc(sb, '{');
	j_key(sb, &first, "pid");
	sb_printf(sb, "%d", (int)f->tid);
	j_key(sb, &first, "process");
	sb_printf(sb, "%d", (int)p->pid);
	j_key(sb, &first, "name");
	j_cstr(sb, f->name);
	j_key(sb, &first, "errno");
	j_cstr(sb, errno_name(f->err) ? errno_name(f->err) : "?");
	if (f->line) {
		j_key(sb, &first, "call");
		sb_puts(sb, f->line);
	}
	j_key(sb, &first, "count");
	sb_printf(sb, "%lu", f->count);
	if (loop || f->count > 1) {
		double t = seconds(&f->t_first, &f->t_last);
		j_key(sb, &first, "seconds");
		sb_printf(sb, "%.3f", t);
		if (t > 0) {
			j_key(sb, &first, "rate");
			sb_printf(sb, "%.2f", (double)(f->count - 1) / t);
		}
	}
	struct text_block b = {0};
	explain(&b, f);
	search_once(r, &b, p, f);
	if (b.cause) {
		j_key(sb, &first, "cause");
		j_cstr(sb, b.cause);
	}
	if (b.ndetails) {
		j_key(sb, &first, "details");
		sb_putc(sb, '[');
		for (int i = 0; i < b.ndetails; i++) {
			if (i)
				sb_putc(sb, ',');
			j_cstr(sb, b.details[i]);
		}
		sb_putc(sb, ']');
	}
	block_free(&b);
	const struct why_explain *ex = f->ex;
	if (ex && ex->npaths) {
		const struct why_path *wp = ex->paths[ex->path_index];
		j_key(sb, &first, "path");
		j_cstr(sb, wp->given);
		if (wp->resolved) {
			j_key(sb, &first, "resolved");
			j_cstr(sb, wp->resolved);
		}
		j_key(sb, &first, "components");
		j_components(sb, wp);
	}
	if (ex && ex->addr.family) {
		struct strbuf a = {0};
		why_fmt_addr(&a, &ex->addr);
		j_key(sb, &first, "address");
		j_cstr(sb, sb_cstr(&a));
		sb_free(&a);
	}
	if (ex && ex->nholders) {
		j_key(sb, &first, "held_by");
		sb_putc(sb, '[');
		for (int i = 0; i < ex->nholders; i++) {
			sb_printf(sb, "%s{\"pid\":%d,\"comm\":", i ? "," : "",
				  (int)ex->holders[i].pid);
			j_cstr(sb, ex->holders[i].comm);
			sb_putc(sb, '}');
		}
		sb_putc(sb, ']');
	}
	if (ex && (ex->soft != -1 || ex->used != -1) && ex->limit_name) {
		j_key(sb, &first, "limit");
		sb_puts(sb, "{\"name\":");
		j_cstr(sb, ex->limit_name);
		sb_printf(sb, ",\"soft\":%lld,\"hard\":%lld,\"used\":%lld}",
			  ex->soft, ex->hard, ex->used);
	}
	if (ex && (ex->creds.ok || ex->creds.err)) {
		j_key(sb, &first, "creds");
		j_creds(sb, &ex->creds);
	}
	sb_putc(sb, '}');
}

/* ---- the report ---- */

static int cmp_loops(const void *a, const void *b)
{
	const struct why_fail *x = *(const struct why_fail *const *)a;
	const struct why_fail *y = *(const struct why_fail *const *)b;
	return x->count < y->count ? 1 : x->count > y->count ? -1 : 0;
}

static bool is_loop(const struct why_fail *f,
		    const struct why_fail *const *loops, int n)
{
	for (int i = 0; i < n; i++)
		if (loops[i] == f)
			return true;
	return false;
}

static const struct why_proc *owner_of(const struct why_state *st,
				       const struct why_fail *f)
{
	for (const struct why_proc *p = st->procs; p; p = p->next)
		for (int i = 0; i < p->nfails; i++)
			if (p->fails[i] == f)
				return p;
	return NULL;
}

void why_report(struct why_state *st, struct output *out)
{
	struct render r = {.st = st, .json = st->json};
	struct strbuf *o = &r.out;
	struct strbuf sb = {0};

	/* the processes the user named: the command, the -p pids */
	const struct why_proc *tops[64];
	int ntops = 0;
	for (const struct why_proc *p = st->procs; p; p = p->next)
		if (p->top && ntops < (int)ARRAY_SIZE(tops))
			tops[ntops++] = p;
	/* oldest first */
	for (int i = 0; i < ntops / 2; i++) {
		const struct why_proc *t = tops[i];
		tops[i] = tops[ntops - 1 - i];
		tops[ntops - 1 - i] = t;
	}

	/* the failed process: below the first top that failed (or still
	 * runs: a detached daemon whose workers fail) */
	const struct why_proc *top = ntops ? tops[0] : NULL;
	for (int i = 0; i < ntops; i++)
		if (failed(tops[i]) || !tops[i]->ended) {
			top = tops[i];
			break;
		}
	const struct why_proc *bad = NULL;
	if (top) {
		const struct why_proc *c = culprit(st, top, 0);
		if (failed(c) || c != top || !top->ended)
			bad = c;
	}

	struct message msg = {0};
	const struct why_proc *msg_proc = NULL;
	const struct why_fail *calls[MAX_LAST_FAILS] = {0};
	bool matched = false;
	int ncalls = 0;
	if (bad) {
		last_message(bad, &msg);
		msg_proc = bad;
		ncalls = pick_calls(bad, &msg, calls, &matched);
		if (!msg.any && bad != top && top) {
			/* the worker was silent: what its parent said */
			message_free(&msg);
			last_message(top, &msg);
			msg_proc = top;
		}
	}

	/* loops, across every process */
	const struct why_fail *loops[64];
	int nloops = 0;
	for (const struct why_proc *p = st->procs; p; p = p->next)
		for (int i = 0;
		     i < p->nfails && nloops < (int)ARRAY_SIZE(loops); i++)
			if (is_retry_loop(p->fails[i]))
				loops[nloops++] = p->fails[i];
	qsort(loops, (size_t)nloops, sizeof(loops[0]), cmp_loops);
	if (nloops > MAX_LOOPS)
		nloops = MAX_LOOPS;

	/* other failed processes, when nothing above names them */
	int others = 0;
	const struct why_proc *last_other = NULL;
	for (const struct why_proc *p = st->procs; p; p = p->next)
		if (failed(p) && p != bad && p != top) {
			others++;
			if (!last_other || p->end_seq > last_other->end_seq)
				last_other = p;
		}

	if (!r.json) {
		sb_puts(o, "sctrace --why:\n");
		for (int i = 0; i < ntops; i++) {
			put_proc(&sb, tops[i]);
			sb_putc(&sb, ' ');
			put_status(&sb, tops[i]);
			if (!tops[i]->ended)
				sb_puts(&sb, "; sctrace detached from it");
			t_line(&r, "ended:", sb_cstr(&sb));
			sb_reset(&sb);
		}
		if (!ntops)
			t_line(&r, "ended:", "no process was traced");
		if (bad && bad != top) {
			put_proc(&sb, bad);
			sb_printf(&sb, ", a %s of pid %d, ",
				  bad->ppid == top->pid ? "child"
							: "descendant",
				  (int)top->pid);
			put_status(&sb, bad);
			t_line(&r, "failed:", sb_cstr(&sb));
			sb_reset(&sb);
		}
		if (msg.any) {
			sb_putc(&sb, '"');
			put_message(&sb, &msg);
			sb_printf(&sb, "\"  [pid %d, %s]", (int)msg_proc->pid,
				  msg.stderr_fd ? "stderr" : "tty");
			t_line(&r, "message:", sb_cstr(&sb));
			sb_reset(&sb);
		}
		for (int i = 0, shown = 0; i < ncalls; i++) {
			if (is_loop(calls[i], loops, nloops))
				continue; /* shown below, with its rate */
			t_call(&r,
			       matched ? "call:"
			       : shown ? ""
				       : "calls:",
			       calls[i], bad);
			shown++;
		}
		bool by_signal = bad && bad->ended && WIFSIGNALED(bad->wstatus);
		if (bad && !ncalls && !by_signal &&
		    (failed(bad) || bad->nfails)) {
			put_proc(&sb, bad);
			sb_puts(&sb, " made no failing call that explains it");
			if (!st->cfg->follow_forks && bad->children)
				sb_printf(&sb,
					  "; it started %lu child process%s, "
					  "which were not traced (trace them "
					  "with -f)",
					  bad->children,
					  bad->children == 1 ? "" : "es");
			t_line(&r, "note:", sb_cstr(&sb));
			sb_reset(&sb);
		}
		for (int i = 0; i < nloops; i++) {
			const struct why_fail *f = loops[i];
			const struct why_proc *p = owner_of(st, f);
			t_call(&r, "loop:", f, p);
			put_loop(&sb, f, p);
			t_line(&r, "", sb_cstr(&sb));
			sb_reset(&sb);
		}
		if (!bad && !nloops) {
			if (top && top->ended && !failed(top))
				t_line(&r, "note:", "nothing failed");
			else if (top && !top->ended && !top->nfails)
				t_line(&r, "note:", "no failing call was seen");
		}
		if (others && last_other) {
			sb_printf(&sb, "%d other process%s failed; the last: ",
				  others, others == 1 ? "" : "es");
			put_proc(&sb, last_other);
			sb_putc(&sb, ' ');
			put_status(&sb, last_other);
			t_line(&r, "note:", sb_cstr(&sb));
			sb_reset(&sb);
		}
	} else {
		bool first = true;
		sb_puts(o, "{\"type\":\"why\"");
		first = false;
		j_key(o, &first, "ended");
		sb_putc(o, '[');
		for (int i = 0; i < ntops; i++) {
			if (i)
				sb_putc(o, ',');
			j_proc(o, tops[i]);
		}
		sb_putc(o, ']');
		if (st->interrupted) {
			j_key(o, &first, "detached");
			sb_puts(o, "true");
		}
		if (bad) {
			j_key(o, &first, "failed");
			j_proc(o, bad);
		}
		if (msg.any) {
			j_key(o, &first, "message");
			sb_printf(o, "{\"pid\":%d,\"fd\":\"%s\",\"text\":",
				  (int)msg_proc->pid,
				  msg.stderr_fd ? "stderr" : "tty");
			struct strbuf mt = {0};
			for (int i = msg.shown_from; i <= msg.shown_to; i++) {
				if (i > msg.shown_from)
					sb_putc(&mt, '\n');
				sb_add(&mt, msg.all.buf + msg.lines[i].start,
				       msg.lines[i].len);
			}
			j_str(o, mt.buf ? mt.buf : "", mt.len);
			sb_free(&mt);
			sb_putc(o, '}');
		}
		/* the call the message names, or else the last failures */
		j_key(o, &first, "named_by_message");
		sb_puts(o, matched ? "true" : "false");
		j_key(o, &first, "calls");
		sb_putc(o, '[');
		for (int i = 0; i < ncalls; i++) {
			if (i)
				sb_putc(o, ',');
			j_call(&r, o, calls[i], bad, false);
		}
		sb_putc(o, ']');
		j_key(o, &first, "loops");
		sb_putc(o, '[');
		for (int i = 0; i < nloops; i++) {
			if (i)
				sb_putc(o, ',');
			j_call(&r, o, loops[i], owner_of(st, loops[i]), true);
		}
		sb_putc(o, ']');
		if (others) {
			j_key(o, &first, "other_failed");
			sb_printf(o, "%d", others);
		}
		sb_puts(o, "}\n");
	}
	output_write(out, o->buf, o->len);
	message_free(&msg);
	sb_free(o);
	sb_free(&sb);
}
