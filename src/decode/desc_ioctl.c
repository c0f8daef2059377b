/* ioctl: the request by name (or spelled _IOC(dir, type, nr, size) as
 * strace does for codes it does not know), then its argument as the
 * request defines it. Terminal requests are decoded completely
 * (struct termios in strace's abbreviated and -v forms), so are the
 * interface requests of sockets (struct ifreq, struct ifconf); the rest of the
 * table gives each request's argument shape, and a request without an
 * entry shows its argument in hex. */
#include "decode/desc.h"

#include <stdlib.h>
#include <string.h>

#include <asm/termios.h>
#include <linux/fs.h>
#include <linux/fiemap.h>
#include <linux/if_tun.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/loop.h>
#include <linux/nsfs.h>
#include <linux/perf_event.h>
#include <linux/random.h>
#include <linux/sockios.h>
#include <linux/userfaultfd.h>

#include <linux/if_arp.h>
#include <stdio.h>

#include "config.h"
#include "decode/net.h"
#include "xlat/xlat.h"

enum ioctl_arg {
	A_HEX,	   /* not decoded: the value in hex */
	A_NONE,	   /* the request takes no argument */
	A_PTR,	   /* a structure not decoded: NULL or the address */
	A_FD,	   /* an fd by value */
	A_INT,	   /* an int by value, decimal */
	A_ULONG,   /* an unsigned long by value, decimal */
	A_S32_IN,  /* [int] read by the call */
	A_S32_OUT, /* [int] written by the call */
	A_U16_OUT,
	A_U32_OUT,
	A_ULONG_OUT,
	A_U64_IN,
	A_U64_OUT,
	A_U64X2_IN, /* [start, length] */
	A_STR_IN,   /* a NUL-terminated string */
	A_CHAR_IN,  /* one byte, as a string */
	A_TERMIOS_IN,
	A_TERMIOS_OUT,
	A_TERMIO_IN,
	A_TERMIO_OUT,
	A_TERMIOS2_IN,
	A_TERMIOS2_OUT,
	A_WINSZ_IN,
	A_WINSZ_OUT,
	A_TCXONC,
	A_TCFLSH,
	A_MODEM_IN,
	A_MODEM_OUT,
	A_FSFLAGS_IN,
	A_FSFLAGS_OUT,
	A_PERF_FLAG,
	A_IFREQ,  /* struct ifreq: its name, then the field of the request */
	A_IFCONF, /* struct ifconf of SIOCGIFCONF */
};

