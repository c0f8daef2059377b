/* NETLINK_SOCK_DIAG: queries whose replies hold only this program's
 * sockets (a UNIX socket asked for by inode, the NETLINK_USERSOCK sockets,
 * the packet sockets), then crafted requests and replies of every family
 * with short bodies, unknown families and attributes of every type and of
 * odd lengths. The crafted messages go to a second diag socket of this
 * program, never to the kernel (SOCK_DESTROY would close sockets). */
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <linux/tls.h>
#include <linux/unix_diag.h>
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

static char buf[32768] __attribute__((aligned(4)));
static char m[8192] __attribute__((aligned(4)));
static int diag, off;
static struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
static struct sockaddr_nl peer = {.nl_family = AF_NETLINK, .nl_pid = 0x5c7ad1};

/* replies until NLMSG_DONE, an error, or a single answer */
static void receive(void)
{
	for (int i = 0; i < 16; i++) {
		struct sockaddr_nl from;
		struct iovec iov = {buf, sizeof(buf)};
		struct msghdr mh = {.msg_name = &from,
				    .msg_namelen = sizeof(from),
				    .msg_iov = &iov,
				    .msg_iovlen = 1};
		ssize_t n = recvmsg(diag, &mh, 0);
		if (n <= 0)
			return;
		int len = (int)n;
		for (struct nlmsghdr *h = (void *)buf; NLMSG_OK(h, len);
		     h = NLMSG_NEXT(h, len))
			if (h->nlmsg_type == NLMSG_DONE ||
			    h->nlmsg_type == NLMSG_ERROR ||
			    !(h->nlmsg_flags & NLM_F_MULTI))
				return;
	}
}

static void query(uint16_t flags, const void *req, size_t len)
{
	static char q[256] __attribute__((aligned(4)));
	struct nlmsghdr h = {.nlmsg_len = NLMSG_HDRLEN + len,
			     .nlmsg_type = SOCK_DIAG_BY_FAMILY,
			     .nlmsg_flags = NLM_F_REQUEST | flags,
			     .nlmsg_seq = 1};
	memcpy(q, &h, sizeof(h));
	memcpy(q + NLMSG_HDRLEN, req, len);
	struct iovec iov = {q, h.nlmsg_len};
	struct msghdr mh = {.msg_name = &kernel,
			    .msg_namelen = sizeof(kernel),
			    .msg_iov = &iov,
			    .msg_iovlen = 1};
	sendmsg(diag, &mh, 0);
	receive();
}

/* ---- crafting ---- */

static void begin(uint16_t type, uint16_t flags)
{
	memset(m, 0, sizeof(m));
	struct nlmsghdr *h = (void *)m;
	h->nlmsg_type = type;
	h->nlmsg_flags = flags;
	h->nlmsg_seq = 7;
	off = NLMSG_HDRLEN;
}

static void put(const void *p, size_t n)
{
	memcpy(m + off, p, n);
	off += (int)n;
}

static void put_u8s(const char *s, size_t n)
{
	put(s, n);
}

static void attr(uint16_t type, const void *p, size_t n)
{
	struct nlattr a = {.nla_len = NLA_HDRLEN + n, .nla_type = type};
	put(&a, sizeof(a));
	put(p, n);
	off = NLA_ALIGN(off);
}

static void send_crafted(void)
{
	((struct nlmsghdr *)m)->nlmsg_len = off;
	sendto(diag, m, off, 0, (struct sockaddr *)&peer, sizeof(peer));
}

static const uint64_t longs[5] = {0x101, 0x102, 0x103, 0x104, 0x105};
static const char odd[3] = {5, 6, 7};

/* every attribute type from 0 to max, once of 40 bytes, once of 3 */
static void all_attrs(const void *body, size_t len, unsigned max)
{
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(body, len);
	for (unsigned t = 0; t <= max; t++)
		attr(t, longs, sizeof(longs));
	send_crafted();
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(body, len);
	for (unsigned t = 0; t <= max; t++)
		attr(t, odd, sizeof(odd));
	send_crafted();
}

