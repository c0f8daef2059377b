/* One fd of a process that is not traced (--chase): what it is, as -yy
 * prints it, and who holds its other end. Everything is read now from
 * /proc and sock_diag (only the holders' index of peers.c is kept between
 * calls, and it checks itself); nothing here touches the process. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "config.h"
#include "fdinfo/fdinfo.h"
#include "fdinfo/internal.h"

static void put_addr(char *out, size_t size, int family, const uint8_t *a,
		     uint16_t port)
{
	char buf[INET6_ADDRSTRLEN];
	if (!inet_ntop(family, a, buf, sizeof(buf)))
		buf[0] = '\0';
	if (family == AF_INET6)
		snprintf(out, size, "[%s]:%u", buf, port);
	else
		snprintf(out, size, "%s:%u", buf, port);
}

static void fill_socket(struct fd_end *out, const struct fdentry *e)
{
	const struct sock_info *si = e->sock;
	if (!si)
		return;
	out->proto = si->name;
	out->found = si->found;
	if (!si->found)
		return;
	switch (si->proto) {
	case SP_TCP:
	case SP_TCP6:
	case SP_UDP:
	case SP_UDP6:
	case SP_UDPLITE:
	case SP_UDPLITE6:
		out->inet = true;
		out->stream = si->proto == SP_TCP || si->proto == SP_TCP6;
		out->listening = out->stream && si->state == TCP_LISTEN;
		put_addr(out->addr, sizeof(out->addr), si->family, si->src,
			 si->sport);
		if (si->dport)
			put_addr(out->peer_addr, sizeof(out->peer_addr),
				 si->family, si->dst, si->dport);
		break;
	case SP_UNIX:
	case SP_UNIX_STREAM:
		out->unix_family = true;
		out->stream = si->utype == SOCK_STREAM;
		out->listening = si->ustate == TCP_LISTEN;
		break;
	default: break;
	}
}

_Static_assert(PEERS_MAX == ARRAY_SIZE(((struct fd_end *)0)->holders),
	       "fd_end holds every holder peers_find finds");

int fd_end_read(const struct config *cfg, pid_t pid, int fd, struct fd_end *out)
{
	memset(out, 0, sizeof(*out));
	out->accmode = -1;
	struct fdentry *e = fd_describe(cfg, pid, fd);
	if (!e)
		return -1;
	out->link = xstrdup(e->link);
	out->text = e->text ? xstrdup(e->text) : NULL;
	out->ino = e->ino;
	out->dev = e->dev;
	out->accmode = fd_accmode(pid, fd);
	switch (e->kind) {
	case FDK_FILE: out->kind = FD_END_FILE; break;
	case FDK_DEV: out->kind = FD_END_DEV; break;
	case FDK_FIFO: out->kind = FD_END_FIFO; break;
	case FDK_PIPE: out->kind = FD_END_PIPE; break;
	case FDK_SOCKET:
		out->kind = FD_END_SOCKET;
		fill_socket(out, e);
		break;
	default: out->kind = FD_END_OTHER; break;
	}
	if (out->accmode >= 0) {
		e->accmode = (uint8_t)out->accmode;
		e->have_accmode = true;
	}
	struct peer_set ps;
	if (peers_find(cfg, pid, fd, e, &ps)) {
		out->nholders = ps.n;
		memcpy(out->holders, ps.peers, ps.n * sizeof(ps.peers[0]));
	}
	out->dir = ps.dir;
	if (e->kind == FDK_SOCKET && e->sock && e->sock->found && out->inet &&
	    !out->listening && out->peer_addr[0]) {
		/* peers_find keeps what it found when it cannot change */
		bool pending = false;
		uint64_t peer = e->peer_known
					? e->peer_ino
					: sockdiag_inet_peer(e->sock, &pending);
		out->pending = pending;
		out->remote = peer == 0;
	}
	out->unreadable = peers_unreadable();
	fdentry_free(e);
	return 0;
}

void fd_end_release(struct fd_end *e)
{
	free(e->text);
	free(e->link);
	e->text = e->link = NULL;
}
