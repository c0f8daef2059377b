/* One fd described from /proc, as strace 6.1 prints it: the link target
 * of /proc/PID/fd/N escaped (< and > in octal), " (deleted)" moved out
 * of the brackets when the file really is gone, device numbers, pidfd
 * pids and socket details for -yy. Nothing here is cached; cache.c
 * decides when to call it. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "config.h"
#include "fdinfo/internal.h"
#include "procfs.h"

static bool printable(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

void escape_annotation(struct strbuf *sb, const char *s, size_t len,
		       int hexmode)
{
	const unsigned char *u = (const unsigned char *)s;
	/* -x: hex when a byte has no printable form; \t \n \v \f \r have */
	if (hexmode == 1)
		for (size_t i = 0; i < len; i++)
			if (!printable(u[i]) &&
			    !(u[i] >= '\t' && u[i] <= '\r')) {
				hexmode = 2;
				break;
			}
	if (hexmode == 2) {
		escape_text(sb, u, len, 2);
		return;
	}
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (u[i] != '<' && u[i] != '>')
			continue;
		escape_text(sb, u + start, i - start, 0);
		/* the shortest octal, unless a digit follows that would
		 * extend it */
		bool digit = i + 1 < len && u[i + 1] >= '0' && u[i + 1] <= '7';
		sb_puts(sb, u[i] == '<' ? (digit ? "\\074" : "\\74")
					: (digit ? "\\076" : "\\76"));
		start = i + 1;
	}
	escape_text(sb, u + start, len - start, 0);
}

static char *sb_take(struct strbuf *sb)
{
	char *s = xstrdup(sb_cstr(sb));
	sb_free(sb);
	return s;
}

/* a link target as strace prints it (in hex under -x/-xx like any
 * string); the details strace builds itself (TCP:[...], pid:N) are not */
static char *link_text(const struct config *cfg, const char *link)
{
	struct strbuf sb = {0};
	escape_annotation(&sb, link, strlen(link), cfg->hexmode);
	return sb_take(&sb);
}

static uint64_t bracket_number(const char *s)
{
	const char *p = strchr(s, '[');
	return p ? strtoull(p + 1, NULL, 10) : 0;
}

static bool has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* the text after key in /proc/PID/fdinfo/FD (in buf), or NULL */
static const char *fdinfo_value(pid_t pid, int fd, const char *key, char *buf,
				size_t len)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/fdinfo/%d", (int)pid, fd);
	if (procfs_read(path, buf, len) <= 0)
		return NULL;
	const char *p = strstr(buf, key);
	return p ? p + strlen(key) : NULL;
}

int fd_accmode(pid_t pid, int fd)
{
	char buf[512];
	const char *v = fdinfo_value(pid, fd, "flags:", buf, sizeof(buf));
	return v ? (int)(strtoul(v, NULL, 8) & O_ACCMODE) : -1;
}

/* the pid line of a pidfd's fdinfo: the pid, or -1 once it is gone */
static int pidfd_pid(pid_t pid, int fd)
{
	char buf[512];
	const char *v = fdinfo_value(pid, fd, "\nPid:", buf, sizeof(buf));
	return v ? (int)strtol(v, NULL, 10) : -1;
}

/* " (deleted)" is what d_path appends to an unlinked file; a file may
 * also be named so. strace moves it out of the brackets when the name
 * does not lead to the same file. */
