/* Sockets: addresses, messages and control data, socket options, as
 * strace 6.1 prints them. Netlink message bodies are in netlink.c. */
#include "decode/net.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/errqueue.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/xattr.h>

#include "config.h"
#include "decode/bpf.h"
#include "decode/common.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

/* strace reads at most a sockaddr_storage of any address */
#define SOCKADDR_MAX 128
/* and at most this much control data of a message */
#define CONTROL_MAX 131072
/* linux/icmp.h, which cannot meet net/if.h */
#define ICMP_FILTER 1

/* ---- small printers ---- */

void print_msg_flags(struct call *c, uint64_t flags)
{
	emit_flags_unknown(c->e, &xlat_msg_flags, (uint32_t)flags, NULL,
			   "MSG_???");
}

/* before"text"after, the text escaped */
static void format_quoted(struct call *c, struct strbuf *sb, const char *before,
			  const char *text, const char *after)
{
	sb_puts(sb, before);
	sb_putc(sb, '"');
	escape_text(sb, (const unsigned char *)text, strlen(text),
		    c->cfg->hexmode);
	sb_putc(sb, '"');
	sb_puts(sb, after);
}

void print_quoted_expr(struct call *c, const char *before, const char *text,
		       const char *after)
{
	struct strbuf sb = {0};
	format_quoted(c, &sb, before, text, after);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

void print_ifindex(struct call *c, int64_t index)
{
	char name[IF_NAMESIZE];
	if (index > 0 && index <= UINT32_MAX &&
	    if_indextoname((unsigned)index, name)) {
		struct strbuf sb = {0};
		format_quoted(c, &sb, "if_nametoindex(", name, ")");
		emit_sym_base(c->e, sb_cstr(&sb), (uint64_t)index, SYM_UDEC);
		sb_free(&sb);
		return;
	}
	emit_int(c->e, index);
}

/* htons(80), htonl(5): -X raw shows the bytes in network order */
static void print_net_order(struct call *c, const char *text, const void *v,
			    size_t len)
{
	emit_sym_bytes(c->e, text, v, len);
}

void print_inet_addr(struct call *c, const void *in_addr)
{
	char text[INET_ADDRSTRLEN];
	struct strbuf sb = {0};
	inet_ntop(AF_INET, in_addr, text, sizeof(text));
	format_quoted(c, &sb, "inet_addr(", text, ")");
	emit_sym_bytes(c->e, sb_cstr(&sb), in_addr, 4);
	sb_free(&sb);
}

/* inet_pton(AF_INET6, "::1", &sin6_addr) stands for the field; -X raw
 * and verbose show the field and its bytes */
static void print_inet6_addr(struct call *c, const void *in6_addr,
			     const char *field)
{
	char text[INET6_ADDRSTRLEN], after[64];
	struct strbuf sb = {0};
	inet_ntop(AF_INET6, in6_addr, text, sizeof(text));
	if (emit_xlat_style(c->e) == XLAT_ABBREV) {
		snprintf(after, sizeof(after), ", &%s)", field);
		format_quoted(c, &sb, "inet_pton(AF_INET6, ", text, after);
		emit_expr(c->e, sb_cstr(&sb));
	} else {
		emit_field(c->e, field);
		print_inet6_value(c, in6_addr);
	}
	sb_free(&sb);
}

void print_inet6_value(struct call *c, const void *in6_addr)
{
	char text[INET6_ADDRSTRLEN];
	struct strbuf sb = {0};
	inet_ntop(AF_INET6, in6_addr, text, sizeof(text));
	format_quoted(c, &sb, "inet_pton(AF_INET6, ", text, ")");
	emit_sym_bytes(c->e, sb_cstr(&sb), in6_addr, 16);
	sb_free(&sb);
}

/* socket(AF_PACKET, ..., htons(ETH_P_ALL)): an int, in every -X style an
 * htons() of the protocol */
static void print_htons_proto(struct call *c, uint16_t net_order)
{
	struct strbuf sb = {0};
	sb_puts(&sb, "htons(");
	emit_format_enum(c->e, &sb, &xlat_sock_eth_protocols, ntohs(net_order),
			 "ETH_P_???", SYM_HEX);
	sb_putc(&sb, ')');
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

static void print_port(struct call *c, const uint16_t *net_order)
{
	char text[16];
	snprintf(text, sizeof(text), "htons(%u)", ntohs(*net_order));
	print_net_order(c, text, net_order, 2);
}

/* ETH_P_IP, or 0x1234 / * ETH_P_??? * /, inside htons() */
static void print_htons_eth(struct call *c, uint16_t net_order)
{
	uint16_t v = ntohs(net_order);
	const char *n = xlat_name(&xlat_sock_eth_protocols, v);
	char text[64];
	if (n)
		snprintf(text, sizeof(text), "htons(%s)", n);
	else if (v)
		snprintf(text, sizeof(text), "htons(%#x /* ETH_P_??? */)", v);
	else
		snprintf(text, sizeof(text), "htons(0 /* ETH_P_??? */)");
	print_net_order(c, text, &net_order, 2);
}

/* a hardware address byte as strace prints it (%#02x: 00, 0x1, 0xab) */
static void print_hw_byte(struct call *c, uint8_t b)
{
	if (b)
		emit_hex(c->e, b);
	else
		emit_expr(c->e, "00");
}

void print_hwaddr(struct call *c, const uint8_t *a, size_t len, size_t shown)
{
	char text[3 * 32 + 1];
	size_t n = 0;
	len = MIN(len, 32);
	shown = MIN(shown, len);
	for (size_t i = 0; i < shown; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%s%02x",
				      i ? ":" : "", a[i]);
	text[n] = '\0';
	emit_sym_bytes(c->e, text, a, len);
}

/* ---- socket addresses ---- */

static void print_sa_data(struct call *c, const unsigned char *buf, size_t len)
{
	if (len <= 2)
		return;
	emit_field(c->e, "sa_data");
	emit_str(c->e, buf + 2, len - 2, 0);
}

static void print_sockaddr_un(struct call *c, const unsigned char *buf,
			      size_t len)
{
	size_t pathlen = len - 2;
	const char *path = (const char *)buf + 2;
	if (pathlen > sizeof(((struct sockaddr_un *)0)->sun_path))
		pathlen = sizeof(((struct sockaddr_un *)0)->sun_path);
	if (!pathlen)
		return;
	emit_field(c->e, "sun_path");
	if (path[0] == '\0') {
		/* an abstract name: every byte of the given length counts */
		struct strbuf sb = {0};
		sb_add(&sb, "@\"", 2);
		escape_text(&sb, (const unsigned char *)path + 1, pathlen - 1,
			    c->cfg->hexmode);
		sb_putc(&sb, '"');
		emit_expr(c->e, sb_cstr(&sb));
		sb_free(&sb);
		return;
	}
	emit_str(c->e, path, strnlen(path, pathlen), STR_PATH);
}

/* a field strace shows only when it is not zero, in hex */
static void print_nonzero_hex(struct call *c, const char *field, uint64_t v)
{
	if (!v)
		return;
	emit_field(c->e, field);
	emit_hex(c->e, v);
}

/* a value of a set, or hex without a comment */
static void print_sym_or_hex(struct call *c, const struct xlat *x, uint64_t v)
{
	const char *n = xlat_name(x, v);
	if (n)
		emit_sym_hex(c->e, n, v);
	else
		emit_hex(c->e, v);
}

/* struct sockaddr_vm: family, reserved1, port, cid, flags, zero[3] */
static void print_sockaddr_vm(struct call *c, const unsigned char *buf,
			      size_t len)
{
	uint16_t reserved1;
	uint32_t port, cid;
	if (len < 16) {
		print_sa_data(c, buf, len);
		return;
	}
	memcpy(&reserved1, buf + 2, 2);
	memcpy(&port, buf + 4, 4);
	memcpy(&cid, buf + 8, 4);
	print_nonzero_hex(c, "svm_reserved1", reserved1);
	emit_field(c->e, "svm_cid");
	print_sym_or_hex(c, &xlat_vsock_cids, cid);
	emit_field(c->e, "svm_port");
	if (port == UINT32_MAX)
		emit_sym_hex(c->e, "VMADDR_PORT_ANY", port);
	else
		emit_hex(c->e, port);
	emit_field(c->e, "svm_flags");
	emit_flags_unknown(c->e, &xlat_vsock_flags, buf[12], NULL,
			   "VMADDR_FLAG_???");
	if (buf[13] || buf[14] || buf[15]) {
		emit_field(c->e, "svm_zero");
		struct strbuf sb = {0};
		sb_putc(&sb, '"');
		escape_text(&sb, buf + 13, 3, 2);
		sb_putc(&sb, '"');
		emit_expr(c->e, sb_cstr(&sb));
		sb_free(&sb);
	}
}

/* struct sockaddr_xdp: family, flags, ifindex, queue_id, shared_umem_fd */
static void print_sockaddr_xdp(struct call *c, const unsigned char *buf,
			       size_t len)
{
	uint16_t flags;
	uint32_t ifindex, queue, fd;
	if (len < 16) {
		print_sa_data(c, buf, len);
		return;
	}
	memcpy(&flags, buf + 2, 2);
	memcpy(&ifindex, buf + 4, 4);
	memcpy(&queue, buf + 8, 4);
	memcpy(&fd, buf + 12, 4);
	emit_field(c->e, "sxdp_flags");
	emit_flags_unknown(c->e, &xlat_xdp_bind_flags, flags, NULL, "XDP_???");
	emit_field(c->e, "sxdp_ifindex");
	print_ifindex(c, ifindex);
	emit_field(c->e, "sxdp_queue_id");
	emit_uint(c->e, queue);
	emit_field(c->e, "sxdp_shared_umem_fd");
	if (flags & 1) /* XDP_SHARED_UMEM: the fd of the socket sharing */
		print_fd(c, (int32_t)fd);
	else
		emit_hex(c->e, fd);
}

/* struct sockaddr_mctp: family, pad0, network, addr, type, tag, pad1 */
static void print_sockaddr_mctp(struct call *c, const unsigned char *buf,
				size_t len)
{
	uint16_t pad0;
	uint32_t network;
	if (len < 12) {
		print_sa_data(c, buf, len);
		return;
	}
	memcpy(&pad0, buf + 2, 2);
	memcpy(&network, buf + 4, 4);
	print_nonzero_hex(c, "__smctp_pad0", pad0);
	emit_field(c->e, "smctp_network");
	if (network == 0)
		emit_sym_hex(c->e, "MCTP_NET_ANY", 0);
	else
		emit_hex(c->e, network);
	emit_field(c->e, "smctp_addr");
	emit_struct_begin(c->e);
	emit_field(c->e, "s_addr");
	print_sym_or_hex(c, &xlat_mctp_addrs, buf[8]);
	emit_struct_end(c->e);
	emit_field(c->e, "smctp_type");
	emit_hex(c->e, buf[9]);
	emit_field(c->e, "smctp_tag");
	emit_hex(c->e, buf[10]);
	print_nonzero_hex(c, "__smctp_pad1", buf[11]);
}

static bool ipv6_linklocal(const struct in6_addr *a)
{
	return IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_MC_LINKLOCAL(a);
}

void print_sockaddr_data(struct call *c, const unsigned char *buf, size_t len)
{
	struct emitter *e = c->e;
	uint16_t family;
	memcpy(&family, buf, sizeof(family));
	emit_struct_begin(e);
	emit_field(e, "sa_family");
	emit_enum(e, &xlat_sock_families, family, "AF_???");
	switch (family) {
	case AF_UNIX: print_sockaddr_un(c, buf, len); break;
	case AF_INET: {
		struct sockaddr_in sin;
		if (len < sizeof(sin)) {
			print_sa_data(c, buf, len);
			break;
		}
		memcpy(&sin, buf, sizeof(sin));
		emit_field(e, "sin_port");
		print_port(c, &sin.sin_port);
		emit_field(e, "sin_addr");
		print_inet_addr(c, &sin.sin_addr);
		break;
	}
	case AF_INET6: {
		/* sin6_scope_id is optional: the RFC 2133 address is shorter */
		struct sockaddr_in6 sin6 = {0};
		const size_t min_len =
			offsetof(struct sockaddr_in6, sin6_scope_id);
		if (len < min_len) {
			print_sa_data(c, buf, len);
			break;
		}
		memcpy(&sin6, buf, MIN(len, sizeof(sin6)));
		emit_field(e, "sin6_port");
		print_port(c, &sin6.sin6_port);
		emit_field(e, "sin6_flowinfo");
		char flow[32];
		snprintf(flow, sizeof(flow), "htonl(%u)",
			 ntohl(sin6.sin6_flowinfo));
		print_net_order(c, flow, &sin6.sin6_flowinfo, 4);
		print_inet6_addr(c, &sin6.sin6_addr, "sin6_addr");
		if (len > min_len) {
			emit_field(e, "sin6_scope_id");
			if (ipv6_linklocal(&sin6.sin6_addr))
				print_ifindex(c, sin6.sin6_scope_id);
			else
				emit_uint(e, sin6.sin6_scope_id);
		}
		break;
	}
	case AF_NETLINK: {
		struct sockaddr_nl nl;
		if (len < sizeof(nl)) {
			print_sa_data(c, buf, len);
			break;
		}
		memcpy(&nl, buf, sizeof(nl));
		emit_field(e, "nl_pid");
		emit_int(e, (int32_t)nl.nl_pid);
		emit_field(e, "nl_groups");
		emit_exprf(e, "%#08x", nl.nl_groups);
		break;
	}
	case AF_PACKET: {
		struct sockaddr_ll ll;
		if (len < sizeof(ll)) {
			print_sa_data(c, buf, len);
			break;
		}
		memcpy(&ll, buf, sizeof(ll));
		emit_field(e, "sll_protocol");
		print_htons_eth(c, ll.sll_protocol);
		emit_field(e, "sll_ifindex");
		print_ifindex(c, (uint32_t)ll.sll_ifindex);
		emit_field(e, "sll_hatype");
		emit_enum(e, &xlat_arp_hardware_types, ll.sll_hatype,
			  "ARPHRD_???");
		emit_field(e, "sll_pkttype");
		emit_enum(e, &xlat_packet_types, ll.sll_pkttype, "PACKET_???");
		emit_field(e, "sll_halen");
		emit_uint(e, ll.sll_halen);
		if (ll.sll_halen) {
			size_t n = MIN(ll.sll_halen, sizeof(ll.sll_addr));
			emit_field(e, "sll_addr");
			emit_array_begin(e);
			for (size_t i = 0; i < n; i++)
				print_hw_byte(c, ll.sll_addr[i]);
			if (ll.sll_halen > n)
				emit_more(e);
			emit_array_end(e);
		}
		break;
	}
	case AF_VSOCK: print_sockaddr_vm(c, buf, len); break;
	case AF_XDP: print_sockaddr_xdp(c, buf, len); break;
	case AF_MCTP: print_sockaddr_mctp(c, buf, len); break;
	default: print_sa_data(c, buf, len);
	}
	emit_struct_end(e);
}

int print_sockaddr(struct call *c, uint64_t addr, int64_t len)
{
	unsigned char buf[SOCKADDR_MAX];
	uint16_t family;
	if (!addr) {
		emit_null(c->e);
		return -1;
	}
	if (len < 2 || !call_verbose(c)) {
		emit_ptr(c->e, addr);
		return -1;
	}
	size_t n = len > SOCKADDR_MAX ? SOCKADDR_MAX : (size_t)len;
	if (mem_read(c->mem, addr, buf, n) < 0) {
		emit_ptr(c->e, addr);
		return -1;
	}
	print_sockaddr_data(c, buf, n);
	memcpy(&family, buf, sizeof(family));
	return family;
}

void arg_sockaddr(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sockaddr(c, c->args[i], i + 1 < 6 ? (int32_t)c->args[i + 1] : 0);
}

/* The address a call fills and its in/out length: [in => out], or [in]
 * when the kernel left it. The in value was saved at entry in saved[0]
 * (saved[1] says whether it could be read). */
static void save_socklen(struct call *c, uint64_t lenaddr)
{
	int32_t v;
	c->saved[1] = lenaddr && mem_read(c->mem, lenaddr, &v, sizeof(v)) == 0;
	c->saved[0] = c->saved[1] ? (uint32_t)v : 0;
}

static void print_socklen_in(struct call *c, uint64_t lenaddr)
{
	if (!lenaddr || !c->saved[1]) {
		emit_ptr(c->e, lenaddr);
		return;
	}
	emit_array_begin(c->e);
	emit_int(c->e, (int32_t)c->saved[0]);
	emit_array_end(c->e);
}

static void print_sockaddr_out(struct call *c, uint64_t addr, uint64_t lenaddr)
{
	int32_t out;
	if (!addr) {
		emit_null(c->e);
		emit_ptr(c->e, lenaddr);
		return;
	}
	if (!call_verbose(c)) {
		emit_ptr(c->e, addr);
		emit_ptr(c->e, lenaddr);
		return;
	}
	if (c->err || !lenaddr) {
		emit_ptr(c->e, addr);
		print_socklen_in(c, lenaddr);
		return;
	}
	if (mem_read(c->mem, lenaddr, &out, sizeof(out)) < 0) {
		emit_ptr(c->e, addr);
		emit_ptr(c->e, lenaddr);
		return;
	}
	int32_t in = c->saved[1] ? (int32_t)c->saved[0] : out;
	print_sockaddr(c, addr, in < out ? in : out);
	emit_array_begin(c->e);
	emit_int(c->e, in);
	if (in != out) {
		emit_changed(c->e);
		emit_int(c->e, out);
	}
	emit_array_end(c->e);
}

/* accept, accept4, getsockname, getpeername */
int decode_sockname(struct call *c)
{
	if (!c->exiting) {
		decode_arg(c, 0);
		save_socklen(c, c->args[2]);
		return DECODE_MORE;
	}
	print_sockaddr_out(c, c->args[1], c->args[2]);
	if (c->desc->nargs == 4)
		decode_arg(c, 3);
	return DECODE_DONE;
}

/* ---- socket, socketpair ---- */

void arg_sock_domain(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_enum(c->e, &xlat_sock_families, (uint32_t)c->args[i], "AF_???");
}

void arg_sock_type(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	const char *type = xlat_name(&xlat_sock_types, v & 0xf);
	if (!type) {
		emit_flags_unknown(c->e, &xlat_sock_type_flags, v, NULL,
				   "SOCK_???");
		return;
	}
	/* SOCK_STREAM|SOCK_CLOEXEC, SOCK_STREAM|0x1000 / * SOCK_??? * / */
	struct flag_part p[2] = {
		{PART_SYM, NULL, v & 0xf, type, NULL, SYM_HEX},
		{PART_FLAGS, &xlat_sock_type_flags, v & ~0xfU, NULL,
		 "SOCK_???"},
	};
	emit_flag_parts(c->e, p, p[1].val ? 2 : 1, v);
}

void arg_accept_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_flags_unknown(c->e, &xlat_sock_type_flags, (uint32_t)c->args[i],
			   NULL, "SOCK_???");
}

void arg_sock_protocol(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t proto = (uint32_t)c->args[i];
	const struct xlat *x = NULL;
	const char *comment = NULL;
	switch ((uint32_t)c->args[0]) {
	case AF_INET:
	case AF_INET6:
		x = &xlat_sock_inet_protocols;
		comment = "IPPROTO_???";
		break;
	case AF_NETLINK:
		x = &xlat_sock_netlink_protocols;
		comment = "NETLINK_???";
		break;
	case AF_PACKET: print_htons_proto(c, (uint16_t)proto); return;
	case AF_BLUETOOTH:
		x = &xlat_sock_bt_protocols;
		comment = "BTPROTO_???";
		break;
	case AF_CAN:
		x = &xlat_sock_can_protocols;
		comment = "CAN_???";
		break;
	case AF_IRDA: /* strace 6.1 names them from the CAN list */
		x = &xlat_sock_can_protocols;
		comment = "IRDAPROTO_???";
		break;
	case AF_SMC:
		x = &xlat_sock_smc_protocols;
		comment = "SMCPROTO_???";
		break;
	case AF_RXRPC:
		x = &xlat_sock_families;
		comment = "AF_???";
		break;
	case AF_AX25: {
		const char *n = xlat_name(&xlat_ax25_protocols, proto);
		emit_hex(c->e, proto);
		emit_comment(c->e, n ? n : "AX25_P_???");
		return;
	}
	case AF_ISDN:
	case AF_PHONET:
	case AF_CAIF:
	case AF_NFC:
	case AF_KCM: {
		static const char *const comments[] = {
			[AF_ISDN] = "ISDN_P_???",
			[AF_PHONET] = "PN_PROTO_???",
			[AF_CAIF] = "CAIFPROTO_???",
			[AF_NFC] = "NFC_SOCKPROTO_???",
			[AF_KCM] = "KCMPROTO_???"};
		uint32_t family = (uint32_t)c->args[0];
		uint64_t key = ((uint64_t)family << 16) | proto;
		const char *n =
			proto <= 0xffff
				? xlat_name(&xlat_sock_misc_protocols, key)
				: NULL;
		if (n) {
			emit_sym_hex(c->e, n, proto);
		} else {
			emit_hex(c->e, proto);
			emit_xlat_comment(c->e, comments[family]);
		}
		return;
	}
	}
	if (x)
		emit_enum(c->e, x, proto, comment);
	else
		emit_uint(c->e, proto);
}

/* int[2] of a successful socketpair */
void arg_sock_fd_pair(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t fds[2];
	if (!fetch_struct(c, c->args[i], fds, sizeof(fds)))
		return;
	emit_array_begin(c->e);
	print_fd(c, fds[0]);
	print_fd(c, fds[1]);
	emit_array_end(c->e);
}

void arg_shutdown_how(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_enum(c->e, &xlat_shutdown_modes, (uint32_t)c->args[i], "SHUT_???");
}

/* ---- which sockets are netlink sockets ----
 * A socket is known by its inode, which stays the same across fork, dup
 * and fd passing and which the kernel does not reuse while the socket
 * lives. socket() records the family of the sockets it makes; any other
 * socket (inherited, received, made before we attached) is asked once
 * for its protocol name (the fd's xattr). The netlink protocol comes
 * from our own /proc/self/net/netlink, as strace asks sock_diag in its
 * own network namespace: it lists bound sockets only, so until a netlink
 * socket is bound (by bind or its first send) strace does not know its
 * protocol either, and this asks again each time; a tracee in another
 * namespace keeps it unknown, for strace too. */

struct sock_record {
	uint64_t inode;
	int32_t protocol; /* NETLINK_*, NL_NOT_NETLINK or NL_PROTOCOL_UNKNOWN */
};

static struct sock_record sock_records[256];
static unsigned sock_next;

static bool socket_inode(pid_t pid, int64_t fd, uint64_t *inode)
{
	char path[64];
	struct stat st;
	if (fd < 0 || fd > INT32_MAX)
		return false;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)pid, (int)fd);
	if (stat(path, &st) < 0 || !S_ISSOCK(st.st_mode))
		return false;
	*inode = (uint64_t)st.st_ino;
	return true;
}

