/* Socket ioctls that change interfaces, in a network namespace of this
 * program's own (unshare(CLONE_NEWNET) first: each run starts with the
 * same lone loopback, and nothing outside changes). Without the namespace
 * the program does nothing at all. */
#include <arpa/inet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/sockios.h>

static struct ifreq req(const char *name)
{
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", name);
	return ifr;
}

static void set_addr(int fd, unsigned long r, const char *name, const char *ip)
{
	struct ifreq ifr = req(name);
	struct sockaddr_in *sin = (struct sockaddr_in *)&ifr.ifr_addr;
	sin->sin_family = AF_INET;
	inet_pton(AF_INET, ip, &sin->sin_addr);
	ioctl(fd, r, &ifr);
}

int main(void)
{
	if (unshare(CLONE_NEWNET) != 0)
		return 0;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq ifr = req("lo");
	ioctl(fd, SIOCGIFFLAGS, &ifr);
	ifr.ifr_flags |= IFF_UP;
	ioctl(fd, SIOCSIFFLAGS, &ifr);
	ifr.ifr_flags = (short)0x8000 | IFF_UP;
	ioctl(fd, SIOCSIFFLAGS, &ifr);
	ioctl(fd, SIOCGIFFLAGS, &ifr);

	ifr = req("lo");
	ifr.ifr_mtu = 1500;
	ioctl(fd, SIOCSIFMTU, &ifr);
	ioctl(fd, SIOCGIFMTU, &ifr);
	ifr = req("lo");
	ifr.ifr_qlen = 77;
	ioctl(fd, SIOCSIFTXQLEN, &ifr);
	ioctl(fd, SIOCGIFTXQLEN, &ifr);
	ifr = req("lo");
	ifr.ifr_metric = 3;
	ioctl(fd, SIOCSIFMETRIC, &ifr);

	set_addr(fd, SIOCSIFADDR, "lo", "127.0.0.2");
	set_addr(fd, SIOCSIFNETMASK, "lo", "255.255.0.0");
	set_addr(fd, SIOCSIFBRDADDR, "lo", "127.0.255.255");
	set_addr(fd, SIOCSIFDSTADDR, "lo", "127.0.0.3");
	set_addr(fd, SIOCSIFADDR, "nosuch0", "10.0.0.1");
	ifr = req("lo");
	ioctl(fd, SIOCGIFADDR, &ifr);
	ioctl(fd, SIOCGIFNETMASK, &ifr);

	ifr = req("lo");
	ifr.ifr_hwaddr.sa_family = ARPHRD_ETHER;
	memcpy(ifr.ifr_hwaddr.sa_data, "\x02\x00\x00\x00\x00\x01", 6);
	ioctl(fd, SIOCSIFHWADDR, &ifr);
	ifr = req("lo");
	ifr.ifr_map.mem_start = 0x1000;
	ifr.ifr_map.irq = 5;
	ioctl(fd, SIOCSIFMAP, &ifr);
	ifr = req("lo");
	snprintf(ifr.ifr_newname, sizeof(ifr.ifr_newname), "%s", "lo2");
	ioctl(fd, SIOCSIFNAME, &ifr);

	/* an interface this namespace can make and remove */
	ifr = req("lo");
	ioctl(fd, SIOCGIFINDEX, &ifr);
	ifr.ifr_ifindex = 1;
	ioctl(fd, SIOCGIFNAME, &ifr);

	struct ifreq buf[4];
	struct ifconf ifc = {.ifc_len = sizeof(buf), .ifc_req = buf};
	ioctl(fd, SIOCGIFCONF, &ifc);
	close(fd);
	return 0;
}
