/* Interface structures the kernel would not return: after a seccomp
 * filter makes ioctl return 0 without running, the tracers decode what
 * this program put in the buffers (hardware address types, unknown flag
 * bits and families, SIOCGIFCONF lengths that are not a whole number of
 * entries, an ifreq cut by unmapped memory). */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/sockios.h>

static void fake_ioctl(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_ioctl, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog p = {sizeof(f) / sizeof(f[0]), f};
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &p);
}

static struct ifreq req(const char *name)
{
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, name);
	return ifr;
}

int main(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	fake_ioctl();

	static const unsigned short hwtypes[] = {
		ARPHRD_NONE, ARPHRD_INFINIBAND,		ARPHRD_IEEE802154,
		0x1234,	     ARPHRD_IEEE80211_RADIOTAP, ARPHRD_ETHER};
	for (size_t i = 0; i < sizeof(hwtypes) / sizeof(hwtypes[0]); i++) {
		struct ifreq ifr = req("x0");
		ifr.ifr_hwaddr.sa_family = hwtypes[i];
		memcpy(ifr.ifr_hwaddr.sa_data,
		       "\x01\x02\x03\x04\x05\x06\x07\x08"
		       "\x09\x0a\x0b\x0c\x0d\x0e",
		       14);
		ioctl(fd, SIOCGIFHWADDR, &ifr);
	}
	struct ifreq ifr = req("x0");
	ifr.ifr_flags = (short)0xffff;
	ioctl(fd, SIOCGIFFLAGS, &ifr);
	ifr.ifr_flags = 0;
	ioctl(fd, SIOCGIFFLAGS, &ifr);
	ifr = req("x0");
	ifr.ifr_addr.sa_family = AF_INET6;
	ioctl(fd, SIOCGIFADDR, &ifr);
	ifr.ifr_addr.sa_family = AF_UNIX;
	ioctl(fd, SIOCGIFNETMASK, &ifr);
	ifr.ifr_addr.sa_family = 0xffff;
	ioctl(fd, SIOCGIFBRDADDR, &ifr);
	ifr = req("x0");
	ifr.ifr_map.mem_start = ~0UL;
	ifr.ifr_map.dma = 7;
	ifr.ifr_map.port = 9;
	ioctl(fd, SIOCGIFMAP, &ifr);
	ifr = req("x0");
	ifr.ifr_mtu = -1;
	ioctl(fd, SIOCGIFMTU, &ifr);
	ifr.ifr_ifindex = -5;
	ioctl(fd, SIOCGIFINDEX, &ifr);
	ifr.ifr_metric = -2;
	ioctl(fd, SIOCGIFMETRIC, &ifr);
	ifr = req("");
	ioctl(fd, SIOCGIFFLAGS, &ifr);
	ifr = req("a\tb\"c");
	ioctl(fd, SIOCGIFFLAGS, &ifr);

	/* SIOCGIFCONF: lengths that are no whole number of entries */
	struct ifreq buf[4];
	memset(buf, 0, sizeof(buf));
	strcpy(buf[0].ifr_name, "a0");
	buf[0].ifr_addr.sa_family = AF_INET;
	strcpy(buf[1].ifr_name, "a1");
	buf[1].ifr_addr.sa_family = AF_INET6;
	struct ifconf ifc = {.ifc_len = sizeof(buf), .ifc_req = buf};
	ioctl(fd, SIOCGIFCONF, &ifc);
	ifc.ifc_len = 60;
	ioctl(fd, SIOCGIFCONF, &ifc);
	ifc.ifc_len = 0;
	ioctl(fd, SIOCGIFCONF, &ifc);

	/* an ifreq whose value runs into an unmapped page, an array that
	 * does */
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	memcpy(p + 4096 - 2 * sizeof(struct ifreq), buf, 2 * sizeof(buf[0]));
	ifc.ifc_len = 1 << 30;
	ifc.ifc_buf = p + 4096 - 2 * sizeof(struct ifreq);
	ioctl(fd, SIOCGIFCONF, &ifc);
	struct ifreq *cut = (struct ifreq *)(p + 4096 - 20);
	strcpy(cut->ifr_name, "lo");
	ioctl(fd, SIOCGIFFLAGS, cut);
	ioctl(fd, SIOCGIFMTU, cut);
	cut = (struct ifreq *)(p + 4096 - 10);
	ioctl(fd, SIOCGIFFLAGS, cut);
	struct ifconf *cc = (struct ifconf *)(p + 4096 - 8);
	cc->ifc_len = 40;
	ioctl(fd, SIOCGIFCONF, cc);
	return 0;
}