static struct sock_record *sock_find(uint64_t inode)
{
	for (unsigned i = 0; i < ARRAY_SIZE(sock_records); i++)
		if (sock_records[i].inode == inode)
			return &sock_records[i];
	return NULL;
}

static void sock_store(uint64_t inode, int32_t protocol)
{
	struct sock_record *r = sock_find(inode);
	if (!r) {
		r = &sock_records[sock_next];
		sock_next = (sock_next + 1) % ARRAY_SIZE(sock_records);
	}
	r->inode = inode;
	r->protocol = protocol;
}

/* the Eth column of our /proc/self/net/netlink for the socket's inode */
static int32_t netlink_protocol_by_inode(uint64_t inode)
{
	char line[256];
	FILE *f = fopen("/proc/self/net/netlink", "re");
	if (!f)
		return NL_PROTOCOL_UNKNOWN;
	int32_t proto = NL_PROTOCOL_UNKNOWN;
	while (fgets(line, sizeof(line), f)) {
		unsigned long long sk, ino;
		int eth;
		unsigned portid, groups, rmem, wmem, dump, locks, drops;
		if (sscanf(line, "%llx %d %u %x %u %u %u %u %u %llu", &sk, &eth,
			   &portid, &groups, &rmem, &wmem, &dump, &locks,
			   &drops, &ino) == 10 &&
		    ino == inode && eth >= 0) {
			proto = eth;
			break;
		}
	}
	fclose(f);
	return proto;
}

