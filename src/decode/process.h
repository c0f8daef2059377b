/* process.h — kinds and decoders of the process family (see process.def),
 * and the small printers the process and memory families share: flag sets
 * and enumerations that name their unknown values as strace does
 * ("0x10 / * MS_??? * /"). */
#ifndef SCTRACE_DECODE_PROCESS_H
#define SCTRACE_DECODE_PROCESS_H

#include "decode/common.h"
#include "decode/decode.h"

struct xlat;

/* how a flag set or an enumeration argument prints */
struct pm_spec {
	const struct xlat *x;
	const char *zero;    /* the name of 0 for flags, or NULL for "0" */
	const char *unknown; /* comment when nothing is known: "MS_???" */
};

/* A|B|0x40; 0 prints zero or "0"; a value no name covers prints as hex
 * with the unknown comment */
void pm_print_flags(struct call *c, const struct xlat *x, uint64_t val,
		    const char *zero, const char *unknown);
/* a name, or hex with the unknown comment */
void pm_print_enum(struct call *c, const struct xlat *x, uint64_t val,
		   const char *unknown);
/* a name, or decimal with the unknown comment */
void pm_print_enum_dec(struct call *c, const struct xlat *x, int64_t val,
		       const char *unknown);

arg_printer arg_pm_flags, arg_pm_flags_long, arg_pm_enum, arg_pm_enum_dec;

/* flags held in an int (the upper half of the register is ignored) */
#define PM_FLAGS(x, zero, unk)                                                 \
	IN_AUX(arg_pm_flags, (&(const struct pm_spec){&xlat_##x, zero, unk}))
/* flags held in a long */
#define PM_LFLAGS(x, zero, unk)                                                \
	IN_AUX(arg_pm_flags_long,                                              \
	       (&(const struct pm_spec){&xlat_##x, zero, unk}))
/* an unsigned int enumeration, unknown values in hex */
#define PM_ENUM(x, unk)                                                        \
	IN_AUX(arg_pm_enum, (&(const struct pm_spec){&xlat_##x, NULL, unk}))
/* an int enumeration, unknown values in decimal */
#define PM_ENUMD(x, unk)                                                       \
	IN_AUX(arg_pm_enum_dec, (&(const struct pm_spec){&xlat_##x, NULL, unk}))

/* {len=5, filter=0x...} */
void print_seccomp_fprog(struct call *c, uint64_t addr);

decoder_fn decode_execve, decode_execveat, decode_clone, decode_clone3,
	decode_futex, decode_prctl, decode_arch_prctl, decode_syslog,
	decode_reboot, decode_modify_ldt, decode_keyctl, decode_kcmp,
	decode_seccomp, decode_ptrace, decode_restart_syscall,
	decode_set_thread_area, decode_get_thread_area;
arg_printer arg_clone_flags, arg_wait_status, arg_rusage, arg_rusage_who,
	arg_waitid_info, arg_siginfo_in, arg_futex_waitv, arg_personality,
	arg_uid_out, arg_groups_in, arg_groups_out, arg_cap_header,
	arg_cap_data, arg_rlimit_in, arg_rlimit_out, arg_sched_param_in,
	arg_sched_param_out, arg_cpu_mask_in, arg_cpu_mask_out,
	arg_sched_attr_in, arg_sched_attr_changed, arg_sched_attr_out,
	arg_ioprio, arg_uint_out, arg_ptr_out, arg_size_out,
	arg_timespec_out_pm, arg_utsname, arg_sysinfo, arg_uts_name_in,
	arg_user_desc, arg_kexec_segments, arg_kexec_flags, arg_key_serial,
	arg_random_buf;
ret_printer ret_personality, ret_sched_policy, ret_ioprio;

#define CLONE_FLAGS IN(arg_clone_flags)
#define WAIT_STATUS OUT(arg_wait_status)
#define WAIT_OPTIONS PM_FLAGS(wait_options, "0", "W???")
#define RUSAGE_OUT OUT(arg_rusage)
#define RUSAGE_WHO IN(arg_rusage_who)
#define WAITID_INFO OUT(arg_waitid_info)
#define SIGINFO_IN IN(arg_siginfo_in)
#define PERSONALITY IN(arg_personality)
#define UID_OUT OUT(arg_uid_out)
#define GROUPS_IN IN(arg_groups_in)    /* count is the previous argument */
#define GROUPS_OUT OUT(arg_groups_out) /* count is the return value */
#define CAP_HEADER IN(arg_cap_header)
#define CAP_DATA_IN IN(arg_cap_data)
#define CAP_DATA_OUT OUT(arg_cap_data)
#define RLIMIT_IN IN(arg_rlimit_in)
#define RLIMIT_OUT OUT(arg_rlimit_out)
#define RLIMIT_RESOURCE PM_ENUM(rlimit_resources, "RLIMIT_???")
#define SCHED_PARAM_IN IN(arg_sched_param_in)
#define SCHED_PARAM_OUT OUT(arg_sched_param_out)
#define SCHED_POLICY PM_ENUM(sched_policies, "SCHED_???")
#define CPU_MASK_IN IN(arg_cpu_mask_in)	   /* length is the previous arg */
#define CPU_MASK_OUT OUT(arg_cpu_mask_out) /* length is the return value */
#define SCHED_ATTR_IN IN(arg_sched_attr_in)
#define SCHED_ATTR_CHANGED OUT(arg_sched_attr_changed)
#define SCHED_ATTR_OUT OUT(arg_sched_attr_out)
#define IOPRIO IN(arg_ioprio)
#define UINT_OUT OUT(arg_uint_out)
#define PTR_OUT OUT(arg_ptr_out)
#define SIZE_OUT OUT(arg_size_out)
#define TIMESPEC_OUT OUT(arg_timespec_out_pm)
#define UTSNAME_OUT OUT(arg_utsname)
#define SYSINFO_OUT OUT(arg_sysinfo)
#define UTS_NAME_IN IN(arg_uts_name_in)
#define USER_DESC IN(arg_user_desc)
#define USER_DESC_OUT OUT(arg_user_desc)
#define KEXEC_SEGMENTS IN(arg_kexec_segments)
#define KEXEC_FLAGS IN(arg_kexec_flags)
#define KEY_SERIAL IN(arg_key_serial)
#define FUTEX_WAITV IN(arg_futex_waitv)
#define RANDOM_BUF OUT(arg_random_buf)

#endif
