/* Socket ioctls on interfaces, GET requests only (they change nothing):
 * struct ifreq by name and by index, every field kind, an interface that
 * does not exist, bad pointers, and SIOCGIFCONF with a buffer too small, a
 * NULL buffer (the length query) and an unreadable one. */
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <linux/sockios.h>

static void get(int fd, unsigned long req, const char *name)
{
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", name);
	ioctl(fd, req, &ifr);
}

int main(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	static const unsigned long reqs[] = {
		SIOCGIFFLAGS,	SIOCGIFADDR,   SIOCGIFDSTADDR, SIOCGIFBRDADDR,
		SIOCGIFNETMASK, SIOCGIFMETRIC, SIOCGIFMTU,     SIOCGIFHWADDR,
		SIOCGIFMAP,	SIOCGIFTXQLEN, SIOCGIFINDEX,   SIOCGIFPFLAGS,
	};
	for (size_t i = 0; i < sizeof(reqs) / sizeof(reqs[0]); i++) {
		get(fd, reqs[i], "lo");
		get(fd, reqs[i], "nosuch0");
	}

	/* the name of an index, and of one that does not exist */
	struct ifreq ifr;
	memset(&ifr, 0, sizeof(ifr));
	ifr.ifr_ifindex = 1;
	ioctl(fd, SIOCGIFNAME, &ifr);
	ifr.ifr_ifindex = 99999;
	ioctl(fd, SIOCGIFNAME, &ifr);

	/* a name that fills the field, without its NUL */
	memset(&ifr, 'x', sizeof(ifr));
	ioctl(fd, SIOCGIFFLAGS, &ifr);

	/* unreadable and NULL pointers */
	ioctl(fd, SIOCGIFFLAGS, (void *)8);
	ioctl(fd, SIOCGIFFLAGS, NULL);
	ioctl(fd, SIOCGIFCONF, (void *)8);

	/* SIOCGIFCONF: room for all, for one, none (the length query) */
	struct ifreq reqbuf[16];
	struct ifconf ifc;
	ifc.ifc_len = sizeof(reqbuf);
	ifc.ifc_req = reqbuf;
	ioctl(fd, SIOCGIFCONF, &ifc);
	ifc.ifc_len = sizeof(struct ifreq);
	ioctl(fd, SIOCGIFCONF, &ifc);
	ifc.ifc_len = 0;
	ifc.ifc_buf = NULL;
	ioctl(fd, SIOCGIFCONF, &ifc);
	ifc.ifc_len = 40;
	ifc.ifc_buf = (void *)8;
	ioctl(fd, SIOCGIFCONF, &ifc);

	/* on a socket that is not AF_INET: the same structures */
	int u = socket(AF_UNIX, SOCK_DGRAM, 0);
	get(u, SIOCGIFFLAGS, "lo");
	get(u, SIOCGIFINDEX, "lo");
	close(u);
	close(fd);
	return 0;
}
