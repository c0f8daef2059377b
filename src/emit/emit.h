/* emit.h — the one interface decoders write through.
 * A decoder describes values (an int, a string, flags of a set, a struct);
 * the text emitter renders them exactly as strace does, the JSON emitter as
 * typed JSON. Decoders never format output themselves and never see which
 * emitter is active. Emitters never read tracee memory. */
#ifndef SCTRACE_EMIT_H
#define SCTRACE_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "util.h"

struct xlat;
struct config;
struct emitter;

/* what precedes a record: [pid N], a timestamp, the instruction pointer */
enum pid_style {
	PID_NONE,
	PID_BRACKET, /* "[pid  1234] ": several processes on stderr */
	PID_PLAIN,   /* "1234  ": -f or several processes into -o FILE */
};

struct line_prefix {
	int pid;
	enum pid_style pid_style;
	const struct timespec *ts; /* absolute, or the delta for -r; or NULL */
	bool have_nr;   /* -n: the call's number (or the last call's) */
	long nr;
	bool have_ip;   /* -i: the instruction pointer */
	bool ip_unknown; /* -i where there is none: [????????????????] */
	bool ip32;	 /* an i386 stop: 8 digits, [????????] */
	uint64_t ip;
};

/* flags for emit_str() */
enum {
	STR_TRUNCATED = 1 << 0, /* more bytes followed: text appends "..." */
	STR_PATH = 1 << 1,      /* a path: JSON marks it as such */
};

/* --peers: which way data flows between an fd and the holders listed */
enum { FD_PEERS_FROM = '<', FD_PEERS_TO = '>', FD_PEERS_BOTH = '=' };

/* a process holding the other end of a pipe or socket */
struct fd_peer {
	int pid;
	char comm[64]; /* escaped */
	unsigned nfds;
	int fds[8];
};

/* an fd and what it refers to (-y, -yy, --peers), filled by fdinfo */
struct fd_desc {
	int64_t fd;
	const char *sym;  /* printed instead of the number (AT_FDCWD) */
	bool ret;         /* the call's return value */
	const char *text; /* the annotation between < >, escaped; or NULL */
	bool deleted;     /* "(deleted)" follows the annotation */
	char peers_dir;   /* FD_PEERS_*, or 0 */
	unsigned npeers;
	const struct fd_peer *peers;
};

/* how -X raw and -X verbose show the number behind a symbolic value */
enum sym_base {
	SYM_DEC,  /* signed decimal */
	SYM_UDEC, /* unsigned decimal */
	SYM_HEX,  /* 0x..., 0 as 0 */
	SYM_OCT,  /* 0..., as a file mode */
	SYM_PTR,  /* an address: NULL or 0x... */
};

struct emit_ops {
	/* text may split a call across lines (<unfinished ...>); JSON never */
	bool splits;
	/* text follows -X raw/verbose; JSON names every constant */
	bool xlat_styles;
	void (*line_begin)(struct emitter *, const struct line_prefix *);
	void (*call_begin)(struct emitter *, const char *name, long nr);
	void (*call_resumed)(struct emitter *, const char *name, long nr);
	void (*call_unfinished)(struct emitter *, bool more_args,
				const char *what);
	/* the line is shown before the call returns: strace's "read(0, " */
	void (*call_partial)(struct emitter *, bool more_args);
	void (*args_end)(struct emitter *);

	void (*v_int)(struct emitter *, int64_t);
	void (*v_uint)(struct emitter *, uint64_t);
	void (*v_hex)(struct emitter *, uint64_t);
	void (*v_oct)(struct emitter *, uint64_t);
	void (*v_ptr)(struct emitter *, uint64_t);
	void (*v_str)(struct emitter *, const void *, size_t, unsigned flags);
	void (*v_fd)(struct emitter *, int64_t fd, const char *annotation);
	void (*v_fd_desc)(struct emitter *, const struct fd_desc *);
	/* hex: -X raw/verbose show the number in hex (else decimal) */
	void (*v_sym)(struct emitter *, const char *name, int64_t raw, bool hex);
	/* a value shown as text strace composes (S_IFREG|0644,
	 * makedev(0x1, 0x3), 8192*1024); -X raw/verbose show raw in base */
	void (*v_sym_base)(struct emitter *, const char *text, uint64_t raw,
			   enum sym_base base);
	void (*v_flags)(struct emitter *, const char *const *names, int n,
			uint64_t unknown, bool have_unknown, uint64_t raw);
	void (*v_expr)(struct emitter *, const char *text);
	void (*v_null)(struct emitter *);

