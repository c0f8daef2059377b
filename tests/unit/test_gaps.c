/* Unit tests of what the gaps work added: socket ioctls (struct ifreq and
 * struct ifconf, x86_64 and i386 layouts), the -X styles of composed
 * values, and the shared printers (arrays, flags with an unknown comment),
 * each on a fake memory image with faults and absurd lengths. */
#include <linux/sockios.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/ptrace.h>

#include "unit.h"

#define BASE 0x10000ULL

static unsigned char mem[8192];

static struct unit_call u;

static const char *render_at(const char *name, uint64_t a0, uint64_t a1,
			     uint64_t a2, uint64_t a3, int64_t rval, int err,
			     int style, int wordsize)
{
	uint64_t args[6] = {a0, a1, a2, a3, 0, 0};
	unit_call_init(&u, name, args, BASE, mem, sizeof(mem));
	u.cfg.xlat_style = style;
	u.cfg.acolumn = 0;
	if (wordsize == 4)
		u.mem.wordsize = 4;
	return unit_render(&u, rval, err);
}

static const char *render(const char *name, uint64_t a0, uint64_t a1,
			  uint64_t a2, int64_t rval, int err)
{
	return render_at(name, a0, a1, a2, 0, rval, err, XLAT_ABBREV, 8);
}

/* an ifreq at BASE: the name, then the union */
static void put_ifreq(const char *name, const void *u16, size_t n)
{
	memset(mem, 0, sizeof(mem));
	strcpy((char *)mem, name);
	memcpy(mem + 16, u16, n);
}

