/* process.h — kinds and decoders of the process family (see process.def). */
#ifndef SCTRACE_DECODE_PROCESS_H
#define SCTRACE_DECODE_PROCESS_H

#include "decode/common.h"
#include "decode/decode.h"

/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), the class as -X says */
void format_ioprio(struct call *c, struct strbuf *sb, uint32_t prio);

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
	arg_random_buf, arg_pidfd_target_fd;
ret_printer ret_personality, ret_sched_policy, ret_ioprio, ret_modify_ldt;

#define CLONE_FLAGS IN(arg_clone_flags)
#define WAIT_STATUS OUT(arg_wait_status)
#define WAIT_OPTIONS XFLAGS(wait_options, NULL, "W???")
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
#define RLIMIT_RESOURCE XENUM(rlimit_resources, "RLIMIT_???")
#define SCHED_PARAM_IN IN(arg_sched_param_in)
#define SCHED_PARAM_OUT OUT(arg_sched_param_out)
#define SCHED_POLICY XENUM(sched_policies, "SCHED_???")
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
#define PIDFD_TARGET_FD IN(arg_pidfd_target_fd) /* fd of arg 0's process */

#endif
