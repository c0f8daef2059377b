/* Unit tests of the NETLINK_SOCK_DIAG decoder (netlink.c): bodies cut
 * short, a family byte alone, unknown families, attributes shorter than
 * their header, of length 0, or longer than the message and the buffer,
 * unsigned longs printed as strace prints them, a buffer that cannot be
 * read. The expected lines are what strace 6.1 printed for the same
 * bytes. */
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <stdint.h>
#include <string.h>

#include "decode/net.h"
#include "unit.h"

#define BASE 0x10000ULL

static unsigned char img[512] __attribute__((aligned(4)));
static size_t used;

static void reset(void)
{
	memset(img, 0, sizeof(img));
	used = 0;
}

static void put(const void *p, size_t n)
{
	memcpy(img + used, p, n);
	used += n;
}

static void header(uint32_t len, uint16_t flags)
{
	struct nlmsghdr h = {len, SOCK_DIAG_BY_FAMILY, flags, 1, 0};
	put(&h, sizeof(h));
}

static void nla(uint16_t len, uint16_t type)
{
	uint16_t a[2] = {len, type};
	put(a, sizeof(a));
}

/* unix_diag_msg {AF_UNIX, SOCK_DGRAM, TCP_SYN_RECV, ino 7, cookie 1 2} */
static void unix_msg(void)
{
	static const unsigned char m[16] = {1, 2, 3, 4, 7, 0, 0, 0,
					    1, 0, 0, 0, 2, 0, 0, 0};
	put(m, sizeof(m));
}

#define UNIX_MSG                                                               \
	"{udiag_family=AF_UNIX, udiag_type=SOCK_DGRAM, "                       \
	"udiag_state=TCP_SYN_RECV, udiag_ino=7, udiag_cookie=[1, 2]}"
#define HDR(len, flags)                                                        \
	"{nlmsg_len=" #len ", nlmsg_type=SOCK_DIAG_BY_FAMILY, "                \
	"nlmsg_flags=" flags ", nlmsg_seq=1, nlmsg_pid=0}"

static const char *render_v(size_t len, bool verbose)
{
	static struct unit_call u;
	uint64_t a[6] = {3};
	sb_free(&u.out);
	unit_call_init(&u, "sendto", a, BASE, img, sizeof(img));
	if (verbose)
		sysset_clear(&u.cfg.abbrev);
	sb_reset(&u.out);
	print_netlink(&u.call, BASE, len, NETLINK_SOCK_DIAG);
	return sb_cstr(&u.out);
}

static const char *render(size_t len)
{
	return render_v(len, false);
}

static void test_bodies(void)
{
	/* a request shorter than inet_diag_req_v2 */
	reset();
	header(36, NLM_F_REQUEST);
	put("\x02\x06", 2);
	CHECK_STR(
		"sockdiag.short_request", render(36),
		"[" HDR(36, "NLM_F_REQUEST") ", {sdiag_family=AF_INET, ...}]");
	/* the family byte alone */
	reset();
	header(17, NLM_F_MULTI);
	put("\x0a", 1);
	CHECK_STR("sockdiag.family_only", render(17),
		  "[" HDR(17, "NLM_F_MULTI") ", {family=AF_INET6}]");
	/* a family without a diag decoder */
	reset();
	header(20, NLM_F_REQUEST);
	put("\x63\x06\x00\x00", 4);
	CHECK_STR("sockdiag.unknown_family", render(20),
		  "[" HDR(20, "NLM_F_REQUEST") ", {family=0x63 /* AF_??? */, "
					       "data=\"\\x06\\x00\\x00\"}]");
	/* a unix_diag_msg cut before its end */
	reset();
	header(40, NLM_F_MULTI);
	unix_msg();
	CHECK_STR("sockdiag.truncated_msg", render(28),
		  "[" HDR(40, "NLM_F_MULTI") ", {udiag_family=AF_UNIX, ...}]");
	/* a length of 4 GiB - 1 under -v (no limit on the number of
	 * messages): one message, not an endless walk */
	reset();
	header(0xffffffff, NLM_F_MULTI);
	put("\x01\x02\x03\x04", 4);
	header(16, NLM_F_MULTI);
	CHECK_STR("sockdiag.len_4g_verbose", render_v(36, true),
		  "[" HDR(4294967295,
			  "NLM_F_MULTI") ", {udiag_family=AF_UNIX, "
					 "udiag_type=SOCK_DGRAM, "
					 "udiag_state=TCP_SYN_RECV, "
					 "udiag_ino=16, udiag_cookie=[131092, "
					 "1]}, {nla_len=0, "
					 "nla_type=UNIX_DIAG_NAME}]");
	/* the buffer cannot be read: its address */
	CHECK_STR("sockdiag.fault", render(sizeof(img) + 1), "0x10000");
}