int net_netlink_protocol(struct call *c, int64_t fd)
{
	uint64_t inode;
	if (!socket_inode(c->mem->pid, fd, &inode))
		return NL_NOT_NETLINK;
	struct sock_record *r = sock_find(inode);
	if (r && r->protocol != NL_PROTOCOL_UNKNOWN)
		return r->protocol;
	if (!r) {
		char path[64], name[32];
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)c->mem->pid,
			 (int)fd);
		ssize_t n = getxattr(path, "system.sockprotoname", name,
				     sizeof(name) - 1);
		if (n > 0)
			name[n] = '\0';
		if (n <= 0 || strcmp(name, "NETLINK") != 0) {
			sock_store(inode, NL_NOT_NETLINK);
			return NL_NOT_NETLINK;
		}
	}
	int32_t proto = netlink_protocol_by_inode(inode);
	sock_store(inode, proto);
	return proto;
}

int decode_socket(struct call *c)
{
	if (!c->exiting) {
		decode_args(c, 0, 3);
		return DECODE_DONE;
	}
	uint64_t inode;
	if (!c->err && socket_inode(c->mem->pid, c->rval, &inode))
		sock_store(inode, (uint32_t)c->args[0] == AF_NETLINK
					  ? NL_PROTOCOL_UNKNOWN
					  : NL_NOT_NETLINK);
	return DECODE_DONE;
}

