/* why_retry PORT COUNT DELAY_MS: connects to 127.0.0.1:PORT, where
 * nothing listens, COUNT times (0: forever), DELAY_MS apart, swallowing
 * the error as a daemon that retries does. Prints "ready" on stdout at
 * start; after COUNT attempts it gives up with a message and exits 3. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: why_retry PORT COUNT DELAY_MS\n");
		return 2;
	}
	int port = atoi(argv[1]), count = atoi(argv[2]), delay = atoi(argv[3]);
	struct sockaddr_in sin = {.sin_family = AF_INET,
				  .sin_port = htons((uint16_t)port)};
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	printf("ready\n");
	fflush(stdout);
	for (int i = 0; count == 0 || i < count; i++) {
		int s = socket(AF_INET, SOCK_STREAM, 0);
		if (connect(s, (struct sockaddr *)&sin, sizeof(sin)) == 0)
			return 0;
		close(s);
		struct timespec ts = {delay / 1000, (delay % 1000) * 1000000L};
		nanosleep(&ts, NULL);
	}
	fprintf(stderr, "retry: giving up after %d attempts\n", count);
	return 3;
}
