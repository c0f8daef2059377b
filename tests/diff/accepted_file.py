"""The file family's part of the accepted differences (see accepted.py).

DECODED: calls of src/decode/file.def whose lines match strace 6.1 exactly
in every differential case. Left out: quotactl (its quota structures print
as addresses), and the calls strace 6.1 does not know (it prints them as
syscall_0x1c4(...)): fchmodat2, statmount, listmount, the *xattrat calls,
open_tree_attr, file_getattr, file_setattr."""

DECODED = [
    "open", "openat", "openat2", "creat",
    "stat", "lstat", "fstat", "newfstatat", "statx", "statfs", "fstatfs",
    "ustat",
    "access", "faccessat", "faccessat2", "readlink", "readlinkat",
    "mkdir", "mkdirat", "rmdir", "unlink", "unlinkat",
    "rename", "renameat", "renameat2", "link", "linkat", "symlink",
    "symlinkat", "chmod", "fchmod", "fchmodat", "chown", "lchown", "fchown",
    "fchownat", "utime", "utimes", "futimesat", "utimensat", "truncate",
    "getcwd", "chdir", "chroot", "pivot_root", "mknod", "mknodat", "uselib",
    "acct", "swapon", "swapoff", "mount", "umount2",
    "setxattr", "lsetxattr", "getxattr", "lgetxattr", "listxattr",
    "llistxattr", "removexattr", "lremovexattr",
    "inotify_add_watch", "fanotify_mark", "name_to_handle_at", "open_tree",
    "move_mount", "fsconfig", "fspick", "mount_setattr",
]

RULES = [
    # -y: strace annotates AT_FDCWD with the tracee's cwd; sctrace's
    # dirfd printer (decode/args.c, fdinfo) does not yet
    (r"AT_FDCWD<[^>]*>", "AT_FDCWD",
     "-y on AT_FDCWD (the cwd) is not printed yet: fdinfo's to do"),
    # the free counts of a live file system move between the two runs
    (r"\b(f_bfree|f_bavail|f_ffree)=\d+", r"\1=N",
     "statfs free counts change between the two traced runs"),
    # the harness normalises tv_sec only; files made during the run have
    # other times in each run
    (r"\b(stx_[abcm]time)=N, tv_nsec=\d+\}( /\* [^*]* \*/)?", r"\1=N",
     "statx times of files made during the run differ between runs"),
]

RULES += [
    # mkstemp names are random in each run (git's temporary files)
    (r"(/\.git/(?:objects/[0-9a-f]{2}/)?(?:tmp_obj_|t))[A-Za-z0-9]{6}\b",
     r"\1XXXXXX", "git's temporary file names are random"),
]
