/* socket() and socketpair() with every kind of domain, type and
 * protocol strace names, unknown values and bad pointers. */
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

/* an address that is never mapped, hidden from the compiler */
static void *volatile bad_ptr = (void *)8;

static void try_socket(int domain, int type, int protocol)
{
	int s = socket(domain, type, protocol);
	if (s >= 0)
		close(s);
}

int main(void)
{
	static const int inet_protos[] = {0,
					  IPPROTO_TCP,
					  IPPROTO_UDP,
					  IPPROTO_ICMP,
					  IPPROTO_ICMPV6,
					  IPPROTO_UDPLITE,
					  IPPROTO_RAW,
					  IPPROTO_MPTCP,
					  IPPROTO_SCTP,
					  115,
					  200,
					  254,
					  255,
					  -1};
	for (unsigned i = 0; i < sizeof(inet_protos) / sizeof(int); i++) {
		try_socket(AF_INET, SOCK_RAW | 0x60, inet_protos[i]);
		try_socket(AF_INET6, SOCK_DGRAM | 0x60, inet_protos[i]);
	}
	try_socket(AF_INET, SOCK_STREAM, 0);
	try_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK,
		   IPPROTO_TCP);
	try_socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
	try_socket(AF_INET6, SOCK_STREAM, 0);
	try_socket(AF_UNIX, SOCK_STREAM, 0);
	try_socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	try_socket(AF_UNIX, SOCK_SEQPACKET, 0);
	try_socket(AF_UNIX, SOCK_DGRAM, 1);
	try_socket(AF_UNIX, SOCK_DGRAM, 512);
	for (int p = 0; p < 24; p++)
		try_socket(AF_NETLINK, SOCK_RAW | 0x60, p);
	try_socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	try_socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	try_socket(AF_NETLINK, SOCK_RAW, 99);
	try_socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
	try_socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP));
	try_socket(AF_PACKET, SOCK_DGRAM | 0x60, htons(ETH_P_IPV6));
	try_socket(AF_PACKET, SOCK_DGRAM | 0x60, htons(0x1234));
	try_socket(AF_PACKET, SOCK_DGRAM | 0x60, 0);
	try_socket(AF_PACKET, SOCK_DGRAM | 0x60, 0x10000);
	for (int p = 0; p < 10; p++) {
		try_socket(AF_BLUETOOTH, SOCK_RAW | 0x60, p);
		try_socket(AF_CAN, SOCK_RAW | 0x60, p);
		try_socket(AF_IRDA, SOCK_RAW | 0x60, p);
	}
	for (int p = 0; p < 3; p++)
		try_socket(AF_SMC, SOCK_STREAM | 0x60, p);
	try_socket(AF_RXRPC, SOCK_DGRAM | 0x60, AF_INET);
	for (int f = 0; f < 50; f++)
		try_socket(f, SOCK_DGRAM | 0x60, 7);
	try_socket(-1, -1, -1);
	try_socket(AF_INET, 77, 0);
	try_socket(AF_INET, 0x10000, 0);
	try_socket(AF_INET, SOCK_STREAM | 0x1000, 0);
	try_socket(AF_INET, 0x7fffffff, 0);
	static const int types[] = {
		SOCK_STREAM, SOCK_DGRAM,  SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET,
		SOCK_DCCP,   SOCK_PACKET, 7,	    15};
	for (unsigned i = 0; i < sizeof(types) / sizeof(int); i++)
		try_socket(AF_INET, types[i] | 0x60, 0);

	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0) {
		close(sv[0]);
		close(sv[1]);
	}
	if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv) == 0) {
		close(sv[0]);
		close(sv[1]);
	}
	socketpair(AF_INET, SOCK_STREAM, IPPROTO_TCP, sv);
	socketpair(AF_UNIX, SOCK_STREAM, 0, (int *)0);
	socketpair(AF_UNIX, SOCK_STREAM, 5, sv);
	socketpair(AF_UNIX, SOCK_STREAM, 0, bad_ptr);
	return 0;
}
