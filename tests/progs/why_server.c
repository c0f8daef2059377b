/* why_server DIR: a server that forks a worker per request. It listens on
 * 127.0.0.1, forks a client that sends one request, and forks a worker
 * for the connection; the worker drops to uid and gid 65534 (nobody) and
 * creates DIR/job.out, which fails with EACCES when DIR is root's and
 * 0755. The server reports the failed worker, fails to remove its pid
 * file (a late failure of its own), and exits 1.
 * Prints "worker PID" on stdout so that a test knows the worker's pid. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int worker(int conn, const char *dir)
{
	char req[64];
	if (read(conn, req, sizeof(req)) < 0)
		return 2;
	if (setgroups(0, NULL) < 0 || setgid(65534) < 0 || setuid(65534) < 0) {
		fprintf(stderr, "worker: cannot drop privileges: %s\n",
			strerror(errno));
		return 2;
	}
	char path[4096];
	snprintf(path, sizeof(path), "%s/job.out", dir);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0) {
		fprintf(stderr, "worker: cannot create %s: %s\n", path,
			strerror(errno));
		if (write(conn, "ERR\n", 4) < 0)
			return 2;
		return 1;
	}
	close(fd);
	if (write(conn, "OK\n", 3) < 0)
		return 2;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: why_server DIR\n");
		return 2;
	}
	int ls = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sin = {.sin_family = AF_INET};
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	socklen_t len = sizeof(sin);
	if (ls < 0 || bind(ls, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
	    listen(ls, 4) < 0 ||
	    getsockname(ls, (struct sockaddr *)&sin, &len) < 0) {
		perror("server: listen");
		return 2;
	}
	pid_t client = fork();
	if (client == 0) {
		int s = socket(AF_INET, SOCK_STREAM, 0);
		if (connect(s, (struct sockaddr *)&sin, sizeof(sin)) < 0)
			_exit(2);
		if (write(s, "job\n", 4) < 0)
			_exit(2);
		char buf[16];
		while (read(s, buf, sizeof(buf)) > 0)
			;
		_exit(0);
	}
	int conn = accept(ls, NULL, NULL);
	if (conn < 0) {
		perror("server: accept");
		return 2;
	}
	pid_t w = fork();
	if (w == 0) {
		close(ls);
		_exit(worker(conn, argv[1]));
	}
	printf("worker %d\n", (int)w);
	fflush(stdout);
	close(conn);
	int st;
	waitpid(w, &st, 0);
	waitpid(client, NULL, 0);
	if (!WIFEXITED(st) || WEXITSTATUS(st)) {
		fprintf(stderr, "server: worker %d failed (status %d)\n",
			(int)w, WEXITSTATUS(st));
		unlink("/run/why_server.pid.nonexistent");
		return 1;
	}
	return 0;
}
