/* Small tools in one 32-bit program (cc -m32), the way coreutils would
 * be if they were 32-bit here: what glibc's i386 port calls for stdio,
 * directories, stat, copies, times, environment and locale.
 *   i386_tools ls DIR      names, sizes and modes, sorted
 *   i386_tools cat FILE... the files on stdout
 *   i386_tools cp SRC DST  a copy, through a buffer
 *   i386_tools wc FILE     lines, words, bytes (stdio, fseek)
 *   i386_tools date        the time of a fixed date, in UTC */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ls(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 1;
	}
	char *names[64];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64)
		if (e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof(names[0]), by_name);
	for (int i = 0; i < n; i++) {
		char path[512];
		struct stat st;
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (lstat(path, &st) == 0)
			printf("%06o %5lld %s\n", (unsigned)st.st_mode,
			       (long long)st.st_size, names[i]);
		free(names[i]);
	}
	return 0;
}

static int cat(int argc, char **argv)
{
	char buf[4096];
	int rc = 0;
	for (int i = 0; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			fprintf(stderr, "cat: %s: %s\n", argv[i],
				strerror(errno));
			rc = 1;
			continue;
		}
		ssize_t k;
		while ((k = read(fd, buf, sizeof(buf))) > 0)
			write(1, buf, (size_t)k);
		close(fd);
	}
	return rc;
}

static int cp(const char *src, const char *dst)
{
	int in = open(src, O_RDONLY);
	if (in < 0)
		return 1;
	struct stat st;
	fstat(in, &st);
	int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 0777);
	char buf[8192];
	ssize_t k;
	while ((k = read(in, buf, sizeof(buf))) > 0)
		write(out, buf, (size_t)k);
	fsync(out);
	close(out);
	close(in);
	struct timespec ts[2] = {st.st_atim, st.st_mtim};
	utimensat(AT_FDCWD, dst, ts, 0);
	return 0;
}

static int wc(const char *file)
{
	FILE *f = fopen(file, "r");
	if (!f)
		return 1;
	long lines = 0, words = 0, bytes = 0;
	int ch, inword = 0;
	while ((ch = getc(f)) != EOF) {
		bytes++;
		if (ch == '\n')
			lines++;
		if (ch == ' ' || ch == '\n' || ch == '\t')
			inword = 0;
		else if (!inword && ++words)
			inword = 1;
	}
	fseek(f, 0, SEEK_SET);
	long pos = ftell(f);
	fclose(f);
	printf("%ld %ld %ld %s %ld\n", lines, words, bytes, file, pos);
	return 0;
}

static int date(void)
{
	time_t t = 1700000000;
	struct tm tm;
	char buf[64];
	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm);
	printf("%s %s\n", buf, getenv("TZ") ? getenv("TZ") : "-");
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 3 && !strcmp(argv[1], "ls"))
		return ls(argv[2]);
	if (argc >= 3 && !strcmp(argv[1], "cat"))
		return cat(argc - 2, argv + 2);
	if (argc >= 4 && !strcmp(argv[1], "cp"))
		return cp(argv[2], argv[3]);
	if (argc >= 3 && !strcmp(argv[1], "wc"))
		return wc(argv[2]);
	if (argc >= 2 && !strcmp(argv[1], "date"))
		return date();
	fprintf(stderr, "usage: i386_tools ls|cat|cp|wc|date ...\n");
	return 2;
}