static const struct {
	uint32_t code;
	uint8_t arg;
} ioctl_args[] = {
	/* socket requests that take a value, not a structure */
	{SIOCDEVPRIVATE, A_HEX},
	{SIOCPROTOPRIVATE, A_HEX},
	{FIOSETOWN, A_S32_IN},
	{SIOCSPGRP, A_S32_IN},
	{FIOGETOWN, A_S32_OUT},
	{SIOCGPGRP, A_S32_OUT},
	{SIOCATMARK, A_S32_OUT},
	{SIOCGIFENCAP, A_S32_OUT},
	{SIOCSIFENCAP, A_S32_IN},
	{SIOCOUTQNSD, A_S32_OUT},
	{SIOCBRADDBR, A_STR_IN},
	{SIOCBRDELBR, A_STR_IN},
	{SIOCGIFCONF, A_IFCONF},
	{UFFDIO_WRITEPROTECT, A_HEX}, /* newer than strace 6.1 decodes */
	{UFFDIO_CONTINUE, A_HEX},
	/* terminals */
	{TCGETS, A_TERMIOS_OUT},
	{TIOCGLCKTRMIOS, A_TERMIOS_OUT},
	{TCSETS, A_TERMIOS_IN},
	{TCSETSW, A_TERMIOS_IN},
	{TCSETSF, A_TERMIOS_IN},
	{TIOCSLCKTRMIOS, A_TERMIOS_IN},
	{TCGETA, A_TERMIO_OUT},
	{TCSETA, A_TERMIO_IN},
	{TCSETAW, A_TERMIO_IN},
	{TCSETAF, A_TERMIO_IN},
	{TCGETS2, A_TERMIOS2_OUT},
	{TCSETS2, A_TERMIOS2_IN},
	{TCSETSW2, A_TERMIOS2_IN},
	{TCSETSF2, A_TERMIOS2_IN},
	{TIOCGWINSZ, A_WINSZ_OUT},
	{TIOCSWINSZ, A_WINSZ_IN},
	{TCSBRK, A_INT},
	{TCSBRKP, A_INT},
	{TIOCSCTTY, A_INT},
	{TCXONC, A_TCXONC},
	{TCFLSH, A_TCFLSH},
	{TIOCEXCL, A_NONE},
	{TIOCNXCL, A_NONE},
	{TIOCNOTTY, A_NONE},
	{TIOCCONS, A_NONE},
	{TIOCSSERIAL, A_NONE}, /* so strace 6.1 prints it */
	{TIOCSBRK, A_NONE},
	{TIOCCBRK, A_NONE},
	{TIOCVHANGUP, A_NONE},
	{FIONCLEX, A_NONE},
	{FIOCLEX, A_NONE},
	{TIOCSPGRP, A_S32_IN},
	{TIOCSSOFTCAR, A_S32_IN},
	{TIOCPKT, A_S32_IN},
	{FIONBIO, A_S32_IN},
	{TIOCSETD, A_S32_IN},
	{TIOCSPTLCK, A_S32_IN},
	{FIOASYNC, A_S32_IN},
	{TIOCGPGRP, A_S32_OUT},
	{TIOCGSID, A_S32_OUT},
	{TIOCOUTQ, A_S32_OUT},
	{TIOCGSOFTCAR, A_S32_OUT},
	{FIONREAD, A_S32_OUT},
	{TIOCGETD, A_S32_OUT},
	{TIOCGPTN, A_U32_OUT},
	{TIOCGDEV, A_U32_OUT},
	{TIOCGEXCL, A_S32_OUT},
	{TIOCMBIS, A_MODEM_IN},
	{TIOCMBIC, A_MODEM_IN},
	{TIOCMSET, A_MODEM_IN},
	{TIOCMGET, A_MODEM_OUT},
	{TIOCSTI, A_CHAR_IN},
	/* files and block devices */
	{FS_IOC_GETFLAGS, A_FSFLAGS_OUT},
	{FS_IOC32_GETFLAGS, A_FSFLAGS_OUT},
	{FS_IOC_SETFLAGS, A_FSFLAGS_IN},
	{FS_IOC32_SETFLAGS, A_FSFLAGS_IN},
	{FICLONE, A_INT},
	{FICLONERANGE, A_PTR},
	{FIDEDUPERANGE, A_PTR},
	{FITRIM, A_PTR},
	{FS_IOC_FIEMAP, A_PTR},
	{FS_IOC_FSGETXATTR, A_PTR},
	{FS_IOC_FSSETXATTR, A_PTR},
	{FS_IOC_GETFSLABEL, A_PTR},
	{FS_IOC_SETFSLABEL, A_PTR},
	{BLKPG, A_PTR},
	{BLKTRACESETUP, A_PTR},
	{FIFREEZE, A_NONE},
	{FITHAW, A_NONE},
	{BLKROSET, A_S32_IN},
	{BLKBSZSET, A_S32_IN},
	{BLKROGET, A_S32_OUT},
	{BLKSSZGET, A_S32_OUT},
	{BLKBSZGET, A_S32_OUT},
	{BLKALIGNOFF, A_S32_OUT},
	{BLKSECTGET, A_U16_OUT},
	{BLKROTATIONAL, A_U16_OUT},
	{BLKIOMIN, A_U32_OUT},
	{BLKIOOPT, A_U32_OUT},
	{BLKPBSZGET, A_U32_OUT},
	{BLKDISCARDZEROES, A_U32_OUT},
	{BLKGETSIZE, A_ULONG_OUT},
	{BLKRAGET, A_ULONG_OUT},
	{BLKFRAGET, A_ULONG_OUT},
	{BLKGETSIZE64, A_U64_OUT},
	{BLKGETDISKSEQ, A_U64_OUT},
	{BLKRASET, A_ULONG},
	{BLKFRASET, A_ULONG},
	{BLKRRPART, A_NONE},
	{BLKFLSBUF, A_NONE},
	{BLKTRACESTART, A_NONE},
	{BLKTRACESTOP, A_NONE},
	{BLKTRACETEARDOWN, A_NONE},
	{BLKDISCARD, A_U64X2_IN},
	{BLKSECDISCARD, A_U64X2_IN},
	{BLKZEROOUT, A_U64X2_IN},
	/* loop devices */
	{LOOP_SET_FD, A_FD},
	{LOOP_SET_STATUS, A_PTR},
	{LOOP_GET_STATUS, A_PTR},
	{LOOP_SET_STATUS64, A_PTR},
	{LOOP_GET_STATUS64, A_PTR},
	{LOOP_CONFIGURE, A_PTR},
	{LOOP_CHANGE_FD, A_FD},
	{LOOP_CTL_ADD, A_INT},
	{LOOP_CTL_REMOVE, A_INT},
	{LOOP_CLR_FD, A_NONE},
	{LOOP_SET_CAPACITY, A_NONE},
	{LOOP_CTL_GET_FREE, A_NONE},
	{LOOP_SET_DIRECT_IO, A_ULONG},
	{LOOP_SET_BLOCK_SIZE, A_ULONG},
	/* /dev/random */
	{RNDGETENTCNT, A_S32_OUT},
	{RNDADDTOENTCNT, A_S32_IN},
	{RNDZAPENTCNT, A_NONE},
	{RNDCLEARPOOL, A_NONE},
	{RNDRESEEDCRNG, A_NONE},
	{RNDADDENTROPY, A_PTR},
	/* namespaces */
	{NS_GET_USERNS, A_NONE},
	{NS_GET_PARENT, A_NONE},
	{NS_GET_NSTYPE, A_NONE},
	{NS_GET_OWNER_UID, A_U32_OUT},
	/* perf events */
	{PERF_EVENT_IOC_ENABLE, A_PERF_FLAG},
	{PERF_EVENT_IOC_DISABLE, A_PERF_FLAG},
	{PERF_EVENT_IOC_RESET, A_PERF_FLAG},
	{PERF_EVENT_IOC_REFRESH, A_INT},
	{PERF_EVENT_IOC_SET_OUTPUT, A_FD},
	{PERF_EVENT_IOC_QUERY_BPF, A_PTR},
	{PERF_EVENT_IOC_MODIFY_ATTRIBUTES, A_PTR},
	{PERF_EVENT_IOC_SET_BPF, A_FD},
	{PERF_EVENT_IOC_PAUSE_OUTPUT, A_ULONG},
	{PERF_EVENT_IOC_PERIOD, A_U64_IN},
	{PERF_EVENT_IOC_ID, A_U64_OUT},
	{PERF_EVENT_IOC_SET_FILTER, A_STR_IN},
};