static void crafted(void)
{
	struct inet_diag_sockid id = {.idiag_sport = htons(4660),
				      .idiag_dport = htons(80),
				      .idiag_if = 1,
				      .idiag_cookie = {1, 2}};
	id.idiag_src[0] = htonl(0x7f000001);
	id.idiag_dst[0] = htonl(0x0a000002);

	/* short bodies, an unknown family, the old request, SOCK_DESTROY */
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP);
	put_u8s("\x02\x06", 2);
	send_crafted();
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put_u8s("\x0a", 1);
	send_crafted();
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST);
	put_u8s("\x63\x06\x00\x00", 4);
	send_crafted();
	begin(0x16, NLM_F_REQUEST);
	put_u8s("\x2c\x06\x00\x00\x01", 5);
	send_crafted();

	struct inet_diag_req_v2 r2 = {.sdiag_family = AF_INET,
				      .sdiag_protocol = IPPROTO_TCP,
				      .idiag_ext = 0xff,
				      .idiag_states = ~0u,
				      .id = id};
	begin(SOCK_DESTROY, NLM_F_REQUEST);
	put(&r2, sizeof(r2));
	static const struct inet_diag_bc_op ops[2] = {{INET_DIAG_BC_JMP, 4, 8},
						      {INET_DIAG_BC_NOP, 4, 4}};
	attr(INET_DIAG_REQ_BYTECODE, ops, sizeof(ops));
	attr(INET_DIAG_REQ_PROTOCOL, "\x11", 1);
	attr(INET_DIAG_REQ_SK_BPF_STORAGES, odd, sizeof(odd));
	send_crafted();
	r2.sdiag_family = AF_INET6;
	r2.sdiag_protocol = IPPROTO_UDP;
	r2.idiag_ext = 0x80;
	r2.idiag_states = 1u << 31;
	r2.id.idiag_src[0] = htonl(0x20010db8);
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP);
	put(&r2, sizeof(r2));
	send_crafted();
	struct inet_diag_req r1 = {.idiag_family = AF_INET,
				   .idiag_src_len = 32,
				   .idiag_ext = 0x1f,
				   .id = id,
				   .idiag_states = 0xfff,
				   .idiag_dbs = 7};
	begin(TCPDIAG_GETSOCK, NLM_F_REQUEST | NLM_F_DUMP);
	put(&r1, sizeof(r1));
	attr(INET_DIAG_REQ_BYTECODE, ops, 4);
	send_crafted();

	struct inet_diag_msg im = {.idiag_family = AF_INET,
				   .idiag_state = 1,
				   .idiag_timer = 2,
				   .idiag_retrans = 3,
				   .id = id,
				   .idiag_expires = 1,
				   .idiag_rqueue = 2,
				   .idiag_wqueue = 3,
				   .idiag_uid = 4,
				   .idiag_inode = 5};
	all_attrs(&im, sizeof(im), 24);
	begin(DCCPDIAG_GETSOCK, NLM_F_MULTI);
	put(&im, 20);
	send_crafted();
	/* flag and number attributes of 0 to 9 bytes */
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(&im, sizeof(im));
	for (size_t n = 0; n < 10; n++) {
		static const char v[] = "\x85\x06\x07\x08\x09\x0a\x0b\x0c\x0d";
		attr(INET_DIAG_SHUTDOWN, v, n);
		attr(INET_DIAG_PROTOCOL, v, n);
		attr(INET_DIAG_TOS, v, n);
		attr(INET_DIAG_MARK, v, n);
		attr(INET_DIAG_CGROUP_ID, v, n);
		attr(INET_DIAG_CONG, v, n);
	}
	attr(INET_DIAG_SHUTDOWN, "\x04", 1);
	attr(INET_DIAG_SHUTDOWN, "\x03", 1);
	attr(INET_DIAG_SOCKOPT, "\x00\x00", 2);
	attr(INET_DIAG_SOCKOPT, "\xff\xff", 2);
	attr(INET_DIAG_CONG, "cubic", 6);
	attr(INET_DIAG_PROTOCOL, "\x06", 1);
	char ulp[64];
	int u = 0;
	struct nlattr *a = (void *)ulp;
	*a = (struct nlattr){NLA_HDRLEN + 4, INET_ULP_INFO_NAME};
	memcpy(ulp + NLA_HDRLEN, "tls", 4);
	u = NLA_HDRLEN + 4;
	a = (void *)(ulp + u);
	*a = (struct nlattr){NLA_HDRLEN + 2, INET_ULP_INFO_MPTCP};
	memcpy(ulp + u + NLA_HDRLEN, "ab", 2);
	u += NLA_ALIGN(NLA_HDRLEN + 2);
	attr(INET_DIAG_ULP_INFO, ulp, u);
	/* kTLS: its version, cipher and configurations, known or not */
	static const uint16_t tls[][2] = {
		{TLS_INFO_VERSION, 0x0303}, {TLS_INFO_VERSION, 0x0201},
		{TLS_INFO_CIPHER, 52},	    {TLS_INFO_CIPHER, 0x99},
		{TLS_INFO_TXCONF, 4},	    {TLS_INFO_RXCONF, 0},
		{TLS_INFO_UNSPEC, 1},	    {9, 1}};
	char tinfo[128];
	int t = 0;
	for (size_t i = 0; i < sizeof(tls) / sizeof(tls[0]); i++) {
		*(struct nlattr *)(tinfo + t) =
			(struct nlattr){NLA_HDRLEN + 2, tls[i][0]};
		memcpy(tinfo + t + NLA_HDRLEN, &tls[i][1], 2);
		t += NLA_ALIGN(NLA_HDRLEN + 2);
	}
	*(struct nlattr *)(tinfo + t) =
		(struct nlattr){NLA_HDRLEN, TLS_INFO_ZC_RO_TX};
	t += NLA_HDRLEN;
	*(struct nlattr *)(tinfo + t) =
		(struct nlattr){NLA_HDRLEN + 1, TLS_INFO_VERSION};
	t += NLA_ALIGN(NLA_HDRLEN + 1);
	char tulp[160];
	*(struct nlattr *)tulp =
		(struct nlattr){NLA_HDRLEN + t, INET_ULP_INFO_TLS};
	memcpy(tulp + NLA_HDRLEN, tinfo, t);
	attr(INET_DIAG_ULP_INFO, tulp, NLA_HDRLEN + t);
	/* an attribute longer than the message, trailing bytes */
	struct nlattr big = {.nla_len = 200, .nla_type = INET_DIAG_MARK};
	put(&big, sizeof(big));
	put_u8s("\x01\x02\x03", 3);
	send_crafted();
	im.idiag_family = AF_INET6;
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(&im, sizeof(im));
	put_u8s("\x01\x02", 2);
	send_crafted();

	struct unix_diag_req ur = {.sdiag_family = AF_UNIX,
				   .udiag_states = ~0u,
				   .udiag_ino = 7,
				   .udiag_show = ~0u,
				   .udiag_cookie = {1, 2}};
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP);
	put(&ur, sizeof(ur));
	attr(1, "ab", 2);
	send_crafted();
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST);
	put(&ur, sizeof(ur) - 4);
	send_crafted();
	struct unix_diag_msg um = {.udiag_family = AF_UNIX,
				   .udiag_type = SOCK_DGRAM,
				   .udiag_state = 3,
				   .udiag_ino = 7,
				   .udiag_cookie = {1, 2}};
	all_attrs(&um, sizeof(um), 9);
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(&um, sizeof(um));
	static const uint32_t vfs[2][2] = {{5, 0x10305}, {5, 0xfff12345}};
	attr(UNIX_DIAG_VFS, vfs[0], 8);
	attr(UNIX_DIAG_VFS, vfs[1], 8);
	attr(UNIX_DIAG_NAME, "ab", 3);
	static const uint32_t icons[40] = {1, 2, 3};
	attr(UNIX_DIAG_ICONS, icons, sizeof(icons));
	send_crafted();

	struct netlink_diag_req nr = {.sdiag_family = AF_NETLINK,
				      .sdiag_protocol = NDIAG_PROTO_ALL,
				      .ndiag_ino = 7,
				      .ndiag_show = ~0u,
				      .ndiag_cookie = {1, 2}};
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP);
	put(&nr, sizeof(nr));
	send_crafted();
	nr.sdiag_protocol = 99;
	nr.ndiag_show = 0;
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP);
	put(&nr, sizeof(nr));
	send_crafted();
	struct netlink_diag_msg nm = {.ndiag_family = AF_NETLINK,
				      .ndiag_type = SOCK_DGRAM,
				      .ndiag_protocol = NETLINK_SOCK_DIAG,
				      .ndiag_state = 7,
				      .ndiag_portid = 1,
				      .ndiag_dst_portid = 2,
				      .ndiag_dst_group = 3,
				      .ndiag_ino = 4,
				      .ndiag_cookie = {5, 6}};
	all_attrs(&nm, sizeof(nm), 6);
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(&nm, 16);
	send_crafted();

	struct packet_diag_req pr = {.sdiag_family = AF_PACKET,
				     .sdiag_protocol = 3,
				     .pdiag_ino = 7,
				     .pdiag_show = ~0u,
				     .pdiag_cookie = {1, 2}};
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP);
	put(&pr, sizeof(pr));
	send_crafted();
	struct packet_diag_msg pm = {.pdiag_family = AF_PACKET,
				     .pdiag_type = SOCK_RAW,
				     .pdiag_num = 0x9988,
				     .pdiag_ino = 7,
				     .pdiag_cookie = {1, 2}};
	/* PACKET_DIAG_FILTER (7) left out: strace 6.1 prints an address
	 * of its own for it */
	all_attrs(&pm, sizeof(pm), 6);
	begin(SOCK_DIAG_BY_FAMILY, NLM_F_MULTI);
	put(&pm, sizeof(pm));
	struct packet_diag_mclist mc[2] = {{.pdmc_index = 1,
					    .pdmc_count = 2,
					    .pdmc_type = 3,
					    .pdmc_alen = 3,
					    .pdmc_addr = {0xaa, 0xbb, 0xcc}},
					   {.pdmc_index = 1, .pdmc_alen = 40}};
	attr(PACKET_DIAG_MCLIST, mc, sizeof(mc));
	struct packet_diag_info pi = {1, TPACKET_V3, 3, 4, 5, 0x1f};
	attr(PACKET_DIAG_INFO, &pi, sizeof(pi));
	pi.pdi_version = 9;
	pi.pdi_flags = 0x20;
	attr(PACKET_DIAG_INFO, &pi, sizeof(pi));
	send_crafted();
}

