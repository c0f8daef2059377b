/* sendmsg/recvmsg/sendmmsg/recvmmsg over UNIX socketpairs: iovecs,
 * names, control messages of every kind strace decodes (SCM_RIGHTS,
 * SCM_CREDENTIALS, timestamps, IP_PKTINFO, IP_RECVERR...), truncated and
 * looping cmsg chains, huge counts and lengths, bad pointers. */
#include <arpa/inet.h>
#include <linux/errqueue.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

static void *volatile bad_ptr = (void *)8;
static char cbuf[4096] __attribute__((aligned(8)));
static struct iovec many[40];
static char text[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEF";

static struct msghdr with_cmsg(struct iovec *iov, int level, int type,
			       const void *data, size_t len)
{
	struct msghdr mh = {.msg_iov = iov, .msg_iovlen = 1};
	memset(cbuf, 0, sizeof(cbuf));
	struct cmsghdr *c = (void *)cbuf;
	c->cmsg_len = CMSG_LEN(len);
	c->cmsg_level = level;
	c->cmsg_type = type;
	memcpy(CMSG_DATA(c), data, len);
	mh.msg_control = cbuf;
	mh.msg_controllen = CMSG_SPACE(len);
	return mh;
}

int main(void)
{
	int sv[2];
	char buf[256];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	struct iovec iov[2] = {{"abc", 3}, {"defgh", 5}};

	/* SCM_RIGHTS out and back */
	int fds[2] = {0, 1};
	struct msghdr mh =
		with_cmsg(iov, SOL_SOCKET, SCM_RIGHTS, fds, sizeof(fds));
	mh.msg_iovlen = 2;
	sendmsg(sv[0], &mh, 0);
	struct iovec riov = {buf, sizeof(buf)};
	static char rcbuf[256] __attribute__((aligned(8)));
	struct msghdr rh = {.msg_iov = &riov,
			    .msg_iovlen = 1,
			    .msg_control = rcbuf,
			    .msg_controllen = sizeof(rcbuf)};
	recvmsg(sv[1], &rh, MSG_CMSG_CLOEXEC);
	close(3 + 2);
	close(3 + 3);

	/* credentials: asked for, then sent explicitly */
	int one = 1;
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	struct msghdr plain = {.msg_iov = iov, .msg_iovlen = 1};
	sendmsg(sv[0], &plain, 0);
	rh.msg_controllen = sizeof(rcbuf);
	recvmsg(sv[1], &rh, 0);
	struct ucred cr = {getpid(), 0, 0};
	mh = with_cmsg(iov, SOL_SOCKET, SCM_CREDENTIALS, &cr, sizeof(cr));
	sendmsg(sv[0], &mh, 0);
	struct sockaddr_storage ss;
	rh.msg_controllen = sizeof(rcbuf);
	rh.msg_name = &ss;
	rh.msg_namelen = sizeof(ss);
	recvmsg(sv[1], &rh, 0);
	one = 0;
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));

	/* errors and absurd values */
	sendmsg(sv[0], NULL, 0);
	sendmsg(sv[0], bad_ptr, 0);
	recvmsg(sv[1], bad_ptr, 0);
	recvmsg(sv[1], &rh, MSG_DONTWAIT);
	for (int i = 0; i < 40; i++) {
		many[i].iov_base = text + i;
		many[i].iov_len = (size_t)i;
	}
	struct msghdr bad = {.msg_iov = many, .msg_iovlen = 1000000000};
	sendmsg(sv[0], &bad, 0);
	bad.msg_iovlen = 40;
	sendmsg(sv[0], &bad, MSG_DONTWAIT);
	bad.msg_iovlen = 0;
	sendmsg(sv[0], &bad, 0);
	bad.msg_iov = bad_ptr;
	bad.msg_iovlen = 1;
	sendmsg(sv[0], &bad, 0);
	bad.msg_iov = iov;
	bad.msg_control = bad_ptr;
	bad.msg_controllen = 16;
	sendmsg(sv[0], &bad, 0);
	bad.msg_control = cbuf;
	bad.msg_controllen = 3;
	sendmsg(sv[0], &bad, 0);
	bad.msg_control = NULL;
	bad.msg_controllen = 16;
	sendmsg(sv[0], &bad, 0);
	bad.msg_control = cbuf;
	bad.msg_controllen = 1 << 30;
	sendmsg(sv[0], &bad, 0);
	bad.msg_controllen = 0;
	bad.msg_flags = MSG_TRUNC;
	sendmsg(sv[0], &bad, 0);
	bad.msg_flags = 0xffff;
	sendmsg(sv[0], &bad, 0xffff);
	bad.msg_flags = 0;
	struct sockaddr_in in = {.sin_family = AF_INET};
	bad.msg_name = &in;
	bad.msg_namelen = sizeof(in);
	sendmsg(sv[0], &bad, 0);
	bad.msg_namelen = 0xffffffff;
	sendmsg(sv[0], &bad, 0);
	bad.msg_namelen = 1;
	sendmsg(sv[0], &bad, 0);
	bad.msg_name = bad_ptr;
	bad.msg_namelen = 16;
	sendmsg(sv[0], &bad, 0);
	bad.msg_name = NULL;
	sendmsg(sv[0], &bad, 0);
	/* drain what was sent */
	for (int i = 0; i < 20; i++) {
		riov.iov_len = 4;
		rh.msg_controllen = sizeof(rcbuf);
		rh.msg_namelen = sizeof(ss);
		if (recvmsg(sv[1], &rh, MSG_DONTWAIT) < 0)
			break;
	}

	/* control messages strace decodes; sent to a bad fd, shown at entry */
	static const int ints[4] = {1, 2, 3, -4};
	static const unsigned char bytes[5] = {0, 1, 0xff, 0x7f, 0x10};
	struct in_pktinfo pi = {.ipi_ifindex = 1};
	inet_pton(AF_INET, "127.0.0.1", &pi.ipi_spec_dst);
	inet_pton(AF_INET, "127.0.0.2", &pi.ipi_addr);
	struct {
		struct sock_extended_err ee;
		struct sockaddr_in off;
	} ee;
	memset(&ee, 0, sizeof(ee));
	ee.ee.ee_errno = 111;
	ee.ee.ee_origin = SO_EE_ORIGIN_ICMP;
	ee.ee.ee_type = 3;
	ee.ee.ee_code = 1;
	ee.ee.ee_data = 5;
	ee.off.sin_family = AF_INET;
	ee.off.sin_port = htons(7);
	ee.off.sin_addr.s_addr = htonl(0x7f000001);
	long long ts[6] = {1, 2, 3, 4, 5, 6};
	struct {
		int level, type;
		const void *data;
		size_t len;
	} cm[] = {
		{SOL_SOCKET, SCM_RIGHTS, ints, 16},
		{SOL_SOCKET, SCM_RIGHTS, ints, 3},
		{SOL_SOCKET, SCM_CREDENTIALS, ints, 8},
		{SOL_SOCKET, 3, "sec\0ctx", 7},
		{SOL_SOCKET, SO_TIMESTAMP_OLD, ts, 16},
		{SOL_SOCKET, SO_TIMESTAMP_OLD, ts, 8},
		{SOL_SOCKET, SO_TIMESTAMPNS_OLD, ts, 16},
		{SOL_SOCKET, SO_TIMESTAMPING_OLD, ts, 48},
		{SOL_SOCKET, SO_TIMESTAMPING_OLD, ts, 16},
		{SOL_SOCKET, SO_TIMESTAMP_NEW, ts, 16},
		{SOL_SOCKET, SO_TIMESTAMPNS_NEW, ts, 16},
		{SOL_SOCKET, SO_TIMESTAMPING_NEW, ts, 48},
		{SOL_SOCKET, SO_WIFI_STATUS, ints, 4},
		{SOL_SOCKET, 99, ints, 4},
		{SOL_IP, IP_PKTINFO, &pi, sizeof(pi)},
		{SOL_IP, IP_PKTINFO, &pi, 8},
		{SOL_IP, IP_TTL, ints, 4},
		{SOL_IP, IP_TTL, ints, 16},
		{SOL_IP, IP_CHECKSUM, ints, 4},
		{SOL_IP, IP_TOS, bytes, 1},
		{SOL_IP, IP_RETOPTS, bytes, 5},
		{SOL_IP, IP_RECVOPTS, bytes, 5},
		{SOL_IP, IP_RECVERR, &ee, sizeof(ee)},
		{SOL_IP, IP_RECVERR, &ee, 16},
		{SOL_IP, IP_ORIGDSTADDR, &ee.off, sizeof(ee.off)},
		{SOL_IP, 3, "x\0", 2},
		{SOL_IP, 0, ints, 4},
		{SOL_IPV6, IPV6_PKTINFO, ints, 16},
		{SOL_TCP, 1, ints, 4},
		{12345, 99, ints, 4},
	};
	for (unsigned i = 0; i < sizeof(cm) / sizeof(cm[0]); i++) {
		mh = with_cmsg(iov, cm[i].level, cm[i].type, cm[i].data,
			       cm[i].len);
		sendmsg(-1, &mh, 0);
	}

	/* cmsg chains that end badly */
	mh = with_cmsg(iov, SOL_SOCKET, SCM_RIGHTS, ints, 4);
	struct cmsghdr *c = (void *)cbuf;
	static const size_t lens[] = {0, 8, 16, 19, 1000};
	for (unsigned i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		c->cmsg_len = lens[i];
		sendmsg(-1, &mh, 0);
	}
	c->cmsg_len = CMSG_LEN(4);
	mh.msg_controllen = CMSG_LEN(4) + 4;
	sendmsg(-1, &mh, 0);
	mh.msg_controllen = CMSG_LEN(4) + 16;
	sendmsg(-1, &mh, 0);
	mh.msg_controllen = CMSG_LEN(4) + 20;
	sendmsg(-1, &mh, 0);
	for (int i = 0; i < 40; i++) {
		struct cmsghdr *x = (void *)(cbuf + i * CMSG_SPACE(4));
		x->cmsg_len = CMSG_LEN(4);
		x->cmsg_level = SOL_SOCKET;
		x->cmsg_type = SCM_RIGHTS;
		*(int *)CMSG_DATA(x) = i;
	}
	mh.msg_controllen = 40 * CMSG_SPACE(4);
	sendmsg(-1, &mh, 0);

	/* the iovec array runs into an unmapped page */
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	struct iovec *edge = (void *)(p + 4096 - sizeof(struct iovec));
	edge->iov_base = "abc";
	edge->iov_len = 3;
	struct msghdr em = {.msg_iov = edge, .msg_iovlen = 3};
	sendmsg(sv[0], &em, 0);

	/* sendmmsg, recvmmsg */
	struct mmsghdr m[3];
	memset(m, 0, sizeof(m));
	struct iovec mio[3] = {{"one", 3}, {"two2", 4}, {"three", 5}};
	for (int i = 0; i < 3; i++) {
		m[i].msg_hdr.msg_iov = &mio[i];
		m[i].msg_hdr.msg_iovlen = 1;
	}
	sendmmsg(sv[0], m, 3, 0);
	sendmmsg(sv[0], m, 0, 0);
	sendmmsg(sv[0], NULL, 1, 0);
	sendmmsg(-1, m, 2, 0);
	static char rb[3][16];
	struct iovec rio[3] = {{rb[0], 16}, {rb[1], 2}, {rb[2], 16}};
	struct mmsghdr r[3];
	memset(r, 0, sizeof(r));
	for (int i = 0; i < 3; i++) {
		r[i].msg_hdr.msg_iov = &rio[i];
		r[i].msg_hdr.msg_iovlen = 1;
	}
	struct timespec tmo = {1, 0};
	recvmmsg(sv[1], r, 2, MSG_DONTWAIT, NULL);
	recvmmsg(sv[1], r, 3, MSG_DONTWAIT, NULL);
	recvmmsg(sv[1], r, 3, MSG_DONTWAIT, &tmo);
	send(sv[0], "x", 1, 0);
	recvmmsg(sv[1], r, 3, MSG_WAITFORONE, NULL);
	recvmmsg(sv[1], bad_ptr, 3, MSG_DONTWAIT, NULL);
	recvmmsg(sv[1], r, 3, MSG_DONTWAIT, bad_ptr);
	return 0;
}
