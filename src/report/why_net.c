/* Socket failures explained: ECONNREFUSED (does anything listen on the
 * address, in the process's network namespace?), EADDRINUSE (who holds
 * the port or the socket file), EACCES from bind below the unprivileged
 * port range, and unix socket paths (walked like any path).
 * Sockets are found in /proc/TID/net/{tcp,tcp6,udp,udp6,unix}; their
 * owners by the socket inode in /proc/PID/fd. */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/capability.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#include "decode/decode.h"
#include "report/why.h"

bool why_read_addr(const struct call *c, int arg, int len_arg,
		   struct why_addr *a)
{
	memset(a, 0, sizeof(*a));
	uint64_t len = c->args[len_arg];
	if (len < sizeof(sa_family_t) || len > 4096)
		return false;
	unsigned char buf[sizeof(struct sockaddr_storage)];
	size_t n = MIN(len, sizeof(buf));
	memset(buf, 0, sizeof(buf));
	if (mem_read(c->mem, c->args[arg], buf, n) < 0)
		return false;
	sa_family_t fam;
	memcpy(&fam, buf, sizeof(fam));
	if (fam == AF_INET && n >= sizeof(struct sockaddr_in)) {
		struct sockaddr_in sin;
		memcpy(&sin, buf, sizeof(sin));
		a->family = AF_INET;
		memcpy(a->ip, &sin.sin_addr, 4);
		a->port = ntohs(sin.sin_port);
		return true;
	}
	if (fam == AF_INET6 && n >= sizeof(struct sockaddr_in6)) {
		struct sockaddr_in6 sin6;
		memcpy(&sin6, buf, sizeof(sin6));
		a->family = AF_INET6;
		memcpy(a->ip, &sin6.sin6_addr, 16);
		a->port = ntohs(sin6.sin6_port);
		return true;
	}
	if (fam == AF_UNIX && n > offsetof(struct sockaddr_un, sun_path)) {
		const char *p = (const char *)buf +
				offsetof(struct sockaddr_un, sun_path);
		size_t plen = n - offsetof(struct sockaddr_un, sun_path);
		a->family = AF_UNIX;
		if (p[0] == '\0') {
			/* abstract: the name is every byte after the NUL */
			char *s = xmalloc(plen + 1);
			s[0] = '@';
			memcpy(s + 1, p + 1, plen - 1);
			s[plen] = '\0';
			for (size_t i = 1; i < plen; i++)
				if (!s[i])
					s[i] = '@';
			a->unix_path = s;
		} else {
			a->unix_path = strndup(p, plen);
		}
		return true;
	}
	return false;
}

void why_fmt_addr(struct strbuf *sb, const struct why_addr *a)
{
	char ip[INET6_ADDRSTRLEN];
	switch (a->family) {
	case AF_INET:
		inet_ntop(AF_INET, a->ip, ip, sizeof(ip));
		sb_printf(sb, "%s:%u", ip, a->port);
		break;
	case AF_INET6:
		inet_ntop(AF_INET6, a->ip, ip, sizeof(ip));
		sb_printf(sb, "[%s]:%u", ip, a->port);
		break;
	case AF_UNIX:
		if (a->unix_path)
			escape_text(sb, (const unsigned char *)a->unix_path,
				    strlen(a->unix_path), 0);
		break;
	}
}

/* the type of the tracee's socket fd, through a duplicate of it */
static int socket_type(pid_t pid, int fd)
{
#if defined(SYS_pidfd_open) && defined(SYS_pidfd_getfd)
	int pfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (pfd < 0)
		return 0;
	int dup = (int)syscall(SYS_pidfd_getfd, pfd, fd, 0);
	close(pfd);
	if (dup < 0)
		return 0;
	int type = 0;
	socklen_t len = sizeof(type);
	if (getsockopt(dup, SOL_SOCKET, SO_TYPE, &type, &len) < 0)
		type = 0;
	close(dup);
	return type;
#else
	(void)pid;
	(void)fd;
	return 0;
#endif
}

/* ---- /proc/net tables ---- */

enum { TCP_ESTABLISHED = 1, TCP_TIME_WAIT = 6, TCP_CLOSE = 7, TCP_LISTEN = 10 };

struct sock_row {
	uint8_t ip[16];
	int iplen;
	unsigned port;
	unsigned state;
	unsigned long inode;
};

