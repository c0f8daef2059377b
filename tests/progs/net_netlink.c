/* NETLINK_ROUTE: the dumps glibc and iproute2 ask for (addresses, links,
 * routes), an error reply, and crafted messages that exercise every
 * shape strace prints: short and overlong lengths, several messages,
 * trailing bytes, attributes of every kind, flags by message type; a
 * socket not bound yet; sendmsg/recvmsg with and without a netlink
 * address; other netlink protocols.
 * Only read-only requests (GET) go to the kernel: every crafted message
 * is sent to a second socket of this program, never to the kernel, which
 * would apply a NEWLINK or DELADDR to the machine's interfaces. */
#include <linux/fib_rules.h>
#include <linux/gen_stats.h>
#include <linux/genetlink.h>
#include <linux/neighbour.h>
#include <linux/netconf.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static char buf[65536] __attribute__((aligned(4)));
static char m[4096] __attribute__((aligned(4)));
static int s, off;
/* where crafted messages go: a user socket of ours, not the kernel */
static struct sockaddr_nl peer = {.nl_family = AF_NETLINK, .nl_pid = 0x5c7ace};

static void drain(int fd)
{
	for (int i = 0; i < 64; i++) {
		ssize_t n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT);
		if (n <= 0)
			break;
		int len = (int)n;
		for (struct nlmsghdr *h = (void *)buf; NLMSG_OK(h, len);
		     h = NLMSG_NEXT(h, len))
			if (h->nlmsg_type == NLMSG_DONE ||
			    h->nlmsg_type == NLMSG_ERROR)
				return;
	}
}

static struct nlmsghdr *hdr(void *p, uint32_t len, uint16_t type,
			    uint16_t flags)
{
	struct nlmsghdr *h = p;
	h->nlmsg_len = len;
	h->nlmsg_type = type;
	h->nlmsg_flags = flags;
	h->nlmsg_seq = 7;
	h->nlmsg_pid = 0;
	return h;
}

static void begin(int type, const void *body, int blen)
{
	memset(m, 0, sizeof(m));
	hdr(m, 0, (uint16_t)type, NLM_F_REQUEST);
	memcpy(m + 16, body, (size_t)blen);
	off = 16 + NLMSG_ALIGN(blen);
}

static void attr(int type, const void *d, int len)
{
	struct rtattr *a = (void *)(m + off);
	a->rta_len = (unsigned short)(4 + len);
	a->rta_type = (unsigned short)type;
	memcpy(a + 1, d, (size_t)len);
	off += RTA_ALIGN(4 + len);
}

static void fin(void)
{
	((struct nlmsghdr *)m)->nlmsg_len = (uint32_t)off;
	sendto(s, m, (size_t)off, MSG_DONTWAIT, (void *)&peer, sizeof(peer));
}

static void raw(size_t len)
{
	sendto(s, m, len, MSG_DONTWAIT, (void *)&peer, sizeof(peer));
}

/* Only a GET (a read) may go to the kernel: an earlier version sent
 * crafted RTM_NEWLINK/RTM_DELADDR requests to it, and the kernel set lo's
 * mtu to 1 and deleted 127.0.0.1. The sockets must stay in the tracer's
 * network namespace (strace finds their protocol from there), so the
 * guard is here, not in a namespace of our own. */
static int is_get(const void *msg)
{
	const struct nlmsghdr *h = msg;
	return h->nlmsg_type >= RTM_BASE && (h->nlmsg_type & 3) == 2;
}

static void ask(void)
{
	((struct nlmsghdr *)m)->nlmsg_len = (uint32_t)off;
	if (is_get(m))
		send(s, m, (size_t)off, MSG_DONTWAIT);
}

