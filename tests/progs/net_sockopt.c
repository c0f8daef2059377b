/* setsockopt and getsockopt: every option name of the levels strace
 * names, with short, exact and long lengths; the structures it decodes
 * (linger, ucred, ip_mreq, group_req, packet_mreq, tpacket_req,
 * sock_fprog, ICMP filters); unknown levels and options; bad pointers. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static void *volatile bad_ptr = (void *)8;

int main(void)
{
	long long one = 1;
	static const int levels[] = {SOL_SOCKET,  SOL_IP,  SOL_TCP,    SOL_IPV6,
				     SOL_NETLINK, 17,	   SOL_PACKET, SOL_RAW,
				     SOL_ALG,	  SOL_TLS, SOL_XDP};
	/* every name, with a long value: int options show [1] anyway */
	for (unsigned l = 0; l < sizeof(levels) / sizeof(int); l++)
		for (int o = 0; o < 80; o++)
			setsockopt(-1, levels[l], o, &one, 8);
	/* getsockopt names */
	socklen_t len = 4;
	for (unsigned l = 0; l < sizeof(levels) / sizeof(int); l++)
		for (int o = 0; o < 80; o++)
			getsockopt(-1, levels[l], o, &one, &len);
	/* levels, named and not */
	static const int more_levels[] = {SOL_ICMPV6, 100, 136, 258, 261,
					  262,	      264, 999, -1,  0x11c};
	for (unsigned l = 0; l < sizeof(more_levels) / sizeof(int); l++)
		setsockopt(-1, more_levels[l], 1, &one, 4);

	int s = socket(AF_INET, SOCK_STREAM, 0);
	int v = 65536;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, 4);
	setsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, sizeof(v));
	setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, 2);
	setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, 0);
	setsockopt(s, SOL_SOCKET, SO_SNDBUF, NULL, 4);
	setsockopt(s, SOL_SOCKET, SO_SNDBUF, bad_ptr, 4);
	setsockopt(s, SOL_SOCKET, SO_SNDBUF, &v, -1);
	struct linger lg = {1, 5};
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, 4);
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, 12);
	setsockopt(s, SOL_SOCKET, SO_LINGER, bad_ptr, 8);
	struct timeval tv = {2, 500};
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, 4);
	setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, "", 0);
	setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, NULL, 0);
	setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE,
		   "lo\0abcdefghijklmnopqrstuvwxyz0123456789", 40);
	setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, "eth0", 4);
	static const int rehash[] = {0, 1, 255, 5, -1};
	for (unsigned i = 0; i < 5; i++)
		setsockopt(s, SOL_SOCKET, SO_TXREHASH, &rehash[i], 4);
	setsockopt(s, SOL_SOCKET, SO_TXREHASH, &one, 2);
	setsockopt(s, SOL_TCP, TCP_NODELAY, &one, 4);
	setsockopt(s, SOL_TCP, TCP_CONGESTION, "cubic", 5);
	setsockopt(s, SOL_TCP, TCP_CONGESTION, "bbr\0", 4);
	v = IPTOS_LOWDELAY;
	setsockopt(s, SOL_IP, IP_TOS, &v, sizeof(v));
	struct sock_filter f[3] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 12),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
	};
	struct sock_fprog fp = {3, f};
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &fp, 20);
	fp.filter = NULL;
	setsockopt(s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &fp, sizeof(fp));
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, bad_ptr, sizeof(fp));

	int d = socket(AF_INET, SOCK_DGRAM, 0);
	struct ip_mreqn mn = {.imr_ifindex = 1};
	inet_pton(AF_INET, "224.0.0.251", &mn.imr_multiaddr);
	setsockopt(d, SOL_IP, IP_ADD_MEMBERSHIP, &mn, sizeof(mn));
	setsockopt(d, SOL_IP, IP_DROP_MEMBERSHIP, &mn, 8);
	setsockopt(d, SOL_IP, IP_ADD_MEMBERSHIP, &mn, 7);
	setsockopt(d, SOL_IP, IP_MULTICAST_IF, &mn, sizeof(mn));
	setsockopt(d, SOL_IP, IP_MULTICAST_IF, &mn, 4);
	struct group_req gr = {.gr_interface = 1};
	struct sockaddr_in *g = (void *)&gr.gr_group;
	g->sin_family = AF_INET;
	inet_pton(AF_INET, "224.0.0.251", &g->sin_addr);
	setsockopt(d, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
	setsockopt(d, SOL_IP, MCAST_LEAVE_GROUP, &gr, sizeof(gr));
	setsockopt(d, SOL_IP, MCAST_JOIN_GROUP, &gr, 8);
	int d6 = socket(AF_INET6, SOCK_DGRAM, 0);
	struct ipv6_mreq m6 = {.ipv6mr_interface = 1};
	inet_pton(AF_INET6, "ff02::fb", &m6.ipv6mr_multiaddr);
	setsockopt(d6, SOL_IPV6, IPV6_ADD_MEMBERSHIP, &m6, sizeof(m6));
	setsockopt(d6, SOL_IPV6, IPV6_DROP_MEMBERSHIP, &m6, sizeof(m6));
	setsockopt(d6, SOL_IPV6, IPV6_JOIN_ANYCAST, &m6, 4);
	struct group_req gr6 = {.gr_interface = 1};
	struct sockaddr_in6 *g6 = (void *)&gr6.gr_group;
	g6->sin6_family = AF_INET6;
	g6->sin6_addr = m6.ipv6mr_multiaddr;
	setsockopt(d6, SOL_IPV6, MCAST_JOIN_GROUP, &gr6, sizeof(gr6));
	setsockopt(d6, SOL_IPV6, IPV6_V6ONLY, &one, 4);
	struct packet_mreq pm = {.mr_ifindex = 1,
				 .mr_type = PACKET_MR_PROMISC,
				 .mr_alen = 6,
				 .mr_address = {1, 2, 3, 4, 5, 6}};
	setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &pm, sizeof(pm));
	pm.mr_type = 9;
	pm.mr_alen = 10;
	setsockopt(-1, SOL_PACKET, PACKET_DROP_MEMBERSHIP, &pm, sizeof(pm));
	struct tpacket_req tr = {4096, 4, 4096, 4};
	setsockopt(-1, SOL_PACKET, PACKET_RX_RING, &tr, sizeof(tr));
	setsockopt(-1, SOL_PACKET, PACKET_TX_RING, &tr, 8);
	static const unsigned icmp[] = {0, 0xffffffff, ~(1u | 1u << 8), 1,
					1u << 20 | 1u << 3};
	for (unsigned i = 0; i < 5; i++)
		setsockopt(-1, SOL_RAW, 1, &icmp[i], 4);

		/* getsockopt: lengths in and out */
