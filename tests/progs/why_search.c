/* why_search NAME DIR...: looks for NAME in each DIR in turn, as a search
 * path does, stops at the first it can open, and exits 3 without a
 * message (found or not). */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", argv[i], argv[1]);
		int fd = open(path, O_RDONLY);
		if (fd >= 0) {
			close(fd);
			break;
		}
	}
	return 3;
}
