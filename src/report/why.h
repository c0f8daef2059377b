/* why.h — the parts of --why. The recorder (why.c) keeps, per process,
 * its failing calls, what it wrote to stderr or a tty, and how it ended.
 * The explainers (why_path.c, why_net.c, why_limits.c) look at the system
 * at the exit of a failing call, while its thread is stopped, and store
 * facts (ids, modes, addresses, limits), never sentences: names and
 * sentences are made at the end by why_report.c, when no tracee is
 * stopped (a name lookup may ask a daemon we trace).
 * Nothing here writes to the trace; the explainers never attach, never
 * write, and never look into a FUSE filesystem while a tracee is stopped. */
#ifndef SCTRACE_WHY_H
#define SCTRACE_WHY_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "procfs.h"
#include "util.h"

struct call;
struct output;

/* the access a lookup or a call needs, as the kernel's MAY_* bits */
enum { MAY_X = 1, MAY_W = 2, MAY_R = 4 };

#define WHY_MAX_GROUPS 64
#define WHY_MAX_COMPS 64

/* a thread's credentials, read from /proc/TID/status at the failing
 * call's exit */
struct why_creds {
	bool ok;
	int err;	 /* why they could not be read */
	uint32_t uid[4]; /* real, effective, saved, fs */
	uint32_t gid[4];
	uint32_t groups[WHY_MAX_GROUPS];
	int ngroups;
	bool more_groups; /* more than WHY_MAX_GROUPS */
	uint64_t cap_eff, cap_prm;
	int seccomp;	   /* 0 none, 1 strict, 2 filter; -1 unknown */
	bool other_userns; /* runs in a user namespace other than sctrace's */
	char lsm[96];	   /* /proc/TID/attr/current when confined, else "" */
};

/* one step of a path lookup: a directory searched, a symlink followed,
 * the object the call acts on, or the directory it changes */
struct why_comp {
	char *path;		 /* in the process's view of the filesystem */
	int err;		 /* 0, or the errno of sctrace's own lstat */
	uint32_t uid, gid, mode; /* mode includes the type bits */
	bool acl;		 /* has a POSIX access ACL */
	char *link;		 /* a symlink's target */
	unsigned need;		 /* MAY_* needed here */
	unsigned denied;	 /* MAY_* of need that the creds lack */
	const char *by; /* what granted or denied: "owner", "group", ... */
};

enum why_path_verdict {
	WP_NONE,	   /* nothing found wrong */
	WP_DENIED,	   /* comps[stop] denies the access */
	WP_MISSING,	   /* comps[stop] does not exist */
	WP_DANGLING,	   /* comps[stop] is a symlink to something missing */
	WP_NOTDIR,	   /* comps[stop] is not a directory */
	WP_LOOP,	   /* too many symlinks */
	WP_NOFOLLOW,	   /* the final symlink was not to be followed */
	WP_STICKY,	   /* comps[stop] is in a sticky directory */
	WP_NOT_OWNER,	   /* comps[stop] is owned by someone else */
	WP_PROTECTED,	   /* a fs.protected_* sysctl refused comps[stop] */
	WP_INTERP_MISSING, /* execve: the interpreter does not exist */
	WP_NOEXEC,	   /* execve: the filesystem is mounted noexec */
	WP_IMMUTABLE,	   /* comps[stop] is immutable or append-only */
	WP_CANNOT_EXAMINE, /* sctrace could not look at comps[stop] */
	WP_FUSE,	   /* not examined: on a FUSE filesystem */
	WP_CWD_DELETED,	   /* the working directory was removed */
	WP_NOT_REGULAR,	   /* execve: comps[stop] is not a regular file */
	WP_NEEDS_CAP,	   /* the call needs capability `cap` */
	WP_BAD_DIRFD,	   /* the dirfd is not a directory */
};

/* one path argument of a failing call, walked as the kernel would */
struct why_path {
	char *given;		/* as the call passed it */
	char *resolved;		/* absolute, in the process's view */
	struct why_comp *comps; /* up to WHY_MAX_COMPS */
	int capcomps;
	int ncomps;
	bool truncated; /* more components were looked up than kept */
	int stop;	/* the component the verdict is about, or -1 */
	int missing;	/* WP_DANGLING: the component that is missing */
	enum why_path_verdict verdict;
	char *interp;	     /* WP_INTERP_MISSING: the interpreter */
	bool interp_crlf;    /* the #! line ends in \r */
	bool real_ids;	     /* access(): checked with the real uid and gid */
	bool creates;	     /* the call creates or removes an entry */
	const char *sysctl;  /* WP_PROTECTED: which one */
	const char *cap;     /* WP_NEEDS_CAP */
	char *dirfd_path;    /* what the dirfd was, when not AT_FDCWD */
	int dirfd;
};