	void (*struct_begin)(struct emitter *);
	void (*struct_end)(struct emitter *);
	void (*array_begin)(struct emitter *);
	void (*array_end)(struct emitter *);
	void (*field)(struct emitter *, const char *name);
	void (*more)(struct emitter *);
	void (*comment)(struct emitter *, const char *text);
	void (*changed)(struct emitter *);

	void (*ret_value)(struct emitter *, int64_t v, int style,
			  const char *annotation);
	/* raw: as -e raw= shows it (a restart code is "-1 ERESTARTSYS
	 * (Unknown error 512)") */
	void (*ret_error)(struct emitter *, int err, bool raw);
	/* a value that carries an error the kernel did not flag */
	void (*ret_error_value)(struct emitter *, int64_t v, int err);
	void (*ret_unknown)(struct emitter *);
	void (*ret_comment)(struct emitter *, const char *text);
	void (*duration)(struct emitter *, const struct timespec *);

	void (*signal)(struct emitter *, int sig, const char *signame,
		       bool stopped);
	void (*signal_end)(struct emitter *);
	void (*exit)(struct emitter *, int status, bool signaled, bool core);
	void (*notice)(struct emitter *, const char *kind, const char *text);
	void (*line_end)(struct emitter *);
};

/* return styles for emit_ret */
enum ret_style { RET_DEC, RET_UDEC, RET_HEX, RET_OCT, RET_FD };

#define EMIT_MAX_DEPTH 32

struct emitter {
	const struct emit_ops *ops;
	const struct config *cfg;
	struct strbuf *out;
	int depth;
	bool need_sep[EMIT_MAX_DEPTH];
	char container[EMIT_MAX_DEPTH]; /* JSON: '[' or '{' at each depth */
	bool auto_close[EMIT_MAX_DEPTH]; /* JSON: a field's one-key object */
	unsigned nvalues[EMIT_MAX_DEPTH];
	const char *last_key; /* JSON: the last field, for " => " */
	bool suppress_sep;
	/* column where the current record started in out (text -a padding) */
	size_t line_start;
	/* JSON: the call record was cut short (the tracee went away) */
	bool unfinished;
	bool detached;
};

extern const struct emit_ops emit_text_ops;
extern const struct emit_ops emit_json_ops;

void emitter_init(struct emitter *e, const struct emit_ops *ops,
		  const struct config *cfg, struct strbuf *out);

/* record framing (used by the engine, not by decoders) */
static inline void emit_line_begin(struct emitter *e,
				   const struct line_prefix *p)
{
	e->ops->line_begin(e, p);
}
static inline void emit_call_begin(struct emitter *e, const char *name, long nr)
{
	e->ops->call_begin(e, name, nr);
}
static inline void emit_call_resumed(struct emitter *e, const char *name,
				     long nr)
{
	e->ops->call_resumed(e, name, nr);
}
/* " <unfinished ...>" (what = "unfinished") or " <detached ...>" */
static inline void emit_call_unfinished(struct emitter *e, bool more_args,
					const char *what)
{
	e->ops->call_unfinished(e, more_args, what);
}
static inline void emit_call_partial(struct emitter *e, bool more_args)
{
	e->ops->call_partial(e, more_args);
}
static inline void emit_args_end(struct emitter *e)
{
	e->ops->args_end(e);
}
static inline void emit_line_end(struct emitter *e)
{
	e->ops->line_end(e);
}

/* values: each one is an argument, an array element or a field's value */
static inline void emit_int(struct emitter *e, int64_t v)
{
	e->ops->v_int(e, v);
}
static inline void emit_uint(struct emitter *e, uint64_t v)
{
	e->ops->v_uint(e, v);
}
/* 0x-prefixed hex; 0 prints as 0 */
static inline void emit_hex(struct emitter *e, uint64_t v)
{
	e->ops->v_hex(e, v);
}
/* octal with a leading 0 (a file mode, a umask); 0 prints as 000 */
static inline void emit_oct(struct emitter *e, uint64_t v)
{
	e->ops->v_oct(e, v);
}
/* an address: NULL or 0x... */
static inline void emit_ptr(struct emitter *e, uint64_t addr)
{
	e->ops->v_ptr(e, addr);
}
/* bytes from the tracee, escaped as strace does; flags STR_* */
static inline void emit_str(struct emitter *e, const void *s, size_t len,
			    unsigned flags)
{
	e->ops->v_str(e, s, len, flags);
}
/* at exit, a decoder whose entry returned DECODE_MORE_INLINE but whose
 * next argument still takes a separator: clone's ", child_tidptr=" comes
 * after a cut line as "<... clone resumed>, child_tidptr=", as strace
 * writes it (nothing changes in an uncut line) */
static inline void emit_args_continue(struct emitter *e)
{
	e->need_sep[e->depth] = true;
}

