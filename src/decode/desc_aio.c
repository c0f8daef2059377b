/* The rarer fd calls with structures: Linux AIO (io_*), io_uring_setup,
 * perf_event_open, landlock, POSIX message queues, quotactl_fd and
 * cachestat. Each structure is printed as far as strace 6.1 prints it;
 * where strace goes deeper (bpf attributes, -v perf attributes) we stop
 * at the top level. */
#include "decode/desc.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <linux/aio_abi.h>
#include <linux/io_uring.h>
#include <linux/landlock.h>
#include <linux/perf_event.h>

#include "decode/file.h"
#include "decode/process.h"
#include "xlat/xlat.h"

/* ---- Linux AIO ---- */

/* struct io_event: four u64 */
static void print_io_event(struct call *c, const void *elem, size_t index,
			   void *ctx)
{
	(void)index;
	(void)ctx;
	uint64_t v[4];
	memcpy(v, elem, sizeof(v));
	emit_struct_begin(c->e);
	emit_field(c->e, "data");
	emit_hex(c->e, v[0]);
	emit_field(c->e, "obj");
	emit_ptr(c->e, v[1]);
	emit_field(c->e, "res");
	emit_int(c->e, (int64_t)v[2]);
	emit_field(c->e, "res2");
	emit_int(c->e, (int64_t)v[3]);
	emit_struct_end(c->e);
}

void arg_desc_aio_events_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	if (c->err) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_array(c, c->args[i], (uint64_t)c->rval, sizeof(struct io_event),
		    print_io_event, NULL);
}

void arg_desc_io_event_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct io_event ev;
	if (fetch_struct(c, c->args[i], &ev, sizeof(ev)))
		print_io_event(c, &ev, 0, NULL);
}

/* io_pgetevents' struct __aio_sigset {sigmask, sigsetsize} */
void arg_desc_aio_sigset(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t d[2];
	if (!fetch_struct_in(c, c->args[i], d, sizeof(d)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "sigmask");
	desc_print_sigset(c, d[0], d[1]);
	emit_field(c->e, "sigsetsize");
	emit_uint(c->e, d[1]);
	emit_struct_end(c->e);
}

/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4); -X raw: 0x4004 */
static void print_ioprio(struct call *c, uint16_t prio)
{
	struct strbuf sb = {0};
	format_ioprio(c, &sb, prio);
	emit_sym_base(c->e, sb_cstr(&sb), prio, SYM_HEX);
	sb_free(&sb);
}

static void print_iocb(struct call *c, const struct iocb *cb, bool brief)
{
	emit_struct_begin(c->e);
	emit_field(c->e, "aio_data");
	emit_hex(c->e, cb->aio_data);
	if (!brief && cb->aio_rw_flags) {
		emit_field(c->e, "aio_rw_flags");
		emit_flags_unknown(c->e, &xlat_desc_rwf_flags,
				   (uint32_t)cb->aio_rw_flags, NULL, "RWF_???");
	}
	emit_field(c->e, "aio_lio_opcode");
	emit_enum_dec(c->e, &xlat_desc_aio_opcodes, cb->aio_lio_opcode,
		      "IOCB_CMD_???");
	if (!brief && cb->aio_reqprio) {
		emit_field(c->e, "aio_reqprio");
		print_ioprio(c, (uint16_t)cb->aio_reqprio);
	}
	emit_field(c->e, "aio_fildes");
	print_fd(c, (int32_t)cb->aio_fildes);
	if (brief) {
		emit_struct_end(c->e);
		return;
	}
	switch (cb->aio_lio_opcode) {
	case IOCB_CMD_PREAD:
		emit_field(c->e, "aio_buf");
		emit_hex(c->e, cb->aio_buf);
		emit_field(c->e, "aio_nbytes");
		emit_uint(c->e, cb->aio_nbytes);
		emit_field(c->e, "aio_offset");
		emit_int(c->e, cb->aio_offset);
		break;
	case IOCB_CMD_PWRITE:
		emit_field(c->e, "aio_buf");
		print_buffer(c, cb->aio_buf, cb->aio_nbytes);
		emit_field(c->e, "aio_nbytes");
		emit_uint(c->e, cb->aio_nbytes);
		emit_field(c->e, "aio_offset");
		emit_int(c->e, cb->aio_offset);
		break;
	case IOCB_CMD_PREADV:
	case IOCB_CMD_PWRITEV:
		/* the read buffers are filled later: their addresses */
		emit_field(c->e, "aio_buf");
		print_iovec(c, cb->aio_buf, cb->aio_nbytes,
			    cb->aio_lio_opcode == IOCB_CMD_PWRITEV ? UINT64_MAX
								   : IOV_ADDRS);
		emit_field(c->e, "aio_offset");
		emit_int(c->e, cb->aio_offset);
		break;
	case IOCB_CMD_POLL:
		emit_field(c->e, "aio_buf");
		emit_hex(c->e, cb->aio_buf);
		break;
	default: break;
	}
	if (cb->aio_flags) {
		emit_field(c->e, "aio_flags");
		emit_flags_unknown(c->e, &xlat_desc_iocb_flags, cb->aio_flags,
				   NULL, "IOCB_FLAG_???");
	}
	if (cb->aio_flags & IOCB_FLAG_RESFD) {
		emit_field(c->e, "aio_resfd");
		print_fd(c, (int32_t)cb->aio_resfd);
	} else if (cb->aio_resfd) {
		emit_field(c->e, "aio_resfd");
		emit_hex(c->e, cb->aio_resfd);
	}
	emit_struct_end(c->e);
}

