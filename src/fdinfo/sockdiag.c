/* Socket details from NETLINK_SOCK_DIAG, printed as strace -yy does:
 * TCP:[127.0.0.1:39392->127.0.0.1:1234], UNIX-STREAM:[ino->peer,"path"],
 * NETLINK:[ROUTE:portid]. One netlink socket for the whole run; inet and
 * netlink sockets are found in a dump (the kernel cannot look them up by
 * inode), UNIX sockets by inode. */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fdinfo/internal.h"

#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE 136
#endif

static const struct {
	const char *name;
	enum sock_proto proto;
} proto_names[] = {
	{"TCP", SP_TCP},
	{"TCPv6", SP_TCP6},
	{"UDP", SP_UDP},
	{"UDPv6", SP_UDP6},
	/* the kernel says "UDP-Lite" for IPv4, which strace does not know */
	{"UDPLITE", SP_UDPLITE},
	{"UDPLITEv6", SP_UDPLITE6},
	{"UNIX", SP_UNIX},
	{"UNIX-STREAM", SP_UNIX_STREAM},
	{"NETLINK", SP_NETLINK},
	/* named, never detailed */
	{"RAW", SP_NAMED},
	{"RAWv6", SP_NAMED},
	{"PING", SP_NAMED},
	{"PINGv6", SP_NAMED},
	{"DCCP", SP_NAMED},
	{"DCCPv6", SP_NAMED},
	{"SCTP", SP_NAMED},
	{"SCTPv6", SP_NAMED},
	{"L2TP/IP", SP_NAMED},
	{"L2TP/IPv6", SP_NAMED},
};

enum sock_proto sock_proto_of(const char *name, const char **canon)
{
	for (size_t i = 0; i < ARRAY_SIZE(proto_names); i++)
		if (strcmp(name, proto_names[i].name) == 0) {
			*canon = proto_names[i].name;
			return proto_names[i].proto;
		}
	*canon = NULL;
	return SP_UNKNOWN;
}

/* ---- talking to the kernel ---- */

static int diag_fd = -1;
static uint32_t diag_seq;

static int diag_socket(void)
{
	if (diag_fd < 0)
		diag_fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC,
				 NETLINK_SOCK_DIAG);
	return diag_fd;
}

/* called for each answer; returns true to stop reading (what was asked
 * for is found; the rest of the dump is drained) */
typedef bool diag_cb(const struct nlmsghdr *h, void *ctx);

/* sends req (whose header is filled here) and feeds every answer to cb;
 * -1 when the kernel cannot be asked */
static int diag_query(void *req, size_t len, bool dump, diag_cb *cb, void *ctx)
{
	int fd = diag_socket();
	if (fd < 0)
		return -1;
	struct nlmsghdr *h = req;
	h->nlmsg_len = (uint32_t)len;
	h->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	h->nlmsg_flags = NLM_F_REQUEST | (dump ? NLM_F_DUMP : 0);
	h->nlmsg_seq = ++diag_seq;
	struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
	if (sendto(fd, req, len, 0, (struct sockaddr *)&kernel,
		   sizeof(kernel)) < 0)
		return -1;
	static char buf[32768] __attribute__((aligned(NLMSG_ALIGNTO)));
	bool stop = false;
	for (;;) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		int left = (int)n;
		for (struct nlmsghdr *m = (struct nlmsghdr *)buf;
		     NLMSG_OK(m, left); m = NLMSG_NEXT(m, left)) {
			if (m->nlmsg_seq != diag_seq)
				continue; /* left over from an earlier query */
			if (m->nlmsg_type == NLMSG_DONE ||
			    m->nlmsg_type == NLMSG_ERROR)
				return 0;
			if (!stop)
				stop = cb(m, ctx);
			if (!dump)
				return 0;
		}
	}
}

/* ---- inet ---- */

static int inet_protocol(enum sock_proto p)
{
	switch (p) {
	case SP_TCP:
	case SP_TCP6: return IPPROTO_TCP;
	case SP_UDP:
	case SP_UDP6: return IPPROTO_UDP;
	default: return IPPROTO_UDPLITE;
	}
}