static bool really_deleted(const char *fdpath, const char *link, size_t len)
{
	static const char suffix[] = " (deleted)";
	size_t sl = sizeof(suffix) - 1;
	if (len < sl || strcmp(link + len - sl, suffix) != 0)
		return false;
	struct stat a, b;
	if (stat(fdpath, &a) < 0)
		return false;
	if (stat(link, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return false;
	return true;
}

static void describe_path(const struct config *cfg, struct fdentry *e,
			  const char *fdpath, size_t len)
{
	unsigned bits = cfg->decode_fds;
	struct stat st;
	bool have_st = false;
	if ((bits & DECODE_FD_DEV) || cfg->peers) {
		have_st = stat(fdpath, &st) == 0;
		if (have_st && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
			e->kind = FDK_DEV;
		else if (have_st && S_ISFIFO(st.st_mode)) {
			e->kind = FDK_FIFO;
			e->ino = st.st_ino;
			e->dev = st.st_dev;
		}
	}
	e->deleted = really_deleted(fdpath, e->link, len);
	if (e->deleted)
		len -= strlen(" (deleted)");
	bool dev = e->kind == FDK_DEV && (bits & DECODE_FD_DEV) && !e->deleted;
	if (!(bits & DECODE_FD_PATH) && !dev) {
		e->deleted = false;
		return;
	}
	struct strbuf sb = {0};
	escape_annotation(&sb, e->link, len, cfg->hexmode);
	if (dev)
		sb_printf(&sb, "<%s %u:%u>",
			  S_ISBLK(st.st_mode) ? "block" : "char",
			  major(st.st_rdev), minor(st.st_rdev));
	e->text = sb_take(&sb);
}

void fd_describe_socket(const struct config *cfg, struct fdentry *e)
{
	struct sock_info *si = e->sock;
	free(e->text);
	e->text = NULL;
	e->final = true;
	e->peer_known = false;
	if (!si) {
		if (cfg->decode_fds & DECODE_FD_PATH)
			e->text = link_text(cfg, e->link);
		return;
	}
	struct strbuf sb = {0};
	if (si->proto != SP_UNKNOWN && si->proto != SP_NAMED) {
		sockdiag_lookup(si);
		e->final = sock_is_final(si);
	}
	if (si->found) {
		sb_puts(&sb, si->name);
		sb_puts(&sb, ":[");
		sock_format(&sb, si, cfg->hexmode);
		sb_putc(&sb, ']');
	} else if (si->name) {
		sb_printf(&sb, "%s:[%llu]", si->name,
			  (unsigned long long)si->ino);
	} else {
		sb_printf(&sb, "socket:[%llu]", (unsigned long long)si->ino);
	}
	e->text = sb_take(&sb);
}

static void describe_socket(const struct config *cfg, struct fdentry *e,
			    const char *fdpath)
{
	if (cfg->decode_fds & DECODE_FD_SOCKET) {
		char name[64];
		ssize_t n = getxattr(fdpath, "system.sockprotoname", name,
				     sizeof(name) - 1);
		e->sock = xcalloc(1, sizeof(*e->sock));
		e->sock->ino = e->ino;
		if (n > 0) {
			name[n] = '\0';
			e->sock->proto = sock_proto_of(name, &e->sock->name);
		}
	}
	fd_describe_socket(cfg, e);
}

struct fdentry *fd_describe(const struct config *cfg, pid_t pid, int fd)
{
	char fdpath[64], link[PATH_MAX + 1];
	snprintf(fdpath, sizeof(fdpath), "/proc/%d/fd/%d", (int)pid, fd);
	ssize_t n = readlink(fdpath, link, sizeof(link) - 1);
	if (n <= 0)
		return NULL;
	link[n] = '\0';
	unsigned bits = cfg->decode_fds;
	struct fdentry *e = xcalloc(1, sizeof(*e));
	e->link = xstrdup(link);
	e->final = true;
	if (has_prefix(link, "socket:[")) {
		e->kind = FDK_SOCKET;
		e->ino = bracket_number(link);
		describe_socket(cfg, e, fdpath);
	} else if (has_prefix(link, "pipe:[")) {
		e->kind = FDK_PIPE;
		e->ino = bracket_number(link);
		if (bits & DECODE_FD_PATH)
			e->text = link_text(cfg, link);
	} else if (strcmp(link, "anon_inode:[pidfd]") == 0) {
		e->kind = FDK_PIDFD;
		int target = (bits & DECODE_FD_PIDFD) ? pidfd_pid(pid, fd) : -1;
		if (target > 0) {
			/* it becomes anon_inode:[pidfd] again when the
			 * process is gone */
			struct strbuf sb = {0};
			sb_printf(&sb, "pid:%d", target);
			e->text = sb_take(&sb);
			e->final = false;
		} else if (bits & (DECODE_FD_PATH | DECODE_FD_PIDFD)) {
			e->text = link_text(cfg, link);
		}
	} else if (link[0] == '/') {
		e->kind = FDK_FILE;
		describe_path(cfg, e, fdpath, (size_t)n);
	} else {
		e->kind = FDK_OTHER;
		if (bits & DECODE_FD_PATH)
			e->text = link_text(cfg, link);
	}
	return e;
}

struct fdentry *fdentry_copy(const struct fdentry *e)
{
	struct fdentry *n = xmalloc(sizeof(*n));
	*n = *e;
	n->link = xstrdup(e->link);
	n->text = e->text ? xstrdup(e->text) : NULL;
	if (e->sock) {
		n->sock = xmalloc(sizeof(*n->sock));
		*n->sock = *e->sock;
	}
	return n;
}

void fdentry_free(struct fdentry *e)
{
	if (!e)
		return;
	free(e->link);
	free(e->text);
	free(e->sock);
	free(e);
}

char *cwd_describe(const struct config *cfg, pid_t pid)
{
	char path[64], link[PATH_MAX + 1];
	snprintf(path, sizeof(path), "/proc/%d/cwd", (int)pid);
	ssize_t n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return NULL;
	/* unlike an fd, a removed cwd keeps " (deleted)" inside */
	struct strbuf sb = {0};
	escape_annotation(&sb, link, (size_t)n, cfg->hexmode);
	return sb_take(&sb);
}
