/* fdinfo.h — what an fd refers to, for -y/-yy and --peers.
 * Answers come from a cache per fd table (threads sharing CLONE_FILES
 * share it), filled from /proc and NETLINK_SOCK_DIAG the first time an
 * fd is printed; the engine reports every call that changes a table, so
 * the hot path never touches /proc. It reads tracee memory only for
 * clone3's flags. */
#ifndef SCTRACE_FDINFO_H
#define SCTRACE_FDINFO_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "emit/emit.h"

struct call;
struct config;
struct syscall_set;
struct tracee;

/* ---- printing (decoders reach these through print_fd and ret_fd) ---- */

/* fd, an argument or element, with its annotation: 3</etc/passwd> */
void fdinfo_print_fd(struct call *c, int64_t fd);
/* the same for an fd of another process (pidfd_getfd's target fd, kcmp) */
void fdinfo_print_fd_of(struct call *c, pid_t pid, int64_t fd);
/* AT_FDCWD, with the cwd under -y: AT_FDCWD</tmp> */
void fdinfo_print_at_fdcwd(struct call *c, int64_t fd);
/* the return value of a call that returns an fd: = 3</etc/passwd> */
void fdinfo_print_ret(struct call *c);
/* the pid a pidfd of the calling process refers to, or -1 */
pid_t fdinfo_pidfd_pid(struct call *c, int64_t fd);

/* The annotation alone ("/etc/passwd", "pipe:[123]", "TCP:[...]"),
 * escaped, without "(deleted)" or peers, or NULL when -y is off or the fd
 * is not open. The string lives until the next call. Printers use
 * fdinfo_print_fd instead. */
const char *fd_annotation(struct call *c, int64_t fd);

/* ---- what the engine reports ---- */

/* after a syscall entry was decoded (or hidden) */
void fdinfo_syscall_entry(struct call *c);
/* at a syscall exit, before anything of it is printed */
void fdinfo_syscall_exit(struct call *c);
/* child was created by parent's clone/fork/vfork in flight */
void fdinfo_clone(struct tracee *parent, struct tracee *child);
/* t completed an execve: its table is now its own, close-on-exec fds
 * are gone */
void fdinfo_exec(struct tracee *t);
/* t is gone (exited, detached, superseded) */
void fdinfo_forget(struct tracee *t);

/* Adds to set the calls whose entry and exit the cache must see to stay
 * right (close, dup2, clone, unlink...), so that a seccomp filter never
 * hides them. Adds nothing when -y is off. */
void fdinfo_required_calls(const struct config *cfg, struct syscall_set *set);

/* ---- an fd of a process that is not traced (--chase) ---- */

enum fd_end_kind {
	FD_END_FILE,   /* a path: regular file, directory */
	FD_END_DEV,    /* character or block device */
	FD_END_PIPE,   /* pipe:[ino] */
	FD_END_FIFO,   /* a named pipe */
	FD_END_SOCKET, /* socket:[ino] */
	FD_END_OTHER,  /* anon inodes (eventfd, epoll...), namespaces */
};

/* What an fd is and who holds its other end, read now from /proc and
 * NETLINK_SOCK_DIAG. The holders are those --peers prints: the writers
 * of a pipe's read end, the readers of its write end, the holders of the
 * socket at the other end of a UNIX or local TCP/UDP connection (the
 * listener's, while a TCP connection is not accepted yet). The process
 * itself is among them when it holds the other end too (not fd itself). */
struct fd_end {
	enum fd_end_kind kind;
	char *link;  /* the /proc/PID/fd/N target */
	char *text;  /* the -y/-yy annotation, escaped; or NULL */
	int accmode; /* O_RDONLY, O_WRONLY or O_RDWR; -1 when unknown */
	uint64_t dev, ino; /* FIFOs: st_dev, st_ino; pipes, sockets: ino */
	/* sockets */
	const char *proto; /* "TCP", "UNIX-STREAM"...; NULL when unknown */
	bool found;        /* sock_diag knew it */
	bool inet, unix_family, stream, listening;
	bool remote;  /* inet, connected: the other end is not on this
			 machine (or in another network namespace) */
	bool pending; /* TCP: not accepted yet; holders are the listener's */
	char addr[64], peer_addr[64]; /* inet: "127.0.0.1:1234" */
	/* the other end */
	char dir; /* FD_PEERS_*, or 0 */
	unsigned nholders;
	struct fd_peer holders[16];
	/* processes whose fds could not be read (another user's, without
	 * privilege): holders among them are missing */
	unsigned unreadable;
};

/* fills *out for fd of pid; -1 when the fd is not open (or /proc cannot
 * tell). cfg's decode-fds bits say what text holds. */
int fd_end_read(const struct config *cfg, pid_t pid, int fd,
		struct fd_end *out);
void fd_end_release(struct fd_end *e);

#endif
