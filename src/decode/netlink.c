/* Netlink messages as strace 6.1 prints them: the header of every
 * message, NLMSG_ERROR and NLMSG_DONE for every protocol, and for
 * NETLINK_ROUTE the link, address and route messages with their
 * attributes (what glibc's getaddrinfo and if_nameindex and iproute2's
 * "ip addr", "ip link", "ip route" exchange).
 *
 * strace's shapes: a buffer holding one message prints that message, one
 * holding more prints an array of them; a message with a body prints as
 * [header, body, attributes], without one as the bare header; the same
 * for attributes. Bytes it does not decode print as a string of \x
 * escapes. Everything here works on a copy read in one go, bounded. */
#include <arpa/inet.h>
#include <endian.h>
#include <linux/fib_rules.h>
#include <linux/gen_stats.h>
#include <linux/neighbour.h>
#include <linux/netconf.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/inet_diag.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <linux/tls.h>
#include <linux/unix_diag.h>
#include <limits.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "decode/common.h"
#include "decode/file.h"
#include "decode/net.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

/* a buffer longer than this is decoded as far as this */
#define NETLINK_MAX (1 << 20)

struct nl_ctx {
	struct call *c;
	int protocol; /* -1: a netlink socket whose protocol is not known */
	int family;   /* of the message body: how addresses print */
};

struct attr_set;
typedef void attr_value_fn(struct nl_ctx *x, const struct attr_set *set,
			   unsigned type, const unsigned char *d, size_t len);

/* a family of attributes: their names and how their values print */
struct attr_set {
	const struct xlat *names;
	const char *comment; /* "IFLA_???" */
	attr_value_fn *value;
};

/* ---- values ---- */

/* bytes strace does not decode: "\x01\x02" (every byte in hex) */
static void print_hex_bytes(struct call *c, const unsigned char *d, size_t len)
{
	unsigned limit = str_limit(c);
	size_t n = len < limit ? len : limit;
	struct strbuf sb = {0};
	sb_putc(&sb, '"');
	escape_text(&sb, d, n, 2);
	sb_putc(&sb, '"');
	if (len > n)
		sb_add(&sb, "...", 3);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* a string attribute: its last byte should be the NUL, else "..." */
static void print_attr_str(struct call *c, const unsigned char *d, size_t len)
{
	unsigned limit = str_limit(c);
	/* with -x/-xx strace does not see the terminator: it shows every
	 * byte, the NUL too, and marks the string as cut */
	bool terminated = len && d[len - 1] == '\0' && !c->cfg->hexmode;
	size_t n = terminated ? len - 1 : len;
	bool cut = n > limit;
	emit_str(c->e, d, cut ? limit : n,
		 cut || !terminated ? STR_TRUNCATED : 0);
}

/* a NUL-terminated string inside the attribute */
static void print_attr_cstr(struct call *c, const unsigned char *d, size_t len)
{
	unsigned limit = str_limit(c);
	size_t n = strnlen((const char *)d, len);
	bool terminated = n < len;
	bool cut = n > limit;
	emit_str(c->e, d, cut ? limit : n,
		 cut || !terminated ? STR_TRUNCATED : 0);
}

static bool get_uint(const unsigned char *d, size_t len, size_t size,
		     uint64_t *v)
{
	if (len < size)
		return false;
	uint8_t v8;
	uint16_t v16;
	uint32_t v32;
	switch (size) {
	case 1:
		memcpy(&v8, d, 1);
		*v = v8;
		break;
	case 2:
		memcpy(&v16, d, 2);
		*v = v16;
		break;
	case 4:
		memcpy(&v32, d, 4);
		*v = v32;
		break;
	default: memcpy(v, d, 8);
	}
	return true;
}

static void print_uint_attr(struct call *c, const unsigned char *d, size_t len,
			    size_t size)
{
	uint64_t v;
	if (get_uint(d, len, size, &v))
		emit_uint(c->e, v);
	else
		print_hex_bytes(c, d, len);
}

static void print_s32_attr(struct call *c, const unsigned char *d, size_t len)
{
	uint64_t v;
	if (get_uint(d, len, 4, &v))
		emit_int(c->e, (int32_t)v);
	else
		print_hex_bytes(c, d, len);
}

static void print_ifindex_attr(struct call *c, const unsigned char *d,
			       size_t len)
{
	uint64_t v;
	if (get_uint(d, len, 4, &v))
		print_ifindex(c, (uint32_t)v);
	else
		print_hex_bytes(c, d, len);
}

static void print_flags_attr(struct call *c, const unsigned char *d, size_t len,
			     const struct xlat *x, const char *comment)
{
	uint64_t v;
	if (get_uint(d, len, 4, &v))
		emit_flags_unknown(c->e, x, v, NULL, comment);
	else
		print_hex_bytes(c, d, len);
}

static void print_enum_attr(struct call *c, const unsigned char *d, size_t len,
			    size_t size, const struct xlat *x,
			    const char *comment)
{
	uint64_t v;
	if (get_uint(d, len, size, &v))
		emit_enum(c->e, x, v, comment);
	else
		print_hex_bytes(c, d, len);
}

/* 00:11:22:33:44:55, at most max bytes (strace shows 7 of an IFLA_ADDRESS) */
static void print_hwaddr_max(struct call *c, const unsigned char *d, size_t len,
			     size_t max)
{
	print_hwaddr(c, d, len, max);
}

static void print_hwaddr_attr(struct call *c, const unsigned char *d,
			      size_t len)
{
	print_hwaddr_max(c, d, len, 7);
}

/* an address of the message's family */
static void print_inaddr_attr(struct nl_ctx *x, const unsigned char *d,
			      size_t len)
{
	if (x->family == AF_INET && len >= 4) {
		print_inet_addr(x->c, d);
	} else if (x->family == AF_INET6 && len >= 16) {
		print_inet6_value(x->c, d);
	} else {
		print_hex_bytes(x->c, d, len);
	}
}

/* a struct of same-sized unsigned fields; the last one is optional
 * (added by later kernels), a shorter struct prints as bytes */
static void print_uint_struct(struct call *c, const unsigned char *d,
			      size_t len, const char *const *fields,
			      size_t nfields, size_t size)
{
	size_t n = len / size;
	if (n < nfields - 1) {
		print_hex_bytes(c, d, len);
		return;
	}
	if (n > nfields)
		n = nfields;
	emit_struct_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		uint64_t v;
		get_uint(d + i * size, size, size, &v);
		emit_field(c->e, fields[i]);
		emit_uint(c->e, v);
	}
	emit_struct_end(c->e);
}

static const char *const link_stats_fields[] = {
	"rx_packets",
	"tx_packets",
	"rx_bytes",
	"tx_bytes",
	"rx_errors",
	"tx_errors",
	"rx_dropped",
	"tx_dropped",
	"multicast",
	"collisions",
	"rx_length_errors",
	"rx_over_errors",
	"rx_crc_errors",
	"rx_frame_errors",
	"rx_fifo_errors",
	"rx_missed_errors",
	"tx_aborted_errors",
	"tx_carrier_errors",
	"tx_fifo_errors",
	"tx_heartbeat_errors",
	"tx_window_errors",
	"rx_compressed",
	"tx_compressed",
	"rx_nohandler",
	"rx_otherhost_dropped",
};

/* ---- attribute lists ---- */

static void print_attrs(struct nl_ctx *x, const unsigned char *p, size_t len,
			const struct attr_set *set);

static void print_nla_type(struct nl_ctx *x, const struct attr_set *set,
			   uint16_t type)
{
	/* NLA_F_NESTED|IFLA_LINKINFO, NLA_F_NESTED|0x1234 / * IFLA_??? * /:
	 * each flag bit a part of its own (-X raw: 0x8000|0x4000|0xd) */
	unsigned t = type & NLA_TYPE_MASK;
	struct flag_part p[3];
	int n = 0;
	uint16_t flags = type & (NLA_F_NESTED | NLA_F_NET_BYTEORDER);
	for (unsigned bit = NLA_F_NESTED; bit >= NLA_F_NET_BYTEORDER; bit >>= 1)
		if (flags & bit)
			p[n++] = (struct flag_part){
				PART_SYM, NULL,
				bit,	  xlat_name(&xlat_nl_attr_flags, bit),
				NULL,	  SYM_HEX};
	if (set->names)
		p[n++] = (struct flag_part){PART_ENUM, set->names,   t,
					    NULL,      set->comment, SYM_HEX};
	else
		p[n++] = (struct flag_part){PART_NUM, NULL, t,
					    NULL,     NULL, SYM_HEX};
	emit_flag_parts(x->c->e, p, n, type);
}

static void print_attr(struct nl_ctx *x, const unsigned char *p, size_t avail,
		       const struct attr_set *set)
{
	struct emitter *e = x->c->e;
	struct nlattr a;
	memcpy(&a, p, sizeof(a));
	bool value = avail > NLA_HDRLEN;
	if (value)
		emit_array_begin(e);
	emit_struct_begin(e);
	emit_field(e, "nla_len");
	emit_uint(e, a.nla_len);
	emit_field(e, "nla_type");
	print_nla_type(x, set, a.nla_type);
	emit_struct_end(e);
	if (value) {
		const unsigned char *d = p + NLA_HDRLEN;
		size_t len = avail - NLA_HDRLEN;
		if (set->value)
			set->value(x, set, a.nla_type & NLA_TYPE_MASK, d, len);
		else
			print_hex_bytes(x->c, d, len);
		emit_array_end(e);
	}
}

static void print_attrs(struct nl_ctx *x, const unsigned char *p, size_t len,
			const struct attr_set *set)
{
	struct emitter *e = x->c->e;
	bool array = false;
	unsigned count = 0;
	while (len >= NLA_HDRLEN) {
		struct nlattr a;
		memcpy(&a, p, sizeof(a));
		if (!count && a.nla_len >= NLA_HDRLEN &&
		    NLA_ALIGN((size_t)a.nla_len) < len) {
			emit_array_begin(e);
			array = true;
		}
		if (count >= array_limit(x->c)) {
			emit_more(e);
			len = 0;
			break;
		}
		print_attr(x, p, a.nla_len < len ? a.nla_len : len, set);
		count++;
		size_t step = NLA_ALIGN((size_t)a.nla_len);
		if (a.nla_len < NLA_HDRLEN || step >= len) {
			len = 0;
			break;
		}
		p += step;
		len -= step;
	}
	if (len)
		print_hex_bytes(x->c, p, len);
	if (array)
		emit_array_end(e);
}

/* ---- NETLINK_ROUTE attributes ---- */

static void ifla_info_value(struct nl_ctx *x, const struct attr_set *set,
			    unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == IFLA_INFO_KIND || type == IFLA_INFO_SLAVE_KIND)
		print_attr_cstr(x->c, d, len);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set ifla_info_set = {&xlat_ifla_info_attrs,
					      "IFLA_INFO_???", ifla_info_value};

