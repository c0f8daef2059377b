/* internal.h — what the fdinfo files share: the cache of what each fd
 * refers to (cache.c), how an fd is described from /proc (describe.c),
 * socket details from NETLINK_SOCK_DIAG (sockdiag.c) and the holders of
 * the other end (peers.c). Functions that can fail return -1 or NULL. */
#ifndef SCTRACE_FDINFO_INTERNAL_H
#define SCTRACE_FDINFO_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "emit/emit.h"

struct config;
struct tracee;

/* ---- socket details (sockdiag.c) ---- */

/* the protocols strace 6.1 names; the name is what the kernel reports in
 * the socket's "system.sockprotoname" attribute */
enum sock_proto {
	SP_UNKNOWN, /* printed as socket:[ino] */
	SP_TCP,
	SP_TCP6,
	SP_UDP,
	SP_UDP6,
	SP_UDPLITE,
	SP_UDPLITE6,
	SP_UNIX, /* datagram and seqpacket */
	SP_UNIX_STREAM,
	SP_NETLINK,
	SP_NAMED, /* named but without details: RAW, PING, SCTP... */
};

struct sock_info {
	enum sock_proto proto;
	const char *name; /* "TCP", "UNIX-STREAM"...; NULL for SP_UNKNOWN */
	uint64_t ino;
	bool found; /* sock_diag knew the socket */
	/* inet */
	int family;
	uint8_t state;
	uint8_t src[16], dst[16];
	uint16_t sport, dport; /* host order */
	/* unix */
	uint8_t utype, ustate;
	uint32_t peer;
	uint16_t namelen;
	char name_buf[108];
	/* netlink */
	uint8_t nlproto;
	uint32_t portid;
};

/* the protocol of a name from "system.sockprotoname" */
enum sock_proto sock_proto_of(const char *name, const char **canon);
/* asks the kernel about socket ino of protocol si->proto; fills si and
 * sets si->found; -1 when sock_diag cannot be asked */
int sockdiag_lookup(struct sock_info *si);
/* the inode of the socket at the other end of a TCP/UDP socket on this
 * machine: the reverse 4-tuple, else the listener that will accept it;
 * 0 when there is none */
uint64_t sockdiag_inet_peer(const struct sock_info *si, bool *pending);
/* the socket's details as strace -yy prints them (no brackets around) */
void sock_format(struct strbuf *sb, const struct sock_info *si, int hexmode);
/* whether what sock_diag said can no longer change while the socket lives
 * (its own bind/connect/listen aside) */
bool sock_is_final(const struct sock_info *si);

/* ---- one fd described (describe.c) ---- */

enum fd_kind {
	FDK_FILE,   /* a path: regular file, directory */
	FDK_DEV,    /* character or block device */
	FDK_FIFO,   /* a named pipe, by path */
	FDK_PIPE,   /* pipe:[ino] */
	FDK_SOCKET, /* socket:[ino] */
	FDK_PIDFD,  /* anon_inode:[pidfd] */
	FDK_OTHER,  /* other anon inodes, namespaces */
};

struct fdentry {
	char *link;   /* the /proc/PID/fd/N target */
	char *text;   /* the annotation between < >, escaped; or NULL */
	uint64_t ino; /* pipes, sockets, FIFOs */
	uint64_t dev; /* FIFOs: st_dev */
	uint32_t gen; /* path or socket generation when read */
	uint8_t kind;
	uint8_t accmode; /* pipes, FIFOs: O_RDONLY, O_WRONLY, O_RDWR */
	bool deleted;
	bool final; /* the text cannot change while the fd is open */
	bool have_accmode;
	bool peer_known; /* sockets: peer_ino is final */
	uint64_t peer_ino;
	struct sock_info *sock; /* sockets with -yy */
};

/* Describes fd of process pid from /proc for the decode-fds bits of cfg.
 * Returns NULL when the fd is not open (or /proc cannot tell). */
struct fdentry *fd_describe(const struct config *cfg, pid_t pid, int fd);
/* re-reads the socket details of a socket entry */
void fd_describe_socket(const struct config *cfg, struct fdentry *e);
struct fdentry *fdentry_copy(const struct fdentry *e);
void fdentry_free(struct fdentry *e);
/* the escaped cwd of pid, or NULL */
char *cwd_describe(const struct config *cfg, pid_t pid);
/* the access mode of fd (O_ACCMODE bits) from /proc/PID/fdinfo, -1 */
int fd_accmode(pid_t pid, int fd);
/* strace's escaping of a path in an annotation: its string escapes, and
 * < > in octal */
void escape_annotation(struct strbuf *sb, const char *s, size_t len,
		       int hexmode);

/* ---- the cache (cache.c) ---- */

/* process-wide generations: a cached path is good while the path
 * generation is the one it was read at, and no rename/unlink is in
 * flight; likewise socket details and bind/connect/listen */
struct fdworld {
	uint32_t path_gen;
	uint32_t sock_gen;	/* counts socket changes */
	uint32_t sock_floor;	/* socket entries read before it are stale */
	unsigned path_changing; /* rename/unlink... entered, not returned */
	unsigned sock_changing; /* a change to an unnamed socket in flight */
	uint32_t peer_epoch;	/* a traced process changed who holds what */
};
extern struct fdworld fdworld;

/* the entry for fd of the calling thread: cached when the cache can be
 * trusted, else read now into a scratch entry (valid until the next
 * lookup). NULL when the fd is not open. */
struct fdentry *fdcache_lookup(struct tracee *t, const struct config *cfg,
			       pid_t pid, int fd);
/* the escaped cwd of the calling thread (cached likewise), or NULL */
const char *fdcache_cwd(struct tracee *t, const struct config *cfg, pid_t pid);

/* ---- the other end (peers.c) ---- */

#define PEERS_MAX 16

struct peer_set {
	char dir; /* FD_PEERS_FROM, FD_PEERS_TO, FD_PEERS_BOTH */
	unsigned n;
	struct fd_peer peers[PEERS_MAX];
};

/* the processes holding the other end of e (fd of process pid);
 * returns the number found */
unsigned peers_find(const struct config *cfg, pid_t pid, int fd,
		    const struct fdentry *e, struct peer_set *out);
/* how many processes the last scan could not look into (their
 * /proc/PID/fd was refused): holders among them are not found */
unsigned peers_unreadable(void);

#endif