static void test_attrs(void)
{
	/* the message and an attribute claim more than the buffer has */
	reset();
	header(100, NLM_F_MULTI);
	unix_msg();
	nla(12, 4);
	put("\x01\x00\x00\x00", 4);
	CHECK_STR("sockdiag.attr_beyond_buffer", render(used),
		  "[" HDR(100, "NLM_F_MULTI") ", " UNIX_MSG ", [{nla_len=12, "
					      "nla_type=UNIX_DIAG_RQLEN}, "
					      "\"\\x01\\x00\\x00\\x00\"]]");
	/* an attribute shorter than its own header ends the list */
	reset();
	header(40, NLM_F_MULTI);
	unix_msg();
	nla(3, 2);
	put("\x01\x02\x03\x04", 4);
	CHECK_STR("sockdiag.attr_short", render(40),
		  "[" HDR(40, "NLM_F_MULTI") ", " UNIX_MSG ", {nla_len=3, "
					     "nla_type=UNIX_DIAG_PEER}]");
	/* of length 0: no endless walk */
	reset();
	header(40, NLM_F_MULTI);
	unix_msg();
	nla(0, 2);
	put("\x01\x02\x03\x04", 4);
	CHECK_STR("sockdiag.attr_len_zero", render(40),
		  "[" HDR(40, "NLM_F_MULTI") ", " UNIX_MSG ", {nla_len=0, "
					     "nla_type=UNIX_DIAG_PEER}]");
	/* the last attribute longer than the message */
	reset();
	header(48, NLM_F_MULTI);
	unix_msg();
	nla(8, 2);
	put("\x01\x02\x03\x04", 4);
	nla(200, 7);
	put("\x01\x02\x03\x04", 4);
	CHECK_STR(
		"sockdiag.attr_beyond_msg", render(48),
		"[" HDR(48,
			"NLM_F_MULTI") ", " UNIX_MSG ", [[{nla_len=8, "
				       "nla_type=UNIX_DIAG_PEER}, 67305985], "
				       "[{nla_len=200, "
				       "nla_type=UNIX_DIAG_UID}, 67305985]]]");
	/* unsigned longs as %#016lx: 0 has no 0x */
	reset();
	header(64, NLM_F_MULTI);
	static const unsigned char nm[28] = {16, 2, 4, 7, 1, 0, 0, 0, 2, 0,
					     0,	 0, 3, 0, 0, 0, 4, 0, 0, 0,
					     5,	 0, 0, 0, 6, 0, 0, 0};
	put(nm, sizeof(nm));
	nla(20, 1);
	uint64_t groups[2] = {0, 1ULL << 63};
	put(groups, sizeof(groups));
	CHECK_STR("sockdiag.netlink_groups", render(64),
		  "[" HDR(64,
			  "NLM_F_MULTI") ", {ndiag_family=AF_NETLINK, "
					 "ndiag_type=SOCK_DGRAM, "
					 "ndiag_protocol=NETLINK_SOCK_DIAG, "
					 "ndiag_state=TCP_CLOSE, "
					 "ndiag_portid=1, ndiag_dst_portid=2, "
					 "ndiag_dst_group=3, ndiag_ino=4, "
					 "ndiag_cookie=[5, 6]}, "
					 "[{nla_len=20, "
					 "nla_type=NETLINK_DIAG_GROUPS}, "
					 "[0000000000000000, "
					 "0x8000000000000000]]]");
}

int main(void)
{
	test_bodies();
	test_attrs();
	return unit_done();
}