static void ifla_xdp_value(struct nl_ctx *x, const struct attr_set *set,
			   unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case IFLA_XDP_FD:
	case IFLA_XDP_EXPECTED_FD: print_s32_attr(c, d, len); break;
	case IFLA_XDP_ATTACHED:
		print_enum_attr(c, d, len, 1, &xlat_xdp_attached,
				"XDP_ATTACHED_???");
		break;
	case IFLA_XDP_FLAGS:
		print_flags_attr(c, d, len, &xlat_xdp_flags, "XDP_FLAGS_???");
		break;
	case IFLA_XDP_PROG_ID:
	case IFLA_XDP_DRV_PROG_ID:
	case IFLA_XDP_SKB_PROG_ID:
	case IFLA_XDP_HW_PROG_ID: print_uint_attr(c, d, len, 4); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set ifla_xdp_set = {&xlat_ifla_xdp_attrs,
					     "IFLA_XDP_???", ifla_xdp_value};

/* [[DEVCONF_HOPLIMIT]=64, ...]: an array indexed by a set of names
 * (index + base is the name's value), of elements of size bytes */
static void print_indexed_array(struct call *c, const unsigned char *d,
				size_t len, size_t size, bool is_signed,
				const struct xlat *names, unsigned base,
				const char *comment)
{
	size_t n = len / size;
	if (!n) {
		print_hex_bytes(c, d, len);
		return;
	}
	emit_array_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		char field[96];
		uint64_t v;
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		const char *name = xlat_name(names, i + base);
		if (name && base)
			snprintf(field, sizeof(field), "[%s-%u]", name, base);
		else if (name)
			snprintf(field, sizeof(field), "[%s]", name);
		else
			snprintf(field, sizeof(field), "[%zu /* %s */]", i,
				 comment);
		get_uint(d + i * size, size, size, &v);
		emit_field(c->e, field);
		if (is_signed)
			emit_int(c->e, (int32_t)v);
		else
			emit_uint(c->e, v);
	}
	emit_array_end(c->e);
}

static void ifla_inet_value(struct nl_ctx *x, const struct attr_set *set,
			    unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == IFLA_INET_CONF)
		print_indexed_array(x->c, d, len, 4, true, &xlat_inet_devconf,
				    1, "IPV4_DEVCONF_???");
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set ifla_inet_set = {&xlat_ifla_inet_attrs,
					      "IFLA_INET_???", ifla_inet_value};

static void ifla_inet6_value(struct nl_ctx *x, const struct attr_set *set,
			     unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case IFLA_INET6_FLAGS:
		print_flags_attr(c, d, len, &xlat_inet6_if_flags, "IF_???");
		break;
	case IFLA_INET6_CONF:
		print_indexed_array(c, d, len, 4, true, &xlat_inet6_devconf, 0,
				    "DEVCONF_???");
		break;
	case IFLA_INET6_STATS:
		print_indexed_array(c, d, len, 8, false, &xlat_ipstats_mib, 0,
				    "IPSTATS_MIB_???");
		break;
	case IFLA_INET6_ICMP6STATS:
		print_indexed_array(c, d, len, 8, false, &xlat_icmp6_mib, 0,
				    "ICMP6_MIB_???");
		break;
	case IFLA_INET6_CACHEINFO: {
		static const char *const f[] = {"max_reasm_len", "tstamp",
						"reachable_time",
						"retrans_time"};
		if (len < sizeof(struct ifla_cacheinfo))
			print_hex_bytes(c, d, len);
		else
			print_uint_struct(c, d, len, f, ARRAY_SIZE(f), 4);
		break;
	}
	case IFLA_INET6_TOKEN: {
		struct nl_ctx sub = {c, x->protocol, AF_INET6};
		print_inaddr_attr(&sub, d, len);
		break;
	}
	case IFLA_INET6_ADDR_GEN_MODE:
		print_enum_attr(c, d, len, 1, &xlat_in6_addr_gen_modes,
				"IN6_ADDR_GEN_MODE_???");
		break;
	case IFLA_INET6_RA_MTU: print_uint_attr(c, d, len, 4); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set ifla_inet6_set = {
	&xlat_ifla_inet6_attrs, "IFLA_INET6_???", ifla_inet6_value};

/* IFLA_AF_SPEC: an attribute per address family */
static void af_spec_value(struct nl_ctx *x, const struct attr_set *set,
			  unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == AF_INET)
		print_attrs(x, d, len, &ifla_inet_set);
	else if (type == AF_INET6)
		print_attrs(x, d, len, &ifla_inet6_set);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set af_spec_set = {&xlat_sock_families, "AF_???",
					    af_spec_value};

static void proto_down_reason_value(struct nl_ctx *x,
				    const struct attr_set *set, unsigned type,
				    const unsigned char *d, size_t len)
{
	(void)set;
	if (type == IFLA_PROTO_DOWN_REASON_MASK ||
	    type == IFLA_PROTO_DOWN_REASON_VALUE)
		print_uint_attr(x->c, d, len, 4);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set proto_down_reason_set = {
	&xlat_ifla_proto_down_reason_attrs, "IFLA_PROTO_DOWN_REASON_???",
	proto_down_reason_value};

static void ifla_value(struct nl_ctx *x, const struct attr_set *set,
		       unsigned type, const unsigned char *d, size_t len);

static const struct attr_set ifla_set = {&xlat_ifla_attrs, "IFLA_???",
					 ifla_value};

static void print_link_ifmap(struct call *c, const unsigned char *d, size_t len)
{
	struct rtnl_link_ifmap m;
	if (len < sizeof(m)) {
		print_hex_bytes(c, d, len);
		return;
	}
	memcpy(&m, d, sizeof(m));
	emit_struct_begin(c->e);
	emit_field(c->e, "mem_start");
	emit_hex(c->e, m.mem_start);
	emit_field(c->e, "mem_end");
	emit_hex(c->e, m.mem_end);
	emit_field(c->e, "base_addr");
	emit_hex(c->e, m.base_addr);
	emit_field(c->e, "irq");
	emit_uint(c->e, m.irq);
	emit_field(c->e, "dma");
	emit_uint(c->e, m.dma);
	emit_field(c->e, "port");
	emit_uint(c->e, m.port);
	emit_struct_end(c->e);
}

static void ifla_value(struct nl_ctx *x, const struct attr_set *set,
		       unsigned type, const unsigned char *d, size_t len)
{
	struct call *c = x->c;
	switch (type) {
	case IFLA_ADDRESS:
	case IFLA_BROADCAST:
	case IFLA_PERM_ADDRESS: print_hwaddr_attr(c, d, len); break;
	case IFLA_IFNAME:
	case IFLA_QDISC:
	case IFLA_IFALIAS:
	case IFLA_PHYS_PORT_NAME:
	case IFLA_ALT_IFNAME:
	case IFLA_PARENT_DEV_NAME:
	case IFLA_PARENT_DEV_BUS_NAME: print_attr_str(c, d, len); break;
	case IFLA_MTU:
	case IFLA_LINK:
	case IFLA_MASTER:
	case IFLA_TXQLEN:
	case IFLA_WEIGHT:
	case IFLA_NET_NS_PID:
	case IFLA_NUM_VF:
	case IFLA_GROUP:
	case IFLA_PROMISCUITY:
	case IFLA_NUM_TX_QUEUES:
	case IFLA_NUM_RX_QUEUES:
	case IFLA_CARRIER_CHANGES:
	case IFLA_GSO_MAX_SEGS:
	case IFLA_GSO_MAX_SIZE:
	case IFLA_CARRIER_UP_COUNT:
	case IFLA_CARRIER_DOWN_COUNT:
	case IFLA_MIN_MTU:
	case IFLA_MAX_MTU:
	case IFLA_GRO_MAX_SIZE:
	case IFLA_TSO_MAX_SIZE:
	case IFLA_TSO_MAX_SEGS:
	case IFLA_ALLMULTI: print_uint_attr(c, d, len, 4); break;
	case IFLA_OPERSTATE:
	case IFLA_LINKMODE:
	case IFLA_CARRIER:
	case IFLA_PROTO_DOWN: print_uint_attr(c, d, len, 1); break;
	case IFLA_LINK_NETNSID:
	case IFLA_NEW_NETNSID:
	case IFLA_IF_NETNSID: print_s32_attr(c, d, len); break;
	case IFLA_NET_NS_FD: {
		uint64_t v;
		if (get_uint(d, len, 4, &v))
			print_fd(c, (int32_t)v);
		else
			print_hex_bytes(c, d, len);
		break;
	}
	case IFLA_NEW_IFINDEX: print_ifindex_attr(c, d, len); break;
	case IFLA_STATS:
		print_uint_struct(c, d, len, link_stats_fields,
				  ARRAY_SIZE(link_stats_fields) - 1, 4);
		break;
	case IFLA_STATS64:
		print_uint_struct(c, d, len, link_stats_fields,
				  ARRAY_SIZE(link_stats_fields), 8);
		break;
	case IFLA_MAP: print_link_ifmap(c, d, len); break;
	case IFLA_EXT_MASK:
		print_flags_attr(c, d, len, &xlat_rtext_filters,
				 "RTEXT_FILTER_???");
		break;
	case IFLA_EVENT:
		print_enum_attr(c, d, len, 4, &xlat_ifla_events,
				"IFLA_EVENT_???");
		break;
	case IFLA_LINKINFO: print_attrs(x, d, len, &ifla_info_set); break;
	case IFLA_XDP: print_attrs(x, d, len, &ifla_xdp_set); break;
	case IFLA_PROP_LIST: print_attrs(x, d, len, set); break;
	case IFLA_AF_SPEC: print_attrs(x, d, len, &af_spec_set); break;
	case IFLA_PROTINFO:
		if (x->family == AF_INET6)
			print_attrs(x, d, len, &ifla_inet6_set);
		else
			print_hex_bytes(c, d, len);
		break;
	case IFLA_PROTO_DOWN_REASON:
		print_attrs(x, d, len, &proto_down_reason_set);
		break;
	default: print_hex_bytes(c, d, len);
	}
}

static void ifa_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case IFA_ADDRESS:
	case IFA_LOCAL:
	case IFA_BROADCAST:
	case IFA_ANYCAST:
	case IFA_MULTICAST: print_inaddr_attr(x, d, len); break;
	case IFA_LABEL: print_attr_str(c, d, len); break;
	case IFA_CACHEINFO: {
		static const char *const f[] = {"ifa_prefered", "ifa_valid",
						"cstamp", "tstamp"};
		if (len < sizeof(struct ifa_cacheinfo))
			print_hex_bytes(c, d, len);
		else
			print_uint_struct(c, d, len, f, ARRAY_SIZE(f), 4);
		break;
	}
	case IFA_FLAGS:
		print_flags_attr(c, d, len, &xlat_ifa_flags, "IFA_F_???");
		break;
	case IFA_RT_PRIORITY: print_uint_attr(c, d, len, 4); break;
	case IFA_TARGET_NETNSID: print_s32_attr(c, d, len); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set ifa_set = {&xlat_ifa_attrs, "IFA_???", ifa_value};

static void rtax_value(struct nl_ctx *x, const struct attr_set *set,
		       unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == RTAX_CC_ALGO)
		print_attr_str(x->c, d, len);
	else if (type >= RTAX_LOCK && type <= RTAX_QUICKACK)
		print_uint_attr(x->c, d, len, 4);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set rtax_set = {&xlat_rtax_attrs, "RTAX_???",
					 rtax_value};

static void rta_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len);

static const struct attr_set rta_set = {&xlat_rta_attrs, "RTA_???", rta_value};

/* RTA_MULTIPATH: rtnexthops, each followed by its own attributes */
static void print_nexthop(struct nl_ctx *x, const unsigned char *p,
			  size_t avail)
{
	struct emitter *e = x->c->e;
	struct rtnexthop nh;
	memcpy(&nh, p, sizeof(nh));
	bool attrs = avail > sizeof(nh);
	if (attrs)
		emit_array_begin(e);
	emit_struct_begin(e);
	emit_field(e, "rtnh_len");
	emit_uint(e, nh.rtnh_len);
	emit_field(e, "rtnh_flags");
	emit_flags_unknown(x->c->e, &xlat_rtnh_flags, nh.rtnh_flags, NULL,
			   "RTNH_F_???");
	emit_field(e, "rtnh_hops");
	emit_uint(e, nh.rtnh_hops);
	emit_field(e, "rtnh_ifindex");
	print_ifindex(x->c, nh.rtnh_ifindex);
	emit_struct_end(e);
	if (attrs) {
		print_attrs(x, p + sizeof(nh), avail - sizeof(nh), &rta_set);
		emit_array_end(e);
	}
}

static void print_multipath(struct nl_ctx *x, const unsigned char *p,
			    size_t len)
{
	struct emitter *e = x->c->e;
	bool array = false;
	unsigned count = 0;
	while (len >= sizeof(struct rtnexthop)) {
		struct rtnexthop nh;
		memcpy(&nh, p, sizeof(nh));
		if (!count && nh.rtnh_len >= sizeof(nh) &&
		    RTNH_ALIGN((size_t)nh.rtnh_len) < len) {
			emit_array_begin(e);
			array = true;
		}
		if (count >= array_limit(x->c)) {
			emit_more(e);
			len = 0;
			break;
		}
		print_nexthop(x, p, nh.rtnh_len < len ? nh.rtnh_len : len);
		count++;
		size_t step = RTNH_ALIGN((size_t)nh.rtnh_len);
		if (nh.rtnh_len < sizeof(nh) || step >= len) {
			len = 0;
			break;
		}
		p += step;
		len -= step;
	}
	if (len)
		print_hex_bytes(x->c, p, len);
	if (array)
		emit_array_end(e);
}

static void rta_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case RTA_DST:
	case RTA_SRC:
	case RTA_GATEWAY:
	case RTA_PREFSRC:
	case RTA_NEWDST: print_inaddr_attr(x, d, len); break;
	case RTA_IIF:
	case RTA_OIF: print_ifindex_attr(c, d, len); break;
	case RTA_PRIORITY:
	case RTA_FLOW:
	case RTA_MARK:
	case RTA_UID: print_uint_attr(c, d, len, 4); break;
	case RTA_PREF:
	case RTA_TTL_PROPAGATE:
	case RTA_IP_PROTO: print_uint_attr(c, d, len, 1); break;
	case RTA_SPORT:
	case RTA_DPORT: print_uint_attr(c, d, len, 2); break;
	case RTA_EXPIRES: print_uint_attr(c, d, len, 8); break;
	case RTA_TABLE:
		print_enum_attr(c, d, len, 4, &xlat_rt_tables, NULL);
		break;
	case RTA_ENCAP_TYPE:
		print_enum_attr(c, d, len, 2, &xlat_lwtunnel_encap_types,
				"LWTUNNEL_ENCAP_???");
		break;
	case RTA_METRICS: print_attrs(x, d, len, &rtax_set); break;
	case RTA_MULTIPATH: print_multipath(x, d, len); break;
	case RTA_CACHEINFO: {
		struct rta_cacheinfo ci;
		if (len < sizeof(ci)) {
			print_hex_bytes(c, d, len);
			break;
		}
		memcpy(&ci, d, sizeof(ci));
		emit_struct_begin(c->e);
		emit_field(c->e, "rta_clntref");
		emit_uint(c->e, ci.rta_clntref);
		emit_field(c->e, "rta_lastuse");
		emit_uint(c->e, ci.rta_lastuse);
		emit_field(c->e, "rta_expires");
		emit_int(c->e, ci.rta_expires);
		emit_field(c->e, "rta_error");
		emit_uint(c->e, ci.rta_error);
		emit_field(c->e, "rta_used");
		emit_uint(c->e, ci.rta_used);
		emit_field(c->e, "rta_id");
		emit_hex(c->e, ci.rta_id);
		emit_field(c->e, "rta_ts");
		emit_uint(c->e, ci.rta_ts);
		emit_field(c->e, "rta_tsage");
		emit_uint(c->e, ci.rta_tsage);
		emit_struct_end(c->e);
		break;
	}
	case RTA_MFC_STATS: {
		static const char *const f[] = {"mfcs_packets", "mfcs_bytes",
						"mfcs_wrong_if"};
		if (len < sizeof(struct rta_mfc_stats))
			print_hex_bytes(c, d, len);
		else
			print_uint_struct(c, d, len, f, ARRAY_SIZE(f), 8);
		break;
	}
	case RTA_VIA: {
		uint16_t fam;
		if (len < sizeof(fam)) {
			print_hex_bytes(c, d, len);
			break;
		}
		memcpy(&fam, d, sizeof(fam));
		emit_struct_begin(c->e);
		emit_field(c->e, "rtvia_family");
		emit_enum(c->e, &xlat_sock_families, fam, "AF_???");
		emit_field(c->e, "rtvia_addr");
		struct nl_ctx sub = {c, x->protocol, fam};
		print_inaddr_attr(&sub, d + 2, len - 2);
		emit_struct_end(c->e);
		break;
	}
	default: print_hex_bytes(c, d, len);
	}
}