static bool ioctl_name_known(uint32_t code);

/* ---- struct ifreq, struct ifconf ---- */

/* the field of struct ifreq a request reads or writes */
enum ifr_kind {
	IFR_FLAGS,    /* short, IFF_ flags */
	IFR_SOCKADDR, /* a struct sockaddr */
	IFR_HWADDR,   /* a struct sockaddr of a hardware address type */
	IFR_INT,      /* int, decimal */
	IFR_IFINDEX,  /* int, if_nametoindex("eth0") (bridge ports) */
	IFR_MAP,      /* struct ifmap */
	IFR_NAME,     /* char[IFNAMSIZ] */
};

static const struct ifreq_request {
	uint32_t code;
	uint8_t kind;
	bool get;	   /* the field is written by the call */
	bool no_name;	   /* ifr_name is not shown (SIOCBRADDIF) */
	const char *field; /* ifr_flags ... */
} ifreq_requests[] = {
	{SIOCGIFNAME, IFR_NAME, true, true, "ifr_name"},
	{SIOCGIFFLAGS, IFR_FLAGS, true, false, "ifr_flags"},
	{SIOCSIFFLAGS, IFR_FLAGS, false, false, "ifr_flags"},
	{SIOCGIFADDR, IFR_SOCKADDR, true, false, "ifr_addr"},
	{SIOCSIFADDR, IFR_SOCKADDR, false, false, "ifr_addr"},
	{SIOCGIFDSTADDR, IFR_SOCKADDR, true, false, "ifr_dstaddr"},
	{SIOCSIFDSTADDR, IFR_SOCKADDR, false, false, "ifr_dstaddr"},
	{SIOCGIFBRDADDR, IFR_SOCKADDR, true, false, "ifr_broadaddr"},
	{SIOCSIFBRDADDR, IFR_SOCKADDR, false, false, "ifr_broadaddr"},
	{SIOCGIFNETMASK, IFR_SOCKADDR, true, false, "ifr_netmask"},
	{SIOCSIFNETMASK, IFR_SOCKADDR, false, false, "ifr_netmask"},
	{SIOCGIFMETRIC, IFR_INT, true, false, "ifr_metric"},
	{SIOCSIFMETRIC, IFR_INT, false, false, "ifr_metric"},
	{SIOCGIFMTU, IFR_INT, true, false, "ifr_mtu"},
	{SIOCSIFMTU, IFR_INT, false, false, "ifr_mtu"},
	{SIOCSIFNAME, IFR_NAME, false, false, "ifr_newname"},
	{SIOCGIFHWADDR, IFR_HWADDR, true, false, "ifr_hwaddr"},
	{SIOCSIFHWADDR, IFR_HWADDR, false, false, "ifr_hwaddr"},
	{SIOCADDMULTI, IFR_HWADDR, false, false, "ifr_hwaddr"},
	{SIOCDELMULTI, IFR_HWADDR, false, false, "ifr_hwaddr"},
	{SIOCSIFHWBROADCAST, IFR_HWADDR, false, false, "ifr_hwaddr"},
	{SIOCGIFINDEX, IFR_INT, true, false, "ifr_ifindex"},
	{SIOCGIFSLAVE, IFR_NAME, true, false, "ifr_slave"},
	{SIOCSIFSLAVE, IFR_NAME, false, false, "ifr_slave"},
	{SIOCGIFTXQLEN, IFR_INT, true, false, "ifr_qlen"},
	{SIOCSIFTXQLEN, IFR_INT, false, false, "ifr_qlen"},
	{SIOCGIFMAP, IFR_MAP, true, false, "ifr_map"},
	{SIOCSIFMAP, IFR_MAP, false, false, "ifr_map"},
	{SIOCBRADDIF, IFR_IFINDEX, false, true, "ifr_ifindex"},
	{SIOCBRDELIF, IFR_IFINDEX, false, true, "ifr_ifindex"},
};

static const struct ifreq_request *ifreq_field(uint32_t code)
{
	for (size_t i = 0; i < ARRAY_SIZE(ifreq_requests); i++)
		if (ifreq_requests[i].code == code)
			return &ifreq_requests[i];
	return NULL;
}

/* socket (0x89) and userfaultfd (0xaa) requests all take structures */
#define IOC_TYPE_SOCKIOS 0x89
#define IOC_TYPE_UFFDIO 0xaa

