/* why_bind: a child listens on 127.0.0.1 (an ephemeral port); the parent
 * then binds the same port and fails with EADDRINUSE. Prints
 * "holder PID" on stdout; exits 1. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	if (pipe(p) < 0)
		return 2;
	pid_t child = fork();
	if (child == 0) {
		int s = socket(AF_INET, SOCK_STREAM, 0);
		struct sockaddr_in sin = {.sin_family = AF_INET};
		sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		socklen_t len = sizeof(sin);
		if (bind(s, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
		    listen(s, 1) < 0 ||
		    getsockname(s, (struct sockaddr *)&sin, &len) < 0)
			_exit(2);
		if (write(p[1], &sin.sin_port, sizeof(sin.sin_port)) < 0)
			_exit(2);
		pause();
		_exit(0);
	}
	uint16_t port;
	if (read(p[0], &port, sizeof(port)) != sizeof(port))
		return 2;
	printf("holder %d\n", (int)child);
	fflush(stdout);
	int s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = port};
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	int r = bind(s, (struct sockaddr *)&sin, sizeof(sin));
	int err = errno;
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	if (r == 0)
		return 0;
	fprintf(stderr, "bind: cannot bind 127.0.0.1:%d: %s\n", ntohs(port),
		strerror(err));
	return 1;
}