static bool is_inet(enum sock_proto p)
{
	return p >= SP_TCP && p <= SP_UDPLITE6;
}

static int inet_family(enum sock_proto p)
{
	return p == SP_TCP6 || p == SP_UDP6 || p == SP_UDPLITE6 ? AF_INET6
								: AF_INET;
}

static void inet_fill(struct sock_info *si, const struct inet_diag_msg *m)
{
	si->family = m->idiag_family;
	si->state = m->idiag_state;
	size_t alen = m->idiag_family == AF_INET6 ? 16 : 4;
	memcpy(si->src, m->id.idiag_src, alen);
	memcpy(si->dst, m->id.idiag_dst, alen);
	si->sport = ntohs(m->id.idiag_sport);
	si->dport = ntohs(m->id.idiag_dport);
}

struct inet_find {
	struct sock_info *si;
};

static bool inet_find_cb(const struct nlmsghdr *h, void *ctx)
{
	struct inet_find *f = ctx;
	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(struct inet_diag_msg)))
		return false;
	const struct inet_diag_msg *m = NLMSG_DATA(h);
	if (m->idiag_inode != f->si->ino)
		return false;
	inet_fill(f->si, m);
	f->si->found = true;
	return true;
}

static int inet_dump(int family, int protocol, diag_cb *cb, void *ctx)
{
	struct {
		struct nlmsghdr h;
		struct inet_diag_req_v2 r;
	} req = {.r = {.sdiag_family = (uint8_t)family,
		       .sdiag_protocol = (uint8_t)protocol,
		       .idiag_states = ~0u}};
	return diag_query(&req, sizeof(req), true, cb, ctx);
}

/* ---- unix ---- */

static const struct rtattr *next_attr(const struct rtattr *a, int *left)
{
	return RTA_OK(a, *left) ? a : NULL;
}

static bool unix_cb(const struct nlmsghdr *h, void *ctx)
{
	struct sock_info *si = ctx;
	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(struct unix_diag_msg)))
		return true;
	const struct unix_diag_msg *m = NLMSG_DATA(h);
	if (m->udiag_ino != si->ino)
		return true;
	si->found = true;
	si->utype = m->udiag_type;
	si->ustate = m->udiag_state;
	int left = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof(*m)));
	const struct rtattr *a = (const void *)(m + 1);
	for (; next_attr(a, &left); a = RTA_NEXT(a, left)) {
		size_t len = RTA_PAYLOAD(a);
		if (a->rta_type == UNIX_DIAG_NAME) {
			if (len > sizeof(si->name_buf))
				len = sizeof(si->name_buf);
			memcpy(si->name_buf, RTA_DATA(a), len);
			si->namelen = (uint16_t)len;
		} else if (a->rta_type == UNIX_DIAG_PEER && len >= 4) {
			memcpy(&si->peer, RTA_DATA(a), 4);
		}
	}
	return true;
}

static int unix_lookup(struct sock_info *si)
{
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} req = {.r = {.sdiag_family = AF_UNIX,
		       .udiag_states = ~0u,
		       .udiag_ino = (uint32_t)si->ino,
		       .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER,
		       .udiag_cookie = {INET_DIAG_NOCOOKIE,
					INET_DIAG_NOCOOKIE}}};
	return diag_query(&req, sizeof(req), false, unix_cb, si);
}

/* ---- netlink ---- */

static bool netlink_cb(const struct nlmsghdr *h, void *ctx)
{
	struct sock_info *si = ctx;
	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(struct netlink_diag_msg)))
		return false;
	const struct netlink_diag_msg *m = NLMSG_DATA(h);
	if (m->ndiag_ino != si->ino)
		return false;
	si->found = true;
	si->nlproto = m->ndiag_protocol;
	si->portid = m->ndiag_portid;
	return true;
}