/* ---- send and receive ---- */

/* bytes of a socket: netlink messages on a netlink socket */
static void print_sock_buf(struct call *c, uint64_t addr, uint64_t len,
			   int nl_proto)
{
	if (nl_proto != NL_NOT_NETLINK && call_verbose(c))
		print_netlink(c, addr, len, nl_proto);
	else
		print_buffer(c, addr, len);
}

void arg_sock_buf_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sock_buf(c, c->args[i], c->args[i + 1],
		       net_netlink_protocol(c, (int32_t)c->args[0]));
}

void arg_msg_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_msg_flags(c, c->args[i]);
}

int decode_recvfrom(struct call *c)
{
	if (!c->exiting) {
		decode_arg(c, 0);
		save_socklen(c, c->args[5]);
		return DECODE_MORE;
	}
	if (c->err) {
		emit_ptr(c->e, c->args[1]);
	} else {
		/* MSG_TRUNC returns the real length: show what was stored */
		uint64_t n = MIN((uint64_t)c->rval, c->args[2]);
		print_sock_buf(c, c->args[1], n,
			       net_netlink_protocol(c, (int32_t)c->args[0]));
	}
	emit_uint(c->e, c->args[2]);
	print_msg_flags(c, c->args[3]);
	print_sockaddr_out(c, c->args[4], c->args[5]);
	return DECODE_DONE;
}

/* struct msghdr in either personality */
struct msghdr_n {
	uint64_t name;
	uint32_t namelen;
	uint64_t iov, iovlen, control, controllen;
	uint32_t flags;
};

static size_t msghdr_size(const struct call *c)
{
	return c->mem->wordsize == 4 ? 28 : sizeof(struct msghdr);
}

static void msghdr_from(const struct call *c, const void *raw,
			struct msghdr_n *m)
{
	if (c->mem->wordsize == 4) {
		const uint32_t *v = raw;
		*m = (struct msghdr_n){v[0], v[1], v[2], v[3],
				       v[4], v[5], v[6]};
		return;
	}
	const struct msghdr *h = raw;
	*m = (struct msghdr_n){(uint64_t)(uintptr_t)h->msg_name,
			       h->msg_namelen,
			       (uint64_t)(uintptr_t)h->msg_iov,
			       h->msg_iovlen,
			       (uint64_t)(uintptr_t)h->msg_control,
			       h->msg_controllen,
			       (uint32_t)h->msg_flags};
}

static void print_msg_iov_buf(struct call *c, uint64_t addr, uint64_t len,
			      void *ctx)
{
	print_sock_buf(c, addr, len, *(const int *)ctx);
}

/* iovecs of a message: data_len bounds the bytes shown in all of them */
static void print_msg_iov(struct call *c, uint64_t addr, uint64_t count,
			  uint64_t data_len, int nl_proto)
{
	print_iovec_with(c, addr, count, data_len, print_msg_iov_buf,
			 &nl_proto);
}

/* ---- control messages ---- */

static void print_int_array(struct call *c, const unsigned char *data,
			    size_t len, bool fds)
{
	size_t n = len / 4;
	emit_array_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		int32_t v;
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		memcpy(&v, data + 4 * i, 4);
		if (fds)
			print_fd(c, v);
		else
			emit_uint(c->e, (uint32_t)v);
	}
	emit_array_end(c->e);
}

static void print_byte_array(struct call *c, const unsigned char *data,
			     size_t len)
{
	emit_array_begin(c->e);
	for (size_t i = 0; i < len; i++) {
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		emit_hex(c->e, data[i]);
	}
	emit_array_end(c->e);
}

static void print_time_pair(struct call *c, const unsigned char *data,
			    const char *second, int wordsize)
{
	int64_t v[2];
	if (wordsize == 4) {
		int32_t w[2];
		memcpy(w, data, sizeof(w));
		v[0] = w[0];
		v[1] = w[1];
	} else {
		memcpy(v, data, sizeof(v));
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, v[0]);
	emit_field(c->e, second);
	emit_int(c->e, v[1]);
	emit_struct_end(c->e);
}

static void print_ucred(struct call *c, const unsigned char *data, size_t len)
{
	struct ucred cr = {0};
	memcpy(&cr, data, MIN(len, sizeof(cr)));
	emit_struct_begin(c->e);
	emit_field(c->e, "pid");
	emit_int(c->e, cr.pid);
	if (len >= 8) {
		emit_field(c->e, "uid");
		emit_int(c->e, cr.uid == (uid_t)-1 ? -1 : (int64_t)cr.uid);
	}
	if (len >= 12) {
		emit_field(c->e, "gid");
		emit_int(c->e, cr.gid == (gid_t)-1 ? -1 : (int64_t)cr.gid);
	}
	emit_struct_end(c->e);
}