static void test_ifreq(void)
{
	short flags = IFF_UP | IFF_LOOPBACK | IFF_RUNNING;
	put_ifreq("lo", &flags, sizeof(flags));
	CHECK_STR("ifreq.flags", render("ioctl", 3, SIOCGIFFLAGS, BASE, 0, 0),
		  "ioctl(3, SIOCGIFFLAGS, {ifr_name=\"lo\", "
		  "ifr_flags=IFF_UP|IFF_LOOPBACK|IFF_RUNNING}) = 0");
	CHECK_STR("ifreq.failed_get_shows_the_name",
		  render("ioctl", 3, SIOCGIFFLAGS, BASE, -1, 19),
		  "ioctl(3, SIOCGIFFLAGS, {ifr_name=\"lo\"}) = -1 ENODEV "
		  "(No such device)");
	CHECK_STR("ifreq.set_at_entry",
		  render("ioctl", 3, SIOCSIFFLAGS, BASE, -1, 1),
		  "ioctl(3, SIOCSIFFLAGS, {ifr_name=\"lo\", "
		  "ifr_flags=IFF_UP|IFF_LOOPBACK|IFF_RUNNING}) = -1 EPERM "
		  "(Operation not permitted)");
	CHECK_STR(
		"ifreq.flags_raw",
		render_at("ioctl", 3, SIOCGIFFLAGS, BASE, 0, 0, 0, XLAT_RAW, 8),
		"ioctl(3, 0x8913, {ifr_name=\"lo\", ifr_flags=0x49}) = 0");

	int qlen = 1000;
	put_ifreq("eth0", &qlen, sizeof(qlen));
	CHECK_STR("ifreq.txqlen", render("ioctl", 3, SIOCGIFTXQLEN, BASE, 0, 0),
		  "ioctl(3, SIOCGIFTXQLEN, {ifr_name=\"eth0\", ifr_qlen=1000}) "
		  "= 0");

	struct sockaddr_in sin = {AF_INET, 0, {htonl(0x7f000001)}, {0}};
	put_ifreq("lo", &sin, sizeof(sin));
	CHECK_STR("ifreq.addr", render("ioctl", 3, SIOCGIFNETMASK, BASE, 0, 0),
		  "ioctl(3, SIOCGIFNETMASK, {ifr_name=\"lo\", "
		  "ifr_netmask={sa_family=AF_INET, sin_port=htons(0), "
		  "sin_addr=inet_addr(\"127.0.0.1\")}}) = 0");

	unsigned char hw[16] = {1, 0, 0x02, 0xfc, 0, 0, 0, 1, 9, 9};
	put_ifreq("eth0", hw, sizeof(hw));
	CHECK_STR("ifreq.hwaddr_ether_six_bytes",
		  render("ioctl", 3, SIOCGIFHWADDR, BASE, 0, 0),
		  "ioctl(3, SIOCGIFHWADDR, {ifr_name=\"eth0\", "
		  "ifr_hwaddr={sa_family=ARPHRD_ETHER, "
		  "sa_data=02:fc:00:00:00:01}}) = 0");
	hw[0] = 0x34;
	hw[1] = 0x12;
	put_ifreq("eth0", hw, sizeof(hw));
	CHECK_STR("ifreq.hwaddr_unknown_all_bytes",
		  render("ioctl", 3, SIOCGIFHWADDR, BASE, 0, 0),
		  "ioctl(3, SIOCGIFHWADDR, {ifr_name=\"eth0\", "
		  "ifr_hwaddr={sa_family=0x1234 /* ARPHRD_??? */, "
		  "sa_data=02:fc:00:00:00:01:09:09:00:00:00:00:00:00}}) = 0");

	/* the index in, the name out */
	int index = 1;
	put_ifreq("", &index, sizeof(index));
	strcpy((char *)mem, "lo");
	CHECK_STR(
		"ifreq.getname", render("ioctl", 3, SIOCGIFNAME, BASE, 0, 0),
		"ioctl(3, SIOCGIFNAME, {ifr_ifindex=1, ifr_name=\"lo\"}) = 0");
	CHECK_STR("ifreq.getname_failed",
		  render("ioctl", 3, SIOCGIFNAME, BASE, -1, 19),
		  "ioctl(3, SIOCGIFNAME, {ifr_ifindex=1}) = -1 ENODEV (No "
		  "such device)");

	/* a name without its NUL */
	memset(mem, 'x', 40);
	CHECK_STR("ifreq.long_name",
		  render("ioctl", 3, SIOCGIFINDEX, BASE, -1, 19),
		  "ioctl(3, SIOCGIFINDEX, {ifr_name=\"xxxxxxxxxxxxxxx\"...}) = "
		  "-1 ENODEV (No such device)");

	/* the whole struct must be readable, as strace reads it */
	CHECK_STR(
		"ifreq.cut_by_the_end_of_memory",
		render("ioctl", 3, SIOCGIFFLAGS, BASE + sizeof(mem) - 20, 0, 0),
		"ioctl(3, SIOCGIFFLAGS, 0x11fec) = 0");
	CHECK_STR("ifreq.null", render("ioctl", 3, SIOCGIFFLAGS, 0, -1, 14),
		  "ioctl(3, SIOCGIFFLAGS, NULL) = -1 EFAULT (Bad address)");

	/* i386: a struct of 32 bytes; the ifmap has 4-byte longs */
	unsigned char map[12] = {0x00, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0};
	put_ifreq("eth0", map, sizeof(map));
	CHECK_STR("ifreq.map_i386",
		  render_at("ioctl", 3, SIOCGIFMAP, BASE, 0, 0, 0, XLAT_ABBREV,
			    4),
		  "ioctl(3, SIOCGIFMAP, {ifr_name=\"eth0\", "
		  "ifr_map={mem_start=0x1000, mem_end=0, base_addr=0, irq=0x5, "
		  "dma=0, port=0}}) = 0");
	CHECK_STR("ifreq.i386_size",
		  render_at("ioctl", 3, SIOCGIFFLAGS, BASE + sizeof(mem) - 32,
			    0, 0, 0, XLAT_ABBREV, 4),
		  "ioctl(3, SIOCGIFFLAGS, {ifr_name=\"\", ifr_flags=0}) = 0");
}

/* an ifconf at BASE, its entries at BASE + 64 */
static void put_ifconf(int32_t len, uint64_t buf)
{
	memset(mem, 0, sizeof(mem));
	memcpy(mem, &len, 4);
	memcpy(mem + 8, &buf, 8);
	for (int i = 0; i < 3; i++) {
		unsigned char *r = mem + 64 + 40 * i;
		snprintf((char *)r, 16, "if%d", i);
		struct sockaddr_in sin = {
			AF_INET, 0, {htonl(0x7f000001 + i)}, {0}};
		memcpy(r + 16, &sin, sizeof(sin));
	}
}