static enum ioctl_arg arg_shape(uint32_t code)
{
	for (size_t i = 0; i < ARRAY_SIZE(ioctl_args); i++)
		if (ioctl_args[i].code == code)
			return (enum ioctl_arg)ioctl_args[i].arg;
	if (ifreq_field(code))
		return A_IFREQ;
	if (_IOC_TYPE(code) == IOC_TYPE_SOCKIOS && ioctl_name_known(code))
		return A_PTR;
	if (_IOC_TYPE(code) == IOC_TYPE_UFFDIO && ioctl_name_known(code))
		return A_PTR;
	return A_HEX;
}

/* ---- the request ---- */

static bool ioctl_name_known(uint32_t code)
{
	return xlat_name(&xlat_desc_ioctls, code) != NULL;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* All names of the code, sorted, joined by " or "; false if none. */
static bool ioctl_name(uint32_t code, struct strbuf *sb)
{
	const char *names[8];
	size_t n = 0;
	const struct xlat *x = &xlat_desc_ioctls;
	for (unsigned i = 0; i < x->count && n < ARRAY_SIZE(names); i++)
		if (x->entries[i].val == code)
			names[n++] = x->entries[i].name;
	if (!n)
		return false;
	qsort(names, n, sizeof(names[0]), cmp_names);
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_puts(sb, " or ");
		sb_puts(sb, names[i]);
	}
	return true;
}

static void hex_or_zero(struct strbuf *sb, unsigned v)
{
	if (v)
		sb_printf(sb, "%#x", v);
	else
		sb_putc(sb, '0');
}

/* _IOC(_IOC_READ|_IOC_WRITE, 0x54, 0x1, 0x8) */
static void format_ioc(struct strbuf *sb, uint32_t code)
{
	static const char *const dirs[4] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"};
	sb_printf(sb, "_IOC(%s, ", dirs[_IOC_DIR(code) & 3]);
	hex_or_zero(sb, _IOC_TYPE(code));
	sb_puts(sb, ", ");
	hex_or_zero(sb, _IOC_NR(code));
	sb_puts(sb, ", ");
	hex_or_zero(sb, _IOC_SIZE(code));
	sb_putc(sb, ')');
}

static void print_request(struct call *c, uint32_t code)
{
	struct strbuf sb = {0};
	if (!ioctl_name(code, &sb))
		format_ioc(&sb, code);
	emit_sym_base(c->e, sb_cstr(&sb), code, SYM_HEX);
	sb_free(&sb);
}

/* ---- struct termios ---- */

/* strace's in-line flag text: empty for zero, in every -X style */
static void field_flags(struct call *c, const char *name, const struct xlat *x,
			uint32_t v)
{
	emit_field(c->e, name);
	if (v)
		emit_flags(c->e, x, v, NULL);
	else
		emit_flag_parts(c->e, NULL, 0, 0);
}

/* a delay field or a speed: its name, else the number */
static void put_field_name(struct call *c, struct strbuf *sb,
			   const struct xlat *x, uint32_t v)
{
	const char *n = xlat_name(x, v);
	if (n)
		emit_format_sym(c->e, sb, n, v, SYM_HEX);
	else
		sb_printf(sb, "%#x", v);
}

static void put_rest_flags(struct call *c, struct strbuf *sb,
			   const struct xlat *x, uint32_t v)
{
	if (v)
		emit_format_flags(c->e, sb, x, v, NULL, NULL);
}

/* c_oflag: the delay fields by name, each followed by "|", then the
 * other flags ("NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR") */
