/* Socket addresses of every family strace decodes, in bind and connect:
 * short, long, absurd lengths, unreadable and partly readable memory.
 * Nothing leaves the machine: UDP connect sends nothing, the other
 * families fail. */
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <linux/if_xdp.h>
#include <linux/mctp.h>
#include <linux/vm_sockets.h>
#include <linux/netlink.h>
#include <net/ethernet.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void *volatile bad_ptr = (void *)16;
static unsigned char big[300];

#define SUN_LEN_OF(n)                                                          \
	((socklen_t)(offsetof(struct sockaddr_un, sun_path) + (n)))

int main(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in in = {.sin_family = AF_INET,
				 .sin_port = htons(1234)};
	inet_pton(AF_INET, "127.0.0.1", &in.sin_addr);
	static const int in_lens[] = {16, 8, 4, 2, 1, 0, -1, 200, 20};
	for (unsigned i = 0; i < sizeof(in_lens) / sizeof(int); i++)
		connect(s, (void *)&in, (socklen_t)in_lens[i]);
	connect(s, NULL, 16);
	connect(s, NULL, 0);
	connect(s, bad_ptr, 16);

	int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
	struct sockaddr_in6 in6 = {.sin6_family = AF_INET6,
				   .sin6_port = htons(80),
				   .sin6_flowinfo = htonl(5),
				   .sin6_scope_id = 1};
	inet_pton(AF_INET6, "fe80::1", &in6.sin6_addr);
	connect(s6, (void *)&in6, sizeof(in6));
	in6.sin6_scope_id = 0;
	inet_pton(AF_INET6, "::1", &in6.sin6_addr);
	static const int in6_lens[] = {28, 24, 20, 27, 25, 2};
	for (unsigned i = 0; i < sizeof(in6_lens) / sizeof(int); i++)
		connect(s6, (void *)&in6, (socklen_t)in6_lens[i]);
	in6.sin6_scope_id = 5;
	connect(s6, (void *)&in6, 25);
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &in6.sin6_addr);
	connect(s6, (void *)&in6, sizeof(in6));
	in6.sin6_scope_id = 77;
	inet_pton(AF_INET6, "ff02::1", &in6.sin6_addr);
	connect(s6, (void *)&in6, sizeof(in6));
	in6.sin6_scope_id = 2;
	inet_pton(AF_INET6, "2001:db8::1", &in6.sin6_addr);
	connect(s6, (void *)&in6, sizeof(in6));

	unlink("x.sock");
	int u = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un un = {.sun_family = AF_UNIX};
	strcpy(un.sun_path, "x.sock");
	bind(u, (void *)&un, sizeof(un));
	bind(u, (void *)&un, SUN_LEN_OF(strlen(un.sun_path) + 1));
	bind(u, (void *)&un, SUN_LEN_OF(strlen(un.sun_path)));
	bind(u, (void *)&un, SUN_LEN_OF(3));
	bind(u, (void *)&un, 111);
	bind(u, (void *)&un, 130);
	memset(un.sun_path, 'A', sizeof(un.sun_path));
	bind(u, (void *)&un, sizeof(un));
	memset(un.sun_path, 0, sizeof(un.sun_path));
	strcpy(un.sun_path + 1, "abstract\n");
	bind(u, (void *)&un, SUN_LEN_OF(10));
	bind(u, (void *)&un, SUN_LEN_OF(11));
	bind(u, (void *)&un, sizeof(un));
	bind(u, (void *)&un, SUN_LEN_OF(1));
	strcpy(un.sun_path, "a\"b\\c\001\377");
	bind(u, (void *)&un, sizeof(un));
	connect(u, (void *)&un, 2);

	struct sockaddr_nl nl = {
		.nl_family = AF_NETLINK, .nl_pid = 1234, .nl_groups = 0x10};
	connect(s, (void *)&nl, sizeof(nl));
	connect(s, (void *)&nl, 8);
	nl.nl_pid = 0xfffffff0;
	nl.nl_groups = 0xffffffff;
	connect(s, (void *)&nl, 16);

	struct sockaddr_ll ll = {.sll_family = AF_PACKET,
				 .sll_protocol = htons(ETH_P_IP),
				 .sll_ifindex = 1,
				 .sll_hatype = ARPHRD_ETHER,
				 .sll_pkttype = PACKET_BROADCAST,
				 .sll_halen = 6,
				 .sll_addr = {1, 2, 0, 0xab, 5, 6, 7, 8}};
	connect(s, (void *)&ll, sizeof(ll));
	ll.sll_halen = 8;
	connect(s, (void *)&ll, sizeof(ll));
	ll.sll_halen = 20;
	connect(s, (void *)&ll, sizeof(ll));
	ll.sll_halen = 0;
	ll.sll_ifindex = 99;
	ll.sll_hatype = 0xfff0;
	ll.sll_pkttype = 77;
	ll.sll_protocol = htons(0x4321);
	connect(s, (void *)&ll, sizeof(ll));
	ll.sll_ifindex = -3;
	ll.sll_protocol = 0;
	connect(s, (void *)&ll, sizeof(ll));
	connect(s, (void *)&ll, 12);

	struct sockaddr sa = {.sa_family = AF_UNSPEC};
	memcpy(sa.sa_data, "abc\0\0\0\0\0\0\0\0\0\0\1", 14);
	connect(s, &sa, sizeof(sa));
	connect(s, &sa, 4);
	connect(s, &sa, 2);
	static const int families[] = {99,	     AF_BLUETOOTH, AF_X25,
				       AF_APPLETALK, AF_ALG,	   AF_CAN,
				       AF_TIPC,	     0xffff};
	for (unsigned i = 0; i < sizeof(families) / sizeof(int); i++) {
		sa.sa_family = (sa_family_t)families[i];
		connect(s, &sa, sizeof(sa));
	}
	*(short *)big = AF_UNSPEC;
	connect(s, (void *)big, sizeof(big));
	*(short *)big = 77;
	memset(big + 2, 'x', 200);
	connect(s, (void *)big, sizeof(big));
	connect(s, (void *)big, 0x7fffffff);

	struct sockaddr_vm vm = {.svm_family = AF_VSOCK,
				 .svm_port = 1234,
				 .svm_cid = VMADDR_CID_HOST};
	connect(-1, (void *)&vm, sizeof(vm));
	vm.svm_cid = VMADDR_CID_ANY;
	vm.svm_port = VMADDR_PORT_ANY;
	vm.svm_flags = VMADDR_FLAG_TO_HOST;
	connect(-1, (void *)&vm, sizeof(vm));
	vm.svm_cid = 3;
	vm.svm_port = 0;
	vm.svm_flags = 0x7;
	vm.svm_reserved1 = 5;
	memset(vm.svm_zero, 1, sizeof(vm.svm_zero));
	connect(-1, (void *)&vm, sizeof(vm));
	connect(-1, (void *)&vm, 15);
	struct sockaddr_xdp xdp = {.sxdp_family = AF_XDP,
				   .sxdp_flags = XDP_SHARED_UMEM | XDP_COPY,
				   .sxdp_ifindex = 1,
				   .sxdp_queue_id = 2,
				   .sxdp_shared_umem_fd = 3};
	bind(-1, (void *)&xdp, sizeof(xdp));
	xdp.sxdp_flags = XDP_ZEROCOPY | XDP_USE_NEED_WAKEUP | 0x100;
	xdp.sxdp_ifindex = 99;
	bind(-1, (void *)&xdp, sizeof(xdp));
	xdp.sxdp_flags = 0;
	bind(-1, (void *)&xdp, sizeof(xdp));
	bind(-1, (void *)&xdp, 15);
	struct sockaddr_mctp mctp = {.smctp_family = AF_MCTP,
				     .smctp_network = MCTP_NET_ANY,
				     .smctp_addr = {MCTP_ADDR_ANY},
				     .smctp_type = 1,
				     .smctp_tag = MCTP_TAG_OWNER | 3};
	bind(-1, (void *)&mctp, sizeof(mctp));
	mctp.smctp_network = 5;
	mctp.smctp_addr.s_addr = 9;
	mctp.smctp_tag = 0;
	mctp.__smctp_pad0 = 7;
	mctp.__smctp_pad1 = 1;
	bind(-1, (void *)&mctp, sizeof(mctp));
	bind(-1, (void *)&mctp, 11);

	/* the address runs into an unmapped page */
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	memcpy(p + 4096 - 16, &in, 16);
	connect(s, (void *)(p + 4096 - 16), 16);
	connect(s, (void *)(p + 4096 - 16), 17);
	connect(s, (void *)(p + 4096 - 8), 16);
	connect(s, (void *)(p + 4096 - 1), 1);
	return 0;
}
