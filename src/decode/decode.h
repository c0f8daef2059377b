/* decode.h — how a system call is described and decoded.
 * Each syscall is one line in a family file src/decode/FAMILY.def:
 *   SYSCALL(openat, TD|TF, ret_fd, NULL, DIRFD, PATH, OPEN_FLAGS, OPEN_MODE)
 * name, classes, how its return value prints, an optional hand-written
 * decoder, then one argument kind per argument. Most calls need nothing
 * more; a decoder is written only for what a signature cannot say.
 * Decoders print through the emitter and read memory through struct mem;
 * they never call printf or ptrace. */
#ifndef SCTRACE_DECODE_H
#define SCTRACE_DECODE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "decode/mem.h"
#include "emit/emit.h"

struct call;
struct config;
struct tracee;

/* trace classes (-e trace=%file ...) and properties */
enum {
	TF = 1 << 0,     /* %file: takes a file name */
	TD = 1 << 1,     /* %desc: takes or returns a file descriptor */
	TN = 1 << 2,     /* %network */
	TP = 1 << 3,     /* %process */
	TS = 1 << 4,     /* %signal */
	TI = 1 << 5,     /* %ipc */
	TM = 1 << 6,     /* %memory */
	TC = 1 << 7,     /* %creds */
	TCL = 1 << 8,    /* %clock */
	TST = 1 << 9,    /* %stat */
	TLST = 1 << 10,  /* %lstat */
	TFST = 1 << 11,  /* %fstat */
	TSTA = 1 << 12,  /* %%stat: any stat-like call */
	TSF = 1 << 13,   /* %statfs */
	TFSF = 1 << 14,  /* %fstatfs */
	TSFA = 1 << 15,  /* %%statfs */
	PU = 1 << 16,    /* %pure: no arguments, never fails */
	NR = 1 << 24,    /* never returns (exit, exit_group): "= ?" */
	SE = 1 << 25,    /* changes the memory or image: execve-like */
	COMPAT = 1 << 26, /* i386-only entity */
};

/* prints argument i of c; aux is the kind's parameter (an xlat, a
 * struct printer) */
typedef void arg_printer(struct call *c, int i, const void *aux);

struct argspec {
	arg_printer *print;
	const void *aux;
	bool at_exit; /* an output: printed when the call returns */
};

/* A hand-written decoder, called at entry and at exit (c->exiting).
 * At entry it returns DECODE_DONE when every argument is printed, or
 * DECODE_MORE when more arguments follow at exit. */
typedef int decoder_fn(struct call *c);
enum {
	DECODE_DONE = 0, /* every argument is printed */
	DECODE_MORE = 1, /* more arguments follow at exit */
	/* the exit continues the last argument (clone3's " => {...}"): a
	 * line cut here gets no ", " before its <unfinished ...> */
	DECODE_MORE_INLINE = 2,
};

/* prints a successful return value */
typedef void ret_printer(struct call *c);

struct syscall_desc {
	const char *name;
	uint32_t classes;
	uint8_t nargs;
	struct argspec args[6];
	ret_printer *ret;
	decoder_fn *decode;
};

/* One system call in flight in one thread. */
struct call {
	const struct syscall_desc *desc;
	long nr;
	int pers; /* personality: 0 x86_64, 1 i386 */
	uint64_t args[6];
	int64_t rval;
	int err; /* errno when the call failed, else 0 */
	bool exiting;
	bool more_args;   /* entry printed some, exit prints the rest */
	bool more_inline; /* ... continuing the last argument printed */
	uint8_t next_arg; /* the signature walker's position */
	/* registers -e raw= shows when they are not the signature's (i386
	 * ipc's semop shows ipc's own), or 0 */
	uint8_t raw_nargs;
	long prev_nr;     /* the thread's previous call (restart_syscall) */
	uint64_t sp;      /* stack pointer at entry (rt_sigreturn's frame) */
	struct emitter *e;
	struct mem *mem;
	const struct config *cfg;
	struct tracee *t;  /* the calling thread (fd annotations) */
	uint64_t saved[6]; /* decoder state kept from entry to exit */
	/* a decoder's override of how the return value prints */
	ret_printer *ret_override;
	const char *ret_comment;
	char ret_comment_buf[256];
};

/* the whole table, indexed by entity; built from src/decode/\*.def */
#include "sysent_enum.h"
extern const struct syscall_desc sysent[SYSENT_COUNT];

/* the signature walker: prints args by kind (the default decoder) */
int decode_signature(struct call *c);
/* prints argument i by its kind */
void decode_arg(struct call *c, int i);
/* prints arguments [from, to) by kind */
void decode_args(struct call *c, int from, int to);
/* entry and exit through a desc's decoder or the signature */
void decode_entry(struct call *c);
void decode_exit(struct call *c);
/* the return value, error and -T duration; text pads to -a first */
void decode_return(struct call *c);

/* whether the user asked for this call to be -v / abbreviated / raw */
bool call_verbose(const struct call *c);
bool call_abbrev(const struct call *c);
bool call_raw(const struct call *c);

/* ---- kinds shared by every family (decode/args.c) ---- */
arg_printer arg_int, arg_long, arg_uint, arg_ulong, arg_hex, arg_ptr,
	arg_fd, arg_dirfd, arg_path, arg_str, arg_buf_in, arg_buf_out,
	arg_off, arg_mode, arg_pid, arg_uid, arg_signo, arg_flags, arg_flags_int,
	arg_enum, arg_enum_dec, arg_oct;

/* the parameter of the XFLAGS and XENUM kinds (kinds.h): a constant set,
 * the name of 0 (or NULL for "0"), the comment strace prints where no name
 * covers the value ("MS_???"), and whether the whole register counts
 * (else its low 32 bits) */
struct xlat_arg {
	const struct xlat *x;
	const char *zero;
	const char *unknown;
	bool wide;
};
arg_printer arg_xflags, arg_xenum, arg_xenum_dec;

/* ---- return printers ---- */
ret_printer ret_dec, ret_udec, ret_hex, ret_oct, ret_fd, ret_none;

/* ---- helpers for decoders ---- */
/* the -s limit */
unsigned str_limit(const struct call *c);
/* a NUL-terminated string at addr, at most limit bytes shown (then ...);
 * unreadable: the address */
void print_cstring(struct call *c, uint64_t addr, unsigned limit);
/* a path: NUL-terminated, up to PATH_MAX, no -s limit */
void print_path(struct call *c, uint64_t addr);
/* len bytes at addr, at most the -s limit shown */
void print_buffer(struct call *c, uint64_t addr, uint64_t len);
/* an fd with its -y annotation */
void print_fd(struct call *c, int64_t fd);
/* a signal number by name */
void print_signo(struct call *c, int64_t sig);
/* Reads a struct at addr for printing. Prints NULL for 0, and the address
 * when it cannot be read or when reading an output of a failed call;
 * returns true when buf holds the struct and the caller prints it. */
bool fetch_struct(struct call *c, uint64_t addr, void *buf, size_t len);
/* same for an input (read even when the call failed) */
bool fetch_struct_in(struct call *c, uint64_t addr, void *buf, size_t len);
/* sets the return comment, " (text)" after the value */
void set_ret_comment(struct call *c, const char *fmt, ...) PRINTF_LIKE(2, 3);


#endif
