/* Sockets of every family -yy details, for the differential cases: TCP
 * and UDP over IPv4, IPv6 and v4-mapped loopback, UNIX stream and
 * datagram with a path, abstract and unnamed, socketpairs, netlink.
 * Each fd is shown by fsync (and close) at the moments strace prints
 * it. Two cases where strace 6.1 prints what it saw first instead of
 * the current state use fds 90 and 91 (see tests/diff/accepted.py).
 * Runs in the current directory. */
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void show(int fd)
{
	fsync(fd);
}

static struct sockaddr_in loop4(int port)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	return a;
}

static int port_of(int fd)
{
	struct sockaddr_in6 a;
	socklen_t l = sizeof(a);
	getsockname(fd, (struct sockaddr *)&a, &l);
	return ntohs(a.sin6_port);
}

static void tcp4(void)
{
	struct sockaddr_in a = loop4(0);
	int l = socket(AF_INET, SOCK_STREAM, 0);
	show(l);
	bind(l, (struct sockaddr *)&a, sizeof(a));
	show(l);
	listen(l, 4);
	show(l);
	a = loop4(port_of(l));
	int c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a, sizeof(a));
	show(c);
	int s = accept(l, NULL, NULL);
	show(s);
	write(c, "x", 1);
	char b;
	read(s, &b, 1);
	close(c);
	show(s); /* the other end has closed: still the same tuple */
	close(s);
	close(l);
	struct sockaddr_in any = {.sin_family = AF_INET};
	l = socket(AF_INET, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&any, sizeof(any));
	listen(l, 1);
	show(l);
	close(l);
}

static void tcp6(void)
{
	struct sockaddr_in6 a = {.sin6_family = AF_INET6,
				 .sin6_addr = IN6ADDR_LOOPBACK_INIT};
	int l = socket(AF_INET6, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&a, sizeof(a));
	listen(l, 4);
	show(l);
	a.sin6_port = htons(port_of(l));
	int c = socket(AF_INET6, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a, sizeof(a));
	show(c);
	int s = accept(l, NULL, NULL);
	show(s);
	close(c);
	close(s);
	close(l);
	/* a dual-stack listener accepting IPv4: mapped addresses */
	struct sockaddr_in6 any = {.sin6_family = AF_INET6};
	l = socket(AF_INET6, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&any, sizeof(any));
	listen(l, 4);
	show(l);
	struct sockaddr_in a4 = loop4(port_of(l));
	c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a4, sizeof(a4));
	s = accept(l, NULL, NULL);
	show(s);
	show(c);
	close(s);
	close(c);
	close(l);
}

static void udp(void)
{
	struct sockaddr_in a = loop4(0);
	int srv = socket(AF_INET, SOCK_DGRAM, 0);
	show(srv);
	bind(srv, (struct sockaddr *)&a, sizeof(a));
	show(srv);
	a = loop4(port_of(srv));
	int c = socket(AF_INET, SOCK_DGRAM, 0);
	connect(c, (struct sockaddr *)&a, sizeof(a));
	show(c);
	write(c, "x", 1);
	char b;
	read(srv, &b, 1);
	close(c);
	/* sent before connecting: bound by the kernel to 0.0.0.0 first;
	 * at fd 90, which the harness's rule knows */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	dup2(u, 90);
	close(u);
	sendto(90, "x", 1, 0, (struct sockaddr *)&a, sizeof(a));
	show(90);
	connect(90, (struct sockaddr *)&a, sizeof(a));
	fdatasync(90); /* strace: still 0.0.0.0:port, no peer */
	close(90);
	close(srv);
	struct sockaddr_in6 a6 = {.sin6_family = AF_INET6,
				  .sin6_addr = IN6ADDR_LOOPBACK_INIT};
	int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
	bind(s6, (struct sockaddr *)&a6, sizeof(a6));
	show(s6);
	a6.sin6_port = htons(port_of(s6));
	int c6 = socket(AF_INET6, SOCK_DGRAM, 0);
	connect(c6, (struct sockaddr *)&a6, sizeof(a6));
	show(c6);
	close(c6);
	close(s6);
}

static void tcp_bound_client(void)
{
	struct sockaddr_in a = loop4(0);
	int l = socket(AF_INET, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&a, sizeof(a));
	listen(l, 1);
	struct sockaddr_in to = loop4(port_of(l));
	int c = socket(AF_INET, SOCK_STREAM, 0);
	dup2(c, 91);
	close(c);
	bind(91, (struct sockaddr *)&a, sizeof(a));
	show(91);
	connect(91, (struct sockaddr *)&to, sizeof(to));
	fdatasync(91); /* strace: still the bound address alone */
	close(91);
	close(l);
}

static void unix_named(int type, const char *path)
{
	struct sockaddr_un un = {.sun_family = AF_UNIX};
	strcpy(un.sun_path, path);
	unlink(path);
	int s = socket(AF_UNIX, type, 0);
	show(s);
	bind(s, (struct sockaddr *)&un, sizeof(un));
	show(s);
	int c = socket(AF_UNIX, type, 0);
	if (type == SOCK_DGRAM) {
		connect(c, (struct sockaddr *)&un, sizeof(un));
		show(c);
		close(c);
		close(s);
		unlink(path);
		return;
	}
	listen(s, 1);
	show(s);
	connect(c, (struct sockaddr *)&un, sizeof(un));
	show(c); /* connected, not yet accepted: no peer inode yet */
	int a = accept(s, NULL, NULL);
	show(a);
	show(c);
	close(c);
	show(a);
	close(a);
	close(s);
	unlink(path);
}

static void unix_abstract(void)
{
	struct sockaddr_un un = {.sun_family = AF_UNIX};
	static const char name[] = "\0sctrace-abs>x\n";
	memcpy(un.sun_path, name, sizeof(name) - 1);
	socklen_t len =
		offsetof(struct sockaddr_un, sun_path) + sizeof(name) - 1;
	int s = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(s, (struct sockaddr *)&un, len);
	listen(s, 1);
	show(s);
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&un, len);
	int a = accept(s, NULL, NULL);
	show(a);
	show(c);
	close(a);
	close(c);
	close(s);
}

static void pairs(void)
{
	static const int types[] = {SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET};
	for (int i = 0; i < 3; i++) {
		int sp[2];
		if (socketpair(AF_UNIX, types[i], 0, sp) < 0)
			continue;
		show(sp[0]);
		show(sp[1]);
		close(sp[0]);
		close(sp[1]);
	}
}

static void netlink(void)
{
	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	show(n);
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
	bind(n, (struct sockaddr *)&nl, sizeof(nl));
	show(n);
	close(n);
	n = socket(AF_NETLINK, SOCK_DGRAM, NETLINK_KOBJECT_UEVENT);
	nl.nl_groups = 1;
	bind(n, (struct sockaddr *)&nl, sizeof(nl));
	show(n);
	close(n);
	n = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	if (n >= 0) {
		show(n);
		close(n);
	}
	n = socket(AF_PACKET, SOCK_DGRAM, 0);
	if (n >= 0) {
		show(n);
		close(n);
	}
}

int main(void)
{
	tcp4();
	tcp6();
	udp();
	tcp_bound_client();
	unix_named(SOCK_STREAM, "stream.sock");
	unix_named(SOCK_DGRAM, "dgram.sock");
	unix_abstract();
	pairs();
	netlink();
	return 0;
}
