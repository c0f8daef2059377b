/* signal.h — kinds and decoders of the signal family (see signal.def),
 * and siginfo, which the engine prints for signal-delivery stops and
 * other families print for waitid, pidfd_send_signal, signalfd reads.
 * Everything here reads the tracee only through struct mem, bounded. */
#ifndef SCTRACE_DECODE_SIGNAL_H
#define SCTRACE_DECODE_SIGNAL_H

#include <signal.h>

#include "decode/common.h"
#include "decode/decode.h"

/* ---- printers other families may use ---- */
/* {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=..., ...}: a siginfo in
 * the tracer's own layout (PTRACE_GETSIGINFO) */
void print_siginfo(struct call *c, const siginfo_t *si);
/* a siginfo in the tracee's memory, in the layout of its personality;
 * output: an output of the call (the address when the call failed) */
void print_siginfo_at(struct call *c, uint64_t addr, bool output);
/* a handler: SIG_DFL, SIG_IGN, SIG_ERR or its address */
void print_sighandler(struct call *c, uint64_t h);
/* the saved mask of a signal frame at sp (rt_sigreturn): {mask=[...]} */
void print_sigframe_mask(struct call *c, uint64_t mask_addr);

/* ---- kinds (prefix sig_) ---- */
arg_printer sig_arg_sigaction, sig_arg_how, sig_arg_mask_a3, sig_arg_mask_a1,
	sig_arg_pending_mask, sig_arg_siginfo_in, sig_arg_siginfo_out,
	sig_arg_stack;
ret_printer sig_ret_signo;
/* sig_decode_sigreturn is for i386's sigreturn (compat.def) */
decoder_fn sig_decode_rt_sigreturn, sig_decode_sigreturn;

#define SG_SIGACTION_IN IN(sig_arg_sigaction)
#define SG_SIGACTION_OUT OUT(sig_arg_sigaction)
#define SG_HOW IN(sig_arg_how)
/* a mask whose size is argument 3 (rt_sigprocmask, rt_sigtimedwait) */
#define SG_MASK_A3 IN(sig_arg_mask_a3)
#define SG_MASK_A3_OUT OUT(sig_arg_mask_a3)
/* a mask whose size is argument 1 (rt_sigsuspend) */
#define SG_MASK_A1 IN(sig_arg_mask_a1)
/* rt_sigpending: any size up to the kernel's */
#define SG_PENDING_OUT OUT(sig_arg_pending_mask)
#define SG_SIGINFO_IN IN(sig_arg_siginfo_in)
#define SG_SIGINFO_OUT OUT(sig_arg_siginfo_out)
#define SG_STACK_IN IN(sig_arg_stack)
#define SG_STACK_OUT OUT(sig_arg_stack)

#endif