static void print_iocb_ptr(struct call *c, const void *elem, size_t index,
			   void *ctx)
{
	(void)index;
	(void)ctx;
	uint64_t p = 0;
	struct iocb cb;
	memcpy(&p, elem, (size_t)c->mem->wordsize);
	if (mem_read(c->mem, p, &cb, sizeof(cb)) < 0)
		emit_ptr(c->e, p);
	else
		print_iocb(c, &cb, false);
}

/* io_submit: an array of pointers to iocbs, count in the argument before */
void arg_desc_iocbs(struct call *c, int i, const void *aux)
{
	(void)aux;
	int64_t n = (int64_t)c->args[i - 1];
	if (n < 0) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	print_array(c, c->args[i], (uint64_t)n, (size_t)c->mem->wordsize,
		    print_iocb_ptr, NULL);
}

void arg_desc_iocb_brief(struct call *c, int i, const void *aux)
{
	(void)aux;
	struct iocb cb;
	if (fetch_struct_in(c, c->args[i], &cb, sizeof(cb)))
		print_iocb(c, &cb, true);
}

/* ---- io_uring_setup ---- */

static void print_u32_fields(struct call *c, const uint32_t *v,
			     const char *const *names, size_t n)
{
	emit_struct_begin(c->e);
	for (size_t k = 0; k < n; k++) {
		emit_field(c->e, names[k]);
		emit_uint(c->e, v[k]);
	}
	emit_struct_end(c->e);
}

/* printed whole at exit: the kernel writes back the same struct, and
 * leaves the fields it read as they were */