static void test_ifconf(void)
{
	/* the kernel writes the length it used; the entries follow */
	put_ifconf(80, BASE + 64);
	CHECK_STR("ifconf.same_length",
		  render("ioctl", 3, SIOCGIFCONF, BASE, 0, 0),
		  "ioctl(3, SIOCGIFCONF, {ifc_len=80 /* 2 * sizeof(struct "
		  "ifreq) */, ifc_buf=[{ifr_name=\"if0\", "
		  "ifr_addr={sa_family=AF_INET, sin_port=htons(0), "
		  "sin_addr=inet_addr(\"127.0.0.1\")}}, {ifr_name=\"if1\", "
		  "ifr_addr={sa_family=AF_INET, sin_port=htons(0), "
		  "sin_addr=inet_addr(\"127.0.0.2\")}}]}) = 0");
	put_ifconf(41, BASE + 64);
	CHECK_STR("ifconf.odd_length",
		  render("ioctl", 3, SIOCGIFCONF, BASE, 0, 0),
		  "ioctl(3, SIOCGIFCONF, {ifc_len=41, ifc_buf=[{ifr_name="
		  "\"if0\", ifr_addr={sa_family=AF_INET, sin_port=htons(0), "
		  "sin_addr=inet_addr(\"127.0.0.1\")}}]}) = 0");
	put_ifconf(-1, BASE + 64);
	CHECK_STR("ifconf.negative",
		  render("ioctl", 3, SIOCGIFCONF, BASE, 0, 0),
		  "ioctl(3, SIOCGIFCONF, {ifc_len=-1, ifc_buf=[]}) = 0");
	put_ifconf(40, BASE + 64);
	CHECK_STR("ifconf.failed",
		  render("ioctl", 3, SIOCGIFCONF, BASE, -1, 14),
		  "ioctl(3, SIOCGIFCONF, {ifc_len=40 /* 1 * sizeof(struct "
		  "ifreq) */, ifc_buf=0x10040}) = -1 EFAULT (Bad address)");
	put_ifconf(0, 0);
	CHECK_STR("ifconf.null_buffer",
		  render("ioctl", 3, SIOCGIFCONF, BASE, 0, 0),
		  "ioctl(3, SIOCGIFCONF, {ifc_len=0, ifc_buf=NULL}) = 0");
	/* entries running past the end of memory stop with their address */
	put_ifconf(1 << 30, BASE + sizeof(mem) - 40);
	CHECK_STR("ifconf.past_the_end",
		  render("ioctl", 3, SIOCGIFCONF, BASE, 0, 0),
		  "ioctl(3, SIOCGIFCONF, {ifc_len=1073741824, "
		  "ifc_buf=[{ifr_name=\"\", ifr_addr={sa_family=AF_UNSPEC, "
		  "sa_data=\"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}}, "
		  "... /* 0x12000 */]}) = 0");
	CHECK_STR("ifconf.unreadable",
		  render("ioctl", 3, SIOCGIFCONF, 8, -1, 14),
		  "ioctl(3, SIOCGIFCONF, 0x8) = -1 EFAULT (Bad address)");
}