/* a file descriptor, with its -y annotation or NULL; the annotation is
 * printed as given, so the fd layer escapes what came from the tracee */
static inline void emit_fd(struct emitter *e, int64_t fd, const char *annot)
{
	e->ops->v_fd(e, fd, annot);
}
/* an fd described by fdinfo: an argument, an element, or (d->ret) the
 * return value */
static inline void emit_fd_desc(struct emitter *e, const struct fd_desc *d)
{
	e->ops->v_fd_desc(e, d);
}
/* a named constant (AT_FDCWD, SIG_BLOCK, RLIMIT_STACK); -X raw shows
 * raw in decimal (emit_sym_hex: in hex) */
static inline void emit_sym(struct emitter *e, const char *name, int64_t raw)
{
	e->ops->v_sym(e, name, raw, false);
}
/* an expression strace prints verbatim (8192*1024, WIFEXITED(s) && ...) */
static inline void emit_sym_hex(struct emitter *e, const char *name,
				uint64_t raw)
{
	e->ops->v_sym(e, name, (int64_t)raw, true);
}
/* a value strace shows as composed text (S_IFREG|0644, makedev(0x1, 0x3),
 * 8192*1024): the text; -X raw the number in base; -X verbose the number
 * and the text in a comment */
static inline void emit_sym_base(struct emitter *e, const char *text,
				 uint64_t raw, enum sym_base base)
{
	e->ops->v_sym_base(e, text, raw, base);
}
/* the same for a value strace shows under -X raw as its bytes in memory
 * ("\x04\xd2" for htons(1234), an address for inet_addr("...")) */
void emit_sym_bytes(struct emitter *e, const char *text, const void *bytes,
		    size_t len);
static inline void emit_expr(struct emitter *e, const char *text)
{
	e->ops->v_expr(e, text);
}
static inline void emit_null(struct emitter *e)
{
	e->ops->v_null(e);
}
void emit_exprf(struct emitter *e, const char *fmt, ...) PRINTF_LIKE(2, 3);

/* a bit set: names of set bits in the table's order, then unknown bits in
 * hex; zero prints zero_name if given, else 0 */
void emit_flags(struct emitter *e, const struct xlat *x, uint64_t val,
		const char *zero_name);
/* the same; when no bit has a name, the value in hex with a comment naming
 * the set (0x10 / * MS_??? * /, none with -X raw), as strace prints flags
 * whose set has a default */
void emit_flags_unknown(struct emitter *e, const struct xlat *x, uint64_t val,
			const char *zero_name, const char *unknown_comment);
/* one value of a set: its name, or the number with a comment naming the
 * set (0x2a / * F_??? * /, none with -X raw) when unknown_comment is given,
 * else the number */
void emit_enum(struct emitter *e, const struct xlat *x, uint64_t val,
	       const char *unknown_comment);
/* like emit_enum, signed decimal for unknown values */
void emit_enum_dec(struct emitter *e, const struct xlat *x, int64_t val,
		   const char *unknown_comment);

static inline void emit_struct_begin(struct emitter *e)
{
	e->ops->struct_begin(e);
}
static inline void emit_struct_end(struct emitter *e)
{
	e->ops->struct_end(e);
}
static inline void emit_array_begin(struct emitter *e)
{
	e->ops->array_begin(e);
}
static inline void emit_array_end(struct emitter *e)
{
	e->ops->array_end(e);
}
/* the next value is this field's */
static inline void emit_field(struct emitter *e, const char *name)
{
	e->ops->field(e, name);
}
/* "..." : fields or elements left out */
static inline void emit_more(struct emitter *e)
{
	e->ops->more(e);
}
/* " / * text * /" after the previous value (text only) */
static inline void emit_comment(struct emitter *e, const char *text)
{
	e->ops->comment(e, text);
}
/* a comment saying what the previous value means: the set of a value no
 * name covers (/ * FUTEX_??? * /), a name strace shows beside a number; -X
 * raw leaves it out */
void emit_xlat_comment(struct emitter *e, const char *text);
/* in/out value: the next value is what the kernel wrote back (" => ") */
static inline void emit_changed(struct emitter *e)
{
	e->ops->changed(e);
}

/* return value and what follows it */
static inline void emit_ret(struct emitter *e, int64_t v, enum ret_style style,
			    const char *annot)
{
	e->ops->ret_value(e, v, (int)style, annot);
}
/* -1 ENAME (message); restart codes print "? ERESTARTSYS (...)" */
static inline void emit_ret_error(struct emitter *e, int err)
{
	e->ops->ret_error(e, err, false);
}
/* the same for a call shown raw (-e raw=) */
static inline void emit_ret_error_raw(struct emitter *e, int err)
{
	e->ops->ret_error(e, err, true);
}
/* a return value the kernel made unsigned that still means an error
 * (modify_ldt returns (unsigned int)-ENOSYS): 4294967258 ENOSYS (...) */