/* a socket address from connect or bind */
struct why_addr {
	int family; /* AF_INET, AF_INET6, AF_UNIX, 0 none */
	uint8_t ip[16];
	uint16_t port;
	char *unix_path; /* "@name" for the abstract namespace */
	int type;	 /* SOCK_STREAM, SOCK_DGRAM, or 0 unknown */
};

/* a process holding a socket */
struct why_holder {
	pid_t pid;
	char comm[32];
};

enum why_cause {
	WC_NONE,
	WC_PATH,      /* see paths[path_index] */
	WC_REFUSED,   /* ECONNREFUSED: nobody listens on addr */
	WC_INUSE,     /* EADDRINUSE */
	WC_PRIV_PORT, /* EACCES from bind below the unprivileged start */
	WC_FD_LIMIT,  /* EMFILE: RLIMIT_NOFILE */
	WC_FILE_MAX,  /* ENFILE: fs.file-max */
	WC_INOTIFY,   /* inotify limits */
	WC_FS_FULL,   /* ENOSPC on a filesystem */
	WC_QUOTA,     /* EDQUOT */
	WC_SECCOMP,   /* nothing else explains it; a seccomp filter is on */
};

struct why_explain {
	enum why_cause cause;
	struct why_path *paths[2];
	int npaths;
	int path_index;
	struct why_creds creds;
	/* network */
	struct why_addr addr;
	bool listening;	    /* something listens there now */
	bool local;	    /* the address is this host's */
	bool timewait_only; /* only TIME_WAIT connections use the port */
	struct why_holder holders[4];
	int nholders;
	int holders_unreadable; /* processes whose fds sctrace could not read */
	int unpriv_port_start;	/* net.ipv4.ip_unprivileged_port_start, -1 */
	/* limits */
	long long soft, hard, used; /* -1 when unknown */
	char *limit_name; /* "RLIMIT_NOFILE", "fs.inotify.max_user_watches" */
	char *mount;	  /* the filesystem's mount point and type */
	char *fstype;
	unsigned long long blocks, bfree, bavail, bsize, files, ffree;
	bool have_statfs;
	bool quota_read;
	unsigned long long q_used, q_soft, q_hard, q_iused, q_isoft, q_ihard;
	int quota_err;
};

/* FUSE mount points per mount namespace, re-read when the kernel says
 * the namespace's mount table changed (poll on mountinfo) */
struct why_mounts {
	struct {
		unsigned long long ns; /* inode of /proc/TID/ns/mnt */
		int fd;		       /* its mountinfo, open for poll */
		char **fuse;	       /* FUSE mount points */
		int nfuse;
	} ns[16];
	int nns;
};

/* what an explainer looks at: the stopped thread and its process */
struct why_look {
	pid_t tid, pid;
	struct why_mounts *mounts;
};

/* ---- explainers (at the failing call's exit; tid is stopped) ---- */
void why_read_creds(pid_t tid, struct why_creds *cr);
/* paths: EACCES, EPERM, ENOENT, ENOTDIR, ELOOP on a call taking paths */
bool why_explain_paths(struct why_look *lk, const struct call *c,
		       struct why_explain *ex);
/* walks one path (dirfd as the call gave it) for the access need */
enum why_walk_mode {
	WALK_ACCESS,	 /* the object must exist; it needs `need` */
	WALK_CREATE,	 /* a new entry: the directory needs write */
	WALK_REMOVE,	 /* an entry removed: directory write, sticky rule */
	WALK_REPLACE,	 /* rename's target: created or replaced */
	WALK_OPEN_CREAT, /* open O_CREAT: create if missing, else access */
};
void why_walk(struct why_look *lk, int dirfd, const char *given,
	      enum why_walk_mode mode, unsigned need, bool follow,
	      const struct why_creds *cr, struct why_path *wp);
/* reads connect/bind's address at the call's exit */
bool why_read_addr(const struct call *c, int arg, int len_arg,
		   struct why_addr *a);
bool why_explain_net(struct why_look *lk, const struct call *c,
		     struct why_explain *ex);
bool why_explain_limits(struct why_look *lk, const struct call *c,
			struct why_explain *ex);
