/* fdinfo.h — what an fd refers to, for -y/-yy and --peers.
 * Answers come from a cache per fd table (threads sharing CLONE_FILES
 * share it), filled from /proc and NETLINK_SOCK_DIAG the first time an
 * fd is printed; the engine reports every call that changes a table, so
 * the hot path never touches /proc. It reads tracee memory only for
 * clone3's flags. */
#ifndef SCTRACE_FDINFO_H
#define SCTRACE_FDINFO_H

#include <stdint.h>
#include <sys/types.h>

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

#endif