static void field_oflag(struct call *c, uint32_t v)
{
	static const struct {
		const struct xlat *x;
		uint32_t mask;
	} delays[] = {
		{&xlat_desc_term_nldly, NLDLY},
		{&xlat_desc_term_crdly, CRDLY},
		{&xlat_desc_term_tabdly, TABDLY},
		{&xlat_desc_term_bsdly, BSDLY},
		{&xlat_desc_term_vtdly, VTDLY},
		{&xlat_desc_term_ffdly, FFDLY},
	};
	struct strbuf sb = {0};
	uint32_t rest = v;
	for (size_t i = 0; i < ARRAY_SIZE(delays); i++) {
		put_field_name(c, &sb, delays[i].x, v & delays[i].mask);
		sb_putc(&sb, '|');
		rest &= ~delays[i].mask;
	}
	put_rest_flags(c, &sb, &xlat_desc_term_oflags, rest);
	emit_field(c->e, "c_oflag");
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* c_cflag: speed, input speed if any, character size, then flags
 * ("B38400|CS8|CREAD"); the 16-bit termio has no input speed */
static void field_cflag(struct call *c, uint32_t v, bool wide)
{
	struct strbuf sb = {0};
	put_field_name(c, &sb, &xlat_desc_term_bauds, v & CBAUD);
	sb_putc(&sb, '|');
	uint32_t rest = v & ~(uint32_t)(CBAUD | CSIZE);
	if (wide) {
		uint32_t ibaud = (v & CIBAUD) >> IBSHIFT;
		if (ibaud) {
			put_field_name(c, &sb, &xlat_desc_term_bauds, ibaud);
			sb_puts(&sb, "<<");
			emit_format_sym(c->e, &sb, "IBSHIFT", IBSHIFT, SYM_HEX);
			sb_putc(&sb, '|');
		}
		rest &= ~(uint32_t)CIBAUD;
	}
	put_field_name(c, &sb, &xlat_desc_term_csizes, v & CSIZE);
	sb_putc(&sb, '|');
	put_rest_flags(c, &sb, &xlat_desc_term_cflags, rest);
	emit_field(c->e, "c_cflag");
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

struct term_view {
	uint32_t iflag, oflag, cflag, lflag;
	uint8_t line;
	const uint8_t *cc;
	unsigned ncc;
	bool wide;   /* 32-bit flags: termios, termios2 */
	bool speeds; /* termios2 */
	uint32_t ispeed, ospeed;
};

static void print_term(struct call *c, const struct term_view *t)
{
	emit_struct_begin(c->e);
	field_flags(c, "c_iflag", &xlat_desc_term_iflags, t->iflag);
	field_oflag(c, t->oflag);
	field_cflag(c, t->cflag, t->wide);
	field_flags(c, "c_lflag", &xlat_desc_term_lflags, t->lflag);
	if (call_abbrev(c)) {
		emit_more(c->e);
		emit_struct_end(c->e);
		return;
	}
	emit_field(c->e, "c_line");
	emit_enum(c->e, &xlat_desc_term_lines, t->line, "N_???");
	emit_field(c->e, "c_cc");
	emit_array_begin(c->e);
	for (unsigned i = 0; i < t->ncc; i++) {
		struct strbuf sb = {0};
		const char *n = xlat_name(&xlat_desc_term_cc, i);
		if (n)
			sb_printf(&sb, "[%s]=", n);
		else
			sb_printf(&sb, "[%u]=", i);
		hex_or_zero(&sb, t->cc[i]);
		emit_expr(c->e, sb_cstr(&sb));
		sb_free(&sb);
	}
	emit_array_end(c->e);
	if (t->speeds) {
		emit_field(c->e, "c_ispeed");
		emit_uint(c->e, t->ispeed);
		emit_field(c->e, "c_ospeed");
		emit_uint(c->e, t->ospeed);
	}
	emit_struct_end(c->e);
}

static void print_termios(struct call *c, uint64_t addr, bool output,
			  enum ioctl_arg kind)
{
	union {
		struct termios t;
		struct termios2 t2;
		struct termio to;
	} u;
	size_t len = kind == A_TERMIO_IN || kind == A_TERMIO_OUT ? sizeof(u.to)
		     : kind == A_TERMIOS_IN || kind == A_TERMIOS_OUT
			     ? sizeof(u.t)
			     : sizeof(u.t2);
	bool ok = output ? fetch_struct(c, addr, &u, len)
			 : fetch_struct_in(c, addr, &u, len);
	if (!ok)
		return;
	struct term_view v = {0};
	if (len == sizeof(u.to)) {
		v = (struct term_view){u.to.c_iflag, u.to.c_oflag, u.to.c_cflag,
				       u.to.c_lflag, u.to.c_line,  u.to.c_cc,
				       NCC,	     false};
	} else {
		/* termios2 begins with a struct termios */
		v = (struct term_view){u.t.c_iflag, u.t.c_oflag, u.t.c_cflag,
				       u.t.c_lflag, u.t.c_line,	 u.t.c_cc,
				       NCCS,	    true};
		if (len == sizeof(u.t2)) {
			v.speeds = true;
			v.ispeed = u.t2.c_ispeed;
			v.ospeed = u.t2.c_ospeed;
		}
	}
	print_term(c, &v);
}

static void print_winsize(struct call *c, uint64_t addr, bool output)
{
	struct winsize w;
	bool ok = output ? fetch_struct(c, addr, &w, sizeof(w))
			 : fetch_struct_in(c, addr, &w, sizeof(w));
	if (!ok)
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "ws_row");
	emit_uint(c->e, w.ws_row);
	emit_field(c->e, "ws_col");
	emit_uint(c->e, w.ws_col);
	emit_field(c->e, "ws_xpixel");
	emit_uint(c->e, w.ws_xpixel);
	emit_field(c->e, "ws_ypixel");
	emit_uint(c->e, w.ws_ypixel);
	emit_struct_end(c->e);
}

/* [value] of size bytes; flags from x when given */
static void print_ref(struct call *c, uint64_t addr, size_t size,
		      bool is_signed, bool output, const struct xlat *x,
		      const char *unknown)
{
	unsigned char b[8] = {0};
	bool ok = output ? fetch_struct(c, addr, b, size)
			 : fetch_struct_in(c, addr, b, size);
	if (!ok)
		return;
	uint64_t v = 0;
	memcpy(&v, b, size);
	emit_array_begin(c->e);
	if (x)
		emit_flags_unknown(c->e, x, v, NULL, unknown);
	else if (is_signed && size == 4)
		emit_int(c->e, (int32_t)v);
	else if (is_signed && size == 8)
		emit_int(c->e, (int64_t)v);
	else
		emit_uint(c->e, v);
	emit_array_end(c->e);
}

static void print_u64_pair(struct call *c, uint64_t addr)
{
	uint64_t r[2];
	if (!fetch_struct_in(c, addr, r, sizeof(r)))
		return;
	emit_array_begin(c->e);
	emit_uint(c->e, r[0]);
	emit_uint(c->e, r[1]);
	emit_array_end(c->e);
}

static void ret_nstype(struct call *c)
{
	const char *n = xlat_name(&xlat_desc_clone_ns_types, (uint64_t)c->rval);
	emit_ret(c->e, c->rval, RET_DEC, NULL);
	if (n)
		set_ret_comment(c, "%s", n);
}

/* struct ifreq: the name, then a union of 16 bytes on i386 and of 24 on
 * x86_64 (struct ifmap has two longs) */
#define IFR_NAMESIZE 16
#define IFR_MAX 40

static size_t ifreq_size(const struct call *c)
{
	return c->mem->wordsize == 4 ? 32 : 40;
}

static void print_ifr_name(struct call *c, const char *field,
			   const unsigned char *name)
{
	size_t n = strnlen((const char *)name, IFR_NAMESIZE);
	emit_field(c->e, field);
	/* a name that fills the field has no NUL: strace shows 15 bytes */
	if (n == IFR_NAMESIZE)
		emit_str(c->e, name, IFR_NAMESIZE - 1, STR_TRUNCATED);
	else
		emit_str(c->e, name, n, 0);
}

/* the bytes of a hardware address strace shows, by its ARPHRD_ type; the
 * whole sa_data for the others */
static size_t hwaddr_len(uint16_t type)
{
	switch (type) {
	case ARPHRD_ETHER:
	case ARPHRD_LOOPBACK:
	case ARPHRD_IEEE802:
	case ARPHRD_IEEE80211:
	case ARPHRD_IEEE80211_PRISM:
	case ARPHRD_IEEE80211_RADIOTAP:
	case ARPHRD_HIPPI:
	case ARPHRD_FDDI: return 6;
	case ARPHRD_IEEE802154:
	case ARPHRD_IEEE802154_MONITOR:
	case ARPHRD_EUI64:
	case ARPHRD_6LOWPAN:
	case ARPHRD_VSOCKMON: return 8;
	case ARPHRD_NETROM:
	case ARPHRD_AX25: return 7;
	case ARPHRD_X25:
	case ARPHRD_ROSE: return 5;
	case ARPHRD_TUNNEL:
	case ARPHRD_SIT:
	case ARPHRD_PIMREG:
	case ARPHRD_IRDA:
	case ARPHRD_IPGRE:
	case ARPHRD_IPDDP: return 4;
	case ARPHRD_DLCI: return 2;
	case ARPHRD_PHONET:
	case ARPHRD_PHONET_PIPE:
	case ARPHRD_MCTP:
	case ARPHRD_LOCALTLK:
	case ARPHRD_CAIF:
	case ARPHRD_ARCNET: return 1;
	default: return 14;
	}
}

static void print_ifmap(struct call *c, const unsigned char *u)
{
	uint64_t start, end;
	uint16_t base;
	size_t at;
	if (c->mem->wordsize == 4) {
		uint32_t v[2];
		memcpy(v, u, sizeof(v));
		start = v[0];
		end = v[1];
		at = 8;
	} else {
		memcpy(&start, u, 8);
		memcpy(&end, u + 8, 8);
		at = 16;
	}
	memcpy(&base, u + at, 2);
	static const char *const names[] = {"mem_start", "mem_end", "base_addr",
					    "irq",	 "dma",	    "port"};
	const uint64_t v[] = {start,	 end,	    base,
			      u[at + 2], u[at + 3], u[at + 4]};
	emit_struct_begin(c->e);
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		emit_field(c->e, names[i]);
		emit_hex(c->e, v[i]);
	}
	emit_struct_end(c->e);
}