static void print_cmsg_socket(struct call *c, int type,
			      const unsigned char *data, size_t len)
{
	struct emitter *e = c->e;
	/* the kernel's timestamps keep their 64-bit layout for the _NEW
	 * types; the _OLD ones follow the personality */
	int ws = c->mem->wordsize == 4 ? 4 : 8;
	size_t tsize = 2 * (size_t)ws;
	switch (type) {
	case SCM_RIGHTS:
		if (len >= 4) {
			emit_field(e, "cmsg_data");
			print_int_array(c, data, len, true);
		}
		break;
	case SCM_CREDENTIALS:
		if (len >= sizeof(struct ucred)) {
			emit_field(e, "cmsg_data");
			print_ucred(c, data, len);
		}
		break;
	case 3: /* SCM_SECURITY */
		emit_field(e, "cmsg_data");
		emit_str(e, data, MIN(len, str_limit(c)),
			 len > str_limit(c) ? STR_TRUNCATED : 0);
		break;
	case SO_TIMESTAMP_OLD:
	case SO_TIMESTAMPNS_OLD:
	case SO_TIMESTAMP_NEW:
	case SO_TIMESTAMPNS_NEW: {
		bool is_new =
			type == SO_TIMESTAMP_NEW || type == SO_TIMESTAMPNS_NEW;
		size_t need = is_new ? 16 : tsize;
		emit_field(e, "cmsg_data");
		if (len < need) {
			emit_expr(e, "???");
			break;
		}
		bool ns = type == SO_TIMESTAMPNS_OLD ||
			  type == SO_TIMESTAMPNS_NEW;
		print_time_pair(c, data, ns ? "tv_nsec" : "tv_usec",
				is_new ? 8 : ws);
		break;
	}
	case SO_TIMESTAMPING_OLD:
	case SO_TIMESTAMPING_NEW: {
		bool is_new = type == SO_TIMESTAMPING_NEW;
		size_t one = is_new ? 16 : tsize;
		emit_field(e, "cmsg_data");
		if (len < 3 * one) {
			emit_expr(e, "???");
			break;
		}
		emit_array_begin(e);
		for (int i = 0; i < 3; i++)
			print_time_pair(c, data + i * one, "tv_nsec",
					is_new ? 8 : ws);
		emit_array_end(e);
		break;
	}
	}
}

static void print_cmsg_ip(struct call *c, int type, const unsigned char *data,
			  size_t len)
{
	struct emitter *e = c->e;
	switch (type) {
	case IP_PKTINFO: {
		struct in_pktinfo pi;
		if (len < sizeof(pi))
			break;
		memcpy(&pi, data, sizeof(pi));
		emit_field(e, "cmsg_data");
		emit_struct_begin(e);
		emit_field(e, "ipi_ifindex");
		print_ifindex(c, (uint32_t)pi.ipi_ifindex);
		emit_field(e, "ipi_spec_dst");
		print_inet_addr(c, &pi.ipi_spec_dst);
		emit_field(e, "ipi_addr");
		print_inet_addr(c, &pi.ipi_addr);
		emit_struct_end(e);
		break;
	}
	case IP_TTL:
	case IP_CHECKSUM:
		if (len >= 4) {
			emit_field(e, "cmsg_data");
			print_int_array(c, data, len, false);
		}
		break;
	case IP_TOS:
	case IP_RECVOPTS:
	case IP_RETOPTS:
		if (len) {
			emit_field(e, "cmsg_data");
			print_byte_array(c, data, len);
		}
		break;
	case IP_RECVERR: {
		struct sock_extended_err ee;
		const size_t off_len = sizeof(struct sockaddr_in);
		if (len < sizeof(ee) + off_len)
			break;
		memcpy(&ee, data, sizeof(ee));
		emit_field(e, "cmsg_data");
		emit_struct_begin(e);
		emit_field(e, "ee_errno");
		emit_uint(e, ee.ee_errno);
		emit_field(e, "ee_origin");
		emit_uint(e, ee.ee_origin);
		emit_field(e, "ee_type");
		emit_uint(e, ee.ee_type);
		emit_field(e, "ee_code");
		emit_uint(e, ee.ee_code);
		emit_field(e, "ee_info");
		emit_uint(e, ee.ee_info);
		emit_field(e, "ee_data");
		emit_uint(e, ee.ee_data);
		emit_field(e, "offender");
		print_sockaddr_data(c, data + sizeof(ee), off_len);
		emit_struct_end(e);
		break;
	}
	case IP_ORIGDSTADDR:
		if (len >= 2) {
			emit_field(e, "cmsg_data");
			print_sockaddr_data(c, data, MIN(len, SOCKADDR_MAX));
		}
		break;
	case 3: /* SCM_SECURITY, as strace names it here */
		emit_field(e, "cmsg_data");
		emit_str(e, data, MIN(len, str_limit(c)),
			 len > str_limit(c) ? STR_TRUNCATED : 0);
		break;
	}
}

/* One cmsghdr: its header, and its data when the level and type are
 * known; len is how much of it lies in the control buffer. */
static void print_cmsg(struct call *c, uint64_t cmsg_len, int level, int type,
		       const unsigned char *data, size_t data_len)
{
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "cmsg_len");
	emit_uint(e, cmsg_len);
	emit_field(e, "cmsg_level");
	emit_enum(e, &xlat_sock_levels, (uint32_t)level, "SOL_???");
	emit_field(e, "cmsg_type");
	switch (level) {
	case SOL_SOCKET:
		emit_enum(e, &xlat_scm_types, (uint32_t)type, "SCM_???");
		if (data_len)
			print_cmsg_socket(c, type, data, data_len);
		break;
	case SOL_IP:
		emit_enum(e, &xlat_ip_cmsg_types, (uint32_t)type, "IP_???");
		if (data_len)
			print_cmsg_ip(c, type, data, data_len);
		break;
	default: emit_hex(e, (uint32_t)type);
	}
	emit_struct_end(e);
}

static unsigned char *control_buffer(size_t n)
{
	static unsigned char *buf;
	static size_t cap;
	if (n > cap) {
		buf = xrealloc(buf, n);
		cap = n;
	}
	return buf;
}

static void print_msg_control(struct call *c, uint64_t addr, uint64_t len)
{
	struct emitter *e = c->e;
	const bool w4 = c->mem->wordsize == 4;
	const size_t hdr = w4 ? 12 : sizeof(struct cmsghdr);
	const size_t align = w4 ? 4 : 8;
	if (!addr) {
		emit_null(e);
		return;
	}
	if (len < hdr || !call_verbose(c)) {
		emit_ptr(e, addr);
		return;
	}
	size_t total = len > CONTROL_MAX ? CONTROL_MAX : (size_t)len;
	unsigned char *buf = control_buffer(total);
	if (mem_read(c->mem, addr, buf, total) < 0) {
		emit_ptr(e, addr);
		return;
	}
	size_t off = 0, left = total;
	emit_array_begin(e);
	while (left >= hdr) {
		uint64_t cmsg_len;
		int32_t level, type;
		if (w4) {
			uint32_t l;
			memcpy(&l, buf + off, 4);
			cmsg_len = l;
			memcpy(&level, buf + off + 4, 4);
			memcpy(&type, buf + off + 8, 4);
		} else {
			struct cmsghdr h;
			memcpy(&h, buf + off, sizeof(h));
			cmsg_len = h.cmsg_len;
			level = h.cmsg_level;
			type = h.cmsg_type;
		}
		size_t in_buf = cmsg_len > left ? left : (size_t)cmsg_len;
		print_cmsg(c, cmsg_len, level, type, buf + off + hdr,
			   in_buf > hdr ? in_buf - hdr : 0);
		if (in_buf < hdr) {
			left -= hdr;
			break;
		}
		uint64_t step = (cmsg_len + align - 1) & ~(uint64_t)(align - 1);
		if (step >= left) {
			left = 0;
			break;
		}
		off += (size_t)step;
		left -= (size_t)step;
	}
	if (left) {
		char text[32];
		snprintf(text, sizeof(text), "%#llx",
			 (unsigned long long)(addr + (total - left)));
		emit_more(e);
		emit_comment(e, text);
	} else if (total < len) {
		emit_more(e);
	}
	emit_array_end(e);
}

/* A message header. recv: printed at exit, msg_namelen as in => out
 * with in_namelen from entry, the data bounded by data_len. */
