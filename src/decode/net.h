/* net.h — kinds and decoders of the net family (see net.def): socket
 * addresses, messages and their control data, socket options, and the
 * netlink messages sent over netlink sockets (netlink.c). */
#ifndef SCTRACE_DECODE_NET_H
#define SCTRACE_DECODE_NET_H

#include "decode/decode.h"

/* {sa_family=AF_INET, sin_port=htons(80), ...}; len is the length the
 * call gives (an int): below 2 or unreadable, the address is printed.
 * Returns the family printed, or -1 when it printed the address. */
int print_sockaddr(struct call *c, uint64_t addr, int64_t len);
/* the same for bytes already read */
void print_sockaddr_data(struct call *c, const unsigned char *buf, size_t len);

/* before"text"after, the text escaped as strace escapes strings (with
 * -xx strace shows inet_addr("\x31\x32...")) */
void print_quoted_expr(struct call *c, const char *before, const char *text,
		       const char *after);

/* values of addresses, as strace shows them (and under -X raw their bytes
 * or their numbers): if_nametoindex("lo"), inet_addr("127.0.0.1"),
 * inet_pton(AF_INET6, "::1"), 00:11:22:33:44:55 (the first shown bytes
 * of len; -X raw shows all of them) */
void print_ifindex(struct call *c, int64_t index);
void print_inet_addr(struct call *c, const void *in_addr);
void print_inet6_value(struct call *c, const void *in6_addr);
void print_hwaddr(struct call *c, const uint8_t *a, size_t len, size_t shown);

/* MSG_DONTWAIT|MSG_NOSIGNAL */
void print_msg_flags(struct call *c, uint64_t flags);

/* The netlink protocol (NETLINK_ROUTE...) of socket fd in the calling
 * process, NL_NOT_NETLINK, or NL_PROTOCOL_UNKNOWN for a netlink socket
 * not bound yet (strace learns the protocol from the kernel's list of
 * bound sockets, so it decodes such a socket's messages generically). */
enum { NL_NOT_NETLINK = -1, NL_PROTOCOL_UNKNOWN = -2 };
int net_netlink_protocol(struct call *c, int64_t fd);

/* netlink.c: len bytes of netlink messages at addr, as sent or received
 * on a socket of the given protocol (or NL_PROTOCOL_UNKNOWN) */
void print_netlink(struct call *c, uint64_t addr, uint64_t len, int protocol);

arg_printer arg_sock_domain, arg_sock_type, arg_sock_protocol, arg_sock_fd_pair,
	arg_sockaddr, arg_sock_buf_in, arg_msg_flags, arg_shutdown_how,
	arg_accept_flags, arg_msghdr_in, arg_sock_level, arg_setsockopt_name,
	arg_setsockopt_value;

decoder_fn decode_sockname, decode_recvfrom, decode_recvmsg, decode_sendmmsg,
	decode_recvmmsg, decode_getsockopt, decode_socket;

#define SOCK_DOMAIN IN(arg_sock_domain)
#define SOCK_TYPE IN(arg_sock_type)
#define SOCK_PROTOCOL IN(arg_sock_protocol) /* by the domain in arg 0 */
#define SOCK_FD_PAIR OUT(arg_sock_fd_pair)  /* int[2] filled by the call */
#define SOCKADDR IN(arg_sockaddr)	    /* its length is the next arg */
#define SOCK_BUF_IN IN(arg_sock_buf_in)	    /* length next; netlink aware */
#define MSG_FLAGS IN(arg_msg_flags)
#define SHUTDOWN_HOW IN(arg_shutdown_how)
#define ACCEPT_FLAGS IN(arg_accept_flags)
#define MSGHDR_IN IN(arg_msghdr_in)
#define SOCK_LEVEL IN(arg_sock_level)
#define SETSOCKOPT_NAME IN(arg_setsockopt_name)	  /* by the level in arg 1 */
#define SETSOCKOPT_VALUE IN(arg_setsockopt_value) /* length in arg 4 */

#endif