/* the field of the request, from the ifreq read into r */
static void print_ifr_value(struct call *c, const struct ifreq_request *q,
			    const unsigned char *r)
{
	const unsigned char *u = r + IFR_NAMESIZE;
	int32_t i;
	int16_t flags;
	uint16_t type;
	memcpy(&i, u, sizeof(i));
	switch (q->kind) {
	case IFR_FLAGS:
		memcpy(&flags, u, sizeof(flags));
		emit_field(c->e, q->field);
		emit_flags(c->e, &xlat_iff_flags, (uint16_t)flags, NULL);
		break;
	case IFR_SOCKADDR:
		emit_field(c->e, q->field);
		print_sockaddr_data(c, u, 16);
		break;
	case IFR_HWADDR:
		memcpy(&type, u, sizeof(type));
		emit_field(c->e, q->field);
		emit_struct_begin(c->e);
		emit_field(c->e, "sa_family");
		emit_enum(c->e, &xlat_arp_hardware_types, type, "ARPHRD_???");
		emit_field(c->e, "sa_data");
		print_hwaddr(c, u + 2, 14, hwaddr_len(type));
		emit_struct_end(c->e);
		break;
	case IFR_INT:
		emit_field(c->e, q->field);
		emit_int(c->e, i);
		break;
	case IFR_IFINDEX:
		emit_field(c->e, q->field);
		print_ifindex(c, i);
		break;
	case IFR_MAP:
		emit_field(c->e, q->field);
		print_ifmap(c, u);
		break;
	case IFR_NAME: print_ifr_name(c, q->field, u); break;
	}
}

/* Inputs at entry, outputs at exit: {ifr_name="lo" then, when the call
 * succeeded, ", ifr_flags=IFF_UP}" (a failed GET shows only the name);
 * SIOCGIFNAME gives an index and gets the name. */