static int netlink_lookup(struct sock_info *si)
{
	struct {
		struct nlmsghdr h;
		struct netlink_diag_req r;
	} req = {.r = {.sdiag_family = AF_NETLINK,
		       .sdiag_protocol = NDIAG_PROTO_ALL,
		       .ndiag_ino = (uint32_t)si->ino,
		       .ndiag_cookie = {INET_DIAG_NOCOOKIE,
					INET_DIAG_NOCOOKIE}}};
	return diag_query(&req, sizeof(req), true, netlink_cb, si);
}

int sockdiag_lookup(struct sock_info *si)
{
	si->found = false;
	si->peer = 0;
	si->namelen = 0;
	if (is_inet(si->proto)) {
		struct inet_find f = {si};
		return inet_dump(inet_family(si->proto),
				 inet_protocol(si->proto), inet_find_cb, &f);
	}
	if (si->proto == SP_UNIX || si->proto == SP_UNIX_STREAM)
		return unix_lookup(si);
	if (si->proto == SP_NETLINK)
		return netlink_lookup(si);
	return 0;
}

/* ---- the other end of a local inet connection ---- */

/* an address as IPv6 (v4 mapped), so that both families compare */
static void as_v6(uint8_t out[16], int family, const uint8_t *a)
{
	if (family == AF_INET6) {
		memcpy(out, a, 16);
		return;
	}
	memset(out, 0, 10);
	out[10] = out[11] = 0xff;
	memcpy(out + 12, a, 4);
}

static bool any_addr(const uint8_t a[16])
{
	static const uint8_t zero[16];
	static const uint8_t v4any[16] = {[10] = 0xff, [11] = 0xff};
	return !memcmp(a, zero, 16) || !memcmp(a, v4any, 16);
}

struct inet_peer {
	const struct sock_info *si;
	uint8_t src[16], dst[16]; /* of si, as v6 */
	bool tcp;
	uint64_t exact;	   /* the reverse 4-tuple */
	uint64_t listener; /* TCP: who will accept; UDP: an unconnected
			      socket bound to where si sends */
};

static bool inet_peer_cb(const struct nlmsghdr *h, void *ctx)
{
	struct inet_peer *p = ctx;
	if (h->nlmsg_len < NLMSG_LENGTH(sizeof(struct inet_diag_msg)))
		return false;
	const struct inet_diag_msg *m = NLMSG_DATA(h);
	if (!m->idiag_inode || m->idiag_inode == p->si->ino)
		return false;
	if (ntohs(m->id.idiag_sport) != p->si->dport)
		return false;
	uint8_t src[16], dst[16];
	as_v6(src, m->idiag_family, (const uint8_t *)m->id.idiag_src);
	as_v6(dst, m->idiag_family, (const uint8_t *)m->id.idiag_dst);
	bool src_ok = !memcmp(src, p->dst, 16) || any_addr(src);
	if (!src_ok)
		return false;
	uint16_t dport = ntohs(m->id.idiag_dport);
	if (dport == p->si->sport && !memcmp(dst, p->src, 16)) {
		p->exact = m->idiag_inode;
		return true;
	}
	bool unconnected = dport == 0 && any_addr(dst);
	if (!p->listener && unconnected &&
	    (!p->tcp || m->idiag_state == TCP_LISTEN))
		p->listener = m->idiag_inode;
	return false;
}

uint64_t sockdiag_inet_peer(const struct sock_info *si, bool *pending)
{
	*pending = false;
	if (!si->found || !is_inet(si->proto) || !si->dport)
		return 0;
	struct inet_peer p = {.si = si};
	p.tcp = si->proto == SP_TCP || si->proto == SP_TCP6;
	as_v6(p.src, si->family, si->src);
	as_v6(p.dst, si->family, si->dst);
	int proto = inet_protocol(si->proto);
	/* an IPv4 connection may end in an IPv6 socket (mapped addresses)
	 * and the other way round */
	inet_dump(si->family, proto, inet_peer_cb, &p);
	if (!p.exact)
		inet_dump(si->family == AF_INET ? AF_INET6 : AF_INET, proto,
			  inet_peer_cb, &p);
	if (p.exact)
		return p.exact;
	*pending = p.listener != 0;
	return p.listener;
}

