/* What --why reads from /proc about a stopped thread: its credentials and
 * its mounts, and the small file helpers the explainers share. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "report/why.h"

char *why_readlink(const char *path)
{
	char buf[PATH_MAX + 1];
	ssize_t n = readlink(path, buf, sizeof(buf) - 1);
	if (n < 0)
		return NULL;
	buf[n] = '\0';
	return xstrdup(buf);
}

static void parse_ids(const char *s, uint32_t out[4])
{
	unsigned long v[4] = {0};
	sscanf(s, "%lu %lu %lu %lu", &v[0], &v[1], &v[2], &v[3]);
	for (int i = 0; i < 4; i++)
		out[i] = (uint32_t)v[i];
}

void why_read_creds(pid_t tid, struct why_creds *cr)
{
	char path[64], status[8192], buf[4096];
	memset(cr, 0, sizeof(*cr));
	cr->seccomp = -1;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if (procfs_read(path, status, sizeof(status)) <= 0) {
		cr->err = errno ? errno : ESRCH;
		return;
	}
	if (!procfs_status_field(status, "Uid", buf, sizeof(buf))) {
		cr->err = ENODATA;
		return;
	}
	parse_ids(buf, cr->uid);
	if (procfs_status_field(status, "Gid", buf, sizeof(buf)))
		parse_ids(buf, cr->gid);
	if (procfs_status_field(status, "Groups", buf, sizeof(buf))) {
		char *p = buf, *end;
		for (;;) {
			unsigned long g = strtoul(p, &end, 10);
			if (end == p)
				break;
			if (cr->ngroups < WHY_MAX_GROUPS)
				cr->groups[cr->ngroups++] = (uint32_t)g;
			else
				cr->more_groups = true;
			p = end;
		}
	}
	if (procfs_status_field(status, "CapEff", buf, sizeof(buf)))
		cr->cap_eff = strtoull(buf, NULL, 16);
	if (procfs_status_field(status, "CapPrm", buf, sizeof(buf)))
		cr->cap_prm = strtoull(buf, NULL, 16);
	if (procfs_status_field(status, "Seccomp", buf, sizeof(buf)))
		cr->seccomp = atoi(buf);

	char *mine = why_readlink("/proc/self/ns/user");
	snprintf(path, sizeof(path), "/proc/%d/ns/user", (int)tid);
	char *theirs = why_readlink(path);
	cr->other_userns = mine && theirs && strcmp(mine, theirs) != 0;
	free(mine);
	free(theirs);

	/* the major security module's label; "unconfined" says nothing */
	snprintf(path, sizeof(path), "/proc/%d/attr/current", (int)tid);
	if (procfs_read(path, buf, sizeof(buf)) > 0) {
		buf[strcspn(buf, "\n")] = '\0';
		if (buf[0] && strcmp(buf, "unconfined") != 0)
			snprintf(cr->lsm, sizeof(cr->lsm), "%s", buf);
	}
	cr->ok = true;
}

/* ---- mounts ---- */

/* one line of /proc/TID/mountinfo: "36 35 98:0 / /mnt rw,... - ext3 ..."
 * Mount points escape space, tab, newline and backslash as octal. */
static bool parse_mountinfo(char *line, unsigned *major, unsigned *minor,
			    char *mnt, size_t mlen, char *type, size_t tlen)
{
	char esc_mnt[PATH_MAX];
	if (sscanf(line, "%*u %*u %u:%u %*s %4095s", major, minor, esc_mnt) !=
	    3)
		return false;
	size_t j = 0;
	for (size_t i = 0; esc_mnt[i] && j + 1 < mlen; i++) {
		if (esc_mnt[i] == '\\' && esc_mnt[i + 1] >= '0' &&
		    esc_mnt[i + 1] <= '3') {
			mnt[j++] = (char)((esc_mnt[i + 1] - '0') * 64 +
					  (esc_mnt[i + 2] - '0') * 8 +
					  (esc_mnt[i + 3] - '0'));
			i += 3;
		} else {
			mnt[j++] = esc_mnt[i];
		}
	}
	mnt[j] = '\0';
	const char *sep = strstr(line, " - ");
	if (!sep || sscanf(sep + 3, "%63s", type) != 1)
		snprintf(type, tlen, "?");
	else
		type[tlen - 1] = '\0';
	return true;
}

/* the whole mountinfo of tid (up to 1 MiB), or NULL */
static char *read_mountinfo(pid_t tid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/mountinfo", (int)tid);
	size_t cap = 65536;
	for (;;) {
		char *buf = xmalloc(cap);
		int n = procfs_read(path, buf, cap);
		if (n < 0) {
			free(buf);
			return NULL;
		}
		if ((size_t)n + 1 < cap || cap >= (1u << 20))
			return buf;
		free(buf);
		cap *= 4;
	}
}