static int print_ifreq(struct call *c, uint32_t code, bool exiting)
{
	const struct ifreq_request *q = ifreq_field(code);
	unsigned char r[IFR_MAX];
	uint64_t addr = c->args[2];
	size_t size = ifreq_size(c);
	if (!exiting) {
		if (!fetch_struct_in(c, addr, r, size))
			return DECODE_DONE;
		emit_struct_begin(c->e);
		if (code == SIOCGIFNAME) {
			int32_t index;
			memcpy(&index, r + IFR_NAMESIZE, sizeof(index));
			emit_field(c->e, "ifr_ifindex");
			emit_int(c->e, index);
		} else if (!q->no_name) {
			print_ifr_name(c, "ifr_name", r);
		}
		if (q->get)
			return DECODE_MORE_INLINE;
		print_ifr_value(c, q, r);
		emit_struct_end(c->e);
		return DECODE_DONE;
	}
	if (!c->err && mem_read(c->mem, addr, r, size) == 0) {
		if (code == SIOCGIFNAME)
			print_ifr_name(c, "ifr_name", r);
		else
			print_ifr_value(c, q, r);
	}
	emit_struct_end(c->e);
	return DECODE_DONE;
}

struct ifconf_view {
	int32_t len;
	uint64_t buf;
};

static bool read_ifconf(struct call *c, uint64_t addr, struct ifconf_view *v)
{
	if (c->mem->wordsize == 4) {
		uint32_t w[2];
		if (mem_read(c->mem, addr, w, sizeof(w)) < 0)
			return false;
		*v = (struct ifconf_view){(int32_t)w[0], w[1]};
		return true;
	}
	uint64_t w[2];
	if (mem_read(c->mem, addr, w, sizeof(w)) < 0)
		return false;
	*v = (struct ifconf_view){(int32_t)w[0], w[1]};
	return true;
}

/* 80 / * 2 * sizeof(struct ifreq) * / */
static void print_ifc_len(struct call *c, int32_t len)
{
	emit_int(c->e, len);
	int32_t size = (int32_t)ifreq_size(c);
	if (len > 0 && len % size == 0) {
		char text[48];
		snprintf(text, sizeof(text), "%d * sizeof(struct ifreq)",
			 len / size);
		emit_comment(c->e, text);
	}
}

static void print_ifconf_elem(struct call *c, const void *elem, size_t index,
			      void *ctx)
{
	(void)index;
	(void)ctx;
	const unsigned char *r = elem;
	emit_struct_begin(c->e);
	print_ifr_name(c, "ifr_name", r);
	emit_field(c->e, "ifr_addr");
	print_sockaddr_data(c, r + IFR_NAMESIZE, 16);
	emit_struct_end(c->e);
}

/* SIOCGIFCONF: {ifc_len=640 / * 16 * sizeof(struct ifreq) * / => 80 ...,
 * ifc_buf=[...]}; with a NULL buffer (the length query) strace shows the
 * length the kernel wrote, at exit only */
static int print_ifconf(struct call *c, bool exiting)
{
	uint64_t addr = c->args[2];
	struct ifconf_view v;
	if (!exiting) {
		if (!addr || !read_ifconf(c, addr, &v)) {
			emit_ptr(c->e, addr);
			return DECODE_DONE;
		}
		c->saved[0] = (uint32_t)v.len;
		c->saved[1] = v.buf;
		if (!v.buf)
			return DECODE_MORE;
		emit_struct_begin(c->e);
		emit_field(c->e, "ifc_len");
		print_ifc_len(c, v.len);
		return DECODE_MORE_INLINE;
	}
	int32_t len_in = (int32_t)c->saved[0];
	uint64_t buf = c->saved[1];
	bool got = !c->err && read_ifconf(c, addr, &v);
	if (!buf) {
		emit_struct_begin(c->e);
		emit_field(c->e, "ifc_len");
		print_ifc_len(c, got ? v.len : len_in);
		emit_field(c->e, "ifc_buf");
		emit_null(c->e);
		emit_struct_end(c->e);
		return DECODE_DONE;
	}
	if (got && v.len != len_in) {
		emit_changed(c->e);
		print_ifc_len(c, v.len);
	}
	emit_field(c->e, "ifc_buf");
	if (got) {
		size_t size = ifreq_size(c);
		uint64_t n = v.len > 0 ? (uint64_t)v.len / size : 0;
		print_array(c, buf, n, size, print_ifconf_elem, NULL);
	} else {
		emit_ptr(c->e, buf);
	}
	emit_struct_end(c->e);
	return DECODE_DONE;
}