int main(void)
{
	struct sockaddr_nl sa = {.nl_family = AF_NETLINK};

	int sink = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	if (bind(sink, (void *)&peer, sizeof(peer)) < 0)
		return 1; /* never risk sending to the kernel */

	/* not bound yet: strace does not know its protocol */
	int u = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	memset(m, 0, sizeof(m));
	hdr(m, 24, RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL);
	memcpy(m + 16, "AB\0\1cdef", 8);
	sendto(u, m, 24, MSG_DONTWAIT, (void *)&peer, sizeof(peer));
	close(u);

	s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	bind(s, (void *)&sa, sizeof(sa));
	socklen_t salen = sizeof(sa);
	getsockname(s, (void *)&sa, &salen);

	/* the dumps */
	struct ifaddrmsg ifa = {.ifa_family = AF_UNSPEC};
	begin(RTM_GETADDR, &ifa, 4);
	((struct nlmsghdr *)m)->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	ask();
	drain(s);
	struct ifinfomsg ifi = {.ifi_family = AF_UNSPEC};
	uint32_t mask = RTEXT_FILTER_VF;
	begin(RTM_GETLINK, &ifi, sizeof(ifi));
	((struct nlmsghdr *)m)->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	attr(IFLA_EXT_MASK, &mask, 4);
	ask();
	drain(s);
	struct rtmsg rtm = {.rtm_family = AF_INET};
	begin(RTM_GETROUTE, &rtm, sizeof(rtm));
	((struct nlmsghdr *)m)->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	ask();
	drain(s);
	/* an error the kernel returns with our request in it */
	struct ifinfomsg none = {.ifi_index = 99999};
	begin(RTM_GETLINK, &none, sizeof(none));
	((struct nlmsghdr *)m)->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	ask();
	struct sockaddr_nl from;
	socklen_t flen = sizeof(from);
	recvfrom(s, buf, sizeof(buf), MSG_DONTWAIT, (void *)&from, &flen);
	/* recvmsg with and without a netlink name */
	begin(RTM_GETLINK, &none, sizeof(none));
	((struct nlmsghdr *)m)->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	ask();
	struct iovec iov = {buf, sizeof(buf)};
	struct msghdr mh = {.msg_name = &from,
			    .msg_namelen = sizeof(from),
			    .msg_iov = &iov,
			    .msg_iovlen = 1};
	recvmsg(s, &mh, MSG_DONTWAIT);
	drain(s);
	struct iovec siov = {m, 32};
	struct msghdr sm = {.msg_name = &sa,
			    .msg_namelen = sizeof(sa),
			    .msg_iov = &siov,
			    .msg_iovlen = 1};
	struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
	sm.msg_name = &kernel;
	if (is_get(m))
		sendmsg(s, &sm, MSG_DONTWAIT);
	sm.msg_name = NULL;
	sm.msg_namelen = 0;
	if (is_get(m))
		sendmsg(s, &sm, MSG_DONTWAIT);
	drain(s);

	/* flags by message type */
	static const uint16_t types[] = {RTM_NEWLINK, RTM_DELLINK, RTM_GETLINK,
					 RTM_SETLINK, NLMSG_ERROR, NLMSG_DONE};
	for (unsigned i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		hdr(m, 16, types[i], 0xffff);
		raw(16);
	}
	static const uint16_t get_flags[] = {0x100, 0x200, 0x300, 0x400};
	for (unsigned i = 0; i < 4; i++) {
		hdr(m, 16, RTM_GETADDR, get_flags[i]);
		raw(16);
	}
	hdr(m, 16, NLMSG_NOOP, 0x100);
	raw(16);
	hdr(m, 16, RTM_NEWROUTE, 0x1000);
	raw(16);
	hdr(m, 16, RTM_NEWROUTE, 0);
	raw(16);
	static const uint16_t odd_types[] = {0x17, 0x99, 0x9, 0x78, 0};
	for (unsigned i = 0; i < sizeof(odd_types) / sizeof(odd_types[0]);
	     i++) {
		hdr(m, 16, odd_types[i], 0);
		raw(16);
	}

	/* lengths */
	memset(m, 0, sizeof(m));
	static const uint32_t lens[] = {0, 8, 15, 100};
	for (unsigned i = 0; i < 4; i++) {
		hdr(m, lens[i], RTM_GETLINK, 1);
		raw(16);
	}
	hdr(m, 100, RTM_GETLINK, 1);
	raw(40);
	hdr(m, 16, RTM_GETLINK, 1);
	raw(10);
	raw(21);
	raw(32);
	hdr(m + 16, 16, RTM_GETADDR, 1);
	hdr(m + 32, 16, RTM_GETROUTE, 1);
	raw(48);
	memset(m, 0, sizeof(m));
	hdr(m, 17, RTM_GETLINK, 1);
	m[16] = AF_INET;
	raw(17);
	raw(40);
	static const uint32_t body[] = {20, 31, 33, 36};
	for (unsigned i = 0; i < 4; i++) {
		hdr(m, body[i], RTM_GETLINK, 1);
		raw(body[i]);
	}
	static char many[40 * 16];
	for (int i = 0; i < 40; i++)
		hdr(many + 16 * i, 16, NLMSG_NOOP, 0);
	sendto(s, many, sizeof(many), MSG_DONTWAIT, (void *)&peer,
	       sizeof(peer));
	sendto(s, NULL, 0, MSG_DONTWAIT, (void *)&peer, sizeof(peer));
	sendto(s, m, 0, MSG_DONTWAIT, (void *)&peer, sizeof(peer));
	sendto(s, (void *)8, 20, MSG_DONTWAIT, (void *)&peer, sizeof(peer));
	/* what the sink received, as recvfrom shows it */
	for (int i = 0; i < 4; i++)
		recvfrom(sink, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL);

	/* errors and done */
	memset(m, 0, sizeof(m));
	hdr(m, 36, NLMSG_ERROR, 0);
	*(int *)(m + 16) = -2;
	hdr(m + 20, 16, RTM_GETLINK, NLM_F_REQUEST);
	raw(36);
	*(int *)(m + 16) = 0;
	raw(36);
	hdr(m, 20, NLMSG_ERROR, NLM_F_CAPPED);
	*(int *)(m + 16) = -13;
	raw(20);
	hdr(m, 18, NLMSG_ERROR, 0);
	raw(18);
	hdr(m, 20, NLMSG_DONE, 0);
	*(int *)(m + 16) = -5;
	raw(20);
	hdr(m, 24, NLMSG_DONE, 0);
	raw(24);

	/* attributes */
	struct ifinfomsg ii = {AF_UNSPEC,	    0,	       1, 1,
			       0x1 | 0x8 | 0x80000, 0xffffffff};
	uint64_t v8 = 0x1122334455667788ULL;
	uint32_t v4 = 7;
	uint16_t v2 = 9;
	uint8_t v1 = 3;
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_MTU, &v8, 8);
	attr(IFLA_MTU, &v2, 2);
	attr(IFLA_OPERSTATE, &v4, 4);
	attr(IFLA_OPERSTATE, &v1, 1);
	attr(IFLA_CARRIER, &v4, 4);
	attr(IFLA_IFNAME, "ab\0cd", 5);
	attr(IFLA_IFNAME, "", 0);
	attr(IFLA_IFNAME, "x\n\"y", 5);
	attr(IFLA_IFNAME, "ab\0\0", 4);
	attr(IFLA_IFNAME, "a", 1);
	attr(IFLA_QDISC, "abcdefghijklmnopqrstuvwxyz0123456789", 37);
	fin();
	static const uint8_t hw[20] = {0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
				       0x11, 0x22, 0x33, 0x44, 0x55};
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_ADDRESS, hw, 6);
	attr(IFLA_ADDRESS, hw, 1);
	attr(IFLA_ADDRESS, hw, 7);
	attr(IFLA_ADDRESS, hw, 20);
	attr(IFLA_BROADCAST, hw, 0);
	attr(IFLA_PERM_ADDRESS, hw, 6);
	fin();
	static char st[256];
	memset(st, 1, sizeof(st));
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_STATS64, st, 200);
	attr(IFLA_STATS64, st, 192);
	attr(IFLA_STATS64, st, 100);
	attr(IFLA_STATS, st, 96);
	attr(IFLA_STATS, st, 92);
	attr(IFLA_STATS, st, 50);
	fin();
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_MAP, st, 32);
	attr(IFLA_MAP, st, 24);
	attr(IFLA_LINK, &v4, 4);
	attr(IFLA_MASTER, &v4, 4);
	attr(IFLA_EXT_MASK, &v4, 4);
	v4 = 0x10000;
	attr(IFLA_EXT_MASK, &v4, 4);
	v4 = 1;
	attr(IFLA_NET_NS_PID, &v4, 4);
	attr(IFLA_NET_NS_FD, &v4, 4);
	attr(IFLA_LINK_NETNSID, &v4, 4);
	attr(IFLA_EVENT, &v4, 4);
	v4 = 99;
	attr(IFLA_EVENT, &v4, 4);
	v4 = 1;
	attr(IFLA_GROUP, &v4, 4);
	attr(IFLA_WEIGHT, &v4, 4);
	attr(IFLA_COST, &v4, 4);
	attr(IFLA_NEW_IFINDEX, &v4, 4);
	attr(IFLA_IFALIAS, "al", 3);
	attr(IFLA_PHYS_PORT_ID, "\1\2", 2);
	attr(IFLA_ALT_IFNAME, "alt", 4);
	attr(0x3f, "AB\n\0", 4);
	fin();
	char nest[64];
	struct rtattr *n = (void *)nest;
	n->rta_len = 8;
	n->rta_type = IFLA_INFO_KIND;
	memcpy(n + 1, "ifb", 4);
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_LINKINFO, nest, 8);
	n->rta_type = IFLA_INFO_KIND;
	n->rta_len = 9;
	memcpy(n + 1, "ab\0cd", 5);
	attr(IFLA_LINKINFO, nest, 12);
	n->rta_len = 5;
	n->rta_type = IFLA_XDP_ATTACHED;
	memset(n + 1, 0, 4);
	attr(IFLA_XDP, nest, 8);
	n->rta_len = 8;
	n->rta_type = IFLA_XDP_FLAGS;
	*(uint32_t *)(n + 1) = 6;
	attr(IFLA_XDP, nest, 8);
	n->rta_type = AF_INET;
	attr(IFLA_AF_SPEC, nest, 8);
	n->rta_type = IFLA_ALT_IFNAME;
	memcpy(n + 1, "a1\0", 4);
	attr(IFLA_PROP_LIST, nest, 8);
	n->rta_type = 0x8000 | IFLA_TXQLEN;
	attr(IFLA_TXQLEN, &v4, 4);
	memcpy(n + 1, &v4, 4);
	attr(0x8000 | 0x1234, &v4, 4);
	attr(0xc000 | IFLA_TXQLEN, &v4, 4);
	fin();
	/* attribute lengths */
	struct rtattr *a;
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_MTU, &v4, 4);
	a = (void *)(m + 32);
	static const unsigned short alen[] = {6, 3, 100, 4};
	for (unsigned i = 0; i < 4; i++) {
		a->rta_len = alen[i];
		fin();
	}
	begin(RTM_NEWLINK, &ii, sizeof(ii));
	attr(IFLA_MTU, &v4, 4);
	attr(IFLA_TXQLEN, &v4, 4);
	fin();
	off -= 2;
	fin();
	off -= 4;
	fin();

	/* addresses */
	struct ifaddrmsg ia = {AF_INET, 24, 0xff, RT_SCOPE_LINK, 1};
	struct in_addr a4;
	inet_pton(AF_INET, "10.1.2.3", &a4);
	struct in6_addr a6;
	inet_pton(AF_INET6, "fe80::1", &a6);
	begin(RTM_NEWADDR, &ia, sizeof(ia));
	attr(IFA_ADDRESS, &a4, 4);
	attr(IFA_LOCAL, &a6, 16);
	attr(IFA_ADDRESS, &a4, 3);
	attr(IFA_BROADCAST, &a4, 8);
	attr(IFA_ANYCAST, &a4, 4);
	attr(IFA_MULTICAST, &a4, 4);
	attr(IFA_LABEL, "l0", 3);
	v4 = 0xffff;
	attr(IFA_FLAGS, &v4, 4);
	v4 = 0x10000;
	attr(IFA_FLAGS, &v4, 4);
	attr(IFA_CACHEINFO, st, 16);
	attr(IFA_CACHEINFO, st, 12);
	attr(IFA_RT_PRIORITY, &v4, 4);
	attr(IFA_TARGET_NETNSID, &v4, 4);
	attr(IFA_PROTO, &v1, 1);
	attr(12, &v1, 1);
	fin();
	ia.ifa_family = AF_INET6;
	ia.ifa_flags = 0;
	ia.ifa_scope = 77;
	begin(RTM_DELADDR, &ia, sizeof(ia));
	attr(IFA_ADDRESS, &a6, 16);
	attr(IFA_ADDRESS, &a4, 4);
	fin();
	ia.ifa_family = AF_UNIX;
	begin(RTM_GETADDR, &ia, sizeof(ia));
	attr(IFA_ADDRESS, &a4, 4);
	fin();
	begin(RTM_GETMULTICAST, &ia, 4);
	fin();
	begin(RTM_NEWADDR, &ia, 0);
	fin();

	/* routes */
	struct rtmsg rm = {AF_INET, 24, 0, 0, 77, 77, 77, 77, 0xffffffff};
	begin(RTM_NEWROUTE, &rm, sizeof(rm));
	attr(RTA_DST, &a4, 4);
	attr(RTA_SRC, &a4, 4);
	v4 = 0x10000;
	attr(RTA_IIF, &v4, 4);
	v4 = 1;
	attr(RTA_OIF, &v4, 4);
	attr(RTA_GATEWAY, &a4, 4);
	attr(RTA_PRIORITY, &v4, 4);
	attr(RTA_PREFSRC, &a4, 4);
	attr(RTA_FLOW, &v4, 4);
	attr(RTA_CACHEINFO, st, 32);
	v4 = 100;
	attr(RTA_TABLE, &v4, 4);
	v4 = 254;
	attr(RTA_TABLE, &v4, 4);
	attr(RTA_MARK, &v4, 4);
	attr(RTA_PREF, &v1, 1);
	attr(RTA_ENCAP_TYPE, &v2, 2);
	v2 = 1;
	attr(RTA_ENCAP_TYPE, &v2, 2);
	attr(RTA_EXPIRES, &v8, 8);
	attr(RTA_UID, &v4, 4);
	attr(RTA_TTL_PROPAGATE, &v1, 1);
	attr(RTA_IP_PROTO, &v1, 1);
	attr(RTA_SPORT, &v2, 2);
	attr(RTA_DPORT, &v2, 2);
	attr(RTA_NH_ID, &v4, 4);
	attr(RTA_VIA, st, 6);
	attr(RTA_NEWDST, &a4, 4);
	attr(RTA_MFC_STATS, st, 24);
	fin();
	n->rta_type = RTAX_MTU;
	n->rta_len = 8;
	*(int *)(n + 1) = 1500;
	struct rtnexthop nh[2] = {{16, RTNH_F_DEAD, 0, 1},
				  {8, RTNH_F_ONLINK, 2, 2}};
	char nhb[32];
	memcpy(nhb, &nh[0], 8);
	struct rtattr *gw = (void *)(nhb + 8);
	gw->rta_len = 8;
	gw->rta_type = RTA_GATEWAY;
	memset(gw + 1, 10, 4);
	memcpy(nhb + 16, &nh[1], 8);
	rm.rtm_tos = 0x18;
	begin(RTM_DELROUTE, &rm, sizeof(rm));
	attr(RTA_METRICS, nest, 8);
	attr(RTA_MULTIPATH, nhb, 24);
	attr(RTA_ENCAP, nest, 8);
	attr(31, &v4, 4);
	fin();
	static const uint8_t tos[] = {1, 2, 0x10, 0x1e, 0xe0, 0xfc};
	rm = (struct rtmsg){AF_INET6,
			    0,
			    0,
			    0,
			    RT_TABLE_MAIN,
			    RTPROT_KERNEL,
			    RT_SCOPE_HOST,
			    RTN_LOCAL,
			    RTM_F_NOTIFY | RTM_F_CLONED};
	for (unsigned i = 0; i < sizeof(tos); i++) {
		rm.rtm_tos = tos[i];
		begin(RTM_GETROUTE, &rm, sizeof(rm));
		attr(RTA_DST, &a6, 16);
		fin();
	}
	begin(RTM_GETROUTE, &rm, 4);
	fin();
	begin(RTM_NEWPREFIX, &rm, 12);
	fin();
	begin(0x78, &rm, 8);
	fin();

	/* neighbours, rules, netconf, traffic control */
	struct ndmsg nd = {.ndm_family = AF_INET,
			   .ndm_ifindex = 1,
			   .ndm_state = NUD_REACHABLE | 0x100,
			   .ndm_flags = NTF_USE | NTF_ROUTER,
			   .ndm_type = RTN_UNICAST};
	begin(RTM_NEWNEIGH, &nd, sizeof(nd));
	attr(NDA_DST, &a4, 4);
	attr(NDA_LLADDR, hw, 6);
	attr(NDA_LLADDR, hw, 16);
	attr(NDA_CACHEINFO, st, 16);
	v4 = 3;
	attr(NDA_PROBES, &v4, 4);
	v2 = 7;
	attr(NDA_VLAN, &v2, 2);
	attr(NDA_PORT, &v2, 2);
	v4 = 1;
	attr(NDA_IFINDEX, &v4, 4);
	attr(NDA_MASTER, &v4, 4);
	attr(NDA_PROTOCOL, &v1, 1);
	attr(NDA_FLAGS_EXT, &v4, 4);
	v2 = NUD_STALE | NUD_NOARP;
	attr(NDA_NDM_STATE_MASK, &v2, 2);
	attr(NDA_NDM_FLAGS_MASK, &v1, 1);
	attr(18, &v4, 4);
	fin();
	nd.ndm_state = 0;
	nd.ndm_flags = 0;
	begin(RTM_GETNEIGH, &nd, 4);
	fin();
	struct fib_rule_hdr fr = {AF_INET,
				  24,
				  0,
				  0x10,
				  0,
				  0,
				  0,
				  FR_ACT_TO_TBL,
				  FIB_RULE_INVERT | 0x100};
	begin(RTM_NEWRULE, &fr, sizeof(fr));
	attr(FRA_DST, &a4, 4);
	attr(FRA_IIFNAME, "lo", 3);
	v4 = 32766;
	attr(FRA_PRIORITY, &v4, 4);
	v4 = RT_TABLE_MAIN;
	attr(FRA_TABLE, &v4, 4);
	attr(FRA_TUN_ID, &v8, 8);
	attr(FRA_UID_RANGE, st, 8);
	attr(FRA_SPORT_RANGE, st, 4);
	attr(FRA_PROTOCOL, &v1, 1);
	attr(FRA_IP_PROTO, &v1, 1);
	attr(25, &v4, 4);
	fin();
	fr.table = 77;
	fr.action = 99;
	begin(RTM_DELRULE, &fr, sizeof(fr));
	fin();
	struct netconfmsg nc = {AF_INET6};
	begin(RTM_NEWNETCONF, &nc, sizeof(nc));
	v4 = 1;
	attr(NETCONFA_IFINDEX, &v4, 4);
	v4 = 0xfffffffe;
	attr(NETCONFA_IFINDEX, &v4, 4);
	attr(NETCONFA_FORWARDING, &v4, 4);
	attr(NETCONFA_RP_FILTER, &v4, 4);
	attr(9, &v4, 4);
	fin();
	struct tcmsg tc = {AF_UNSPEC, 0, 0, 1, 0x10000, 0xffffffff, 2};
	begin(RTM_NEWQDISC, &tc, sizeof(tc));
	attr(TCA_KIND, "noqueue", 8);
	attr(TCA_HW_OFFLOAD, &v1, 1);
	n->rta_type = TCA_STATS_BASIC;
	n->rta_len = 20;
	memset(n + 1, 2, 16);
	attr(TCA_STATS2, nest, 20);
	attr(TCA_STATS, st, 40);
	attr(TCA_RATE, "þ", 2);
	attr(TCA_OPTIONS, st, 20);
	attr(16, &v4, 4);
	fin();
	begin(RTM_GETTCLASS, &tc, 4);
	fin();

	/* other protocols: types and bodies strace shows generically */
	int g = socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC);
	bind(g, (void *)&(struct sockaddr_nl){.nl_family = AF_NETLINK},
	     sizeof(sa));
	hdr(m, 20, GENL_ID_CTRL, NLM_F_REQUEST);
	memcpy(m + 16, "\3\1\0\0", 4);
	send(g, m, 20, MSG_DONTWAIT);
	drain(g);
	int k = socket(AF_NETLINK, SOCK_RAW, NETLINK_KOBJECT_UEVENT);
	bind(k, (void *)&(struct sockaddr_nl){.nl_family = AF_NETLINK},
	     sizeof(sa));
	struct sockaddr_nl nobody = {.nl_family = AF_NETLINK,
				     .nl_pid = 0x5c7acf};
	sendto(k, "add@/x\0ACTION=add", 17, MSG_DONTWAIT, (void *)&nobody,
	       sizeof(nobody));
	return 0;
}