static void parse_hex_ip(const char *hex, uint8_t *ip, int *len)
{
	size_t n = strlen(hex);
	*len = n == 8 ? 4 : 16;
	for (int w = 0; w < *len / 4; w++) {
		char word[9];
		memcpy(word, hex + w * 8, 8);
		word[8] = '\0';
		uint32_t v = (uint32_t)strtoul(word, NULL, 16);
		memcpy(ip + w * 4, &v, 4); /* the kernel prints native words */
	}
}

/* calls fn for each socket of a table; stops when fn returns true */
static bool scan_table(pid_t tid, const char *table,
		       bool (*fn)(const struct sock_row *, void *), void *arg)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/net/%s", (int)tid, table);
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	char line[512];
	bool stop = false;
	if (!fgets(line, sizeof(line), f)) { /* the header */
		fclose(f);
		return false;
	}
	while (!stop && fgets(line, sizeof(line), f)) {
		char local[64], remote[64];
		unsigned state;
		unsigned long inode;
		if (sscanf(line, "%*s %63s %63s %x %*s %*s %*s %*s %*s %lu",
			   local, remote, &state, &inode) != 4)
			continue;
		char *colon = strchr(local, ':');
		if (!colon)
			continue;
		*colon = '\0';
		struct sock_row r = {.state = state, .inode = inode};
		parse_hex_ip(local, r.ip, &r.iplen);
		r.port = (unsigned)strtoul(colon + 1, NULL, 16);
		stop = fn(&r, arg);
	}
	fclose(f);
	return stop;
}

static bool is_any(const uint8_t *ip, int len)
{
	for (int i = 0; i < len; i++)
		if (ip[i])
			return false;
	return true;
}

/* an IPv4 address inside an IPv6 one (::ffff:a.b.c.d) */
static bool v4_mapped(const uint8_t *ip6, uint8_t *ip4)
{
	static const uint8_t prefix[12] = {0, 0, 0, 0, 0,    0,
					   0, 0, 0, 0, 0xff, 0xff};
	if (memcmp(ip6, prefix, 12) != 0)
		return false;
	memcpy(ip4, ip6 + 12, 4);
	return true;
}

struct match {
	const struct why_addr *a;
	bool listen_only; /* only listening sockets */
	bool udp;
	unsigned long inodes[8];
	int ninodes;
	bool listening;
	bool timewait;
	bool other;
};

/* would a socket bound to r accept (or hold) the address? */
static bool covers(const struct sock_row *r, const struct why_addr *a)
{
	if (r->port != a->port)
		return false;
	if (is_any(r->ip, r->iplen))
		return true;
	uint8_t v4[4];
	if (a->family == AF_INET) {
		if (r->iplen == 4)
			return memcmp(r->ip, a->ip, 4) == 0;
		return v4_mapped(r->ip, v4) && memcmp(v4, a->ip, 4) == 0;
	}
	if (r->iplen == 16)
		return memcmp(r->ip, a->ip, 16) == 0;
	return v4_mapped(a->ip, v4) && memcmp(v4, r->ip, 4) == 0;
}

static bool on_row(const struct sock_row *r, void *arg)
{
	struct match *m = arg;
	bool bound_any = is_any(m->a->ip, m->a->family == AF_INET ? 4 : 16);
	if (!(bound_any ? r->port == m->a->port : covers(r, m->a)))
		return false;
	bool listening =
		m->udp ? r->state == TCP_CLOSE : r->state == TCP_LISTEN;
	if (m->listen_only && !listening)
		return false;
	if (listening)
		m->listening = true;
	else if (r->state == TCP_TIME_WAIT)
		m->timewait = true;
	else
		m->other = true;
	if (r->inode && m->ninodes < (int)ARRAY_SIZE(m->inodes))
		m->inodes[m->ninodes++] = r->inode;
	return false;
}

static void scan_inet(pid_t tid, struct match *m)
{
	if (m->udp) {
		scan_table(tid, "udp", on_row, m);
		scan_table(tid, "udp6", on_row, m);
	} else {
		scan_table(tid, "tcp", on_row, m);
		scan_table(tid, "tcp6", on_row, m);
	}
}