int main(void)
{
	/* bound before the first message: strace knows a netlink socket's
	 * protocol only once the kernel lists it */
	diag = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
	struct sockaddr_nl self = {.nl_family = AF_NETLINK};
	bind(diag, (struct sockaddr *)&self, sizeof(self));
	int sink = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
	bind(sink, (struct sockaddr *)&peer, sizeof(peer));

	/* a UNIX socket by inode: one reply, with every attribute */
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(sv[0], "abc", 3);
	shutdown(sv[0], SHUT_WR);
	struct stat st;
	fstat(sv[1], &st);
	struct unix_diag_req ur = {
		.sdiag_family = AF_UNIX,
		.udiag_states = ~0u,
		.udiag_ino = (uint32_t)st.st_ino,
		.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_VFS |
			      UDIAG_SHOW_PEER | UDIAG_SHOW_ICONS |
			      UDIAG_SHOW_RQLEN | UDIAG_SHOW_MEMINFO |
			      UDIAG_SHOW_UID,
		.udiag_cookie = {INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE}};
	query(0, &ur, sizeof(ur));
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un {
		sa_family_t family;
		char path[16];
	} name = {AF_UNIX, "\0sctrace-diag"};
	bind(l, (struct sockaddr *)&name, sizeof(name.family) + 13);
	listen(l, 3);
	fstat(l, &st);
	ur.udiag_ino = (uint32_t)st.st_ino;
	query(0, &ur, sizeof(ur));
	ur.udiag_ino = 1; /* no such socket: an error */
	query(0, &ur, sizeof(ur));

	/* the NETLINK_USERSOCK sockets: ours, in group 1 */
	int us = socket(AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK);
	struct sockaddr_nl ua = {
		.nl_family = AF_NETLINK, .nl_pid = 0x5c7ad2, .nl_groups = 1};
	bind(us, (struct sockaddr *)&ua, sizeof(ua));
	struct netlink_diag_req nr = {
		.sdiag_family = AF_NETLINK,
		.sdiag_protocol = NETLINK_USERSOCK,
		.ndiag_show = NDIAG_SHOW_MEMINFO | NDIAG_SHOW_GROUPS |
			      NDIAG_SHOW_RING_CFG | NDIAG_SHOW_FLAGS};
	query(NLM_F_DUMP, &nr, sizeof(nr));

	crafted();
	return 0;
}