static void print_msghdr(struct call *c, const struct msghdr_n *m, bool recv,
			 uint32_t in_namelen, uint64_t data_len)
{
	struct emitter *e = c->e;
	int32_t namelen = (int32_t)m->namelen;
	int family;
	emit_struct_begin(e);
	emit_field(e, "msg_name");
	if (recv) {
		int32_t in = (int32_t)in_namelen;
		family =
			print_sockaddr(c, m->name, in < namelen ? in : namelen);
		emit_field(e, "msg_namelen");
		emit_int(e, in);
		if (in != namelen) {
			emit_changed(e);
			emit_int(e, namelen);
		}
	} else {
		family = print_sockaddr(c, m->name, namelen);
		emit_field(e, "msg_namelen");
		emit_int(e, namelen);
	}
	/* strace decodes the data as netlink messages when the message is
	 * addressed to (or from) a netlink address, whatever the socket */
	int nl_proto = NL_NOT_NETLINK;
	if (family == AF_NETLINK) {
		nl_proto = net_netlink_protocol(c, (int32_t)c->args[0]);
		if (nl_proto == NL_NOT_NETLINK)
			nl_proto = NL_PROTOCOL_UNKNOWN;
	}
	emit_field(e, "msg_iov");
	print_msg_iov(c, m->iov, m->iovlen, data_len, nl_proto);
	emit_field(e, "msg_iovlen");
	emit_uint(e, m->iovlen);
	if (m->controllen) {
		emit_field(e, "msg_control");
		print_msg_control(c, m->control, m->controllen);
	}
	emit_field(e, "msg_controllen");
	emit_uint(e, m->controllen);
	emit_field(e, "msg_flags");
	print_msg_flags(c, m->flags);
	emit_struct_end(e);
}

void arg_msghdr_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	unsigned char raw[sizeof(struct msghdr)];
	struct msghdr_n m;
	if (!fetch_struct_in(c, c->args[i], raw, msghdr_size(c)))
		return;
	msghdr_from(c, raw, &m);
	print_msghdr(c, &m, false, 0, UINT64_MAX);
}

/* msg_namelen before the call; false when unreadable */
static bool msghdr_namelen(struct call *c, uint64_t addr, uint32_t *v)
{
	return addr && mem_read(c->mem, addr + (c->mem->wordsize == 4 ? 4 : 8),
				v, sizeof(*v)) == 0;
}

int decode_recvmsg(struct call *c)
{
	if (!c->exiting) {
		uint32_t namelen = 0;
		decode_arg(c, 0);
		c->saved[1] = msghdr_namelen(c, c->args[1], &namelen);
		c->saved[0] = namelen;
		return DECODE_MORE;
	}
	unsigned char raw[sizeof(struct msghdr)];
	struct msghdr_n m;
	if (c->err && c->saved[1] && call_verbose(c)) {
		/* strace shows what the caller offered: the name length */
		emit_struct_begin(c->e);
		emit_field(c->e, "msg_namelen");
		emit_int(c->e, (int32_t)c->saved[0]);
		emit_struct_end(c->e);
	} else if (fetch_struct(c, c->args[1], raw, msghdr_size(c))) {
		msghdr_from(c, raw, &m);
		print_msghdr(c, &m, true, (uint32_t)c->saved[0],
			     (uint64_t)c->rval);
	}
	print_msg_flags(c, c->args[2]);
	return DECODE_DONE;
}

/* ---- sendmmsg, recvmmsg ---- */

struct mmsg_ctx {
	uint64_t done; /* elements the call processed (msg_len valid) */
	bool recv;
};

static void print_mmsghdr(struct call *c, const void *elem, size_t index,
			  void *ctx)
{
	struct mmsg_ctx *mc = ctx;
	struct msghdr_n m;
	uint32_t msg_len;
	msghdr_from(c, elem, &m);
	memcpy(&msg_len, (const unsigned char *)elem + msghdr_size(c),
	       sizeof(msg_len));
	emit_struct_begin(c->e);
	emit_field(c->e, "msg_hdr");
	print_msghdr(c, &m, mc->recv, m.namelen,
		     mc->recv ? msg_len : UINT64_MAX);
	if (index < mc->done) {
		emit_field(c->e, "msg_len");
		emit_uint(c->e, msg_len);
	}
	emit_struct_end(c->e);
}

static size_t mmsghdr_size(const struct call *c)
{
	return c->mem->wordsize == 4 ? 32 : sizeof(struct mmsghdr);
}

int decode_sendmmsg(struct call *c)
{
	if (!c->exiting) {
		decode_arg(c, 0);
		return DECODE_MORE;
	}
	struct mmsg_ctx mc = {c->err ? 0 : (uint64_t)c->rval, false};
	/* the messages are shown even when the call failed */
	int err = c->err;
	c->err = 0;
	if (call_verbose(c))
		print_array(c, c->args[1], (uint32_t)c->args[2],
			    mmsghdr_size(c), print_mmsghdr, &mc);
	else
		emit_ptr(c->e, c->args[1]);
	c->err = err;
	emit_uint(c->e, (uint32_t)c->args[2]);
	print_msg_flags(c, c->args[3]);
	return DECODE_DONE;
}

static void print_timespec_saved(struct call *c)
{
	print_timespec_value(c, (int64_t)c->saved[1], (int64_t)c->saved[2]);
}

static bool read_timespec(struct call *c, uint64_t addr, int64_t *sec,
			  int64_t *nsec)
{
	/* i386's recvmmsg_time64 has a 64-bit one */
	if (c->mem->wordsize == 4 && c->desc != &sysent[ENT_recvmmsg_time64]) {
		int32_t v[2];
		if (mem_read(c->mem, addr, v, sizeof(v)) < 0)
			return false;
		*sec = v[0];
		*nsec = v[1];
		return true;
	}
	int64_t v[2];
	if (mem_read(c->mem, addr, v, sizeof(v)) < 0)
		return false;
	*sec = v[0];
	*nsec = v[1];
	return true;
}

int decode_recvmmsg(struct call *c)
{
	if (!c->exiting) {
		int64_t sec, nsec;
		decode_arg(c, 0);
		/* the timeout is in/out: keep what the caller gave */
		c->saved[0] =
			c->args[4] && read_timespec(c, c->args[4], &sec, &nsec);
		if (c->saved[0]) {
			c->saved[1] = (uint64_t)sec;
			c->saved[2] = (uint64_t)nsec;
		}
		return DECODE_MORE;
	}
	struct mmsg_ctx mc = {c->err ? 0 : (uint64_t)c->rval, true};
	if (c->err || !call_verbose(c))
		emit_ptr(c->e, c->args[1]);
	else
		print_array(c, c->args[1], (uint64_t)c->rval, mmsghdr_size(c),
			    print_mmsghdr, &mc);
	emit_uint(c->e, (uint32_t)c->args[2]);
	print_msg_flags(c, c->args[3]);
	if (!c->args[4])
		emit_null(c->e);
	else if (c->saved[0] && call_verbose(c))
		print_timespec_saved(c);
	else
		emit_ptr(c->e, c->args[4]);
	if (!c->err && c->args[4] && call_verbose(c)) {
		int64_t sec, nsec;
		if (read_timespec(c, c->args[4], &sec, &nsec))
			set_ret_comment(c, "left {tv_sec=%lld, tv_nsec=%lld}",
					(long long)sec, (long long)nsec);
	}
	return DECODE_DONE;
}

/* ---- socket options ---- */

void arg_sock_level(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_enum(c->e, &xlat_sock_levels, (uint32_t)c->args[i], "SOL_??");
}

/* the option names of a level: for set or get, with the comment strace
 * puts after an unknown one; NULL: the level's options print as numbers */
