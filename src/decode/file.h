/* file.h — kinds and decoders of the file family (see file.def): modes,
 * devices, stat-like structures, times, mounts, xattrs. The kind macros
 * are used in file.def; the printers are shared with the families that
 * decode the same structures (fstat64, fsetxattr, ...). */
#ifndef SCTRACE_DECODE_FILE_H
#define SCTRACE_DECODE_FILE_H

#include "decode/common.h"
#include "decode/decode.h"

/* ---- printers other families may use ---- */
/* 0644: a umode_t, the low 16 bits */
void print_umode(struct call *c, uint64_t mode);
/* S_IFREG|S_ISUID|0755; an unknown file type prints the whole in octal */
void print_symbolic_mode(struct call *c, uint32_t mode);
/* makedev(0x1, 0x3) */
void print_dev(struct call *c, uint64_t dev);
/* a time_t field and strace's " / * 2023-11-14T22:13:20.5+0000 * /";
 * frac is in units of 10^-digits seconds */
void print_time_comment(struct call *c, int64_t sec, uint64_t frac, int digits);
/* struct stat of the tracee's personality; stat64 of i386 */
void print_stat(struct call *c, uint64_t addr);
void print_stat64(struct call *c, uint64_t addr);
/* i386's struct __old_kernel_stat */
void print_old_stat(struct call *c, uint64_t addr);
/* struct statfs of the personality; statfs64 of i386 (size given) */
void print_statfs(struct call *c, uint64_t addr);
void print_statfs64(struct call *c, uint64_t addr, uint64_t size);
/* an xattr value: len bytes, a trailing NUL not shown */
void print_xattr_value(struct call *c, uint64_t addr, uint64_t len);

/* ---- kinds (prefix file_) ---- */
arg_printer file_arg_umode, file_arg_open_mode, file_arg_smode,
	file_arg_mknod_dev, file_arg_dev, file_arg_access_mode,
	file_arg_stat_out, file_arg_stat64_out, file_arg_old_stat_out, file_arg_statx_out,
	file_arg_statfs_out, file_arg_statfs64_out, file_arg_statx_flags,
	file_arg_getcwd_out, file_arg_utimbuf, file_arg_timeval_pair,
	file_arg_timespec_pair, file_arg_open_how, file_arg_mount_type,
	file_arg_mount_flags, file_arg_mount_data, file_arg_swap_flags,
	file_arg_xattr_in, file_arg_xattr_out, file_arg_xattr_list,
	file_arg_fan_dirfd, file_arg_mount_attr, file_arg_fsconfig_cmd,
	file_arg_fsconfig_key, file_arg_fsconfig_value, file_arg_fsconfig_aux;

decoder_fn file_decode_quotactl, file_decode_name_to_handle_at;
/* quotactl and quotactl_fd: QCMD(Q_GETQUOTA, USRQUOTA), and the id and
 * address (arguments 2 and 3) as the command uses them; at entry and at
 * exit as a decoder (returns DECODE_DONE or DECODE_MORE) */
void print_quota_cmd(struct call *c, uint32_t v);
int print_quota_args(struct call *c, uint32_t v);

#define UMODE IN(file_arg_umode)	     /* mode_t as umode_t, octal */
#define OPEN_MODE IN(file_arg_open_mode)     /* only with O_CREAT/O_TMPFILE */
#define OPEN_FLAGS IN(arg_open_flags)	     /* the flags of open(2) */
#define SMODE IN(file_arg_smode)	     /* S_IFCHR|0600 */
#define MKNOD_DEV IN(file_arg_mknod_dev)     /* only for S_IFCHR/S_IFBLK */
#define DEV_T IN(file_arg_dev)		     /* a dev_t: makedev(...) */
#define ACCESS_MODE IN(file_arg_access_mode) /* F_OK, R_OK|W_OK */
#define STAT_OUT OUT(file_arg_stat_out)
#define STAT64_OUT OUT(file_arg_stat64_out)
#define OLD_STAT_OUT OUT(file_arg_old_stat_out)
#define STATX_OUT OUT(file_arg_statx_out)
#define STATFS_OUT OUT(file_arg_statfs_out)
#define STATFS64_OUT OUT(file_arg_statfs64_out) /* size is the previous */
#define STATX_FLAGS IN(file_arg_statx_flags)
#define GETCWD_OUT OUT(file_arg_getcwd_out)
#define UTIMBUF IN(file_arg_utimbuf)
#define TIMEVAL_PAIR IN(file_arg_timeval_pair)
#define TIMESPEC_PAIR IN(file_arg_timespec_pair) /* UTIME_NOW, UTIME_OMIT */
#define OPEN_HOW IN(file_arg_open_how)		 /* size is the next argument */
#define MOUNT_TYPE IN(file_arg_mount_type)
#define MOUNT_FLAGS IN(file_arg_mount_flags)
#define MOUNT_DATA IN(file_arg_mount_data)
#define SWAP_FLAGS IN(file_arg_swap_flags)
#define XATTR_IN IN(file_arg_xattr_in)	  /* length is the next argument */
#define XATTR_OUT OUT(file_arg_xattr_out) /* length is the return value */
#define XATTR_LIST OUT(file_arg_xattr_list)
#define FAN_DIRFD IN(file_arg_fan_dirfd)   /* FAN_NOFD, AT_FDCWD, an fd */
#define MOUNT_ATTR IN(file_arg_mount_attr) /* size is the next argument */
#define FSCONFIG_CMD IN(file_arg_fsconfig_cmd)
#define FSCONFIG_KEY IN(file_arg_fsconfig_key)
#define FSCONFIG_VALUE IN(file_arg_fsconfig_value)
#define FSCONFIG_AUX IN(file_arg_fsconfig_aux)

#endif
