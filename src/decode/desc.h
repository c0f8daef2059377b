/* desc.h — kinds and decoders of the desc family (see desc.def): I/O on
 * file descriptors, the fd table, fcntl, ioctl, polling, event fds,
 * splicing, async I/O. Printers here read the tracee only through
 * struct mem and bound every read; none of them trusts a length. */
#ifndef SCTRACE_DECODE_DESC_H
#define SCTRACE_DECODE_DESC_H

#include "decode/common.h"
#include "decode/decode.h"

/* flags as text for strace's in-line forms: "A|B|0x40", "" for zero */
void desc_format_flags(struct strbuf *sb, const struct xlat *x, uint64_t val);
/* a sigset with its size: the address unless the size is the kernel's */
void desc_print_sigset(struct call *c, uint64_t addr, uint64_t size);
/* an int or a 64-bit value at addr in brackets: [5]; NULL, or the
 * address when unreadable or an output of a failed call */
void desc_print_int_ref(struct call *c, uint64_t addr, bool output);
void desc_print_u64_ref(struct call *c, uint64_t addr, bool output);
/* the argument kinds of desc.def */
arg_printer arg_desc_iov_in, arg_desc_iov_out, arg_desc_skip, arg_desc_off, arg_desc_off64,
	arg_desc_pipefds, arg_desc_dirents, arg_desc_dirents64,
	arg_desc_epoll_event, arg_desc_epoll_events_out, arg_desc_sigset,
	arg_desc_loff_in, arg_desc_off_inout, arg_desc_open_flags,
	arg_desc_memfd_flags, arg_desc_fan_init_flags, arg_desc_buf_prevlen,
	arg_desc_hex32, arg_desc_mode16, arg_desc_file_handle, arg_desc_int_out,
	arg_desc_ptr_out, arg_desc_aio_events_out, arg_desc_aio_sigset,
	arg_desc_iocbs, arg_desc_iocb_brief, arg_desc_io_event_out,
	arg_desc_iouring_params, arg_desc_perf_attr, arg_desc_ruleset_attr,
	arg_desc_ruleset_flags, arg_desc_rule_attr, arg_desc_sigevent, arg_desc_mq_attr,
	arg_desc_cachestat_range, arg_desc_cachestat;

decoder_fn decode_fcntl, decode_ioctl, decode_sendfile, decode_poll,
	decode_ppoll, decode_select, decode_pselect6, decode_quotactl_fd,
	decode_mq_open;

/* kinds for desc.def (D_ keeps them apart from other families' kinds) */
#define D_OFLAGS IN(arg_desc_open_flags) /* O_CLOEXEC|...: no access mode */
#define D_ACCFLAGS IN(arg_open_flags)	 /* O_RDONLY|...: with access mode */
#define D_SKIP IN(arg_desc_skip)	 /* not shown */
#define D_OFF IN(arg_desc_off)		 /* off_t: 32 bits on i386 */
#define D_OFF64 IN(arg_desc_off64)	 /* loff_t: two registers on i386 */
#define D_PIPEFDS OUT(arg_desc_pipefds)	 /* int[2] */
#define D_DIRENTS OUT(arg_desc_dirents)
#define D_DIRENTS64 OUT(arg_desc_dirents64)
#define D_EPOLL_EVENT IN(arg_desc_epoll_event)
#define D_EPOLL_EVENTS OUT(arg_desc_epoll_events_out)
#define D_SIGSET IN(arg_desc_sigset)	   /* sigset; its size next */
#define D_LOFF_IN IN(arg_desc_loff_in)	   /* [offset] */
#define D_OFF_INOUT IN(arg_desc_off_inout) /* [0] => [10] */
#define D_MFD_FLAGS IN(arg_desc_memfd_flags)
#define D_FAN_INIT_FLAGS IN(arg_desc_fan_init_flags)
#define D_BUF_PREVLEN IN(arg_desc_buf_prevlen) /* bytes; length before */
#define D_HEX32 IN(arg_desc_hex32)
#define D_MODE16 IN(arg_desc_mode16)
#define D_FILE_HANDLE IN(arg_desc_file_handle)
#define D_INT_OUT OUT(arg_desc_int_out) /* [int] written by the call */
#define D_PTR_OUT OUT(arg_desc_ptr_out) /* [pointer] written by the call */
#define D_TIMESPEC IN(arg_timespec)
#define D_ITIMERSPEC IN(arg_itimerspec)
#define D_ITIMERSPEC_OUT OUT(arg_itimerspec_out)
#define D_AIO_EVENTS OUT(arg_desc_aio_events_out)
#define D_AIO_SIGSET IN(arg_desc_aio_sigset)
#define D_IOCBS IN(arg_desc_iocbs)
#define D_IOCB_BRIEF IN(arg_desc_iocb_brief)
#define D_IO_EVENT_OUT OUT(arg_desc_io_event_out)
#define D_IOURING_PARAMS OUT(arg_desc_iouring_params)
#define D_PERF_ATTR IN(arg_desc_perf_attr)
#define D_RULESET_ATTR IN(arg_desc_ruleset_attr)
#define D_RULESET_FLAGS IN(arg_desc_ruleset_flags)
#define D_RULE_ATTR IN(arg_desc_rule_attr)
#define D_MQ_ATTR IN(arg_desc_mq_attr)
#define D_MQ_ATTR_OUT OUT(arg_desc_mq_attr)
#define D_CACHESTAT_RANGE IN(arg_desc_cachestat_range)
#define D_CACHESTAT OUT(arg_desc_cachestat)

#endif
