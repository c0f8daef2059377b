/* Unit tests of the net family on fake memory: socket arguments,
 * addresses, messages and control data, socket options, netlink; faults,
 * absurd lengths and counts, loops in cmsg and netlink chains, i386
 * layouts. The expected lines are strace 6.1's (tests/progs/net_*.c
 * compare the same shapes with the real strace). */
#include "unit.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "decode/net.h"

#define BASE 0x10000ULL

static char expect[4096];

/* unit_call_init, keeping no buffer of the previous call */
static void call_init(struct unit_call *u, const char *name,
		      const uint64_t args[6], uint64_t base, const void *data,
		      size_t len)
{
	sb_free(&u->out);
	unit_call_init(u, name, args, base, data, len);
}

/* the line strace prints: the call, padded to column 40, the result */
static const char *line(const char *call, const char *ret)
{
	size_t n = strlen(call);
	if (n < 40)
		snprintf(expect, sizeof(expect), "%s%*s= %s", call,
			 (int)(40 - n), "", ret);
	else
		snprintf(expect, sizeof(expect), "%s = %s", call, ret);
	return expect;
}

/* like unit_render, with a hook that changes the tracee's memory
 * between entry and exit (what the kernel writes) */
static const char *render_changing(struct unit_call *u, int64_t rval, int err,
				   void (*change)(void))
{
	struct line_prefix p = {0};
	struct call *c = &u->call;
	sb_reset(&u->out);
	emit_line_begin(&u->em, &p);
	emit_call_begin(&u->em, c->desc->name, c->nr);
	c->exiting = false;
	decode_entry(c);
	if (change)
		change();
	c->exiting = true;
	c->rval = rval;
	c->err = err;
	decode_exit(c);
	emit_args_end(&u->em);
	decode_return(c);
	return sb_cstr(&u->out);
}

static void test_socket(void)
{
	static struct unit_call u;
	uint64_t a1[6] = {AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK,
			  IPPROTO_TCP};
	call_init(&u, "socket", a1, BASE, NULL, 0);
	CHECK_STR("socket.inet_tcp", unit_render(&u, 3, 0),
		  line("socket(AF_INET, "
		       "SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_TCP)",
		       "3"));
	uint64_t a2[6] = {0xffffffff, 0xffffffff, 0xffffffff};
	call_init(&u, "socket", a2, BASE, NULL, 0);
	CHECK_STR("socket.all_ones", unit_render(&u, -1, EINVAL),
		  line("socket(0xffffffff /* AF_??? */, "
		       "SOCK_CLOEXEC|SOCK_NONBLOCK|0xfff7f7ff, 4294967295)",
		       "-1 EINVAL (Invalid argument)"));
	uint64_t a3[6] = {AF_INET, SOCK_STREAM | 0x1000, 0};
	call_init(&u, "socket", a3, BASE, NULL, 0);
	CHECK_STR("socket.unknown_flag", unit_render(&u, -1, EINVAL),
		  line("socket(AF_INET, SOCK_STREAM|0x1000 /* SOCK_??? */, "
		       "IPPROTO_IP)",
		       "-1 EINVAL (Invalid argument)"));
	uint64_t a4[6] = {AF_PACKET, SOCK_DGRAM, htons(0x1234)};
	call_init(&u, "socket", a4, BASE, NULL, 0);
	CHECK_STR("socket.packet_unknown", unit_render(&u, -1, EPERM),
		  line("socket(AF_PACKET, SOCK_DGRAM, htons(0x1234 /* "
		       "ETH_P_??? */))",
		       "-1 EPERM (Operation not permitted)"));
	uint64_t a5[6] = {AF_NETLINK, SOCK_RAW, 99};
	call_init(&u, "socket", a5, BASE, NULL, 0);
	CHECK_STR("socket.netlink_unknown",
		  unit_render(&u, -1, EPROTONOSUPPORT),
		  line("socket(AF_NETLINK, SOCK_RAW, 0x63 /* NETLINK_??? */)",
		       "-1 EPROTONOSUPPORT (Protocol not supported)"));

	static const int32_t fds[2] = {3, 4};
	uint64_t a6[6] = {AF_UNIX, SOCK_STREAM, 0, BASE};
	call_init(&u, "socketpair", a6, BASE, fds, sizeof(fds));
	CHECK_STR("socketpair.ok", unit_render(&u, 0, 0),
		  line("socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4])", "0"));
	call_init(&u, "socketpair", a6, BASE, fds, sizeof(fds));
	CHECK_STR("socketpair.failed", unit_render(&u, -1, EMFILE),
		  line("socketpair(AF_UNIX, SOCK_STREAM, 0, 0x10000)",
		       "-1 EMFILE (Too many open files)"));
}

