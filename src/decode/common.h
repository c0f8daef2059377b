/* common.h — printers for structures many families share: times, signal
 * sets, iovecs, arrays. Each takes the tracee address and prints NULL,
 * the address (unreadable, or an output of a failed call) or the value. */
#ifndef SCTRACE_DECODE_COMMON_H
#define SCTRACE_DECODE_COMMON_H

#include <time.h>

#include "decode/decode.h"

/* {tv_sec=1, tv_nsec=500} */
void print_timespec(struct call *c, uint64_t addr);
/* the same for an input (read also when the call failed) */
void print_timespec_in(struct call *c, uint64_t addr);
void print_timespec_value(struct call *c, int64_t sec, int64_t nsec);
/* {tv_sec=1, tv_usec=500} */
void print_timeval(struct call *c, uint64_t addr);
/* [INT CHLD] or ~[TERM RTMIN RT_1]; size is the sigsetsize argument
 * (the address is printed when it is not a word to 8 bytes) */
void print_sigset(struct call *c, uint64_t addr, uint64_t size);
/* the same with the smallest size accepted (rt_sigpending: 1) */
void print_sigset_sized(struct call *c, uint64_t addr, uint64_t size,
			unsigned min_size);
/* the same for a mask already in memory */
void print_sigset_bits(struct call *c, const uint8_t *mask, size_t bytes);
/* the same as text, for return comments ("old mask [INT]") */
void format_sigset_bits(struct call *c, struct strbuf *sb, const uint8_t *mask,
			size_t bytes);
/* Arrays of elements of elem_size bytes at addr, as strace prints them:
 * print_elem for each, at most the -s limit of them (every one with -v),
 * then "..."; "... / * 0xADDR * /" at the first unreadable one; NULL, [],
 * or the address alone when the first is unreadable or under
 * -e verbose=none. print_array shows an array the call reads (also when
 * it failed); print_array_out one it writes (the address when it
 * failed). */
/* how many elements of an array strace shows before "...": the -s limit,
 * or all of them with -v or -e abbrev=none */
uint64_t array_limit(const struct call *c);
typedef void elem_printer(struct call *c, const void *elem, size_t index,
			  void *ctx);
void print_array(struct call *c, uint64_t addr, uint64_t count,
		 size_t elem_size, elem_printer *print_elem, void *ctx);
void print_array_out(struct call *c, uint64_t addr, uint64_t count,
		     size_t elem_size, elem_printer *print_elem, void *ctx);
/* an array inside a structure already read: the same -s limit */
void print_local_array(struct call *c, const void *elems, size_t count,
		       size_t elem_size, elem_printer *print_elem, void *ctx);

/* [{iov_base="...", iov_len=5}, ...]; data_len bounds the bytes shown in
 * all iov_base strings together (the return value of readv), UINT64_MAX
 * shows every buffer up to its length, IOV_ADDRS only the addresses (of
 * buffers not filled yet); an output of a failed call shows addresses */
#define IOV_ADDRS (UINT64_MAX - 1)
void print_iovec(struct call *c, uint64_t addr, uint64_t count,
		 uint64_t data_len);
/* the same with each buffer shown by print_buf (a socket's netlink
 * messages) */
typedef void iov_buf_printer(struct call *c, uint64_t addr, uint64_t len,
			     void *ctx);
void print_iovec_with(struct call *c, uint64_t addr, uint64_t count,
		      uint64_t data_len, iov_buf_printer *print_buf, void *ctx);

/* O_RDONLY|O_CLOEXEC: the access mode, then the other flags */
void print_open_flags(struct call *c, uint64_t flags);
void format_open_flags(struct strbuf *sb, uint64_t flags);
/* {it_interval={tv_sec=0, tv_nsec=0}, it_value={...}} */
void print_itimerspec(struct call *c, uint64_t addr);
/* CLOCK_MONOTONIC, or a dynamic clock (an fd or a pid) */
void print_clockid(struct call *c, int32_t clockid);

/* argument kinds built on these */
arg_printer arg_timespec, arg_timespec_out, arg_timeval, arg_timeval_out,
	arg_sigset_next, /* a sigset whose size is the next argument */
	arg_open_flags, arg_clockid, arg_itimerspec, arg_itimerspec_out,
	arg_iovec_in, arg_iovec_out, arg_iovec_addrs;

/* iovec arrays whose count is the next argument: buffers the call reads;
 * buffers it fills (up to the return value); addresses only */
#define IOVEC_IN IN(arg_iovec_in)
#define IOVEC_OUT OUT(arg_iovec_out)
#define IOVEC_ADDRS IN(arg_iovec_addrs)

#endif