void why_explain_free(struct why_explain *ex);
/* frees what a walk allocated in wp (not wp itself) */
void why_path_clear(struct why_path *wp);
void why_mounts_free(struct why_mounts *m);

/* does the creds' access to an object with these ids and mode include
 * mask? Fills *by with what decided. acl_path: where to read the ACL. */
unsigned why_denied(const struct why_creds *cr, bool real_ids, uint32_t uid,
		    uint32_t gid, uint32_t mode, const char *acl_path,
		    unsigned mask, const char **by);

/* the mount of a file: reads /proc/TID/mountinfo; returns false when no
 * line matches dev */
bool why_mount_of(pid_t tid, dev_t dev, char *mnt, size_t mlen, char *type,
		  size_t tlen);
/* the mount with this mount id (fdinfo's mnt_id) */
bool why_mount_by_id(pid_t tid, int id, char *mnt, size_t mlen, char *type,
		     size_t tlen);
/* the FUSE mount points of the thread's mount namespace (valid until
 * the next call); returns how many */
int why_fuse_mounts(struct why_look *lk, char ***list);
/* whether path (in the process's view) is at or below one of them */
bool why_on_fuse(char *const *fuse, int nfuse, const char *path);

/* small helpers shared by the parts */
char *why_readlink(const char *path);
void why_fmt_addr(struct strbuf *sb, const struct why_addr *a);

/* ---- the recorder's records, read by the report ---- */

/* one distinct failing call of a process: repeats of the same call with
 * the same error and the same path or address only count */
struct why_fail {
	pid_t tid;	  /* the thread of its first occurrence */
	const char *name; /* the syscall's name */
	int ent;	  /* its entity, or -1 */
	int err;
	char *line;	/* as the trace renders it (text or JSON) */
	char *given[2]; /* its path arguments, as passed */
	char *fdpath;	/* what its fd argument was, at the failure */
	int npaths;
	struct why_addr addr; /* connect/bind/sendto target */
	uint64_t key;
	unsigned long long seq_first, seq_last;
	struct timespec t_first, t_last;
	unsigned long count;
	bool routine; /* an errno programs expect (ENOTTY, EEXIST...) */
	bool probe;   /* a test for existence (access, stat: ENOENT),
			 or a search that found the file elsewhere */
	bool search;  /* an ENOENT open or execve: a search path? */
	bool found;   /* ... and the name was found elsewhere */
	struct why_explain *ex; /* NULL: not examined */
	bool budget_exhausted;	/* not examined: too many failures */
};

/* a write to stderr or a tty */
struct why_write {
	unsigned long long seq;
	bool stderr_fd; /* fd 2 (not /dev/null); else a tty */
	char *data;
	size_t len;
};

#define WHY_WRITES 8
#define WHY_FDCACHE 256

struct why_proc {
	pid_t pid, ppid;
	char comm[32];
	bool top;	  /* the launched command or a -p process */
	bool leader_seen; /* its thread group leader is traced */
	bool ended;
	int wstatus;
	unsigned long long end_seq;
	struct timespec end_time;
	bool core_signal;     /* a core-dumping signal was on its way */
	long long core_limit; /* RLIMIT_CORE then, -1 unknown, -2 unlimited */
	struct why_fail **fails;
	int nfails, capfails;
	unsigned long long last_fail_seq; /* the last non-routine failure */
	struct why_write writes[WHY_WRITES];
	int nwrites; /* total ever; the ring holds the last 8 */
	uint8_t fdclass[WHY_FDCACHE];
	unsigned long children; /* processes it forked */
	uint8_t examined[64];	/* failures examined, per syscall and errno */
	unsigned searching;	/* failures with search set, not yet found */
	struct why_proc *live_next; /* in why_state.live, while it runs */
	struct why_proc *last_failed_child;
	struct why_proc *next;
};

struct why_thread {
	struct why_proc *proc;
	struct strbuf entry; /* the line as built at entry (split lines) */
	bool more_args;
	char *exec_path; /* the file of an execve in flight (searching) */
	struct why_thread *next, *prev;
};

struct why_state {
	const struct config *cfg;
	struct why_proc *procs;	    /* newest first */
	struct why_proc *live[256]; /* running processes, by pid */
	struct why_thread *threads;
	unsigned analyses;
	bool json;
	int interrupted; /* the signal that stopped sctrace, or 0 */
	struct why_mounts mounts;
};

/* prints the report (text or JSON) to out */
void why_report(struct why_state *st, struct output *out);

#endif