#define GET(fd, level, name)                                                   \
	(len = sizeof(v), getsockopt(fd, level, name, &v, &len))
	GET(s, SOL_SOCKET, SO_TYPE);
	GET(s, SOL_SOCKET, SO_ERROR);
	GET(s, SOL_SOCKET, SO_DOMAIN);
	GET(s, SOL_SOCKET, SO_PROTOCOL);
	GET(s, SOL_SOCKET, SO_ACCEPTCONN);
	GET(s, SOL_SOCKET, SO_REUSEADDR);
	GET(s, SOL_SOCKET, SO_INCOMING_CPU);
	GET(s, SOL_TCP, TCP_NODELAY);
	GET(s, SOL_TCP, TCP_MAXSEG);
	GET(s, SOL_IP, IP_TOS);
	GET(s, SOL_IP, IP_TTL);
	GET(s, SOL_SOCKET, 999);
	GET(s, SOL_SOCKET, SO_TXREHASH);
	long long w;
	len = 2;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	len = 8;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &w, &len);
	len = 0;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	len = 4;
	getsockopt(s, SOL_SOCKET, SO_TYPE, NULL, &len);
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, NULL);
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, bad_ptr);
	len = 4;
	getsockopt(s, SOL_SOCKET, SO_TYPE, bad_ptr, &len);
	len = (socklen_t)-1;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	len = sizeof(lg);
	getsockopt(s, SOL_SOCKET, SO_LINGER, &lg, &len);
	len = 4;
	getsockopt(s, SOL_SOCKET, SO_LINGER, &lg, &len);
	len = sizeof(tv);
	getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	struct ucred cr;
	len = sizeof(cr);
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &len);
	char cc[64];
	len = sizeof(cc);
	getsockopt(s, SOL_TCP, TCP_CONGESTION, cc, &len);
	len = 4;
	getsockopt(s, SOL_TCP, TCP_CONGESTION, cc, &len);
	len = sizeof(cc);
	getsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, cc, &len);
	len = sizeof(cc);
	getsockopt(d, SOL_IP, IP_MULTICAST_IF, cc, &len);
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	len = sizeof(cr);
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 8;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 4;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = sizeof(cc);
	getsockopt(sv[0], SOL_SOCKET, SO_PEERSEC, cc, &len);
	GET(sv[0], SOL_SOCKET, SO_DOMAIN);
	GET(d6, SOL_IPV6, IPV6_V6ONLY);
	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	GET(n, SOL_NETLINK, NETLINK_EXT_ACK);
	GET(n, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS);
	GET(n, SOL_SOCKET, SO_PROTOCOL);
	int r = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	if (r >= 0) {
		unsigned filt = ~(1u | 1u << 8);
		setsockopt(r, SOL_RAW, 1, &filt, 4);
		len = 4;
		getsockopt(r, SOL_RAW, 1, &filt, &len);
	}
	/* a refused connection leaves its error in SO_ERROR */
	int c = socket(AF_INET, SOCK_STREAM, 0);
	fcntl(c, F_SETFL, O_NONBLOCK);
	struct sockaddr_in in = {.sin_family = AF_INET, .sin_port = htons(1)};
	inet_pton(AF_INET, "127.0.0.1", &in.sin_addr);
	connect(c, (void *)&in, sizeof(in));
	usleep(100000);
	GET(c, SOL_SOCKET, SO_ERROR);
	GET(c, SOL_SOCKET, SO_ERROR);
	return 0;
}