/* a listening unix socket bound to path: its inode, or 0 */
static unsigned long unix_listener(pid_t tid, const char *path, bool *any)
{
	char p[64];
	snprintf(p, sizeof(p), "/proc/%d/net/unix", (int)tid);
	FILE *f = fopen(p, "re");
	*any = false;
	if (!f)
		return 0;
	char line[PATH_MAX + 128];
	unsigned long found = 0;
	while (fgets(line, sizeof(line), f)) {
		unsigned long flags, inode;
		unsigned type, st;
		int off = 0;
		if (sscanf(line, "%*s %*s %*s %lx %x %x %lu %n", &flags, &type,
			   &st, &inode, &off) < 4 ||
		    !off)
			continue;
		char *name = line + off;
		name[strcspn(name, "\n")] = '\0';
		if (strcmp(name, path) != 0)
			continue;
		*any = true;
		if (flags & 0x10000) { /* __SO_ACCEPTCON: listening */
			found = inode;
			break;
		}
	}
	fclose(f);
	return found;
}

/* the processes that have one of the socket inodes open */
static void find_holders(const unsigned long *inodes, int n,
			 struct why_explain *ex)
{
	if (!n)
		return;
	DIR *proc = opendir("/proc");
	if (!proc)
		return;
	struct dirent *de;
	while ((de = readdir(proc)) &&
	       ex->nholders < (int)ARRAY_SIZE(ex->holders)) {
		char *end;
		long pid = strtol(de->d_name, &end, 10);
		if (*end || pid <= 0)
			continue;
		char path[64];
		snprintf(path, sizeof(path), "/proc/%ld/fd", pid);
		DIR *fds = opendir(path);
		if (!fds) {
			if (errno == EACCES || errno == EPERM)
				ex->holders_unreadable++;
			continue;
		}
		bool holds = false;
		struct dirent *fe;
		while (!holds && (fe = readdir(fds))) {
			if (fe->d_name[0] == '.')
				continue;
			char lp[96], target[64];
			snprintf(lp, sizeof(lp), "/proc/%ld/fd/%s", pid,
				 fe->d_name);
			ssize_t l = readlink(lp, target, sizeof(target) - 1);
			if (l <= 8)
				continue;
			target[l] = '\0';
			unsigned long ino;
			if (sscanf(target, "socket:[%lu]", &ino) != 1)
				continue;
			for (int i = 0; i < n; i++)
				if (inodes[i] == ino)
					holds = true;
		}
		closedir(fds);
		if (!holds)
			continue;
		struct why_holder *h = &ex->holders[ex->nholders++];
		h->pid = (pid_t)pid;
		snprintf(path, sizeof(path), "/proc/%ld/comm", pid);
		if (procfs_read(path, h->comm, sizeof(h->comm)) > 0)
			h->comm[strcspn(h->comm, "\n")] = '\0';
	}
	closedir(proc);
}

/* is ip one of this network namespace's own addresses? */
static bool local_address(pid_t tid, const struct why_addr *a)
{
	uint8_t v4[4];
	const uint8_t *ip4 = NULL;
	if (a->family == AF_INET)
		ip4 = a->ip;
	else if (v4_mapped(a->ip, v4))
		ip4 = v4;
	char path[64], buf[256];
	if (ip4) {
		if (ip4[0] == 127 || is_any(ip4, 4))
			return true;
		/* fib_trie lists each local address as "|-- A.B.C.D" followed
		 * by "/32 host LOCAL" */
		char want[INET_ADDRSTRLEN];
		inet_ntop(AF_INET, ip4, want, sizeof(want));
		snprintf(path, sizeof(path), "/proc/%d/net/fib_trie", (int)tid);
		FILE *f = fopen(path, "re");
		if (!f)
			return false;
		bool last_match = false, local = false;
		while (!local && fgets(buf, sizeof(buf), f)) {
			char *p = strstr(buf, "|-- ");
			if (p) {
				p += 4;
				p[strcspn(p, "\n")] = '\0';
				last_match = strcmp(p, want) == 0;
			} else if (last_match && strstr(buf, "host LOCAL")) {
				local = true;
			}
		}
		fclose(f);
		return local;
	}
	static const uint8_t loop6[16] = {[15] = 1};
	if (memcmp(a->ip, loop6, 16) == 0 || is_any(a->ip, 16))
		return true;
	snprintf(path, sizeof(path), "/proc/%d/net/if_inet6", (int)tid);
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	bool local = false;
	while (!local && fgets(buf, sizeof(buf), f)) {
		uint8_t ip[16];
		for (int i = 0; i < 16; i++) {
			unsigned b;
			if (sscanf(buf + 2 * i, "%2x", &b) != 1)
				break;
			ip[i] = (uint8_t)b;
		}
		local = memcmp(ip, a->ip, 16) == 0;
	}
	fclose(f);
	return local;
}