static const struct xlat *sockopt_names(uint32_t level, bool get,
					const struct xlat **extra,
					const char **comment)
{
	*extra = NULL;
	switch (level) {
	case SOL_SOCKET:
		*extra = get ? &xlat_sockopt_socket_get : NULL;
		*comment = "SO_???";
		return &xlat_sockopt_socket;
	case SOL_IP:
		*extra = get ? &xlat_sockopt_ip_get : &xlat_sockopt_ip_set;
		*comment = "IP_???";
		return &xlat_sockopt_ip;
	case SOL_IPV6:
		*extra = get ? &xlat_sockopt_ipv6_get : &xlat_sockopt_ipv6_set;
		*comment = "IPV6_???";
		return &xlat_sockopt_ipv6;
	case SOL_TCP: *comment = "TCP_???"; return &xlat_sockopt_tcp;
	case 17: /* SOL_UDP */ *comment = "UDP_???"; return &xlat_sockopt_udp;
	case SOL_NETLINK:
		*comment = "NETLINK_???";
		return &xlat_sockopt_netlink;
	case SOL_PACKET: *comment = "PACKET_???"; return &xlat_sockopt_packet;
	case SOL_RAW: *comment = "RAW_???"; return &xlat_sockopt_raw;
	case SOL_ALG: *comment = "ALG_???"; return &xlat_sockopt_alg;
	case SOL_TLS: *comment = "TLS_???"; return &xlat_sockopt_tls;
	case SOL_XDP: *comment = "XDP_???"; return &xlat_sockopt_xdp;
	}
	return NULL;
}

static void print_sockopt_name(struct call *c, uint32_t level, uint32_t name,
			       bool get)
{
	const struct xlat *extra;
	const char *comment;
	const struct xlat *x = sockopt_names(level, get, &extra, &comment);
	if (!x) {
		emit_uint(c->e, name);
		return;
	}
	if (extra && xlat_name(extra, name)) {
		emit_enum(c->e, extra, name, NULL);
		return;
	}
	emit_enum(c->e, x, name, comment);
}

void arg_setsockopt_name(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sockopt_name(c, (uint32_t)c->args[1], (uint32_t)c->args[i],
			   c->desc->decode == decode_getsockopt);
}

/* SOL_SOCKET options strace shows as an int whatever the length */
static bool so_int_option(uint32_t name)
{
	switch (name) {
	case SO_DEBUG:
	case SO_REUSEADDR:
	case SO_DONTROUTE:
	case SO_BROADCAST:
	case SO_SNDBUF:
	case SO_RCVBUF:
	case SO_KEEPALIVE:
	case SO_OOBINLINE:
	case SO_NO_CHECK:
	case SO_PRIORITY:
	case SO_BSDCOMPAT:
	case SO_REUSEPORT:
	case SO_PASSCRED:
	case SO_RCVLOWAT:
	case SO_SNDLOWAT:
	case SO_DETACH_FILTER:
	case SO_TIMESTAMP_OLD:
	case SO_ACCEPTCONN:
	case SO_SNDBUFFORCE:
	case SO_RCVBUFFORCE:
	case SO_PASSSEC:
	case SO_TIMESTAMPNS_OLD:
	case SO_MARK:
	case SO_TIMESTAMPING_OLD:
	case SO_RXQ_OVFL:
	case SO_WIFI_STATUS:
	case SO_PEEK_OFF:
	case SO_NOFCS:
	case SO_LOCK_FILTER:
	case SO_SELECT_ERR_QUEUE:
	case SO_BUSY_POLL:
	case SO_INCOMING_CPU:
	case SO_CNX_ADVICE:
	case SO_INCOMING_NAPI_ID:
	case SO_ZEROCOPY:
	case SO_TIMESTAMP_NEW:
	case SO_TIMESTAMPNS_NEW:
	case SO_TIMESTAMPING_NEW:
	case SO_DETACH_REUSEPORT_BPF:
	case SO_PREFER_BUSY_POLL:
	case SO_BUSY_POLL_BUDGET:
	case SO_RESERVE_MEM:
	case SO_RCVMARK: return true;
	}
	return false;
}

/* [1] */
static void print_int_value(struct call *c, uint64_t addr)
{
	int32_t v;
	if (!fetch_struct_in(c, addr, &v, sizeof(v)))
		return;
	emit_array_begin(c->e);
	emit_int(c->e, v);
	emit_array_end(c->e);
}

/* the bytes of an option value, cut at -s */
static void print_opt_bytes(struct call *c, uint64_t addr, int64_t len)
{
	if (len < 0 || !call_verbose(c)) {
		emit_ptr(c->e, addr);
		return;
	}
	print_buffer(c, addr, (uint64_t)len);
}

/* ~[ICMP_ECHO] style set of ICMP types, as for signal sets */
static void print_icmp_filter(struct call *c, uint32_t mask)
{
	bool invert = __builtin_popcount(mask) > 16;
	struct strbuf sb = {0};
	if (invert)
		sb_putc(&sb, '~');
	sb_putc(&sb, '[');
	bool first = true;
	for (unsigned t = 0; t < 32; t++) {
		if ((((mask >> t) & 1) != 0) == invert)
			continue;
		if (!first)
			sb_putc(&sb, ' ');
		emit_format_enum(c->e, &sb, &xlat_icmp_types, t, "ICMP_???",
				 SYM_HEX);
		first = false;
	}
	sb_putc(&sb, ']');
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

static void print_linger(struct call *c, uint64_t addr, int64_t len)
{
	int32_t v[2] = {0, 0};
	size_t n = len >= 8 ? 8 : 4;
	if (!fetch_struct_in(c, addr, v, n))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "l_onoff");
	emit_int(c->e, v[0]);
	if (n == 8) {
		emit_field(c->e, "l_linger");
		emit_int(c->e, v[1]);
	}
	emit_struct_end(c->e);
}