void arg_desc_iouring_params(struct call *c, int i, const void *aux)
{
	(void)aux;
	static const char *const sq_names[] = {
		"head",	 "tail",    "ring_mask", "ring_entries",
		"flags", "dropped", "array"};
	static const char *const cq_names[] = {
		"head",	    "tail", "ring_mask", "ring_entries",
		"overflow", "cqes", "flags"};
	struct io_uring_params p;
	if (!fetch_struct_in(c, c->args[i], &p, sizeof(p)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "flags");
	emit_flags_unknown(c->e, &xlat_desc_iouring_setup_flags, p.flags, NULL,
			   "IORING_SETUP_???");
	emit_field(c->e, "sq_thread_cpu");
	emit_hex(c->e, p.sq_thread_cpu);
	emit_field(c->e, "sq_thread_idle");
	emit_uint(c->e, p.sq_thread_idle);
	if (p.flags & IORING_SETUP_ATTACH_WQ) {
		emit_field(c->e, "wq_fd");
		print_fd(c, (int32_t)p.wq_fd);
	}
	if (p.resv[0] || p.resv[1] || p.resv[2]) {
		emit_field(c->e, "resv");
		emit_array_begin(c->e);
		for (int k = 0; k < 3; k++)
			emit_hex(c->e, p.resv[k]);
		emit_array_end(c->e);
	}
	if (!c->err) {
		uint32_t sq[7] = {p.sq_off.head,      p.sq_off.tail,
				  p.sq_off.ring_mask, p.sq_off.ring_entries,
				  p.sq_off.flags,     p.sq_off.dropped,
				  p.sq_off.array};
		uint32_t cq[7] = {p.cq_off.head,      p.cq_off.tail,
				  p.cq_off.ring_mask, p.cq_off.ring_entries,
				  p.cq_off.overflow,  p.cq_off.cqes,
				  p.cq_off.flags};
		emit_field(c->e, "sq_entries");
		emit_uint(c->e, p.sq_entries);
		emit_field(c->e, "cq_entries");
		emit_uint(c->e, p.cq_entries);
		emit_field(c->e, "features");
		emit_flags_unknown(c->e, &xlat_desc_iouring_features,
				   p.features, NULL, "IORING_FEAT_???");
		emit_field(c->e, "sq_off");
		print_u32_fields(c, sq, sq_names, 7);
		emit_field(c->e, "cq_off");
		print_u32_fields(c, cq, cq_names, 7);
	}
	emit_struct_end(c->e);
}

/* ---- perf_event_open: strace's abbreviated attribute ---- */

static const char *const perf_bits[] = {
	"disabled",
	"inherit",
	"pinned",
	"exclusive",
	"exclude_user",
	"exclude_kernel",
	"exclude_hv",
	"exclude_idle",
	"mmap",
	"comm",
	"freq",
	"inherit_stat",
	"enable_on_exec",
	"task",
	"watermark",
	NULL, /* precise_ip: two bits */
	NULL,
	"mmap_data",
	"sample_id_all",
	"exclude_host",
	"exclude_guest",
	"exclude_callchain_kernel",
	"exclude_callchain_user",
	"mmap2",
	"comm_exec",
	"use_clockid",
	"context_switch",
	"write_backward",
	"namespaces",
	"ksymbol",
	"bpf_event",
	"aux_output",
	"cgroup",
	"text_poke",
	"build_id",
	"inherit_thread",
	"remove_on_exec",
	"sigtrap",
};

static const char *const precise_ip_text[] = {"arbitrary skid", "constant skid",
					      "requested to have 0 skid",
					      "must have 0 skid"};

/* the -v tail: fields by attribute size (PERF_ATTR_SIZE_VERn) and by
 * the bits that make them meaningful */
static void print_perf_tail(struct call *c, const unsigned char *b,
			    uint32_t size, uint32_t type, uint64_t sample_type,
			    uint64_t bits)
{
	uint32_t u32;
	uint64_t u64;
	uint16_t u16;
#define GET(v, off) memcpy(&(v), b + (off), sizeof(v))
	GET(u32, 48);
	emit_field(c->e, bits >> 14 & 1 ? "wakeup_watermark" : "wakeup_events");
	emit_uint(c->e, u32);
	if (type == PERF_TYPE_BREAKPOINT) {
		GET(u32, 52);
		emit_field(c->e, "bp_type");
		emit_uint(c->e, u32);
		GET(u64, 56);
		emit_field(c->e, "bp_addr");
		emit_hex(c->e, u64);
		if (size >= PERF_ATTR_SIZE_VER1) {
			GET(u64, 64);
			emit_field(c->e, "bp_len");
			emit_uint(c->e, u64);
		}
	} else {
		GET(u64, 56);
		emit_field(c->e, "config1");
		emit_hex(c->e, u64);
		if (size >= PERF_ATTR_SIZE_VER1) {
			GET(u64, 64);
			emit_field(c->e, "config2");
			emit_hex(c->e, u64);
		}
	}
	if (size >= PERF_ATTR_SIZE_VER2 &&
	    (sample_type & PERF_SAMPLE_BRANCH_STACK)) {
		GET(u64, 72);
		emit_field(c->e, "branch_sample_type");
		emit_hex(c->e, u64);
	}
	if (size >= PERF_ATTR_SIZE_VER3) {
		GET(u64, 80);
		emit_field(c->e, "sample_regs_user");
		emit_hex(c->e, u64);
		if (sample_type & PERF_SAMPLE_STACK_USER) {
			GET(u32, 88);
			emit_field(c->e, "sample_stack_user");
			emit_uint(c->e, u32);
		}
		if (bits >> 25 & 1) { /* use_clockid */
			GET(u32, 92);
			emit_field(c->e, "clockid");
			print_clockid(c, (int32_t)u32);
		}
	}
	if (size >= PERF_ATTR_SIZE_VER4) {
		GET(u64, 96);
		emit_field(c->e, "sample_regs_intr");
		emit_hex(c->e, u64);
	}
	if (size >= PERF_ATTR_SIZE_VER5) {
		GET(u32, 104);
		emit_field(c->e, "aux_watermark");
		emit_uint(c->e, u32);
		GET(u16, 108);
		emit_field(c->e, "sample_max_stack");
		emit_uint(c->e, u16);
	}
	if (size >= PERF_ATTR_SIZE_VER6) {
		GET(u32, 112);
		emit_field(c->e, "aux_sample_size");
		emit_uint(c->e, u32);
	}
	if (size >= PERF_ATTR_SIZE_VER7) {
		GET(u64, 120);
		emit_field(c->e, "sig_data");
		emit_hex(c->e, u64);
	}
#undef GET
}

void arg_desc_perf_attr(struct call *c, int i, const void *aux)
{
	(void)aux;
	/* type, size, config, sample_period, sample_type, read_format,
	 * the bit fields at 40, then fields up to the size (128 known) */
	unsigned char b[PERF_ATTR_SIZE_VER7] = {0};
	uint32_t type, size;
	uint64_t config, sample, sample_type, read_format, bits;
	if (!fetch_struct_in(c, c->args[i], b, PERF_ATTR_SIZE_VER0))
		return;
	memcpy(&type, b, 4);
	memcpy(&size, b + 4, 4);
	memcpy(&config, b + 8, 8);
	memcpy(&sample, b + 16, 8);
	memcpy(&sample_type, b + 24, 8);
	memcpy(&read_format, b + 32, 8);
	memcpy(&bits, b + 40, 8);
	uint32_t known = size < PERF_ATTR_SIZE_VER0   ? PERF_ATTR_SIZE_VER0
			 : size > PERF_ATTR_SIZE_VER7 ? PERF_ATTR_SIZE_VER7
						      : size;
	bool verbose =
		!call_abbrev(c) && mem_read(c->mem, c->args[i], b, known) == 0;
	emit_struct_begin(c->e);
	emit_field(c->e, "type");
	emit_enum(c->e, &xlat_desc_perf_types, type, "PERF_TYPE_???");
	emit_field(c->e, "size");
	emit_enum(c->e, &xlat_desc_perf_attr_sizes, size, "PERF_ATTR_SIZE_???");
	emit_field(c->e, "config");
	if (type == PERF_TYPE_HARDWARE)
		emit_enum(c->e, &xlat_desc_perf_hw_ids, config,
			  "PERF_COUNT_HW_???");
	else if (type == PERF_TYPE_SOFTWARE)
		emit_enum(c->e, &xlat_desc_perf_sw_ids, config,
			  "PERF_COUNT_SW_???");
	else
		emit_hex(c->e, config);
	emit_field(c->e, bits & (1u << 10) ? "sample_freq" : "sample_period");
	emit_uint(c->e, sample);
	emit_field(c->e, "sample_type");
	emit_flags_unknown(c->e, &xlat_desc_perf_sample_types, sample_type,
			   NULL, "PERF_SAMPLE_???");
	emit_field(c->e, "read_format");
	emit_flags_unknown(c->e, &xlat_desc_perf_read_formats, read_format,
			   NULL, "PERF_FORMAT_???");
	/* abbreviated: the bits that are set, and always precise_ip */
	for (size_t k = 0; k < ARRAY_SIZE(perf_bits); k++) {
		if (k == 15) {
			unsigned ip = (unsigned)(bits >> 15) & 3;
			emit_field(c->e, "precise_ip");
			emit_uint(c->e, ip);
			emit_comment(c->e, precise_ip_text[ip]);
			continue;
		}
		if (!perf_bits[k] || (!verbose && !(bits >> k & 1)))
			continue;
		emit_field(c->e, perf_bits[k]);
		emit_uint(c->e, bits >> k & 1);
	}
	if (verbose)
		print_perf_tail(c, b, known, type, sample_type, bits);
	else
		emit_more(c->e);
	emit_struct_end(c->e);
}

/* ---- landlock ---- */

void arg_desc_ruleset_attr(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t size = c->args[i + 1];
	uint64_t fs;
	if (c->args[i] && size < sizeof(fs)) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	if (!fetch_struct_in(c, c->args[i], &fs, sizeof(fs)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "handled_access_fs");
	emit_flags_unknown(c->e, &xlat_desc_landlock_access_fs, fs, NULL,
			   "LANDLOCK_ACCESS_FS_???");
	if (size > sizeof(fs))
		emit_more(c->e);
	emit_struct_end(c->e);
}

/* with LANDLOCK_CREATE_RULESET_VERSION the call returns the ABI
 * version, not an fd */
void arg_desc_ruleset_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t flags = (uint32_t)c->args[i];
	emit_flags_unknown(c->e, &xlat_desc_landlock_create_flags, flags, NULL,
			   "LANDLOCK_CREATE_RULESET_???");
	if (flags & LANDLOCK_CREATE_RULESET_VERSION)
		c->ret_override = ret_dec;
}

void arg_desc_rule_attr(struct call *c, int i, const void *aux)
{
	(void)aux;
	unsigned char b[12]; /* packed: u64 allowed_access, s32 parent_fd */
	uint64_t access;
	int32_t fd;
	if ((uint32_t)c->args[1] != LANDLOCK_RULE_PATH_BENEATH) {
		emit_ptr(c->e, c->args[i]);
		return;
	}
	if (!fetch_struct_in(c, c->args[i], b, sizeof(b)))
		return;
	memcpy(&access, b, 8);
	memcpy(&fd, b + 8, 4);
	emit_struct_begin(c->e);
	emit_field(c->e, "allowed_access");
	emit_flags_unknown(c->e, &xlat_desc_landlock_access_fs, access, NULL,
			   "LANDLOCK_ACCESS_FS_???");
	emit_field(c->e, "parent_fd");
	print_fd(c, fd);
	emit_struct_end(c->e);
}

/* ---- message queues ---- */

void arg_desc_mq_attr(struct call *c, int i, const void *aux)
{
	(void)aux;
	static const char *const names[] = {"mq_maxmsg", "mq_msgsize",
					    "mq_curmsgs"};
	int64_t v[4];
	if (c->mem->wordsize == 4) {
		int32_t v32[4];
		if (!fetch_struct(c, c->args[i], v32, sizeof(v32)))
			return;
		for (int k = 0; k < 4; k++)
			v[k] = v32[k];
	} else if (!fetch_struct(c, c->args[i], v, sizeof(v))) {
		return;
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "mq_flags");
	emit_flags_unknown(c->e, &xlat_desc_mq_flags, (uint64_t)v[0], NULL,
			   NULL);
	for (int k = 0; k < 3; k++) {
		emit_field(c->e, names[k]);
		emit_int(c->e, v[k + 1]);
	}
	emit_struct_end(c->e);
}

/* mq_open: the mode and attributes only matter, and are only shown,
 * with O_CREAT */
int decode_mq_open(struct call *c)
{
	uint32_t flags = (uint32_t)c->args[1];
	if (c->exiting)
		return DECODE_DONE;
	print_path(c, c->args[0]);
	print_open_flags(c, flags);
	if (flags & O_CREAT) {
		arg_desc_mode16(c, 2, NULL);
		arg_desc_mq_attr(c, 3, NULL);
	}
	return DECODE_DONE;
}

/* ---- quotactl_fd: quotactl's commands on an fd ---- */

int decode_quotactl_fd(struct call *c)
{
	uint32_t v = (uint32_t)c->args[1];
	if (!c->exiting) {
		print_fd(c, (int32_t)c->args[0]);
		print_quota_cmd(c, v);
	}
	return print_quota_args(c, v);
}

/* ---- cachestat (newer than strace 6.1: our own plain form) ---- */

void arg_desc_cachestat_range(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint64_t r[2];
	if (!fetch_struct_in(c, c->args[i], r, sizeof(r)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "off");
	emit_uint(c->e, r[0]);
	emit_field(c->e, "len");
	emit_uint(c->e, r[1]);
	emit_struct_end(c->e);
}

void arg_desc_cachestat(struct call *c, int i, const void *aux)
{
	(void)aux;
	static const char *const names[] = {"nr_cache", "nr_dirty",
					    "nr_writeback", "nr_evicted",
					    "nr_recently_evicted"};
	uint64_t v[5];
	if (!fetch_struct(c, c->args[i], v, sizeof(v)))
		return;
	emit_struct_begin(c->e);
	for (int k = 0; k < 5; k++) {
		emit_field(c->e, names[k]);
		emit_uint(c->e, v[k]);
	}
	emit_struct_end(c->e);
}