static void test_sockaddr(void)
{
	static struct unit_call u;
	struct sockaddr_in in = {.sin_family = AF_INET,
				 .sin_port = htons(1234)};
	inet_pton(AF_INET, "127.0.0.1", &in.sin_addr);
	uint64_t a[6] = {3, BASE, sizeof(in)};
	call_init(&u, "connect", a, BASE, &in, sizeof(in));
	CHECK_STR("addr.inet", unit_render(&u, 0, 0),
		  line("connect(3, {sa_family=AF_INET, sin_port=htons(1234), "
		       "sin_addr=inet_addr(\"127.0.0.1\")}, 16)",
		       "0"));
	a[2] = 8;
	call_init(&u, "connect", a, BASE, &in, sizeof(in));
	CHECK_STR("addr.inet_short", unit_render(&u, -1, EINVAL),
		  line("connect(3, {sa_family=AF_INET, "
		       "sa_data=\"\\4\\322\\177\\0\\0\\1\"}, 8)",
		       "-1 EINVAL (Invalid argument)"));
	a[2] = 2;
	call_init(&u, "connect", a, BASE, &in, sizeof(in));
	CHECK_STR("addr.family_only", unit_render(&u, -1, EINVAL),
		  line("connect(3, {sa_family=AF_INET}, 2)",
		       "-1 EINVAL (Invalid argument)"));
	a[2] = 1;
	call_init(&u, "connect", a, BASE, &in, sizeof(in));
	CHECK_STR(
		"addr.too_short", unit_render(&u, -1, EINVAL),
		line("connect(3, 0x10000, 1)", "-1 EINVAL (Invalid argument)"));
	/* an absurd length reads at most a sockaddr_storage: 16 bytes
	 * readable are not enough, so the address prints */
	a[2] = 0x7fffffff;
	call_init(&u, "connect", a, BASE, &in, sizeof(in));
	CHECK_STR("addr.huge_len", unit_render(&u, -1, EINVAL),
		  line("connect(3, 0x10000, 2147483647)",
		       "-1 EINVAL (Invalid argument)"));
	a[1] = 0xdead0000;
	a[2] = 16;
	call_init(&u, "connect", a, BASE, &in, sizeof(in));
	CHECK_STR(
		"addr.unreadable", unit_render(&u, -1, EFAULT),
		line("connect(3, 0xdead0000, 16)", "-1 EFAULT (Bad address)"));

	struct sockaddr_in6 in6 = {.sin6_family = AF_INET6,
				   .sin6_port = htons(80),
				   .sin6_flowinfo = htonl(5),
				   .sin6_scope_id = 5};
	inet_pton(AF_INET6, "::1", &in6.sin6_addr);
	uint64_t b[6] = {3, BASE, 28};
	call_init(&u, "connect", b, BASE, &in6, sizeof(in6));
	CHECK_STR("addr.inet6", unit_render(&u, 0, 0),
		  line("connect(3, {sa_family=AF_INET6, sin6_port=htons(80), "
		       "sin6_flowinfo=htonl(5), inet_pton(AF_INET6, \"::1\", "
		       "&sin6_addr), sin6_scope_id=5}, 28)",
		       "0"));
	b[2] = 24;
	call_init(&u, "connect", b, BASE, &in6, sizeof(in6));
	CHECK_STR("addr.inet6_rfc2133", unit_render(&u, 0, 0),
		  line("connect(3, {sa_family=AF_INET6, sin6_port=htons(80), "
		       "sin6_flowinfo=htonl(5), inet_pton(AF_INET6, \"::1\", "
		       "&sin6_addr)}, 24)",
		       "0"));

	struct sockaddr_un un = {.sun_family = AF_UNIX};
	memcpy(un.sun_path, "\0abstract\n", 10);
	uint64_t c[6] = {3, BASE, offsetof(struct sockaddr_un, sun_path) + 10};
	call_init(&u, "bind", c, BASE, &un, sizeof(un));
	CHECK_STR("addr.unix_abstract", unit_render(&u, 0, 0),
		  line("bind(3, {sa_family=AF_UNIX, "
		       "sun_path=@\"abstract\\n\"}, 12)",
		       "0"));
	strcpy(un.sun_path, "/tmp/x.sock");
	c[2] = sizeof(un);
	call_init(&u, "bind", c, BASE, &un, sizeof(un));
	CHECK_STR("addr.unix_path", unit_render(&u, 0, 0),
		  line("bind(3, {sa_family=AF_UNIX, sun_path=\"/tmp/x.sock\"}, "
		       "110)",
		       "0"));
	c[2] = 2;
	call_init(&u, "bind", c, BASE, &un, sizeof(un));
	CHECK_STR("addr.unix_unnamed", unit_render(&u, 0, 0),
		  line("bind(3, {sa_family=AF_UNIX}, 2)", "0"));

	struct sockaddr_nl nl = {
		.nl_family = AF_NETLINK, .nl_pid = 1234, .nl_groups = 0x10};
	uint64_t d[6] = {3, BASE, sizeof(nl)};
	call_init(&u, "bind", d, BASE, &nl, sizeof(nl));
	CHECK_STR("addr.netlink", unit_render(&u, 0, 0),
		  line("bind(3, {sa_family=AF_NETLINK, nl_pid=1234, "
		       "nl_groups=0x000010}, 12)",
		       "0"));

	unsigned char ll[20] = {AF_PACKET, 0,  0x08, 0x00, 0, 0,    0, 0, 1, 0,
				1,	   20, 1,    2,	   0, 0xab, 5, 6, 7, 8};
	uint64_t e[6] = {3, BASE, sizeof(ll)};
	call_init(&u, "bind", e, BASE, ll, sizeof(ll));
	CHECK_STR("addr.packet", unit_render(&u, 0, 0),
		  line("bind(3, {sa_family=AF_PACKET, "
		       "sll_protocol=htons(ETH_P_IP), sll_ifindex=0, "
		       "sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_BROADCAST, "
		       "sll_halen=20, sll_addr=[0x1, 0x2, 00, 0xab, 0x5, 0x6, "
		       "0x7, 0x8, ...]}, 20)",
		       "0"));

	unsigned char odd[16] = {99, 0, 'a', 'b'};
	uint64_t f[6] = {3, BASE, sizeof(odd)};
	call_init(&u, "connect", f, BASE, odd, sizeof(odd));
	CHECK_STR(
		"addr.unknown_family", unit_render(&u, -1, EAFNOSUPPORT),
		line("connect(3, {sa_family=0x63 /* AF_??? */, "
		     "sa_data=\"ab\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16)",
		     "-1 EAFNOSUPPORT (Address family not supported by "
		     "protocol)"));
}