static void test_small_items(void)
{
	memset(mem, 0, sizeof(mem));
	/* modify_ldt: the error is in the low half of an unsigned return */
	CHECK_STR("modify_ldt.error_in_value",
		  render("modify_ldt", 7, 0, 0, 4294967258LL, 0),
		  "modify_ldt(7, NULL, 0) = 4294967258 ENOSYS (Function not "
		  "implemented)");
	CHECK_STR("modify_ldt.value", render("modify_ldt", 0, 0, 0, 16, 0),
		  "modify_ldt(0, NULL, 0) = 16");

	/* PEEKUSER offsets */
	CHECK_STR("ptrace.peekuser_reg",
		  render_at("ptrace", PTRACE_PEEKUSER, 5, 8 * 16 + 3, 0, -1, 5,
			    XLAT_ABBREV, 8),
		  "ptrace(PTRACE_PEEKUSER, 5, 8*RIP+3, NULL) = -1 EIO "
		  "(Input/output error)");
	CHECK_STR("ptrace.peekuser_past_ss",
		  render_at("ptrace", PTRACE_PEEKUSER, 5, 8 * 21, 0, -1, 5,
			    XLAT_ABBREV, 8),
		  "ptrace(PTRACE_PEEKUSER, 5, 8*SS+8, NULL) = -1 EIO "
		  "(Input/output error)");
	CHECK_STR("ptrace.pokeuser_field_raw",
		  render_at("ptrace", PTRACE_POKEUSER, 5, 0, 0, 0, 0, XLAT_RAW,
			    8),
		  "ptrace(0x6, 5, NULL, NULL) = 0");
	CHECK_STR("ptrace.peekuser_beyond",
		  render_at("ptrace", PTRACE_PEEKUSER, 5, 100000, 0, -1, 5,
			    XLAT_ABBREV, 8),
		  "ptrace(PTRACE_PEEKUSER, 5, 0x186a0, NULL) = -1 EIO "
		  "(Input/output error)");
	CHECK_STR("ptrace.peekuser_i386_address",
		  render_at("ptrace", PTRACE_PEEKUSER, 5, 8, 0, -1, 5,
			    XLAT_ABBREV, 4),
		  "ptrace(PTRACE_PEEKUSER, 5, 0x8, NULL) = -1 EIO "
		  "(Input/output error)");

	/* a quota structure the call wrote, abbreviated; a failed one */
	uint64_t dq[9] = {1000, 900, 123456, 50, 40, 7, 0, 0, 0x11};
	memcpy(mem, dq, sizeof(dq));
	CHECK_STR(
		"quota.getquota",
		render_at("quotactl", 0x80000700, 0, 5, BASE, 0, 0, XLAT_ABBREV,
			  8),
		"quotactl(QCMD(Q_GETQUOTA, USRQUOTA), NULL, 5, "
		"{dqb_bhardlimit=1000, dqb_bsoftlimit=900, "
		"dqb_curspace=123456, "
		"dqb_ihardlimit=50, dqb_isoftlimit=40, dqb_curinodes=7, ...}) "
		"= 0");
	CHECK_STR("quota.getquota_failed",
		  render_at("quotactl", 0x80000700, 0, 5, BASE, -1, 2,
			    XLAT_ABBREV, 8),
		  "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), NULL, 5, 0x10000) = -1 "
		  "ENOENT (No such file or directory)");
	CHECK_STR("quota.getquota_i386_address",
		  render_at("quotactl", 0x80000700, 0, 5, BASE, 0, 0,
			    XLAT_ABBREV, 4),
		  "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), NULL, 5, 0x10000) = 0");
	CHECK_STR("quota.unreadable",
		  render_at("quotactl", 0x80000800, 0, 5, 8, -1, 14,
			    XLAT_ABBREV, 8),
		  "quotactl(QCMD(Q_SETQUOTA, USRQUOTA), NULL, 5, 0x8) = -1 "
		  "EFAULT (Bad address)");
	uint32_t fmt = 99;
	memcpy(mem, &fmt, sizeof(fmt));
	CHECK_STR("quota.getfmt_unknown",
		  render_at("quotactl", 0x80000400, 0, 0, BASE, 0, 0,
			    XLAT_ABBREV, 8),
		  "quotactl(QCMD(Q_GETFMT, USRQUOTA), NULL, [0x63 /* "
		  "QFMT_VFS_??? */]) = 0");

	/* flags with the unknown comment in the three styles */
	CHECK_STR("xflags.unknown_abbrev",
		  render_at("mprotect", 0, 0, 0x10, 0, 0, 0, XLAT_ABBREV, 8),
		  "mprotect(NULL, 0, 0x10 /* PROT_??? */) = 0");
	CHECK_STR("xflags.unknown_raw",
		  render_at("mprotect", 0, 0, 0x10, 0, 0, 0, XLAT_RAW, 8),
		  "mprotect(NULL, 0, 0x10) = 0");
	CHECK_STR("xflags.unknown_verbose",
		  render_at("mprotect", 0, 0, 0x11, 0, 0, 0, XLAT_VERBOSE, 8),
		  "mprotect(NULL, 0, 0x11 /* PROT_READ|0x10 */) = 0");
	CHECK_STR("xflags.zero_name_verbose",
		  render_at("mprotect", 0, 0, 0, 0, 0, 0, XLAT_VERBOSE, 8),
		  "mprotect(NULL, 0, 0 /* PROT_NONE */) = 0");
	CHECK_STR("xenum.unknown_raw",
		  render_at("lseek", 0, 0, 77, 0, -1, 22, XLAT_RAW, 8),
		  "lseek(0, 0, 0x4d) = -1 EINVAL (Invalid argument)");
}

int main(void)
{
	test_ifreq();
	test_ifconf();
	test_small_items();
	return unit_done();
}