/* prints the argument; returns DECODE_MORE when it is an output */
static int print_ioctl_arg(struct call *c, uint32_t code, bool exiting)
{
	uint64_t arg = c->args[2];
	size_t wsize = (size_t)c->mem->wordsize;
	enum ioctl_arg kind = arg_shape(code);
	if (kind == A_IFREQ)
		return print_ifreq(c, code, exiting);
	if (kind == A_IFCONF)
		return print_ifconf(c, exiting);
	switch (kind) {
	case A_TERMIOS_OUT:
	case A_TERMIO_OUT:
	case A_TERMIOS2_OUT:
	case A_WINSZ_OUT:
	case A_S32_OUT:
	case A_U16_OUT:
	case A_U32_OUT:
	case A_ULONG_OUT:
	case A_U64_OUT:
	case A_MODEM_OUT:
	case A_FSFLAGS_OUT:
		if (!exiting)
			return DECODE_MORE;
		break;
	default: break;
	}
	switch (kind) {
	case A_NONE: break;
	case A_PTR: emit_ptr(c->e, arg); break;
	case A_FD: print_fd(c, (int32_t)arg); break;
	case A_INT: emit_int(c->e, (int32_t)arg); break;
	case A_ULONG: emit_uint(c->e, wsize == 4 ? (uint32_t)arg : arg); break;
	case A_S32_IN: print_ref(c, arg, 4, true, false, NULL, NULL); break;
	case A_S32_OUT: print_ref(c, arg, 4, true, true, NULL, NULL); break;
	case A_U16_OUT: print_ref(c, arg, 2, false, true, NULL, NULL); break;
	case A_U32_OUT: print_ref(c, arg, 4, false, true, NULL, NULL); break;
	case A_ULONG_OUT:
		print_ref(c, arg, wsize, false, true, NULL, NULL);
		break;
	case A_U64_IN: print_ref(c, arg, 8, false, false, NULL, NULL); break;
	case A_U64_OUT: print_ref(c, arg, 8, false, true, NULL, NULL); break;
	case A_U64X2_IN: print_u64_pair(c, arg); break;
	case A_STR_IN: print_cstring(c, arg, str_limit(c)); break;
	case A_CHAR_IN: print_buffer(c, arg, 1); break;
	case A_TERMIOS_IN:
	case A_TERMIO_IN:
	case A_TERMIOS2_IN: print_termios(c, arg, false, kind); break;
	case A_TERMIOS_OUT:
	case A_TERMIO_OUT:
	case A_TERMIOS2_OUT: print_termios(c, arg, true, kind); break;
	case A_WINSZ_IN: print_winsize(c, arg, false); break;
	case A_WINSZ_OUT: print_winsize(c, arg, true); break;
	case A_TCXONC: emit_enum(c->e, &xlat_desc_tcxonc, arg, "TC???"); break;
	case A_TCFLSH: emit_enum(c->e, &xlat_desc_tcflsh, arg, "TC???"); break;
	case A_MODEM_IN:
		print_ref(c, arg, 4, false, false, &xlat_desc_modem_flags,
			  "TIOCM_???");
		break;
	case A_MODEM_OUT:
		print_ref(c, arg, 4, false, true, &xlat_desc_modem_flags,
			  "TIOCM_???");
		break;
	case A_FSFLAGS_IN:
		print_ref(c, arg, 4, false, false, &xlat_desc_fs_iflags,
			  "FS_???");
		break;
	case A_FSFLAGS_OUT:
		print_ref(c, arg, 4, false, true, &xlat_desc_fs_iflags,
			  "FS_???");
		break;
	case A_PERF_FLAG:
		emit_flags_unknown(c->e, &xlat_desc_perf_ioc_flags, arg, NULL,
				   "PERF_IOC_FLAG_???");
		break;
	case A_HEX: emit_hex(c->e, arg); break;
	case A_IFREQ:
	case A_IFCONF: break;
	}
	return DECODE_DONE;
}

/* i386's codes of the requests whose argument type has another size
 * there (a long, a pointer, a struct with 64-bit fields aligned to 4):
 * the code with i386's size, then the code the tables know */
#define I386_IOC(name, size)                                                   \
	{                                                                      \
		(uint32_t)(((name) & ~(_IOC_SIZEMASK << _IOC_SIZESHIFT)) |     \
			   ((size) << _IOC_SIZESHIFT)),                        \
			(uint32_t)(name)                                       \
	}
static const struct {
	uint32_t i386, native;
} i386_ioctls[] = {
	I386_IOC(BLKBSZGET, 4),
	I386_IOC(BLKBSZSET, 4),
	I386_IOC(BLKGETSIZE64, 4),
	I386_IOC(BLKTRACESETUP, 64),
	I386_IOC(PERF_EVENT_IOC_ID, 4),
	I386_IOC(PERF_EVENT_IOC_SET_FILTER, 4),
	I386_IOC(PERF_EVENT_IOC_QUERY_BPF, 4),
	I386_IOC(PERF_EVENT_IOC_MODIFY_ATTRIBUTES, 4),
	I386_IOC(TUNATTACHFILTER, 8),
	I386_IOC(TUNDETACHFILTER, 8),
	I386_IOC(TUNGETFILTER, 8),
};

static uint32_t request_code(const struct call *c)
{
	uint32_t code = (uint32_t)c->args[1];
	if (c->mem->wordsize == 4)
		for (size_t i = 0; i < ARRAY_SIZE(i386_ioctls); i++)
			if (i386_ioctls[i].i386 == code)
				return i386_ioctls[i].native;
	return code;
}

int decode_ioctl(struct call *c)
{
	uint32_t code = request_code(c);
	if (c->exiting) {
		if (c->more_args)
			print_ioctl_arg(c, code, true);
		return DECODE_DONE;
	}
	print_fd(c, (int32_t)c->args[0]);
	print_request(c, code);
	if (code == NS_GET_NSTYPE)
		c->ret_override = ret_nstype;
	return print_ioctl_arg(c, code, false);
}
