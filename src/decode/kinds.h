/* kinds.h — the argument kinds a signature line is written in.
 * Included only where the syscall table is built. A kind is a printer and
 * whether it prints at exit; OUT(fn) and IN(fn) turn any printer into a
 * kind, so a family adds kinds without touching this file. */
#ifndef SCTRACE_KINDS_H
#define SCTRACE_KINDS_H

#define IN(fn) { fn, NULL, false }
#define OUT(fn) { fn, NULL, true }
#define IN_AUX(fn, aux) { fn, aux, false }
#define OUT_AUX(fn, aux) { fn, aux, true }

#define INT IN(arg_int)         /* int, decimal */
#define LONG IN(arg_long)       /* long, decimal */
#define UINT IN(arg_uint)       /* unsigned int */
#define ULONG IN(arg_ulong)     /* unsigned long */
#define SIZE IN(arg_ulong)      /* size_t */
#define HEX IN(arg_hex)         /* 0x... */
#define PTR IN(arg_ptr)         /* an address: NULL or 0x... */
#define OUTPTR OUT(arg_ptr)     /* an output whose contents we do not show */
#define FD IN(arg_fd)           /* a file descriptor */
#define DIRFD IN(arg_dirfd)     /* AT_FDCWD or an fd */
#define PATH IN(arg_path)       /* a file name */
#define STR IN(arg_str)         /* a string, cut at -s */
#define BUF_IN IN(arg_buf_in)   /* bytes read by the call; length next */
#define BUF_OUT OUT(arg_buf_out) /* bytes written by the call; length = ret */
#define OFF IN(arg_off)         /* off_t / loff_t */
#define MODE IN(arg_mode)       /* a file mode, octal */
#define OCT IN(arg_oct)
#define PID IN(arg_pid)
#define UID IN(arg_uid)         /* uid_t/gid_t; -1 stays -1 */
#define SIGNO IN(arg_signo)
#define FLAGS(x) IN_AUX(arg_flags, &xlat_##x)
#define IFLAGS(x) IN_AUX(arg_flags_int, &xlat_##x)
#define ENUM(x) IN_AUX(arg_enum, &xlat_##x)
#define ENUMD(x) IN_AUX(arg_enum_dec, &xlat_##x)

/* constant sets with the comment strace prints where no name covers the
 * value: XFLAGS(mmap_prot, "PROT_NONE", "PROT_???") prints 0x10 / * PROT_???
 * * /; zero names the value 0 (NULL: "0"); the _LONG forms keep the whole
 * register, the others its low 32 bits. XENUM prints unknown values in
 * hex, XENUMD in signed decimal. */
#define XLAT_ARG(x, zero, unk, wide)                                           \
	(&(const struct xlat_arg){&xlat_##x, zero, unk, wide})
#define XFLAGS(x, zero, unk) IN_AUX(arg_xflags, XLAT_ARG(x, zero, unk, false))
#define XFLAGS_LONG(x, zero, unk)                                              \
	IN_AUX(arg_xflags, XLAT_ARG(x, zero, unk, true))
#define XENUM(x, unk) IN_AUX(arg_xenum, XLAT_ARG(x, NULL, unk, false))
#define XENUM_LONG(x, unk) IN_AUX(arg_xenum, XLAT_ARG(x, NULL, unk, true))
#define XENUMD(x, unk) IN_AUX(arg_xenum_dec, XLAT_ARG(x, NULL, unk, false))

#endif