bool why_mount_by_id(pid_t tid, int id, char *mnt, size_t mlen, char *type,
		     size_t tlen)
{
	char *all = read_mountinfo(tid);
	if (!all)
		return false;
	bool found = false;
	for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
		unsigned ma, mi;
		if (atoi(line) != id)
			continue;
		found = parse_mountinfo(line, &ma, &mi, mnt, mlen, type, tlen);
		break;
	}
	free(all);
	return found;
}

bool why_mount_of(pid_t tid, dev_t dev, char *mnt, size_t mlen, char *type,
		  size_t tlen)
{
	char *all = read_mountinfo(tid);
	if (!all)
		return false;
	bool found = false;
	for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
		unsigned ma, mi;
		char m[PATH_MAX], t[64];
		if (!parse_mountinfo(line, &ma, &mi, m, sizeof(m), t,
				     sizeof(t)))
			continue;
		if (ma == major(dev) && mi == minor(dev)) {
			/* the last one: a later mount over the same device is
			 * what a lookup reaches */
			snprintf(mnt, mlen, "%s", m);
			snprintf(type, tlen, "%s", t);
			found = true;
		}
	}
	free(all);
	return found;
}

/* the FUSE mount points of one mount table */
static void load_fuse(char *all, char ***out, int *nout)
{
	for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
		unsigned ma, mi;
		char m[PATH_MAX], t[64];
		if (!parse_mountinfo(line, &ma, &mi, m, sizeof(m), t,
				     sizeof(t)))
			continue;
		if (strncmp(t, "fuse", 4) != 0)
			continue;
		*out = xrealloc(*out, sizeof(char *) * (size_t)(*nout + 1));
		(*out)[(*nout)++] = xstrdup(m);
	}
}

static void drop_fuse(char **list, int n)
{
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

/* A lookup into a FUSE filesystem asks its daemon, which may be a tracee
 * stopped by us: sctrace would wait for itself. The mount table is read
 * as text, without touching any filesystem, once per mount namespace and
 * again only when poll says that namespace's mounts changed. */
int why_fuse_mounts(struct why_look *lk, char ***list)
{
	struct why_mounts *m = lk->mounts;
	*list = NULL;
	char nspath[64];
	struct stat st;
	snprintf(nspath, sizeof(nspath), "/proc/%d/ns/mnt", (int)lk->tid);
	unsigned long long ns = stat(nspath, &st) == 0 ? st.st_ino : 0;
	int i;
	for (i = 0; i < m->nns; i++)
		if (m->ns[i].ns == ns && ns)
			break;
	bool reload = false;
	if (i == m->nns) {
		if (m->nns == (int)ARRAY_SIZE(m->ns)) {
			/* a slot for a new namespace: the oldest goes */
			close(m->ns[0].fd);
			drop_fuse(m->ns[0].fuse, m->ns[0].nfuse);
			memmove(&m->ns[0], &m->ns[1],
				sizeof(m->ns[0]) * (size_t)(m->nns - 1));
			m->nns--;
			i = m->nns;
		}
		char mi[64];
		snprintf(mi, sizeof(mi), "/proc/%d/mountinfo", (int)lk->tid);
		m->ns[i].ns = ns;
		m->ns[i].fd = open(mi, O_RDONLY | O_CLOEXEC);
		m->ns[i].fuse = NULL;
		m->ns[i].nfuse = 0;
		m->nns++;
		reload = true;
	} else {
		struct pollfd p = {.fd = m->ns[i].fd, .events = POLLPRI};
		reload = m->ns[i].fd < 0 || (poll(&p, 1, 0) > 0 &&
					     (p.revents & (POLLERR | POLLPRI)));
	}
	if (reload) {
		drop_fuse(m->ns[i].fuse, m->ns[i].nfuse);
		m->ns[i].fuse = NULL;
		m->ns[i].nfuse = 0;
		char *all = read_mountinfo(lk->tid);
		if (!all)
			return 0;
		load_fuse(all, &m->ns[i].fuse, &m->ns[i].nfuse);
		free(all);
	}
	*list = m->ns[i].fuse;
	return m->ns[i].nfuse;
}

bool why_on_fuse(char *const *fuse, int nfuse, const char *path)
{
	for (int j = 0; j < nfuse; j++) {
		const char *mp = fuse[j];
		size_t n = strlen(mp);
		if (strcmp(mp, "/") == 0 ||
		    (strncmp(path, mp, n) == 0 &&
		     (path[n] == '/' || path[n] == '\0')))
			return true;
	}
	return false;
}

void why_mounts_free(struct why_mounts *m)
{
	for (int i = 0; i < m->nns; i++) {
		if (m->ns[i].fd >= 0)
			close(m->ns[i].fd);
		drop_fuse(m->ns[i].fuse, m->ns[i].nfuse);
	}
	m->nns = 0;
}