/* getsockname: address and length written by the kernel */
static struct {
	struct sockaddr_in sin;
	int32_t len;
} name_img;

static void kernel_writes_name(void)
{
	name_img.len = 16;
}

static void test_sockname(void)
{
	static struct unit_call u;
	memset(&name_img, 0, sizeof(name_img));
	name_img.sin.sin_family = AF_INET;
	name_img.sin.sin_port = htons(80);
	name_img.len = 128;
	uint64_t a[6] = {3, BASE, BASE + offsetof(typeof(name_img), len)};
	call_init(&u, "getsockname", a, BASE, &name_img, sizeof(name_img));
	CHECK_STR("sockname.changed",
		  render_changing(&u, 0, 0, kernel_writes_name),
		  line("getsockname(3, {sa_family=AF_INET, sin_port=htons(80), "
		       "sin_addr=inet_addr(\"0.0.0.0\")}, [128 => 16])",
		       "0"));
	call_init(&u, "getsockname", a, BASE, &name_img, sizeof(name_img));
	CHECK_STR("sockname.same", unit_render(&u, 0, 0),
		  line("getsockname(3, {sa_family=AF_INET, sin_port=htons(80), "
		       "sin_addr=inet_addr(\"0.0.0.0\")}, [16])",
		       "0"));
	call_init(&u, "getpeername", a, BASE, &name_img, sizeof(name_img));
	CHECK_STR("sockname.failed", unit_render(&u, -1, ENOTCONN),
		  line("getpeername(3, 0x10000, [16])",
		       "-1 ENOTCONN (Transport endpoint is not connected)"));
	uint64_t b[6] = {3, 0, a[2]};
	call_init(&u, "accept", b, BASE, &name_img, sizeof(name_img));
	CHECK_STR("sockname.null_addr", unit_render(&u, -1, EAGAIN),
		  line("accept(3, NULL, 0x10010)",
		       "-1 EAGAIN (Resource temporarily unavailable)"));
	uint64_t c[6] = {3, 0, 0, SOCK_CLOEXEC | 0x10};
	call_init(&u, "accept4", c, BASE, NULL, 0);
	CHECK_STR("sockname.accept4", unit_render(&u, 5, 0),
		  line("accept4(3, NULL, NULL, SOCK_CLOEXEC|0x10)", "5"));
}