static void print_ip_mreq(struct call *c, uint64_t addr)
{
	struct ip_mreq m;
	if (!fetch_struct_in(c, addr, &m, sizeof(m)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "imr_multiaddr");
	print_inet_addr(c, &m.imr_multiaddr);
	emit_field(c->e, "imr_interface");
	print_inet_addr(c, &m.imr_interface);
	emit_struct_end(c->e);
}

static void print_ipv6_mreq(struct call *c, uint64_t addr)
{
	struct ipv6_mreq m;
	if (!fetch_struct_in(c, addr, &m, sizeof(m)))
		return;
	emit_struct_begin(c->e);
	print_inet6_addr(c, &m.ipv6mr_multiaddr, "ipv6mr_multiaddr");
	emit_field(c->e, "ipv6mr_interface");
	print_ifindex(c, m.ipv6mr_interface);
	emit_struct_end(c->e);
}

static void print_group_req(struct call *c, uint64_t addr)
{
	/* the i386 layout packs gr_group right after gr_interface */
	unsigned char raw[sizeof(struct group_req)];
	size_t off = c->mem->wordsize == 4
			     ? 4
			     : offsetof(struct group_req, gr_group);
	size_t size = off + sizeof(struct sockaddr_storage);
	uint32_t ifindex;
	if (!fetch_struct_in(c, addr, raw, size))
		return;
	memcpy(&ifindex, raw, sizeof(ifindex));
	emit_struct_begin(c->e);
	emit_field(c->e, "gr_interface");
	print_ifindex(c, ifindex);
	emit_field(c->e, "gr_group");
	print_sockaddr_data(c, raw + off, sizeof(struct sockaddr_storage));
	emit_struct_end(c->e);
}

static void print_packet_mreq(struct call *c, uint64_t addr)
{
	struct packet_mreq m;
	if (!fetch_struct_in(c, addr, &m, sizeof(m)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "mr_ifindex");
	print_ifindex(c, (uint32_t)m.mr_ifindex);
	emit_field(c->e, "mr_type");
	emit_enum(c->e, &xlat_packet_mr_types, m.mr_type, "PACKET_MR_???");
	emit_field(c->e, "mr_alen");
	emit_uint(c->e, m.mr_alen);
	emit_field(c->e, "mr_address");
	print_hwaddr(c, m.mr_address, MIN(m.mr_alen, sizeof(m.mr_address)),
		     SIZE_MAX);
	emit_struct_end(c->e);
}

static void print_tpacket_req(struct call *c, uint64_t addr)
{
	struct tpacket_req r;
	if (!fetch_struct_in(c, addr, &r, sizeof(r)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "tp_block_size");
	emit_uint(c->e, r.tp_block_size);
	emit_field(c->e, "tp_block_nr");
	emit_uint(c->e, r.tp_block_nr);
	emit_field(c->e, "tp_frame_size");
	emit_uint(c->e, r.tp_frame_size);
	emit_field(c->e, "tp_frame_nr");
	emit_uint(c->e, r.tp_frame_nr);
	emit_struct_end(c->e);
}

void arg_setsockopt_value(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t level = (uint32_t)c->args[1], name = (uint32_t)c->args[2];
	uint64_t addr = c->args[i];
	int32_t len = (int32_t)c->args[4];
	if (!addr) {
		emit_null(c->e);
		return;
	}
	switch (level) {
	case SOL_SOCKET:
		if (name == SO_LINGER) {
			if (len >= 8)
				print_linger(c, addr, 8);
			else
				emit_ptr(c->e, addr);
			return;
		}
		if (name == SO_ATTACH_FILTER ||
		    name == SO_ATTACH_REUSEPORT_CBPF) {
			size_t size = c->mem->wordsize == 4 ? 8 : 16;
			if (len == (int32_t)size)
				print_sock_fprog(c, addr, false);
			else
				emit_ptr(c->e, addr);
			return;
		}
		if (name == SO_TXREHASH) {
			int32_t v;
			if (len < 4 ||
			    !fetch_struct_in(c, addr, &v, sizeof(v))) {
				if (len < 4)
					emit_ptr(c->e, addr);
				return;
			}
			emit_array_begin(c->e);
			emit_enum_dec(c->e, &xlat_txrehash_modes, v,
				      "SOCK_TXREHASH_???");
			emit_array_end(c->e);
			return;
		}
		if (so_int_option(name)) {
			if (len >= 4)
				print_int_value(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		break;
	case SOL_IP:
		if (name == IP_ADD_MEMBERSHIP || name == IP_DROP_MEMBERSHIP) {
			if (len >= (int32_t)sizeof(struct ip_mreq))
				print_ip_mreq(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP) {
			if (len >= (c->mem->wordsize == 4 ? 132 : 136))
				print_group_req(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		break;
	case SOL_IPV6:
		if (name == IPV6_ADD_MEMBERSHIP ||
		    name == IPV6_DROP_MEMBERSHIP || name == IPV6_JOIN_ANYCAST ||
		    name == IPV6_LEAVE_ANYCAST) {
			if (len >= (int32_t)sizeof(struct ipv6_mreq))
				print_ipv6_mreq(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP) {
			if (len >= (c->mem->wordsize == 4 ? 132 : 136))
				print_group_req(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		break;
	case SOL_NETLINK:
		if (len >= 4)
			print_int_value(c, addr);
		else
			emit_ptr(c->e, addr);
		return;
	case SOL_PACKET:
		if (name == PACKET_ADD_MEMBERSHIP ||
		    name == PACKET_DROP_MEMBERSHIP) {
			if (len >= (int32_t)sizeof(struct packet_mreq))
				print_packet_mreq(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		if (name == PACKET_RX_RING || name == PACKET_TX_RING) {
			if (len >= (int32_t)sizeof(struct tpacket_req))
				print_tpacket_req(c, addr);
			else
				emit_ptr(c->e, addr);
			return;
		}
		break;
	case SOL_RAW:
		if (name == ICMP_FILTER) {
			uint32_t mask;
			if (len < 4) {
				emit_ptr(c->e, addr);
				return;
			}
			if (fetch_struct_in(c, addr, &mask, sizeof(mask)))
				print_icmp_filter(c, mask);
			return;
		}
		break;
	}
	if (len == 4)
		print_int_value(c, addr);
	else
		print_opt_bytes(c, addr, len);
}

/* the value getsockopt wrote, len bytes of it */
static void print_getsockopt_value(struct call *c, uint64_t addr, int32_t len)
{
	uint32_t level = (uint32_t)c->args[1], name = (uint32_t)c->args[2];
	unsigned char buf[16];
	if (len <= 0) {
		emit_ptr(c->e, addr);
		return;
	}
	switch (level) {
	case SOL_SOCKET:
		switch (name) {
		case SO_GET_FILTER: /* len counts instructions */
			print_bpf_program(c, addr, (uint32_t)len, false);
			return;
		case SO_LINGER:
			if (len >= 4) {
				print_linger(c, addr, len);
				return;
			}
			break;
		case SO_PEERCRED:
			if (len >= 4) {
				size_t n =
					MIN((size_t)len, sizeof(struct ucred));
				if (fetch_struct(c, addr, buf, n))
					print_ucred(c, buf, n);
				return;
			}
			break;
		case SO_TXREHASH:
			if (len == 4) {
				int32_t v;
				if (!fetch_struct(c, addr, &v, sizeof(v)))
					return;
				emit_array_begin(c->e);
				emit_enum_dec(c->e, &xlat_txrehash_modes, v,
					      "SOCK_TXREHASH_???");
				emit_array_end(c->e);
				return;
			}
			break;
		case SO_ERROR:
			if (len == 4) {
				int32_t v;
				if (!fetch_struct(c, addr, &v, sizeof(v)))
					return;
				const char *en = errno_name(v);
				emit_array_begin(c->e);
				if (en && v > 0)
					emit_sym(c->e, en, v);
				else
					emit_int(c->e, v);
				emit_array_end(c->e);
				return;
			}
			break;
		}
		break;
	case SOL_PACKET:
		if (name == PACKET_STATISTICS && len >= 8) {
			uint32_t v[2];
			if (!fetch_struct(c, addr, v, sizeof(v)))
				return;
			emit_struct_begin(c->e);
			emit_field(c->e, "tp_packets");
			emit_uint(c->e, v[0]);
			emit_field(c->e, "tp_drops");
			emit_uint(c->e, v[1]);
			emit_struct_end(c->e);
			return;
		}
		break;
	case SOL_RAW:
		if (name == ICMP_FILTER && len >= 4) {
			uint32_t mask;
			if (fetch_struct(c, addr, &mask, sizeof(mask)))
				print_icmp_filter(c, mask);
			return;
		}
		break;
	}
	if (len == 4)
		print_int_value(c, addr);
	else
		print_opt_bytes(c, addr, len);
}

int decode_getsockopt(struct call *c)
{
	if (!c->exiting) {
		decode_args(c, 0, 3);
		save_socklen(c, c->args[4]);
		return DECODE_MORE;
	}
	uint64_t addr = c->args[3], lenaddr = c->args[4];
	int32_t out;
	if (!call_verbose(c)) {
		emit_ptr(c->e, addr);
		emit_ptr(c->e, lenaddr);
		return DECODE_DONE;
	}
	if (c->err || !lenaddr) {
		emit_ptr(c->e, addr);
		print_socklen_in(c, lenaddr);
		return DECODE_DONE;
	}
	if (mem_read(c->mem, lenaddr, &out, sizeof(out)) < 0) {
		emit_ptr(c->e, addr);
		emit_ptr(c->e, lenaddr);
		return DECODE_DONE;
	}
	int32_t in = c->saved[1] ? (int32_t)c->saved[0] : out;
	if (!addr)
		emit_null(c->e);
	else
		print_getsockopt_value(c, addr, in < out ? in : out);
	emit_array_begin(c->e);
	emit_int(c->e, in);
	if (in != out) {
		emit_changed(c->e);
		emit_int(c->e, out);
	}
	emit_array_end(c->e);
	return DECODE_DONE;
}