static bool same_netns(pid_t tid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/ns/net", (int)tid);
	char *a = why_readlink("/proc/self/ns/net"), *b = why_readlink(path);
	bool same = a && b && strcmp(a, b) == 0;
	free(a);
	free(b);
	return same;
}

static int entity(const struct call *c)
{
	return c->desc >= sysent && c->desc < sysent + SYSENT_COUNT
		       ? (int)(c->desc - sysent)
		       : -1;
}

static bool explain_unix(struct why_look *lk, const struct call *c,
			 struct why_explain *ex)
{
	const char *path = ex->addr.unix_path;
	int ent = entity(c);
	if (!path)
		return false;
	if (path[0] != '@' &&
	    (c->err == ENOENT || c->err == EACCES || c->err == ENOTDIR ||
	     c->err == EPERM || (c->err == EADDRINUSE && ent == ENT_bind))) {
		struct why_path *wp = xcalloc(1, sizeof(*wp));
		/* connect needs write on the socket file; bind creates it */
		if (ent == ENT_bind)
			why_walk(lk, AT_FDCWD, path, WALK_CREATE, 0, false,
				 ex->creds.ok ? &ex->creds : NULL, wp);
		else
			why_walk(lk, AT_FDCWD, path, WALK_ACCESS, MAY_W, true,
				 ex->creds.ok ? &ex->creds : NULL, wp);
		ex->paths[ex->npaths++] = wp;
		ex->path_index = 0;
		if (c->err != EADDRINUSE) {
			ex->cause = WC_PATH;
			return true;
		}
	}
	if (c->err == ECONNREFUSED || c->err == EADDRINUSE) {
		bool any;
		unsigned long ino = unix_listener(lk->tid, path, &any);
		ex->listening = ino != 0;
		if (ino)
			find_holders(&ino, 1, ex);
		ex->cause = c->err == ECONNREFUSED ? WC_REFUSED : WC_INUSE;
		return true;
	}
	return ex->npaths > 0;
}

bool why_explain_net(struct why_look *lk, const struct call *c,
		     struct why_explain *ex)
{
	struct why_addr *a = &ex->addr;
	int ent = entity(c);
	if (a->family == AF_UNIX)
		return explain_unix(lk, c, ex);
	if (a->family != AF_INET && a->family != AF_INET6)
		return false;
	a->type = socket_type(lk->pid, (int)c->args[0]);
	if (c->err == ECONNREFUSED) {
		struct match m = {.a = a,
				  .listen_only = true,
				  .udp = a->type == SOCK_DGRAM};
		ex->local = local_address(lk->tid, a);
		if (ex->local) {
			scan_inet(lk->tid, &m);
			ex->listening = m.listening;
			if (m.listening)
				find_holders(m.inodes, m.ninodes, ex);
		}
		ex->cause = WC_REFUSED;
		return true;
	}
	if (c->err == EADDRINUSE && (ent == ENT_bind || ent == ENT_listen)) {
		struct match m = {.a = a, .udp = a->type == SOCK_DGRAM};
		scan_inet(lk->tid, &m);
		ex->listening = m.listening;
		ex->timewait_only = m.timewait && !m.listening && !m.other;
		find_holders(m.inodes, m.ninodes, ex);
		ex->cause = WC_INUSE;
		return true;
	}
	if (c->err == EACCES && ent == ENT_bind && a->port) {
		/* /proc/sys/net shows sctrace's own network namespace */
		char buf[32];
		if (!same_netns(lk->tid) ||
		    procfs_read(
			    "/proc/sys/net/ipv4/ip_unprivileged_port_start",
			    buf, sizeof(buf)) <= 0)
			return false;
		int start = atoi(buf);
		ex->unpriv_port_start = start;
		bool cap = ex->creds.ok &&
			   (ex->creds.cap_eff & (1ULL << CAP_NET_BIND_SERVICE));
		if (ex->creds.ok && !cap && a->port < start) {
			ex->cause = WC_PRIV_PORT;
			return true;
		}
	}
	return false;
}
