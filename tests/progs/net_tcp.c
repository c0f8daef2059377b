/* TCP and UDP over 127.0.0.1 and ::1, and UNIX streams with a path and
 * an abstract name: a server and a forked client in one program.
 * accept/getsockname/getpeername with every kind of address length,
 * listen, shutdown, send/recv with flags. Only loopback traffic. */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

static void *volatile bad_ptr = (void *)8;

static void names(int l)
{
	struct sockaddr_storage ss;
	socklen_t len;
	len = 0;
	getsockname(l, (void *)&ss, &len);
	len = (socklen_t)-1;
	getsockname(l, (void *)&ss, &len);
	getsockname(l, (void *)&ss, NULL);
	len = 16;
	getsockname(l, NULL, &len);
	len = 16;
	getsockname(l, bad_ptr, &len);
	getsockname(l, (void *)&ss, bad_ptr);
	len = 16;
	getsockname(99, (void *)&ss, &len);
	len = 16;
	getpeername(l, (void *)&ss, &len);
}

static void tcp(int family, const char *addr)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int l = socket(family, SOCK_STREAM, 0);
	memset(&ss, 0, sizeof(ss));
	ss.ss_family = (sa_family_t)family;
	if (family == AF_INET)
		inet_pton(family, addr, &((struct sockaddr_in *)&ss)->sin_addr);
	else
		inet_pton(family, addr,
			  &((struct sockaddr_in6 *)&ss)->sin6_addr);
	if (bind(l, (void *)&ss,
		 family == AF_INET ? sizeof(struct sockaddr_in)
				   : sizeof(struct sockaddr_in6)) < 0) {
		close(l);
		return;
	}
	listen(l, 5);
	getsockname(l, (void *)&ss, &len);
	names(l);
	pid_t pid = fork();
	if (pid == 0) {
		int c = socket(family, SOCK_STREAM, 0);
		char buf[64];
		connect(c, (void *)&ss, len);
		send(c, "hello", 5, MSG_NOSIGNAL);
		recv(c, buf, sizeof(buf), MSG_WAITALL);
		shutdown(c, SHUT_WR);
		recv(c, buf, sizeof(buf), 0);
		_exit(0);
	}
	struct sockaddr_storage peer;
	socklen_t plen = sizeof(peer);
	int a = accept(l, (void *)&peer, &plen);
	char buf[64];
	recvfrom(a, buf, sizeof(buf), 0, NULL, NULL);
	sendto(a, "HELLO", 5, MSG_NOSIGNAL | MSG_MORE, NULL, 0);
	sendto(a, "", 0, MSG_NOSIGNAL, NULL, 0);
	send(a, "!", 1, MSG_NOSIGNAL);
	plen = sizeof(peer);
	getpeername(a, (void *)&peer, &plen);
	shutdown(a, SHUT_WR);
	recv(a, buf, sizeof(buf), 0);
	shutdown(a, SHUT_RDWR);
	shutdown(a, 7);
	close(a);
	waitpid(pid, NULL, 0);
	fcntl(l, F_SETFL, O_NONBLOCK);
	len = sizeof(ss);
	accept4(l, (void *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
	accept4(l, (void *)&ss, &len, 0x10);
	len = 2;
	accept(l, (void *)&ss, &len);
	accept(l, NULL, &len);
	accept(l, (void *)&ss, NULL);
	accept4(l, NULL, NULL, SOCK_CLOEXEC);
	close(l);
}

static void udp(int family, const char *addr)
{
	struct sockaddr_storage ss, from;
	socklen_t len = sizeof(ss), flen;
	char buf[100];
	int s = socket(family, SOCK_DGRAM, 0);
	memset(&ss, 0, sizeof(ss));
	ss.ss_family = (sa_family_t)family;
	if (family == AF_INET)
		inet_pton(family, addr, &((struct sockaddr_in *)&ss)->sin_addr);
	else
		inet_pton(family, addr,
			  &((struct sockaddr_in6 *)&ss)->sin6_addr);
	bind(s, (void *)&ss, family == AF_INET ? 16 : 28);
	getsockname(s, (void *)&ss, &len);
	int c = socket(family, SOCK_DGRAM, 0);
	sendto(c, "0123456789abcdefghijklmnopqrstuvwxyz", 36, 0, (void *)&ss,
	       len);
	sendto(c, "x", 1, MSG_DONTWAIT, (void *)&ss, len);
	flen = sizeof(from);
	recvfrom(s, buf, sizeof(buf), 0, (void *)&from, &flen);
	recvfrom(s, buf, 0, MSG_TRUNC | MSG_DONTWAIT, NULL, NULL);
	flen = sizeof(from);
	recvfrom(s, buf, sizeof(buf), MSG_DONTWAIT, (void *)&from, &flen);
	recvfrom(s, bad_ptr, 10, MSG_DONTWAIT, NULL, NULL);
	close(c);
	close(s);
}

static void unix_stream(const char *path, size_t pathlen)
{
	struct sockaddr_un un = {.sun_family = AF_UNIX};
	struct sockaddr_storage ss;
	socklen_t len;
	memcpy(un.sun_path, path, pathlen);
	socklen_t ulen =
		(socklen_t)(offsetof(struct sockaddr_un, sun_path) + pathlen);
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(l, (void *)&un, ulen);
	listen(l, 1);
	len = sizeof(ss);
	getsockname(l, (void *)&ss, &len);
	len = 4;
	getsockname(l, (void *)&ss, &len);
	len = 1;
	getsockname(l, (void *)&ss, &len);
	len = 3;
	getsockname(l, (void *)&ss, &len);
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(c, (void *)&un, ulen);
	len = sizeof(ss);
	int a = accept(l, (void *)&ss, &len);
	len = sizeof(ss);
	getpeername(a, (void *)&ss, &len);
	len = sizeof(ss);
	getpeername(c, (void *)&ss, &len);
	len = sizeof(ss);
	getsockname(c, (void *)&ss, &len);
	close(a);
	close(c);
	close(l);
}

int main(void)
{
	alarm(30); /* never hang a test run */
	tcp(AF_INET, "127.0.0.1");
	tcp(AF_INET6, "::1");
	udp(AF_INET, "127.0.0.1");
	udp(AF_INET6, "::1");
	unlink("stream.sock");
	unix_stream("stream.sock", sizeof("stream.sock"));
	unlink("stream.sock");
	unix_stream("\0sctrace-net-tcp", sizeof("\0sctrace-net-tcp") - 1);
	listen(99, 1);
	listen(0, -1);
	return 0;
}