/* sendmsg with more iovecs than -s shows, a looping cmsg chain */
static struct {
	struct msghdr mh;
	struct iovec iov[40];
	char x[4];
	uint64_t cmsg[8];
} msg_img;

static uint64_t msg_addr(const void *p)
{
	return BASE + (uint64_t)((const char *)p - (const char *)&msg_img);
}

static void test_msghdr(void)
{
	static struct unit_call u;
	memset(&msg_img, 0, sizeof(msg_img));
	memcpy(msg_img.x, "x", 1);
	for (int i = 0; i < 40; i++) {
		msg_img.iov[i].iov_base =
			(void *)(uintptr_t)msg_addr(msg_img.x);
		msg_img.iov[i].iov_len = 1;
	}
	msg_img.mh.msg_iov = (void *)(uintptr_t)msg_addr(msg_img.iov);
	msg_img.mh.msg_iovlen = 1000000000;
	uint64_t a[6] = {3, BASE, 0};
	call_init(&u, "sendmsg", a, BASE, &msg_img, sizeof(msg_img));
	const char *got = unit_render(&u, -1, EMSGSIZE);
	char want[4096] = "sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[";
	for (int i = 0; i < 32; i++)
		strcat(want, i ? ", {iov_base=\"x\", iov_len=1}"
			       : "{iov_base=\"x\", iov_len=1}");
	strcat(want, ", ...], msg_iovlen=1000000000, msg_controllen=0, "
		     "msg_flags=0}, 0) = -1 EMSGSIZE (Message too long)");
	CHECK_STR("msghdr.iovlen_huge", got, want);

	/* cmsg_len 0: printed once, the walk stops */
	msg_img.mh.msg_iovlen = 1;
	struct cmsghdr *cm = (void *)msg_img.cmsg;
	cm->cmsg_len = 0;
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	msg_img.mh.msg_control = (void *)(uintptr_t)msg_addr(msg_img.cmsg);
	msg_img.mh.msg_controllen = 48;
	call_init(&u, "sendmsg", a, BASE, &msg_img, sizeof(msg_img));
	/* after the header, the rest is shown by its address */
	char call[1024];
	snprintf(call, sizeof(call),
		 "sendmsg(3, {msg_name=NULL, msg_namelen=0, "
		 "msg_iov=[{iov_base=\"x\", iov_len=1}], msg_iovlen=1, "
		 "msg_control=[{cmsg_len=0, cmsg_level=SOL_SOCKET, "
		 "cmsg_type=SCM_RIGHTS}, ... /* %#llx */], msg_controllen=48, "
		 "msg_flags=0}, 0)",
		 (unsigned long long)msg_addr(msg_img.cmsg) + 16);
	CHECK_STR("msghdr.cmsg_len_zero", unit_render(&u, -1, EINVAL),
		  line(call, "-1 EINVAL (Invalid argument)"));
	/* SCM_RIGHTS with two fds, then a header longer than the buffer */
	cm->cmsg_len = CMSG_LEN(8);
	((int32_t *)CMSG_DATA(cm))[0] = 5;
	((int32_t *)CMSG_DATA(cm))[1] = 6;
	struct cmsghdr *cm2 = (void *)((char *)cm + CMSG_SPACE(8));
	cm2->cmsg_len = 1000;
	cm2->cmsg_level = SOL_IP;
	cm2->cmsg_type = IP_TTL;
	((int32_t *)CMSG_DATA(cm2))[0] = 64;
	msg_img.mh.msg_controllen = CMSG_SPACE(8) + CMSG_LEN(4);
	call_init(&u, "sendmsg", a, BASE, &msg_img, sizeof(msg_img));
	CHECK_STR("msghdr.cmsg_chain", unit_render(&u, 1, 0),
		  line("sendmsg(3, {msg_name=NULL, msg_namelen=0, "
		       "msg_iov=[{iov_base=\"x\", iov_len=1}], msg_iovlen=1, "
		       "msg_control=[{cmsg_len=24, cmsg_level=SOL_SOCKET, "
		       "cmsg_type=SCM_RIGHTS, cmsg_data=[5, 6]}, "
		       "{cmsg_len=1000, cmsg_level=SOL_IP, cmsg_type=IP_TTL, "
		       "cmsg_data=[64]}], msg_controllen=44, msg_flags=0}, 0)",
		       "1"));
	/* 4 GiB of control data: more than strace reads, unreadable */
	msg_img.mh.msg_controllen = 1ULL << 32;
	call_init(&u, "sendmsg", a, BASE, &msg_img, sizeof(msg_img));
	snprintf(call, sizeof(call),
		 "sendmsg(3, {msg_name=NULL, msg_namelen=0, "
		 "msg_iov=[{iov_base=\"x\", iov_len=1}], msg_iovlen=1, "
		 "msg_control=%#llx, msg_controllen=4294967296, msg_flags=0}, "
		 "0)",
		 (unsigned long long)msg_addr(msg_img.cmsg));
	CHECK_STR("msghdr.controllen_huge", unit_render(&u, -1, ENOBUFS),
		  line(call, "-1 ENOBUFS (No buffer space available)"));

	/* recvmsg: data bounded by the return value; a failure shows the
	 * name length offered */
	msg_img.mh.msg_controllen = 0;
	msg_img.mh.msg_control = NULL;
	msg_img.iov[0].iov_len = 100;
	memcpy(msg_img.x, "abc", 3);
	uint64_t r[6] = {3, BASE, MSG_DONTWAIT};
	call_init(&u, "recvmsg", r, BASE, &msg_img, sizeof(msg_img));
	CHECK_STR(
		"recvmsg.bounded", unit_render(&u, 2, 0),
		line("recvmsg(3, {msg_name=NULL, msg_namelen=0, "
		     "msg_iov=[{iov_base=\"ab\", iov_len=100}], msg_iovlen=1, "
		     "msg_controllen=0, msg_flags=0}, MSG_DONTWAIT)",
		     "2"));
	msg_img.mh.msg_namelen = 16;
	call_init(&u, "recvmsg", r, BASE, &msg_img, sizeof(msg_img));
	CHECK_STR("recvmsg.failed", unit_render(&u, -1, EAGAIN),
		  line("recvmsg(3, {msg_namelen=16}, MSG_DONTWAIT)",
		       "-1 EAGAIN (Resource temporarily unavailable)"));
	r[1] = 8;
	call_init(&u, "recvmsg", r, BASE, &msg_img, sizeof(msg_img));
	CHECK_STR("recvmsg.unreadable", unit_render(&u, -1, EFAULT),
		  line("recvmsg(3, 0x8, MSG_DONTWAIT)",
		       "-1 EFAULT (Bad address)"));
}