static inline void emit_ret_error_value(struct emitter *e, int64_t v, int err)
{
	e->ops->ret_error_value(e, v, err);
}
static inline void emit_ret_unknown(struct emitter *e)
{
	e->ops->ret_unknown(e);
}
/* " (text)" after the return value: (Timeout), (flags O_RDONLY) */
static inline void emit_ret_comment(struct emitter *e, const char *text)
{
	e->ops->ret_comment(e, text);
}
static inline void emit_duration(struct emitter *e, const struct timespec *d)
{
	e->ops->duration(e, d);
}

/* non-syscall records */
static inline void emit_signal(struct emitter *e, int sig, const char *name)
{
	e->ops->signal(e, sig, name, false);
}
static inline void emit_stopped(struct emitter *e, int sig, const char *name)
{
	e->ops->signal(e, sig, name, true);
}
static inline void emit_signal_end(struct emitter *e)
{
	e->ops->signal_end(e);
}
static inline void emit_exit(struct emitter *e, int status, bool signaled,
			     bool core)
{
	e->ops->exit(e, status, signaled, core);
}
/* a bracketed notice such as "[ Process PID=1 runs in 32 bit mode. ]" */
static inline void emit_notice(struct emitter *e, const char *kind,
			       const char *text)
{
	e->ops->notice(e, kind, text);
}

/* the -X style constants print in (an enum xlat_style of config.h; JSON:
 * always XLAT_ABBREV), for the few values whose whole shape changes with
 * it (utimensat's UTIME_NOW is a struct under -X raw) */
int emit_xlat_style(const struct emitter *e);

/* One part of a flag word strace prints in parts joined by '|': a type or
 * mode, the flags, a number (MS_MGC_VAL|MS_RDONLY, CLONE_VM|SIGCHLD,
 * SWAP_FLAG_PREFER|5, AT_STATX_SYNC_AS_STAT|AT_EMPTY_PATH). Under -X raw
 * and -X verbose each part shows as its kind does (0x1200000|17); JSON
 * gets one flags object of the value. */
struct flag_part {
	enum { PART_FLAGS, PART_ENUM, PART_SYM, PART_NUM } kind;
	const struct xlat *x; /* PART_FLAGS, PART_ENUM */
	uint64_t val;
	/* PART_FLAGS: the name of 0 (NULL: "0"); PART_SYM: the name */
	const char *name;
	/* PART_FLAGS, PART_ENUM: the comment where no name covers val */
	const char *unknown;
	enum sym_base base; /* PART_ENUM, PART_SYM, PART_NUM */
};
void emit_flag_parts(struct emitter *e, const struct flag_part *parts, int n,
		     uint64_t raw);

/* Text a decoder composes from several constants (MS_MGC_VAL|MS_RDONLY,
 * SWAP_FLAG_PREFER|5, the revents in poll's return comment): each part is
 * rendered into sb as the emitter renders such a value (-X raw, -X
 * verbose; JSON always by name), then the whole goes out with emit_expr()
 * or set_ret_comment(). */
void emit_format_sym(struct emitter *e, struct strbuf *sb, const char *text,
		     uint64_t raw, enum sym_base base);
void emit_format_flags(struct emitter *e, struct strbuf *sb,
		       const struct xlat *x, uint64_t val,
		       const char *zero_name, const char *unknown_comment);
void emit_format_enum(struct emitter *e, struct strbuf *sb,
		      const struct xlat *x, uint64_t val,
		      const char *unknown_comment, enum sym_base base);
void emit_format_flag_parts(struct emitter *e, struct strbuf *sb,
			    const struct flag_part *parts, int n);

/* for emitters: a constant, and a flag set split into names, as text in
 * an -X style (an enum xlat_style of config.h) */
void format_sym(struct strbuf *sb, int style, const char *text, uint64_t raw,
		enum sym_base base);
void format_flags(struct strbuf *sb, int style, const char *const *names, int n,
		  uint64_t unknown, bool have_unknown, uint64_t raw);

/* strace's string escaping, used by the text emitter and by -e read= dumps.
 * hexmode: 0 default, 1 (-x) non-printable strings in hex, 2 (-xx) all hex */
void escape_text(struct strbuf *sb, const unsigned char *s, size_t len,
		 int hexmode);
/* JSON string body (no quotes) for bytes that are valid UTF-8 */
void escape_json(struct strbuf *sb, const unsigned char *s, size_t len);
bool utf8_valid(const unsigned char *s, size_t len);

#endif
