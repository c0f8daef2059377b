/* why_config DIR: looks for its configuration in a search path, then
 * reads DIR/conf.d/app.conf, which does not exist (DIR/conf.d is
 * missing). Between the failing open and its message it makes other
 * failing calls, as message catalogue lookups do, so that the last
 * failure is not the one that matters. Exits 2. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: why_config DIR\n");
		return 2;
	}
	const char *search[] = {"/etc/why-config-test/app.conf",
				"/usr/local/etc/why-config-test.conf"};
	for (unsigned i = 0; i < 2; i++) {
		int fd = open(search[i], O_RDONLY);
		if (fd >= 0)
			close(fd);
	}
	char path[4096];
	snprintf(path, sizeof(path), "%s/conf.d/app.conf", argv[1]);
	int fd = open(path, O_RDONLY);
	int err = errno;
	if (fd >= 0)
		return 0;
	struct stat st;
	stat("/usr/share/locale/xx_YY/LC_MESSAGES/why-config.mo", &st);
	access("/usr/share/locale/xx/LC_MESSAGES/why-config.mo", R_OK);
	fprintf(stderr, "app: cannot read configuration %s: %s\n", path,
		strerror(err));
	return 2;
}