/* the same message as an i386 process lays it out */
static void test_msghdr_i386(void)
{
	static struct unit_call u;
	static uint32_t img[16];
	memset(img, 0, sizeof(img));
	img[2] = BASE + 28; /* msg_iov */
	img[3] = 1;	    /* msg_iovlen */
	img[7] = BASE + 40; /* iov_base */
	img[8] = 2;	    /* iov_len */
	memcpy(&img[10], "hi", 2);
	uint64_t a[6] = {3, BASE, 0};
	call_init(&u, "sendmsg", a, BASE, img, sizeof(img));
	u.mem.wordsize = 4;
	CHECK_STR("msghdr.i386", unit_render(&u, 2, 0),
		  line("sendmsg(3, {msg_name=NULL, msg_namelen=0, "
		       "msg_iov=[{iov_base=\"hi\", iov_len=2}], msg_iovlen=1, "
		       "msg_controllen=0, msg_flags=0}, 0)",
		       "2"));
}

static struct {
	int32_t v[2];
	int32_t len;
} opt_img;

static void kernel_writes_zero(void)
{
	opt_img.len = 0;
}

static void test_sockopt(void)
{
	static struct unit_call u;
	opt_img.v[0] = 1;
	opt_img.v[1] = 5;
	uint64_t a[6] = {3, SOL_SOCKET, SO_LINGER, BASE, 8};
	call_init(&u, "setsockopt", a, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR("sockopt.linger", unit_render(&u, 0, 0),
		  line("setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, "
		       "l_linger=5}, 8)",
		       "0"));
	uint64_t b[6] = {3, 999, 1, BASE, 8};
	call_init(&u, "setsockopt", b, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR("sockopt.unknown_level", unit_render(&u, -1, ENOPROTOOPT),
		  line("setsockopt(3, 0x3e7 /* SOL_?? */, 1, "
		       "\"\\1\\0\\0\\0\\5\\0\\0\\0\", 8)",
		       "-1 ENOPROTOOPT (Protocol not available)"));
	uint64_t c[6] = {3, SOL_SOCKET, SO_REUSEADDR, BASE, 8};
	call_init(&u, "setsockopt", c, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR("sockopt.int_long", unit_render(&u, 0, 0),
		  line("setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 8)", "0"));
	c[4] = (uint32_t)-1;
	call_init(&u, "setsockopt", c, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR("sockopt.negative_len", unit_render(&u, -1, EINVAL),
		  line("setsockopt(3, SOL_SOCKET, SO_REUSEADDR, 0x10000, -1)",
		       "-1 EINVAL (Invalid argument)"));

	opt_img.len = 4;
	uint64_t g[6] = {3, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, BASE,
			 BASE + 8};
	call_init(&u, "getsockopt", g, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR("getsockopt.len_zero",
		  render_changing(&u, 0, 0, kernel_writes_zero),
		  line("getsockopt(3, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, "
		       "0x10000, [4 => 0])",
		       "0"));
	opt_img.len = 4;
	opt_img.v[0] = ECONNREFUSED;
	uint64_t h[6] = {3, SOL_SOCKET, SO_ERROR, BASE, BASE + 8};
	call_init(&u, "getsockopt", h, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR(
		"getsockopt.so_error", unit_render(&u, 0, 0),
		line("getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4])",
		     "0"));
	call_init(&u, "getsockopt", h, BASE, &opt_img, sizeof(opt_img));
	CHECK_STR("getsockopt.failed", unit_render(&u, -1, EBADF),
		  line("getsockopt(3, SOL_SOCKET, SO_ERROR, 0x10000, [4])",
		       "-1 EBADF (Bad file descriptor)"));
}

/* ---- netlink ---- */

static unsigned char nl_img[1024];

static size_t nl_hdr(size_t off, uint32_t len, uint16_t type, uint16_t flags)
{
	struct nlmsghdr h = {len, type, flags, 1, 0};
	memcpy(nl_img + off, &h, sizeof(h));
	return off + sizeof(h);
}

static const char *nl_render(struct unit_call *u, size_t len, int protocol)
{
	sb_reset(&u->out);
	print_netlink(&u->call, BASE, len, protocol);
	return sb_cstr(&u->out);
}

static void test_netlink(void)
{
	static struct unit_call u;
	uint64_t a[6] = {3};
	memset(nl_img, 0, sizeof(nl_img));
	nl_hdr(0, 20, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP);
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.getaddr", nl_render(&u, 20, NETLINK_ROUTE),
		  "[{nlmsg_len=20, nlmsg_type=RTM_GETADDR, "
		  "nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, "
		  "nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ...}]");
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.unknown_protocol",
		  nl_render(&u, 20, NL_PROTOCOL_UNKNOWN),
		  "[{nlmsg_len=20, nlmsg_type=0x16 /* NLMSG_??? */, "
		  "nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=1, nlmsg_pid=0}, "
		  "\"\\x00\\x00\\x00\\x00\"]");
	/* a header of length 0 ends the walk: no loop on it */
	nl_hdr(0, 16, NLMSG_NOOP, 0);
	nl_hdr(16, 0, NLMSG_NOOP, 0);
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.len_zero", nl_render(&u, 64, NETLINK_ROUTE),
		  "[{nlmsg_len=16, nlmsg_type=NLMSG_NOOP, nlmsg_flags=0, "
		  "nlmsg_seq=1, nlmsg_pid=0}, {nlmsg_len=0, "
		  "nlmsg_type=NLMSG_NOOP, nlmsg_flags=0, nlmsg_seq=1, "
		  "nlmsg_pid=0}]");
	/* 4 GiB claimed, 1 KiB readable: the address */
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.huge_len", nl_render(&u, 1ULL << 32, NETLINK_ROUTE),
		  "0x10000");
	/* more messages than -s shows */
	for (int i = 0; i < 40; i++)
		nl_hdr((size_t)i * 16, 16, NLMSG_NOOP, 0);
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	const char *got = nl_render(&u, 640, NETLINK_ROUTE);
	char want[4096] = "[";
	for (int i = 0; i < 32; i++)
		strcat(want, "{nlmsg_len=16, nlmsg_type=NLMSG_NOOP, "
			     "nlmsg_flags=0, nlmsg_seq=1, nlmsg_pid=0}, ");
	strcat(want, "...]");
	CHECK_STR("netlink.many", got, want);
	/* trailing bytes shorter than a header print as bytes */
	memset(nl_img, 0, sizeof(nl_img));
	nl_hdr(0, 16, RTM_GETLINK, NLM_F_REQUEST);
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.trailing", nl_render(&u, 21, NETLINK_ROUTE),
		  "[{nlmsg_len=16, nlmsg_type=RTM_GETLINK, "
		  "nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, "
		  "\"\\x00\\x00\\x00\\x00\\x00\"]");
	/* an error carrying the request back */
	memset(nl_img, 0, sizeof(nl_img));
	size_t o = nl_hdr(0, 36, NLMSG_ERROR, 0);
	int32_t err = -ENOENT;
	memcpy(nl_img + o, &err, 4);
	nl_hdr(o + 4, 16, RTM_GETLINK, NLM_F_REQUEST);
	call_init(&u, "recvfrom", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.error", nl_render(&u, 36, NETLINK_ROUTE),
		  "[{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, "
		  "nlmsg_seq=1, nlmsg_pid=0}, {error=-ENOENT, "
		  "msg={nlmsg_len=16, nlmsg_type=RTM_GETLINK, "
		  "nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}}]");
	/* attributes: a nested flag, an unknown type, a zero length that
	 * ends the list */
	memset(nl_img, 0, sizeof(nl_img));
	o = nl_hdr(0, 0, RTM_NEWLINK, NLM_F_REQUEST);
	o += sizeof(struct ifinfomsg);
	struct rtattr at = {8, NLA_F_NESTED | IFLA_MTU};
	uint32_t mtu = 1500;
	memcpy(nl_img + o, &at, 4);
	memcpy(nl_img + o + 4, &mtu, 4);
	at = (struct rtattr){8, 0x3f};
	memcpy(nl_img + o + 8, &at, 4);
	memcpy(nl_img + o + 12, "AB\0\1", 4);
	at = (struct rtattr){0, IFLA_IFNAME};
	memcpy(nl_img + o + 16, &at, 4);
	((struct nlmsghdr *)nl_img)->nlmsg_len = (uint32_t)(o + 24);
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.attrs", nl_render(&u, o + 24, NETLINK_ROUTE),
		  "[{nlmsg_len=56, nlmsg_type=RTM_NEWLINK, "
		  "nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, "
		  "{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, "
		  "ifi_flags=0, ifi_change=0}, [[{nla_len=8, "
		  "nla_type=NLA_F_NESTED|IFLA_MTU}, 1500], [{nla_len=8, "
		  "nla_type=0x3f /* IFLA_??? */}, \"\\x41\\x42\\x00\\x01\"], "
		  "{nla_len=0, nla_type=IFLA_IFNAME}]]");
	/* the buffer shorter than a header */
	call_init(&u, "sendto", a, BASE, nl_img, sizeof(nl_img));
	CHECK_STR("netlink.short", nl_render(&u, 3, NETLINK_ROUTE),
		  "\"\\x38\\x00\\x00\"");
	/* a message addressed from the netlink address is decoded even on
	 * a socket whose protocol is not known */
	static struct {
		struct msghdr mh;
		struct sockaddr_nl nl;
		struct iovec iov;
		struct nlmsghdr h;
	} rm;
	memset(&rm, 0, sizeof(rm));
	rm.mh.msg_name = (void *)(uintptr_t)(BASE + offsetof(typeof(rm), nl));
	rm.mh.msg_namelen = sizeof(rm.nl);
	rm.mh.msg_iov = (void *)(uintptr_t)(BASE + offsetof(typeof(rm), iov));
	rm.mh.msg_iovlen = 1;
	rm.nl.nl_family = AF_NETLINK;
	rm.iov.iov_base = (void *)(uintptr_t)(BASE + offsetof(typeof(rm), h));
	rm.iov.iov_len = 4096;
	rm.h = (struct nlmsghdr){16, NLMSG_DONE, NLM_F_MULTI, 1, 0};
	uint64_t r[6] = {3, BASE, 0};
	call_init(&u, "recvmsg", r, BASE, &rm, sizeof(rm));
	CHECK_STR("netlink.recvmsg", unit_render(&u, 16, 0),
		  line("recvmsg(3, {msg_name={sa_family=AF_NETLINK, nl_pid=0, "
		       "nl_groups=00000000}, msg_namelen=12, "
		       "msg_iov=[{iov_base={nlmsg_len=16, "
		       "nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, "
		       "nlmsg_seq=1, nlmsg_pid=0}, iov_len=4096}], "
		       "msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0)",
		       "16"));
}