/* ---- formatting ---- */

static void put_inet(struct strbuf *sb, int family, const uint8_t *a,
		     uint16_t port)
{
	char buf[INET6_ADDRSTRLEN];
	if (!inet_ntop(family, a, buf, sizeof(buf)))
		buf[0] = '\0';
	if (family == AF_INET6)
		sb_printf(sb, "[%s]:%u", buf, port);
	else
		sb_printf(sb, "%s:%u", buf, port);
}

static bool inet_has_dst(const struct sock_info *si)
{
	static const uint8_t zero[16];
	return si->dport ||
	       memcmp(si->dst, zero, si->family == AF_INET6 ? 16 : 4) != 0;
}

static const char *const netlink_names[] = {
	[NETLINK_ROUTE] = "ROUTE",
	[1] = "UNUSED",
	[NETLINK_USERSOCK] = "USERSOCK",
	[NETLINK_FIREWALL] = "FIREWALL",
	[NETLINK_SOCK_DIAG] = "SOCK_DIAG",
	[NETLINK_NFLOG] = "NFLOG",
	[NETLINK_XFRM] = "XFRM",
	[NETLINK_SELINUX] = "SELINUX",
	[NETLINK_ISCSI] = "ISCSI",
	[NETLINK_AUDIT] = "AUDIT",
	[NETLINK_FIB_LOOKUP] = "FIB_LOOKUP",
	[NETLINK_CONNECTOR] = "CONNECTOR",
	[NETLINK_NETFILTER] = "NETFILTER",
	[NETLINK_IP6_FW] = "IP6_FW",
	[NETLINK_DNRTMSG] = "DNRTMSG",
	[NETLINK_KOBJECT_UEVENT] = "KOBJECT_UEVENT",
	[NETLINK_GENERIC] = "GENERIC",
	[NETLINK_SCSITRANSPORT] = "SCSITRANSPORT",
	[NETLINK_ECRYPTFS] = "ECRYPTFS",
	[NETLINK_RDMA] = "RDMA",
	[NETLINK_CRYPTO] = "CRYPTO",
	[22] = "SMC", /* NETLINK_SMC */
};

void sock_format(struct strbuf *sb, const struct sock_info *si, int hexmode)
{
	if (is_inet(si->proto)) {
		put_inet(sb, si->family, si->src, si->sport);
		if (inet_has_dst(si)) {
			sb_puts(sb, "->");
			put_inet(sb, si->family, si->dst, si->dport);
		}
		return;
	}
	if (si->proto == SP_NETLINK) {
		const char *n = si->nlproto < ARRAY_SIZE(netlink_names)
					? netlink_names[si->nlproto]
					: NULL;
		if (n)
			sb_puts(sb, n);
		else
			sb_putu(sb, si->nlproto);
		sb_printf(sb, ":%u", si->portid);
		return;
	}
	/* unix: ino[->peer][,"path" or @"abstract"] */
	sb_putu(sb, si->ino);
	if (si->peer)
		sb_printf(sb, "->%u", si->peer);
	if (si->namelen) {
		const char *name = si->name_buf;
		size_t len = si->namelen;
		sb_putc(sb, ',');
		if (name[0] == '\0') {
			sb_putc(sb, '@');
			name++;
			len--;
		} else {
			len = strnlen(name, len);
		}
		sb_putc(sb, '"');
		escape_text(sb, (const unsigned char *)name, len, hexmode);
		sb_putc(sb, '"');
	}
}

bool sock_is_final(const struct sock_info *si)
{
	if (!si->found)
		return false; /* not bound yet: it will be */
	switch (si->proto) {
	case SP_TCP:
	case SP_TCP6: return inet_has_dst(si) || si->state == TCP_LISTEN;
	case SP_UNIX:
	case SP_UNIX_STREAM:
		/* a connected stream client learns its peer's inode only
		 * when the server accepts */
		return si->utype == SOCK_DGRAM || si->peer ||
		       si->ustate == TCP_LISTEN;
	default: return true;
	}
}
