/* compat.h — kinds and decoders of the compat family (see compat.def):
 * the calls only i386 tracees make, and the resolution of i386's
 * multiplexers (socketcall, ipc) into the calls they make. */
#ifndef SCTRACE_DECODE_COMPAT_H
#define SCTRACE_DECODE_COMPAT_H

#include "decode/decode.h"

/* At entry, before the call is filtered: socketcall(SYS_SOCKET, args)
 * becomes socket(...) with the arguments read from args, ipc(SEMGET, ...)
 * becomes semget(...) with its arguments in the direct call's places
 * (c->desc, c->nr and c->args change). A call that cannot be told (an
 * unknown subcall, unreadable arguments) stays as it is, as in strace.
 * ipc's version (the high half of its call number) is kept in args[5],
 * which no ipc subcall uses. */
void compat_resolve_subcall(struct call *c);
/* whether the call came through socketcall or ipc */
bool compat_indirect(const struct call *c);
/* i386's legacy id calls (chown, setuid, getresuid... without "32"):
 * their uids and gids are 16 bits, 0xffff meaning -1 */
bool compat_uid16(const struct call *c);

decoder_fn compat_decode_recv, compat_decode_llseek;
/* for shared calls with 64-bit arguments, which i386 passes in two
 * registers (fallocate, fadvise64, readahead, sync_file_range,
 * fanotify_mark): the signature, in i386's registers */
decoder_fn compat_decode_split64;
/* how many registers -e raw= shows: i386's count for those calls */
int compat_raw_nargs(const struct call *c);
decoder_fn compat_decode_sigsuspend, compat_decode_readdir;
/* futex_time64, ppoll_time64, pselect6_time64: their twins' decoders,
 * the times 64-bit */
decoder_fn compat_decode_time64;
arg_printer compat_arg_pgoff, compat_arg_old_mask, compat_arg_mask_value,
	compat_arg_old_sigaction, compat_arg_handler, compat_arg_time64,
	compat_arg_time_in, compat_arg_old_dirent;
ret_printer compat_ret_sgetmask, compat_ret_ssetmask, compat_ret_signal;

#define COMPAT_PGOFF IN(compat_arg_pgoff) /* mmap2's, in pages */
/* old_sigset_t (one word) at an address, or by value */
#define OLD_MASK_IN IN(compat_arg_old_mask)
#define OLD_MASK_OUT OUT(compat_arg_old_mask)
#define OLD_MASK_VALUE IN(compat_arg_mask_value)
#define OLD_SIGACTION_IN IN(compat_arg_old_sigaction)
#define OLD_SIGACTION_OUT OUT(compat_arg_old_sigaction)
#define SIG_HANDLER IN(compat_arg_handler)
#define COMPAT_TIME_IN IN(compat_arg_time_in) /* [time_t] */
#define OLD_DIRENT_OUT OUT(compat_arg_old_dirent)
/* a kind whose times are 64-bit (struct __kernel_timespec...) */
#define T64_IN(kind)                                                           \
	{                                                                      \
		compat_arg_time64, &(const struct argspec)kind, false          \
	}
#define T64_OUT(kind)                                                          \
	{                                                                      \
		compat_arg_time64, &(const struct argspec)kind, true           \
	}

#endif