/* random bytes through every decoder: nothing may crash or read out of
 * bounds (run under make check SANITIZE=1) */
static uint32_t rnd_state = 12345;
static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245 + 12345;
	return rnd_state >> 8;
}

static void test_random(void)
{
	static unsigned char img[2048] __attribute__((aligned(8)));
	static const char *const calls[] = {
		"sendto",     "recvfrom",   "sendmsg",	"recvmsg",  "connect",
		"getsockopt", "setsockopt", "sendmmsg", "recvmmsg", "accept4"};
	unsigned runs = 0;
	for (int i = 0; i < 3000; i++) {
		static struct unit_call u;
		for (size_t j = 0; j < sizeof(img); j++)
			img[j] = (unsigned char)rnd();
		/* small lengths and pointers into the image, often */
		for (int k = 0; k < 64; k++) {
			uint64_t v = (rnd() & 1) ? BASE + (rnd() % sizeof(img))
						 : rnd() % 64;
			memcpy(img + (rnd() % (sizeof(img) - 8)) / 8 * 8, &v,
			       8);
		}
		uint64_t a[6] = {3,	      BASE + (rnd() % 256), rnd() % 512,
				 rnd() % 300, BASE + (rnd() % 512), rnd() % 64};
		const char *name = calls[i % 10];
		if (strcmp(name, "setsockopt") == 0 ||
		    strcmp(name, "getsockopt") == 0) {
			static const int levels[] = {SOL_SOCKET, SOL_IP,
						     SOL_IPV6,	 SOL_PACKET,
						     SOL_RAW,	 SOL_NETLINK};
			a[1] = (uint64_t)levels[rnd() % 6];
			a[2] = rnd() % 80;
			a[3] = BASE + (rnd() % 256);
		}
		call_init(&u, name, a, BASE, img, sizeof(img));
		if (i % 7 == 0)
			u.mem.wordsize = 4;
		unit_render(&u, (int64_t)(rnd() % 600),
			    (i % 5 == 0) ? EINVAL : 0);
		sb_reset(&u.out);
		print_netlink(&u.call, BASE + (rnd() % 64), rnd() % 2048,
			      (int)(rnd() % 3) - 2 +
				      (i % 2 ? 0 : NETLINK_ROUTE + 2));
		runs++;
	}
	CHECK("random.survived", runs == 3000);
}

int main(void)
{
	test_random();
	test_socket();
	test_sockaddr();
	test_sockname();
	test_msghdr();
	test_msghdr_i386();
	test_sockopt();
	test_netlink();
	return unit_done();
}