/* ---- NETLINK_ROUTE bodies ---- */

/* Opens the header of a route message, whose first byte is the family,
 * and prints that field; returns true when the whole header (size bytes)
 * is copied to hdr, false when a short one printed as {family, ...} */
static bool begin_family_header(struct call *c, const char *field,
				const unsigned char *d, size_t len, void *hdr,
				size_t size)
{
	emit_struct_begin(c->e);
	emit_field(c->e, field);
	emit_enum(c->e, &xlat_sock_families, d[0], "AF_???");
	if (len < size) {
		emit_more(c->e);
		emit_struct_end(c->e);
		return false;
	}
	memcpy(hdr, d, size);
	return true;
}

/* ---- neighbours, rules, netconf, traffic control ---- */

static void nfea_value(struct nl_ctx *x, const struct attr_set *set,
		       unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	(void)type;
	print_hex_bytes(x->c, d, len);
}

static const struct attr_set nfea_set = {&xlat_nfea_attrs, "NFEA_???",
					 nfea_value};

static void nda_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	uint64_t v;
	switch (type) {
	case NDA_DST: print_inaddr_attr(x, d, len); break;
	case NDA_LLADDR: print_hwaddr_max(c, d, len, 32); break;
	case NDA_CACHEINFO: {
		static const char *const f[] = {"ndm_confirmed", "ndm_used",
						"ndm_updated", "ndm_refcnt"};
		if (len < sizeof(struct nda_cacheinfo))
			print_hex_bytes(c, d, len);
		else
			print_uint_struct(c, d, len, f, ARRAY_SIZE(f), 4);
		break;
	}
	case NDA_PROBES:
	case NDA_VNI:
	case NDA_SRC_VNI:
	case NDA_NH_ID: print_uint_attr(c, d, len, 4); break;
	case NDA_VLAN: print_uint_attr(c, d, len, 2); break;
	case NDA_PORT:
		if (get_uint(d, len, 2, &v))
			emit_exprf(c->e, "htons(%u)", ntohs((uint16_t)v));
		else
			print_hex_bytes(c, d, len);
		break;
	case NDA_IFINDEX:
	case NDA_MASTER: print_ifindex_attr(c, d, len); break;
	case NDA_LINK_NETNSID: print_s32_attr(c, d, len); break;
	case NDA_PROTOCOL:
		print_enum_attr(c, d, len, 1, &xlat_sock_inet_protocols,
				"IPPROTO_???");
		break;
	case NDA_FDB_EXT_ATTRS: print_attrs(x, d, len, &nfea_set); break;
	case NDA_FLAGS_EXT:
		if (len < 16)
			print_flags_attr(c, d, len, &xlat_ntf_ext_flags,
					 "NTF_EXT_???");
		else
			print_hex_bytes(c, d, len);
		break;
	case NDA_NDM_STATE_MASK:
		if (get_uint(d, len, 2, &v))
			emit_flags_unknown(c->e, &xlat_nud_states, v, NULL,
					   "NUD_???");
		else
			print_hex_bytes(c, d, len);
		break;
	case NDA_NDM_FLAGS_MASK:
		if (get_uint(d, len, 1, &v))
			emit_flags_unknown(c->e, &xlat_ntf_flags, v, NULL,
					   "NTF_???");
		else
			print_hex_bytes(c, d, len);
		break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set nda_set = {&xlat_nda_attrs, "NDA_???", nda_value};

static void print_ndmsg(struct nl_ctx *x, const unsigned char *d, size_t len)
{
	struct call *c = x->c;
	struct ndmsg m;
	if (!begin_family_header(c, "ndm_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "ndm_ifindex");
	print_ifindex(c, m.ndm_ifindex);
	emit_field(c->e, "ndm_state");
	if (m.ndm_state)
		emit_flags_unknown(c->e, &xlat_nud_states, m.ndm_state, NULL,
				   "NUD_???");
	else
		emit_sym(c->e, "NUD_NONE", 0);
	emit_field(c->e, "ndm_flags");
	emit_flags_unknown(c->e, &xlat_ntf_flags, m.ndm_flags, NULL, "NTF_???");
	emit_field(c->e, "ndm_type");
	emit_enum(c->e, &xlat_rtn_types, m.ndm_type, "RTN_???");
	emit_struct_end(c->e);
}

/* {start=..., end=...} of two fields of size bytes */
static void print_range(struct call *c, const unsigned char *d, size_t len,
			size_t size)
{
	uint64_t a = 0, b = 0;
	if (len < 2 * size) {
		print_hex_bytes(c, d, len);
		return;
	}
	get_uint(d, len, size, &a);
	get_uint(d + size, len - size, size, &b);
	emit_struct_begin(c->e);
	emit_field(c->e, "start");
	emit_uint(c->e, a);
	emit_field(c->e, "end");
	emit_uint(c->e, b);
	emit_struct_end(c->e);
}

static void fra_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	uint64_t v;
	switch (type) {
	case FRA_DST:
	case FRA_SRC: print_inaddr_attr(x, d, len); break;
	case FRA_IIFNAME:
	case FRA_OIFNAME: print_attr_str(c, d, len); break;
	case FRA_GOTO:
	case FRA_PRIORITY:
	case FRA_FWMARK:
	case FRA_FLOW:
	case FRA_SUPPRESS_IFGROUP:
	case FRA_SUPPRESS_PREFIXLEN:
	case FRA_FWMASK: print_uint_attr(c, d, len, 4); break;
	case FRA_TUN_ID:
		if (get_uint(d, len, 8, &v))
			emit_exprf(c->e, "htobe64(%llu)",
				   (unsigned long long)be64toh(v));
		else
			print_hex_bytes(c, d, len);
		break;
	case FRA_TABLE:
		print_enum_attr(c, d, len, 4, &xlat_rt_tables, NULL);
		break;
	case FRA_L3MDEV: print_uint_attr(c, d, len, 1); break;
	case FRA_UID_RANGE: print_range(c, d, len, 4); break;
	case FRA_SPORT_RANGE:
	case FRA_DPORT_RANGE: print_range(c, d, len, 2); break;
	case FRA_PROTOCOL:
		print_enum_attr(c, d, len, 1, &xlat_rt_protocols, "RTPROT_???");
		break;
	case FRA_IP_PROTO:
		print_enum_attr(c, d, len, 1, &xlat_sock_inet_protocols,
				"IPPROTO_???");
		break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set fra_set = {&xlat_fra_attrs, "FRA_???", fra_value};

static void print_fib_rule_hdr(struct nl_ctx *x, const unsigned char *d,
			       size_t len)
{
	struct call *c = x->c;
	struct fib_rule_hdr h;
	if (!begin_family_header(c, "family", d, len, &h, sizeof(h)))
		return;
	emit_field(c->e, "dst_len");
	emit_uint(c->e, h.dst_len);
	emit_field(c->e, "src_len");
	emit_uint(c->e, h.src_len);
	emit_field(c->e, "tos");
	emit_flags_unknown(c->e, &xlat_ip_tos, h.tos, NULL, "IPTOS_TOS_???");
	emit_field(c->e, "table");
	emit_enum(c->e, &xlat_rt_tables, h.table, "RT_TABLE_???");
	emit_field(c->e, "action");
	emit_enum(c->e, &xlat_fr_actions, h.action, "FR_ACT_???");
	emit_field(c->e, "flags");
	emit_flags_unknown(c->e, &xlat_fib_rule_flags, h.flags, NULL,
			   "FIB_RULE_???");
	emit_struct_end(c->e);
}

static void netconfa_value(struct nl_ctx *x, const struct attr_set *set,
			   unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == NETCONFA_IFINDEX)
		print_ifindex_attr(x->c, d, len);
	else if (type > NETCONFA_IFINDEX && type <= NETCONFA_BC_FORWARDING)
		print_s32_attr(x->c, d, len);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set netconfa_set = {&xlat_netconfa_attrs,
					     "NETCONFA_???", netconfa_value};

static void print_netconfmsg(struct nl_ctx *x, const unsigned char *d,
			     size_t len)
{
	(void)len;
	emit_struct_begin(x->c->e);
	emit_field(x->c->e, "ncm_family");
	emit_enum(x->c->e, &xlat_sock_families, d[0], "AF_???");
	emit_struct_end(x->c->e);
}

static void tca_stats_value(struct nl_ctx *x, const struct attr_set *set,
			    unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	uint64_t a = 0, b = 0;
	switch (type) {
	case TCA_STATS_BASIC:
	case TCA_STATS_BASIC_HW:
		if (len < 12) {
			print_hex_bytes(c, d, len);
			break;
		}
		get_uint(d, len, 8, &a);
		get_uint(d + 8, len - 8, 4, &b);
		emit_struct_begin(c->e);
		emit_field(c->e, "bytes");
		emit_uint(c->e, a);
		emit_field(c->e, "packets");
		emit_uint(c->e, b);
		emit_struct_end(c->e);
		break;
	case TCA_STATS_RATE_EST:
	case TCA_STATS_RATE_EST64: {
		static const char *const f[] = {"bps", "pps"};
		size_t size = type == TCA_STATS_RATE_EST ? 4 : 8;
		if (len < 2 * size)
			print_hex_bytes(c, d, len);
		else
			print_uint_struct(c, d, len, f, ARRAY_SIZE(f), size);
		break;
	}
	case TCA_STATS_QUEUE: {
		static const char *const f[] = {"qlen", "backlog", "drops",
						"requeues", "overlimits"};
		if (len < sizeof(struct gnet_stats_queue))
			print_hex_bytes(c, d, len);
		else
			print_uint_struct(c, d, len, f, ARRAY_SIZE(f), 4);
		break;
	}
	case TCA_STATS_PKT64: print_uint_attr(c, d, len, 8); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set tca_stats_set = {&xlat_tca_stats_attrs,
					      "TCA_STATS_???", tca_stats_value};

static void tca_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	uint64_t a = 0, b = 0;
	switch (type) {
	case TCA_KIND: print_attr_str(c, d, len); break;
	case TCA_STATS: {
		/* struct tc_stats: a u64, then u32 fields */
		static const char *const f[] = {
			"drops", "overlimits", "bps", "pps", "qlen", "backlog"};
		if (len < 36) {
			print_hex_bytes(c, d, len);
			break;
		}
		get_uint(d, len, 8, &a);
		get_uint(d + 8, len - 8, 4, &b);
		emit_struct_begin(c->e);
		emit_field(c->e, "bytes");
		emit_uint(c->e, a);
		emit_field(c->e, "packets");
		emit_uint(c->e, b);
		for (size_t i = 0; i < ARRAY_SIZE(f); i++) {
			uint64_t v = 0;
			get_uint(d + 12 + 4 * i, 4, 4, &v);
			emit_field(c->e, f[i]);
			emit_uint(c->e, v);
		}
		emit_struct_end(c->e);
		break;
	}
	case TCA_RATE:
		if (len < 2) {
			print_hex_bytes(c, d, len);
			break;
		}
		emit_struct_begin(c->e);
		emit_field(c->e, "interval");
		emit_int(c->e, (int8_t)d[0]);
		emit_field(c->e, "ewma_log");
		emit_uint(c->e, d[1]);
		emit_struct_end(c->e);
		break;
	case TCA_FCNT:
	case TCA_CHAIN:
	case TCA_INGRESS_BLOCK:
	case TCA_EGRESS_BLOCK:
	case TCA_DUMP_FLAGS: print_uint_attr(c, d, len, 4); break;
	case TCA_HW_OFFLOAD: print_uint_attr(c, d, len, 1); break;
	case TCA_STATS2: print_attrs(x, d, len, &tca_stats_set); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set tca_set = {&xlat_tca_attrs, "TCA_???", tca_value};

static void print_tcmsg(struct nl_ctx *x, const unsigned char *d, size_t len)
{
	struct call *c = x->c;
	struct tcmsg m;
	if (!begin_family_header(c, "tcm_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "tcm_ifindex");
	print_ifindex(c, m.tcm_ifindex);
	emit_field(c->e, "tcm_handle");
	emit_uint(c->e, m.tcm_handle);
	emit_field(c->e, "tcm_parent");
	emit_uint(c->e, m.tcm_parent);
	emit_field(c->e, "tcm_info");
	emit_uint(c->e, m.tcm_info);
	emit_struct_end(c->e);
}

static void print_ifinfomsg(struct nl_ctx *x, const unsigned char *d,
			    size_t len)
{
	struct call *c = x->c;
	struct ifinfomsg m;
	if (!begin_family_header(c, "ifi_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "ifi_type");
	emit_enum(c->e, &xlat_arp_hardware_types, m.ifi_type, "ARPHRD_???");
	emit_field(c->e, "ifi_index");
	print_ifindex(c, m.ifi_index);
	emit_field(c->e, "ifi_flags");
	emit_flags_unknown(c->e, &xlat_iff_flags, m.ifi_flags, NULL, "IFF_???");
	emit_field(c->e, "ifi_change");
	emit_hex(c->e, m.ifi_change);
	emit_struct_end(c->e);
}

static void print_ifaddrmsg(struct nl_ctx *x, const unsigned char *d,
			    size_t len)
{
	struct call *c = x->c;
	struct ifaddrmsg m;
	if (!begin_family_header(c, "ifa_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "ifa_prefixlen");
	emit_uint(c->e, m.ifa_prefixlen);
	emit_field(c->e, "ifa_flags");
	emit_flags_unknown(c->e, &xlat_ifa_flags, m.ifa_flags, NULL,
			   "IFA_F_???");
	emit_field(c->e, "ifa_scope");
	emit_enum(c->e, &xlat_rt_scopes, m.ifa_scope, NULL);
	emit_field(c->e, "ifa_index");
	print_ifindex(c, m.ifa_index);
	emit_struct_end(c->e);
}

static void print_rtmsg(struct nl_ctx *x, const unsigned char *d, size_t len)
{
	struct call *c = x->c;
	struct rtmsg m;
	if (!begin_family_header(c, "rtm_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "rtm_dst_len");
	emit_uint(c->e, m.rtm_dst_len);
	emit_field(c->e, "rtm_src_len");
	emit_uint(c->e, m.rtm_src_len);
	emit_field(c->e, "rtm_tos");
	emit_flags_unknown(c->e, &xlat_ip_tos, m.rtm_tos, NULL,
			   "IPTOS_TOS_???");
	emit_field(c->e, "rtm_table");
	emit_enum(c->e, &xlat_rt_tables, m.rtm_table, NULL);
	emit_field(c->e, "rtm_protocol");
	emit_enum(c->e, &xlat_rt_protocols, m.rtm_protocol, "RTPROT_???");
	emit_field(c->e, "rtm_scope");
	emit_enum(c->e, &xlat_rt_scopes, m.rtm_scope, NULL);
	emit_field(c->e, "rtm_type");
	emit_enum(c->e, &xlat_rtn_types, m.rtm_type, "RTN_???");
	emit_field(c->e, "rtm_flags");
	emit_flags_unknown(c->e, &xlat_rtm_flags, m.rtm_flags, NULL,
			   "RTM_F_???");
	emit_struct_end(c->e);
}

/* a body struct and the attributes after it */
static void print_struct_attrs(
	struct nl_ctx *x, const unsigned char *d, size_t len, size_t size,
	void (*print_struct)(struct nl_ctx *, const unsigned char *, size_t),
	const struct attr_set *set)
{
	x->family = d[0];
	print_struct(x, d, len);
	size_t off = NLMSG_ALIGN(size);
	if (len > off)
		print_attrs(x, d + off, len - off, set);
}

/* a body strace does not decode: {family=AF_..., data="..."} */
static void print_family_data(struct nl_ctx *x, const unsigned char *d,
			      size_t len)
{
	struct emitter *e = x->c->e;
	emit_struct_begin(e);
	emit_field(e, "family");
	emit_enum(e, &xlat_sock_families, d[0], "AF_???");
	if (len > 1) {
		emit_field(e, "data");
		print_hex_bytes(x->c, d + 1, len - 1);
	}
	emit_struct_end(e);
}

static void print_route_body(struct nl_ctx *x, unsigned type,
			     const unsigned char *d, size_t len)
{
	switch (type) {
	case RTM_NEWLINK:
	case RTM_DELLINK:
	case RTM_GETLINK:
	case RTM_SETLINK:
		print_struct_attrs(x, d, len, sizeof(struct ifinfomsg),
				   print_ifinfomsg, &ifla_set);
		return;
	case RTM_NEWADDR:
	case RTM_DELADDR:
	case RTM_GETADDR:
	case RTM_GETMULTICAST:
	case RTM_GETANYCAST:
		print_struct_attrs(x, d, len, sizeof(struct ifaddrmsg),
				   print_ifaddrmsg, &ifa_set);
		return;
	case RTM_NEWROUTE:
	case RTM_DELROUTE:
	case RTM_GETROUTE:
		print_struct_attrs(x, d, len, sizeof(struct rtmsg), print_rtmsg,
				   &rta_set);
		return;
	case RTM_NEWNEIGH:
	case RTM_DELNEIGH:
	case RTM_GETNEIGH:
		print_struct_attrs(x, d, len, sizeof(struct ndmsg), print_ndmsg,
				   &nda_set);
		return;
	case RTM_NEWRULE:
	case RTM_DELRULE:
	case RTM_GETRULE:
		print_struct_attrs(x, d, len, sizeof(struct fib_rule_hdr),
				   print_fib_rule_hdr, &fra_set);
		return;
	case RTM_NEWNETCONF:
	case RTM_DELNETCONF:
	case RTM_GETNETCONF:
		print_struct_attrs(x, d, len, sizeof(struct netconfmsg),
				   print_netconfmsg, &netconfa_set);
		return;
	case RTM_NEWQDISC:
	case RTM_DELQDISC:
	case RTM_GETQDISC:
	case RTM_NEWTCLASS:
	case RTM_DELTCLASS:
	case RTM_GETTCLASS:
	case RTM_NEWTFILTER:
	case RTM_DELTFILTER:
	case RTM_GETTFILTER:
	case RTM_NEWCHAIN:
	case RTM_DELCHAIN:
	case RTM_GETCHAIN:
		print_struct_attrs(x, d, len, sizeof(struct tcmsg), print_tcmsg,
				   &tca_set);
		return;
	}
	/* other messages: their family and the rest as bytes */
	print_family_data(x, d, len);
}

/* ---- NETLINK_SOCK_DIAG ---- */

/* The bodies ss exchanges with the kernel: a request or a reply of the
 * family in its first byte (inet_diag, unix_diag, netlink_diag,
 * packet_diag), the reply followed by attributes. strace tells a request
 * from a reply by NLM_F_REQUEST, not by the direction. */

/* a string attribute as strace shows the diag ones: at most -s bytes,
 * the last of them a NUL that ends it, else marked as cut */
static void print_diag_str(struct call *c, const unsigned char *d, size_t len)
{
	size_t n = MIN(len, (size_t)str_limit(c));
	bool terminated = n && d[n - 1] == '\0' && !c->cfg->hexmode;
	emit_str(c->e, d, terminated ? n - 1 : n,
		 terminated ? 0 : STR_TRUNCATED);
}

/* a struct of n u32 fields, all present, or the bytes (more is ignored) */
static void print_u32_struct(struct call *c, const unsigned char *d, size_t len,
			     const char *const *fields, size_t n,
			     uint32_t hex_mask)
{
	if (len < 4 * n) {
		print_hex_bytes(c, d, len);
		return;
	}
	emit_struct_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		uint32_t v;
		memcpy(&v, d + 4 * i, 4);
		emit_field(c->e, fields[i]);
		if (hex_mask & (1u << i))
			emit_hex(c->e, v);
		else
			emit_uint(c->e, v);
	}
	emit_struct_end(c->e);
}

/* a value of 1 to 8 bytes read as one little-endian number; more bytes
 * print as bytes */
static bool get_small_uint(const unsigned char *d, size_t len, uint64_t *v)
{
	if (!len || len > 8)
		return false;
	*v = 0;
	memcpy(v, d, len);
	return true;
}

/* [[SK_MEMINFO_RMEM_ALLOC]=0, ...]: u32 counters indexed by SK_MEMINFO_*;
 * -X raw shows the index, -X verbose both */
static void print_diag_meminfo(struct call *c, const unsigned char *d,
			       size_t len)
{
	size_t n = len / 4;
	if (!n) {
		print_hex_bytes(c, d, len);
		return;
	}
	int style = emit_xlat_style(c->e);
	emit_array_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		char field[80];
		uint32_t v;
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		const char *name = xlat_name(&xlat_sockdiag_meminfo, i);
		if (style == XLAT_RAW)
			snprintf(field, sizeof(field), "[%zu]", i);
		else if (name && style == XLAT_VERBOSE)
			snprintf(field, sizeof(field), "[%zu /* %s */]", i,
				 name);
		else if (name)
			snprintf(field, sizeof(field), "[%s]", name);
		else
			snprintf(field, sizeof(field),
				 "[%zu /* SK_MEMINFO_??? */]", i);
		memcpy(&v, d + 4 * i, 4);
		emit_field(c->e, field);
		emit_uint(c->e, v);
	}
	emit_array_end(c->e);
}

/* [1, 2, ...]: u32 elements, at most -s of them */
static void print_u32_array(struct call *c, const unsigned char *d, size_t len)
{
	size_t n = len / 4;
	if (!n) {
		print_hex_bytes(c, d, len);
		return;
	}
	emit_array_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		uint32_t v;
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		memcpy(&v, d + 4 * i, 4);
		emit_uint(c->e, v);
	}
	emit_array_end(c->e);
}

static void print_diag_cookie(struct call *c, const char *field,
			      const uint32_t cookie[2])
{
	emit_field(c->e, field);
	emit_array_begin(c->e);
	emit_uint(c->e, cookie[0]);
	emit_uint(c->e, cookie[1]);
	emit_array_end(c->e);
}

static void print_diag_protocol_value(struct call *c, const unsigned char *d,
				      size_t len)
{
	uint64_t v;
	if (get_small_uint(d, len, &v))
		emit_enum(c->e, &xlat_sock_inet_protocols, v, "IPPROTO_???");
	else
		print_hex_bytes(c, d, len);
}

/* idiag_src=inet_addr("127.0.0.1") or inet_pton(AF_INET6, "::1",
 * &idiag_src); -X raw and verbose show the 16 bytes of the field */
static void print_diag_addr(struct call *c, int family, const void *addr,
			    const char *field)
{
	char text[INET6_ADDRSTRLEN];
	struct strbuf sb = {0};
	bool v6 = family == AF_INET6;
	inet_ntop(v6 ? AF_INET6 : AF_INET, addr, text, sizeof(text));
	sb_puts(&sb, v6 ? "inet_pton(AF_INET6, \"" : "inet_addr(\"");
	escape_text(&sb, (const unsigned char *)text, strlen(text),
		    c->cfg->hexmode);
	sb_putc(&sb, '"');
	if (v6 && emit_xlat_style(c->e) == XLAT_ABBREV) {
		sb_printf(&sb, ", &%s)", field);
		emit_expr(c->e, sb_cstr(&sb));
	} else {
		sb_putc(&sb, ')');
		emit_field(c->e, field);
		emit_sym_bytes(c->e, sb_cstr(&sb), addr, 16);
	}
	sb_free(&sb);
}

static void print_diag_port(struct call *c, const char *field, uint16_t port)
{
	char text[16];
	snprintf(text, sizeof(text), "htons(%u)", ntohs(port));
	emit_field(c->e, field);
	emit_sym_bytes(c->e, text, &port, 2);
}

static void print_inet_diag_sockid(struct call *c, int family,
				   const struct inet_diag_sockid *id)
{
	emit_field(c->e, "id");
	emit_struct_begin(c->e);
	print_diag_port(c, "idiag_sport", id->idiag_sport);
	print_diag_port(c, "idiag_dport", id->idiag_dport);
	print_diag_addr(c, family, id->idiag_src, "idiag_src");
	print_diag_addr(c, family, id->idiag_dst, "idiag_dst");
	emit_field(c->e, "idiag_if");
	print_ifindex(c, id->idiag_if);
	print_diag_cookie(c, "idiag_cookie", id->idiag_cookie);
	emit_struct_end(c->e);
}

/* INET_DIAG_REQ_BYTECODE: the first operation, its host condition, and
 * the rest as bytes */
static void print_inet_diag_bc(struct call *c, const unsigned char *d,
			       size_t len)
{
	struct inet_diag_bc_op op;
	if (len < sizeof(op)) {
		print_hex_bytes(c, d, len);
		return;
	}
	memcpy(&op, d, sizeof(op));
	emit_struct_begin(c->e);
	emit_field(c->e, "code");
	emit_enum(c->e, &xlat_sockdiag_bc_codes, op.code, "INET_DIAG_BC_???");
	emit_field(c->e, "yes");
	emit_uint(c->e, op.yes);
	emit_field(c->e, "no");
	emit_uint(c->e, op.no);
	emit_struct_end(c->e);
	size_t off = sizeof(op);
	if ((op.code == INET_DIAG_BC_S_COND ||
	     op.code == INET_DIAG_BC_D_COND) &&
	    len - off >= sizeof(struct inet_diag_hostcond)) {
		struct inet_diag_hostcond hc;
		memcpy(&hc, d + off, sizeof(hc));
		emit_struct_begin(c->e);
		emit_field(c->e, "family");
		emit_enum(c->e, &xlat_sock_families, hc.family, "AF_???");
		emit_field(c->e, "prefix_len");
		emit_uint(c->e, hc.prefix_len);
		emit_field(c->e, "port");
		emit_int(c->e, hc.port);
		emit_struct_end(c->e);
		off += sizeof(hc);
	}
	if (len > off)
		print_hex_bytes(c, d + off, len - off);
}

static void inet_req_value(struct nl_ctx *x, const struct attr_set *set,
			   unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == INET_DIAG_REQ_BYTECODE)
		print_inet_diag_bc(x->c, d, len);
	else if (type == INET_DIAG_REQ_PROTOCOL)
		print_diag_protocol_value(x->c, d, len);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set inet_req_set = {
	&xlat_sockdiag_inet_req_attrs, "INET_DIAG_REQ_???", inet_req_value};

/* INET_DIAG_SOCKOPT: struct inet_diag_sockopt, two bytes of bit-fields;
 * the set ones are named, bytes past them follow as a commented string */
static void print_inet_diag_sockopt(struct call *c, const unsigned char *d,
				    size_t len)
{
	static const char *const bits[] = {
		"recverr",	   "is_icsk",	   "freebind",
		"hdrincl",	   "mc_loop",	   "transparent",
		"mc_all",	   "nodefrag",	   "bind_address_no_port",
		"recverr_rfc4884", "defer_connect"};
	if (len < 2) {
		print_hex_bytes(c, d, len);
		return;
	}
	unsigned v = d[0] | (unsigned)d[1] << 8;
	/* -v shows the clear bits too */
	bool all = !call_abbrev(c);
	emit_struct_begin(c->e);
	for (size_t i = 0; i < ARRAY_SIZE(bits); i++) {
		if (all || v & (1u << i)) {
			emit_field(c->e, bits[i]);
			emit_uint(c->e, (v >> i) & 1);
		}
	}
	if (all || v >> ARRAY_SIZE(bits)) {
		emit_field(c->e, "unused");
		emit_exprf(c->e, "%#x /* bits 3..8 */", v >> ARRAY_SIZE(bits));
	}
	emit_struct_end(c->e);
	if (len > 2) {
		size_t n = MIN(len - 2, (size_t)str_limit(c));
		struct strbuf sb = {0};
		sb_printf(&sb, "/* bytes 2..%zu */ \"", len - 1);
		escape_text(&sb, d + 2, n, 2);
		sb_putc(&sb, '"');
		if (len - 2 > n)
			sb_add(&sb, "...", 3);
		emit_expr(c->e, sb_cstr(&sb));
		sb_free(&sb);
	}
}

static void tls_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case TLS_INFO_VERSION:
		print_enum_attr(c, d, len, 2, &xlat_sockdiag_tls_versions,
				"TLS_???_VERSION");
		break;
	case TLS_INFO_CIPHER:
		print_enum_attr(c, d, len, 2, &xlat_sockdiag_tls_ciphers,
				"TLS_CIPHER_???");
		break;
	case TLS_INFO_TXCONF:
	case TLS_INFO_RXCONF:
		print_enum_attr(c, d, len, 2, &xlat_sockdiag_tls_conf,
				"TLS_CONF_???");
		break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set tls_set = {&xlat_sockdiag_tls_attrs,
					"TLS_INFO_???", tls_value};

static void ulp_value(struct nl_ctx *x, const struct attr_set *set,
		      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == INET_ULP_INFO_NAME)
		print_diag_str(x->c, d, len);
	else if (type == INET_ULP_INFO_TLS)
		print_attrs(x, d, len, &tls_set);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set ulp_set = {&xlat_sockdiag_ulp_attrs,
					"INET_ULP_INFO_???", ulp_value};

static void bpf_storage_value(struct nl_ctx *x, const struct attr_set *set,
			      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	if (type == SK_DIAG_BPF_STORAGE_MAP_ID)
		print_uint_attr(x->c, d, len, 4);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set bpf_storage_set = {
	&xlat_sockdiag_bpf_storage_attrs, "SK_DIAG_BPF_STORAGE_???",
	bpf_storage_value};

static void bpf_storages_value(struct nl_ctx *x, const struct attr_set *set,
			       unsigned type, const unsigned char *d,
			       size_t len)
{
	(void)set;
	if (type == SK_DIAG_BPF_STORAGE)
		print_attrs(x, d, len, &bpf_storage_set);
	else
		print_hex_bytes(x->c, d, len);
}

static const struct attr_set bpf_storages_set = {
	&xlat_sockdiag_bpf_storages_attrs, "SK_DIAG_BPF_STORAGE_REP_???",
	bpf_storages_value};

/* INET_DIAG_SHUTDOWN: 0x3 / * RCV_SHUTDOWN|SEND_SHUTDOWN * / (the
 * number, and its flags in a comment) */
static void print_shutdown_value(struct call *c, uint8_t v)
{
	emit_hex(c->e, v);
	if (!v)
		return;
	struct strbuf sb = {0};
	uint64_t rest;
	const char *names[2];
	int n = xlat_split_flags(&xlat_sockdiag_shutdown, v, names, 2, &rest);
	for (int i = 0; i < n; i++)
		sb_printf(&sb, "%s%s", i ? "|" : "", names[i]);
	if (rest)
		sb_printf(&sb, "%s%#llx", n ? "|" : "",
			  (unsigned long long)rest);
	emit_xlat_comment(c->e, n ? sb_cstr(&sb) : "???_SHUTDOWN");
	sb_free(&sb);
}

static void inet_value(struct nl_ctx *x, const struct attr_set *set,
		       unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	uint64_t v;
	switch (type) {
	case INET_DIAG_MEMINFO: {
		static const char *const f[] = {"idiag_rmem", "idiag_wmem",
						"idiag_fmem", "idiag_tmem"};
		print_u32_struct(c, d, len, f, ARRAY_SIZE(f), 0);
		break;
	}
	case INET_DIAG_VEGASINFO: {
		static const char *const f[] = {"tcpv_enabled", "tcpv_rttcnt",
						"tcpv_rtt", "tcpv_minrtt"};
		print_u32_struct(c, d, len, f, ARRAY_SIZE(f), 0);
		break;
	}
	case INET_DIAG_BBRINFO: {
		static const char *const f[] = {
			"bbr_bw_lo", "bbr_bw_hi", "bbr_min_rtt",
			"bbr_pacing_gain", "bbr_cwnd_gain"};
		print_u32_struct(c, d, len, f, ARRAY_SIZE(f), 3);
		break;
	}
	case INET_DIAG_DCTCPINFO: {
		struct tcp_dctcp_info di;
		if (len < sizeof(di)) {
			print_hex_bytes(c, d, len);
			break;
		}
		memcpy(&di, d, sizeof(di));
		emit_struct_begin(c->e);
		emit_field(c->e, "dctcp_enabled");
		emit_uint(c->e, di.dctcp_enabled);
		emit_field(c->e, "dctcp_ce_state");
		emit_uint(c->e, di.dctcp_ce_state);
		emit_field(c->e, "dctcp_alpha");
		emit_uint(c->e, di.dctcp_alpha);
		emit_field(c->e, "dctcp_ab_ecn");
		emit_uint(c->e, di.dctcp_ab_ecn);
		emit_field(c->e, "dctcp_ab_tot");
		emit_uint(c->e, di.dctcp_ab_tot);
		emit_struct_end(c->e);
		break;
	}
	case INET_DIAG_CONG: print_diag_str(c, d, len); break;
	case INET_DIAG_TOS:
	case INET_DIAG_TCLASS:
	case INET_DIAG_SKV6ONLY: print_uint_attr(c, d, len, 1); break;
	case INET_DIAG_MARK:
	case INET_DIAG_CLASS_ID: print_uint_attr(c, d, len, 4); break;
	case INET_DIAG_CGROUP_ID: print_uint_attr(c, d, len, 8); break;
	case INET_DIAG_SKMEMINFO: print_diag_meminfo(c, d, len); break;
	case INET_DIAG_SHUTDOWN:
		if (get_small_uint(d, len, &v))
			print_shutdown_value(c, (uint8_t)v);
		else
			print_hex_bytes(c, d, len);
		break;
	case INET_DIAG_PROTOCOL: print_diag_protocol_value(c, d, len); break;
	case INET_DIAG_ULP_INFO: print_attrs(x, d, len, &ulp_set); break;
	case INET_DIAG_SK_BPF_STORAGES:
		print_attrs(x, d, len, &bpf_storages_set);
		break;
	case INET_DIAG_SOCKOPT: print_inet_diag_sockopt(c, d, len); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set inet_set = {&xlat_sockdiag_inet_attrs,
					 "INET_DIAG_???", inet_value};

/* Opens a diag struct, whose first byte is the family, and prints that
 * field; true when the whole struct (size bytes) is copied to hdr, false
 * when a short one printed as {family, ...} */
static bool begin_diag_struct(struct call *c, const char *field,
			      const unsigned char *d, size_t len, void *hdr,
			      size_t size)
{
	return begin_family_header(c, field, d, len, hdr, size);
}

static void print_inet_diag_req_v2(struct nl_ctx *x, const unsigned char *d,
				   size_t len)
{
	struct call *c = x->c;
	struct inet_diag_req_v2 r;
	if (!begin_diag_struct(c, "sdiag_family", d, len, &r, sizeof(r)))
		return;
	emit_field(c->e, "sdiag_protocol");
	emit_enum(c->e, &xlat_sock_inet_protocols, r.sdiag_protocol,
		  "IPPROTO_???");
	emit_field(c->e, "idiag_ext");
	emit_flags(c->e, &xlat_sockdiag_inet_ext, r.idiag_ext, NULL);
	emit_field(c->e, "idiag_states");
	emit_flags_unknown(c->e, &xlat_sockdiag_tcp_state_bits, r.idiag_states,
			   NULL, "1<<TCP_???");
	print_inet_diag_sockid(c, r.sdiag_family, &r.id);
	emit_struct_end(c->e);
}

/* TCPDIAG_GETSOCK and DCCPDIAG_GETSOCK: the request before v2 */
static void print_inet_diag_req(struct nl_ctx *x, const unsigned char *d,
				size_t len)
{
	struct call *c = x->c;
	struct inet_diag_req r;
	if (!begin_diag_struct(c, "idiag_family", d, len, &r, sizeof(r)))
		return;
	emit_field(c->e, "idiag_src_len");
	emit_uint(c->e, r.idiag_src_len);
	emit_field(c->e, "idiag_dst_len");
	emit_uint(c->e, r.idiag_dst_len);
	emit_field(c->e, "idiag_ext");
	emit_flags(c->e, &xlat_sockdiag_inet_ext, r.idiag_ext, NULL);
	print_inet_diag_sockid(c, r.idiag_family, &r.id);
	emit_field(c->e, "idiag_states");
	emit_flags_unknown(c->e, &xlat_sockdiag_tcp_state_bits, r.idiag_states,
			   NULL, "1<<TCP_???");
	emit_field(c->e, "idiag_dbs");
	emit_uint(c->e, r.idiag_dbs);
	emit_struct_end(c->e);
}

static void print_inet_diag_msg(struct nl_ctx *x, const unsigned char *d,
				size_t len)
{
	struct call *c = x->c;
	struct inet_diag_msg m;
	if (!begin_diag_struct(c, "idiag_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "idiag_state");
	emit_enum(c->e, &xlat_sockdiag_tcp_states, m.idiag_state, "TCP_???");
	emit_field(c->e, "idiag_timer");
	emit_uint(c->e, m.idiag_timer);
	emit_field(c->e, "idiag_retrans");
	emit_uint(c->e, m.idiag_retrans);
	print_inet_diag_sockid(c, m.idiag_family, &m.id);
	emit_field(c->e, "idiag_expires");
	emit_uint(c->e, m.idiag_expires);
	emit_field(c->e, "idiag_rqueue");
	emit_uint(c->e, m.idiag_rqueue);
	emit_field(c->e, "idiag_wqueue");
	emit_uint(c->e, m.idiag_wqueue);
	emit_field(c->e, "idiag_uid");
	emit_uint(c->e, m.idiag_uid);
	emit_field(c->e, "idiag_inode");
	emit_uint(c->e, m.idiag_inode);
	emit_struct_end(c->e);
}

static void unix_value(struct nl_ctx *x, const struct attr_set *set,
		       unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case UNIX_DIAG_NAME: print_diag_str(c, d, len); break;
	case UNIX_DIAG_VFS: {
		struct unix_diag_vfs v;
		if (len < sizeof(v)) {
			print_hex_bytes(c, d, len);
			break;
		}
		memcpy(&v, d, sizeof(v));
		emit_struct_begin(c->e);
		emit_field(c->e, "udiag_vfs_dev");
		print_dev(c, v.udiag_vfs_dev);
		emit_field(c->e, "udiag_vfs_ino");
		emit_uint(c->e, v.udiag_vfs_ino);
		emit_struct_end(c->e);
		break;
	}
	case UNIX_DIAG_PEER:
	case UNIX_DIAG_UID: print_uint_attr(c, d, len, 4); break;
	case UNIX_DIAG_ICONS: print_u32_array(c, d, len); break;
	case UNIX_DIAG_RQLEN: {
		static const char *const f[] = {"udiag_rqueue", "udiag_wqueue"};
		print_u32_struct(c, d, len, f, ARRAY_SIZE(f), 0);
		break;
	}
	case UNIX_DIAG_MEMINFO: print_diag_meminfo(c, d, len); break;
	case UNIX_DIAG_SHUTDOWN: print_uint_attr(c, d, len, 1); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set unix_set = {&xlat_sockdiag_unix_attrs,
					 "UNIX_DIAG_???", unix_value};

static void print_unix_diag_req(struct nl_ctx *x, const unsigned char *d,
				size_t len)
{
	struct call *c = x->c;
	struct unix_diag_req r;
	if (!begin_diag_struct(c, "sdiag_family", d, len, &r, sizeof(r)))
		return;
	emit_field(c->e, "sdiag_protocol");
	emit_uint(c->e, r.sdiag_protocol);
	emit_field(c->e, "udiag_states");
	emit_flags_unknown(c->e, &xlat_sockdiag_tcp_state_bits, r.udiag_states,
			   NULL, "1<<TCP_???");
	emit_field(c->e, "udiag_ino");
	emit_uint(c->e, r.udiag_ino);
	emit_field(c->e, "udiag_show");
	emit_flags_unknown(c->e, &xlat_sockdiag_unix_show, r.udiag_show, NULL,
			   "UDIAG_SHOW_???");
	print_diag_cookie(c, "udiag_cookie", r.udiag_cookie);
	emit_struct_end(c->e);
}

static void print_unix_diag_msg(struct nl_ctx *x, const unsigned char *d,
				size_t len)
{
	struct call *c = x->c;
	struct unix_diag_msg m;
	if (!begin_diag_struct(c, "udiag_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "udiag_type");
	emit_enum(c->e, &xlat_sock_types, m.udiag_type, "SOCK_???");
	emit_field(c->e, "udiag_state");
	emit_enum(c->e, &xlat_sockdiag_tcp_states, m.udiag_state, "TCP_???");
	emit_field(c->e, "udiag_ino");
	emit_uint(c->e, m.udiag_ino);
	print_diag_cookie(c, "udiag_cookie", m.udiag_cookie);
	emit_struct_end(c->e);
}

/* NETLINK_DIAG_GROUPS: unsigned longs as strace prints them (%#016lx) */
static void print_netlink_groups(struct call *c, const unsigned char *d,
				 size_t len)
{
	size_t n = len / 8;
	if (!n) {
		print_hex_bytes(c, d, len);
		return;
	}
	emit_array_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		uint64_t v;
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		memcpy(&v, d + 8 * i, 8);
		emit_exprf(c->e, "%#016llx", (unsigned long long)v);
	}
	emit_array_end(c->e);
}

static void netlink_diag_value(struct nl_ctx *x, const struct attr_set *set,
			       unsigned type, const unsigned char *d,
			       size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case NETLINK_DIAG_MEMINFO: print_diag_meminfo(c, d, len); break;
	case NETLINK_DIAG_GROUPS: print_netlink_groups(c, d, len); break;
	case NETLINK_DIAG_RX_RING:
	case NETLINK_DIAG_TX_RING: {
		static const char *const f[] = {
			"ndr_block_size", "ndr_block_nr", "ndr_frame_size",
			"ndr_frame_nr"};
		print_u32_struct(c, d, len, f, ARRAY_SIZE(f), 0);
		break;
	}
	case NETLINK_DIAG_FLAGS:
		print_flags_attr(c, d, len, &xlat_sockdiag_netlink_flags,
				 "NDIAG_FLAG_???");
		break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set netlink_diag_set = {
	&xlat_sockdiag_netlink_attrs, "NETLINK_DIAG_???", netlink_diag_value};

static void print_netlink_diag_protocol(struct call *c, uint8_t protocol)
{
	if (protocol == NDIAG_PROTO_ALL)
		emit_sym_hex(c->e, "NDIAG_PROTO_ALL", protocol);
	else
		emit_enum(c->e, &xlat_sock_netlink_protocols, protocol,
			  "NETLINK_???");
}

static void print_netlink_diag_req(struct nl_ctx *x, const unsigned char *d,
				   size_t len)
{
	struct call *c = x->c;
	struct netlink_diag_req r;
	if (!begin_diag_struct(c, "sdiag_family", d, len, &r, sizeof(r)))
		return;
	emit_field(c->e, "sdiag_protocol");
	print_netlink_diag_protocol(c, r.sdiag_protocol);
	emit_field(c->e, "ndiag_ino");
	emit_uint(c->e, r.ndiag_ino);
	emit_field(c->e, "ndiag_show");
	emit_flags_unknown(c->e, &xlat_sockdiag_netlink_show, r.ndiag_show,
			   NULL, "NDIAG_SHOW_???");
	print_diag_cookie(c, "ndiag_cookie", r.ndiag_cookie);
	emit_struct_end(c->e);
}

static void print_netlink_diag_msg(struct nl_ctx *x, const unsigned char *d,
				   size_t len)
{
	struct call *c = x->c;
	struct netlink_diag_msg m;
	if (!begin_diag_struct(c, "ndiag_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "ndiag_type");
	emit_enum(c->e, &xlat_sock_types, m.ndiag_type, "SOCK_???");
	emit_field(c->e, "ndiag_protocol");
	emit_enum(c->e, &xlat_sock_netlink_protocols, m.ndiag_protocol,
		  "NETLINK_???");
	emit_field(c->e, "ndiag_state");
	emit_enum(c->e, &xlat_sockdiag_tcp_states, m.ndiag_state, "TCP_???");
	emit_field(c->e, "ndiag_portid");
	emit_uint(c->e, m.ndiag_portid);
	emit_field(c->e, "ndiag_dst_portid");
	emit_uint(c->e, m.ndiag_dst_portid);
	emit_field(c->e, "ndiag_dst_group");
	emit_uint(c->e, m.ndiag_dst_group);
	emit_field(c->e, "ndiag_ino");
	emit_uint(c->e, m.ndiag_ino);
	print_diag_cookie(c, "ndiag_cookie", m.ndiag_cookie);
	emit_struct_end(c->e);
}

static void print_packet_mclist(struct call *c, const unsigned char *d,
				size_t len)
{
	size_t n = len / sizeof(struct packet_diag_mclist);
	if (!n) {
		print_hex_bytes(c, d, len);
		return;
	}
	emit_array_begin(c->e);
	for (size_t i = 0; i < n; i++) {
		struct packet_diag_mclist m;
		if (i >= array_limit(c)) {
			emit_more(c->e);
			break;
		}
		memcpy(&m, d + i * sizeof(m), sizeof(m));
		emit_struct_begin(c->e);
		emit_field(c->e, "pdmc_index");
		print_ifindex(c, m.pdmc_index);
		emit_field(c->e, "pdmc_count");
		emit_uint(c->e, m.pdmc_count);
		emit_field(c->e, "pdmc_type");
		emit_uint(c->e, m.pdmc_type);
		emit_field(c->e, "pdmc_alen");
		emit_uint(c->e, m.pdmc_alen);
		emit_field(c->e, "pdmc_addr");
		/* strace shows the whole address, whatever -s */
		size_t alen = MIN((size_t)m.pdmc_alen, sizeof(m.pdmc_addr));
		struct strbuf sb = {0};
		sb_putc(&sb, '"');
		escape_text(&sb, m.pdmc_addr, alen, 2);
		sb_putc(&sb, '"');
		emit_expr(c->e, sb_cstr(&sb));
		sb_free(&sb);
		emit_struct_end(c->e);
	}
	emit_array_end(c->e);
}

static void packet_diag_value(struct nl_ctx *x, const struct attr_set *set,
			      unsigned type, const unsigned char *d, size_t len)
{
	(void)set;
	struct call *c = x->c;
	switch (type) {
	case PACKET_DIAG_INFO: {
		struct packet_diag_info i;
		if (len < sizeof(i)) {
			print_hex_bytes(c, d, len);
			break;
		}
		memcpy(&i, d, sizeof(i));
		emit_struct_begin(c->e);
		emit_field(c->e, "pdi_index");
		print_ifindex(c, i.pdi_index);
		emit_field(c->e, "pdi_version");
		emit_enum(c->e, &xlat_sockdiag_packet_versions, i.pdi_version,
			  "TPACKET_???");
		emit_field(c->e, "pdi_reserve");
		emit_uint(c->e, i.pdi_reserve);
		emit_field(c->e, "pdi_copy_thresh");
		emit_uint(c->e, i.pdi_copy_thresh);
		emit_field(c->e, "pdi_tstamp");
		emit_uint(c->e, i.pdi_tstamp);
		emit_field(c->e, "pdi_flags");
		emit_flags_unknown(c->e, &xlat_sockdiag_packet_info_flags,
				   i.pdi_flags, NULL, "PDI_???");
		emit_struct_end(c->e);
		break;
	}
	case PACKET_DIAG_MCLIST: print_packet_mclist(c, d, len); break;
	case PACKET_DIAG_RX_RING:
	case PACKET_DIAG_TX_RING: {
		static const char *const f[] = {
			"pdr_block_size", "pdr_block_nr",   "pdr_frame_size",
			"pdr_frame_nr",	  "pdr_retire_tmo", "pdr_sizeof_priv",
			"pdr_features"};
		print_u32_struct(c, d, len, f, ARRAY_SIZE(f), 0);
		break;
	}
	case PACKET_DIAG_FANOUT:
	case PACKET_DIAG_UID: print_uint_attr(c, d, len, 4); break;
	case PACKET_DIAG_MEMINFO: print_diag_meminfo(c, d, len); break;
	default: print_hex_bytes(c, d, len);
	}
}

static const struct attr_set packet_diag_set = {
	&xlat_sockdiag_packet_attrs, "PACKET_DIAG_???", packet_diag_value};

static void print_packet_diag_req(struct nl_ctx *x, const unsigned char *d,
				  size_t len)
{
	struct call *c = x->c;
	struct packet_diag_req r;
	if (!begin_diag_struct(c, "sdiag_family", d, len, &r, sizeof(r)))
		return;
	emit_field(c->e, "sdiag_protocol");
	emit_hex(c->e, r.sdiag_protocol);
	emit_field(c->e, "pdiag_ino");
	emit_uint(c->e, r.pdiag_ino);
	emit_field(c->e, "pdiag_show");
	emit_flags_unknown(c->e, &xlat_sockdiag_packet_show, r.pdiag_show, NULL,
			   "PACKET_SHOW_???");
	print_diag_cookie(c, "pdiag_cookie", r.pdiag_cookie);
	emit_struct_end(c->e);
}

static void print_packet_diag_msg(struct nl_ctx *x, const unsigned char *d,
				  size_t len)
{
	struct call *c = x->c;
	struct packet_diag_msg m;
	if (!begin_diag_struct(c, "pdiag_family", d, len, &m, sizeof(m)))
		return;
	emit_field(c->e, "pdiag_type");
	emit_enum(c->e, &xlat_sock_types, m.pdiag_type, "SOCK_???");
	emit_field(c->e, "pdiag_num");
	emit_enum(c->e, &xlat_sock_eth_protocols, m.pdiag_num, "ETH_P_???");
	emit_field(c->e, "pdiag_ino");
	emit_uint(c->e, m.pdiag_ino);
	print_diag_cookie(c, "pdiag_cookie", m.pdiag_cookie);
	emit_struct_end(c->e);
}

/* a diag struct of size bytes and, for the sets given, the attributes
 * after it; strace shows nothing of what follows a struct without them */
static void print_diag_body(struct nl_ctx *x, const unsigned char *d,
			    size_t len, size_t size,
			    void (*print_struct)(struct nl_ctx *,
						 const unsigned char *, size_t),
			    const struct attr_set *set)
{
	x->family = d[0];
	print_struct(x, d, len);
	size_t off = NLMSG_ALIGN(size);
	if (set && len > off)
		print_attrs(x, d + off, len - off, set);
}

static void print_sock_diag_body(struct nl_ctx *x, const struct nlmsghdr *h,
				 const unsigned char *d, size_t len)
{
	bool request = h->nlmsg_flags & NLM_F_REQUEST;
	uint8_t family = d[0];
	if (len < 2) {
		print_family_data(x, d, len);
		return;
	}
	if (h->nlmsg_type == TCPDIAG_GETSOCK ||
	    h->nlmsg_type == DCCPDIAG_GETSOCK) {
		if (request)
			print_diag_body(x, d, len, sizeof(struct inet_diag_req),
					print_inet_diag_req, &inet_req_set);
		else
			print_diag_body(x, d, len, sizeof(struct inet_diag_msg),
					print_inet_diag_msg, &inet_set);
		return;
	}
	switch (family) {
	case AF_INET:
	case AF_INET6:
		if (request)
			print_diag_body(x, d, len,
					sizeof(struct inet_diag_req_v2),
					print_inet_diag_req_v2, &inet_req_set);
		else
			print_diag_body(x, d, len, sizeof(struct inet_diag_msg),
					print_inet_diag_msg, &inet_set);
		return;
	case AF_UNIX:
		if (request)
			print_diag_body(x, d, len, sizeof(struct unix_diag_req),
					print_unix_diag_req, NULL);
		else
			print_diag_body(x, d, len, sizeof(struct unix_diag_msg),
					print_unix_diag_msg, &unix_set);
		return;
	case AF_NETLINK:
		if (request)
			print_diag_body(x, d, len,
					sizeof(struct netlink_diag_req),
					print_netlink_diag_req, NULL);
		else
			print_diag_body(
				x, d, len, sizeof(struct netlink_diag_msg),
				print_netlink_diag_msg, &netlink_diag_set);
		return;
	case AF_PACKET:
		if (request)
			print_diag_body(x, d, len,
					sizeof(struct packet_diag_req),
					print_packet_diag_req, NULL);
		else
			print_diag_body(
				x, d, len, sizeof(struct packet_diag_msg),
				print_packet_diag_msg, &packet_diag_set);
		return;
	}
	print_family_data(x, d, len);
}

/* ---- messages ---- */

static void print_nlmsg_flags(struct nl_ctx *x, uint16_t type, uint16_t flags)
{
	const struct xlat *extra = NULL;
	if (type == NLMSG_ERROR) {
		extra = &xlat_nl_ack_flags;
	} else if (type >= NLMSG_MIN_TYPE && x->protocol == NETLINK_ROUTE) {
		switch (type & 3) {
		case 0: extra = &xlat_nl_new_flags; break;
		case 1: extra = &xlat_nl_del_flags; break;
		case 2: extra = &xlat_nl_get_flags; break;
		}
	} else if (type >= NLMSG_MIN_TYPE && x->protocol == NETLINK_SOCK_DIAG) {
		extra = &xlat_nl_get_flags;
	}
	const char *names[16];
	uint64_t rest = 0, rest2;
	int n = xlat_split_flags(&xlat_nl_flags, flags, names, 8, &rest);
	if (extra)
		n += xlat_split_flags(extra, rest, names + n, 8, &rest2);
	else
		rest2 = rest;
	if (!flags) {
		emit_uint(x->c->e, 0);
		return;
	}
	x->c->e->ops->v_flags(x->c->e, names, n, rest2, rest2 != 0, flags);
	if (!n)
		emit_xlat_comment(x->c->e, "NLM_F_???");
}

static void print_nlmsg_type(struct nl_ctx *x, uint16_t type)
{
	if (type < NLMSG_MIN_TYPE) {
		emit_enum(x->c->e, &xlat_nl_msg_types, type, "NLMSG_???");
		return;
	}
	switch (x->protocol) {
	case NETLINK_ROUTE:
		emit_enum(x->c->e, &xlat_nl_route_types, type, "RTM_???");
		return;
	case NETLINK_GENERIC:
		if (type == GENL_ID_CTRL) {
			emit_sym_hex(x->c->e, "nlctrl", type);
			return;
		}
		break;
	case NETLINK_SOCK_DIAG:
		emit_enum(x->c->e, &xlat_sockdiag_types, type, "SOCK_DIAG_???");
		return;
	}
	emit_hex(x->c->e, type);
	emit_xlat_comment(x->c->e, "NLMSG_???");
}

static void print_nlmsghdr(struct nl_ctx *x, const struct nlmsghdr *h)
{
	struct emitter *e = x->c->e;
	emit_struct_begin(e);
	emit_field(e, "nlmsg_len");
	emit_uint(e, h->nlmsg_len);
	emit_field(e, "nlmsg_type");
	print_nlmsg_type(x, h->nlmsg_type);
	emit_field(e, "nlmsg_flags");
	print_nlmsg_flags(x, h->nlmsg_type, h->nlmsg_flags);
	emit_field(e, "nlmsg_seq");
	emit_uint(e, h->nlmsg_seq);
	emit_field(e, "nlmsg_pid");
	emit_int(e, (int32_t)h->nlmsg_pid);
	emit_struct_end(e);
}

static void print_msg(struct nl_ctx *x, const unsigned char *p, size_t avail,
		      unsigned depth);

static void print_msg_body(struct nl_ctx *x, const struct nlmsghdr *h,
			   const unsigned char *d, size_t len, unsigned depth)
{
	struct call *c = x->c;
	if (h->nlmsg_type == NLMSG_ERROR) {
		int32_t err;
		if (len < sizeof(struct nlmsgerr) || depth > 8) {
			print_hex_bytes(c, d, len);
			return;
		}
		memcpy(&err, d, sizeof(err));
		emit_struct_begin(c->e);
		emit_field(c->e, "error");
		const char *name =
			err < 0 && err > INT32_MIN ? errno_name(-err) : NULL;
		char text[40];
		if (name) {
			snprintf(text, sizeof(text), "-%s", name);
			emit_sym_base(c->e, text, (uint64_t)(int64_t)err,
				      SYM_DEC);
		} else {
			emit_int(c->e, err);
		}
		emit_field(c->e, "msg");
		struct nlmsghdr inner;
		memcpy(&inner, d + 4, sizeof(inner));
		size_t avail = len - 4;
		print_msg(x, d + 4,
			  inner.nlmsg_len < avail ? inner.nlmsg_len : avail,
			  depth + 1);
		emit_struct_end(c->e);
		return;
	}
	if (h->nlmsg_type == NLMSG_DONE && len == sizeof(int32_t)) {
		int32_t v;
		memcpy(&v, d, sizeof(v));
		emit_int(c->e, v);
		return;
	}
	if (h->nlmsg_type >= NLMSG_MIN_TYPE && x->protocol == NETLINK_ROUTE) {
		print_route_body(x, h->nlmsg_type, d, len);
		return;
	}
	if (h->nlmsg_type >= NLMSG_MIN_TYPE &&
	    x->protocol == NETLINK_SOCK_DIAG) {
		print_sock_diag_body(x, h, d, len);
		return;
	}
	print_hex_bytes(c, d, len);
}

/* one message of which avail bytes are in the buffer (at least the
 * header) */
static void print_msg(struct nl_ctx *x, const unsigned char *p, size_t avail,
		      unsigned depth)
{
	struct emitter *e = x->c->e;
	struct nlmsghdr h;
	memcpy(&h, p, sizeof(h));
	bool body = avail > NLMSG_HDRLEN;
	if (body)
		emit_array_begin(e);
	print_nlmsghdr(x, &h);
	if (body) {
		print_msg_body(x, &h, p + NLMSG_HDRLEN, avail - NLMSG_HDRLEN,
			       depth);
		emit_array_end(e);
	}
}

static void print_msgs(struct nl_ctx *x, const unsigned char *p, size_t len)
{
	struct emitter *e = x->c->e;
	bool array = false;
	unsigned count = 0;
	while (len >= NLMSG_HDRLEN) {
		struct nlmsghdr h;
		memcpy(&h, p, sizeof(h));
		/* NLMSG_ALIGN masks with an unsigned int: 4 GiB - 1 would
		 * align to 0 */
		uint64_t step = ((uint64_t)h.nlmsg_len + 3) & ~(uint64_t)3;
		if (!count && h.nlmsg_len >= NLMSG_HDRLEN && step < len) {
			emit_array_begin(e);
			array = true;
		}
		if (count >= array_limit(x->c)) {
			emit_more(e);
			len = 0;
			break;
		}
		print_msg(x, p, h.nlmsg_len < len ? h.nlmsg_len : len, 0);
		count++;
		if (h.nlmsg_len < NLMSG_HDRLEN || step >= len) {
			len = 0;
			break;
		}
		p += step;
		len -= (size_t)step;
	}
	if (len)
		print_hex_bytes(x->c, p, len);
	if (array)
		emit_array_end(e);
}

static unsigned char *netlink_buffer(size_t n)
{
	static unsigned char *buf;
	static size_t cap;
	if (n > cap) {
		buf = xrealloc(buf, n);
		cap = n;
	}
	return buf;
}

void print_netlink(struct call *c, uint64_t addr, uint64_t len, int protocol)
{
	/* uevents are text, and nothing is decoded of an empty buffer */
	if (!addr || !len || protocol == NETLINK_KOBJECT_UEVENT) {
		print_buffer(c, addr, len);
		return;
	}
	size_t n = len > NETLINK_MAX ? NETLINK_MAX : (size_t)len;
	unsigned char *buf = netlink_buffer(n);
	if (mem_read(c->mem, addr, buf, n) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	struct nl_ctx x = {c, protocol, AF_UNSPEC};
	print_msgs(&x, buf, n);
}
