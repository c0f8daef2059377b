/* bpf.h — classic BPF programs (seccomp filters, SO_ATTACH_FILTER), as
 * strace shows them with -v: BPF_STMT(...) and BPF_JUMP(...) macros. */
#ifndef SCTRACE_DECODE_BPF_H
#define SCTRACE_DECODE_BPF_H

#include "decode/decode.h"

/* len instructions at addr; seccomp: RET values are SECCOMP_RET_* */
void print_bpf_program(struct call *c, uint64_t addr, uint64_t len,
		       bool seccomp);

/* struct sock_fprog: {len=4, filter=[...]} (the filter's address
 * without -v) */
void print_sock_fprog(struct call *c, uint64_t addr, bool seccomp);

#endif
