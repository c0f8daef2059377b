/* Whether a traced program is hurt when sctrace goes away while the
 * program carries its seccomp filter: it reports, into OUT, whether
 * opening FILE works (a filtered call without a tracer fails with
 * ENOSYS).
 *   filter_safety sigwait FILE OUT   waits for SIGTERM/SIGINT (handled),
 *                                    then opens FILE
 *   filter_safety orphan FILE OUT    forks; the parent exits at once, the
 *                                    child opens FILE after 300 ms
 *   filter_safety loop FILE OUT      opens FILE every 20 ms, for ever
 *   filter_safety status             prints its seccomp state */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got;

static void on_signal(int sig)
{
	got = sig;
}

static void report(const char *file, const char *out, const char *what)
{
	int fd = open(file, O_RDONLY);
	int err = fd < 0 ? errno : 0;
	FILE *f = fopen(out, "a");
	if (!f)
		_exit(2);
	fprintf(f, "%s open=%s errno=%s\n", what, fd >= 0 ? "ok" : "failed",
		err ? strerror(err) : "0");
	fclose(f);
	if (fd >= 0)
		close(fd);
}

static void status(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, "Seccomp", 7) == 0 ||
		    strncmp(line, "NoNewPrivs", 10) == 0)
			fputs(line, stdout);
	if (f)
		fclose(f);
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "status") == 0) {
		status();
		return 0;
	}
	if (argc != 4)
		return 2;
	const char *mode = argv[1], *file = argv[2], *out = argv[3];
	if (strcmp(mode, "sigwait") == 0) {
		struct sigaction sa = { 0 };
		sa.sa_handler = on_signal;
		sigaction(SIGTERM, &sa, NULL);
		sigaction(SIGINT, &sa, NULL);
		report(file, out, "ready");
		while (!got)
			pause();
		usleep(200000); /* let the tracer be gone */
		report(file, out, "after-signal");
		return 0;
	}
	if (strcmp(mode, "orphan") == 0) {
		if (fork() == 0) {
			usleep(300000);
			report(file, out, "orphan");
			_exit(0);
		}
		return 0;
	}
	if (strcmp(mode, "loop") == 0) {
		for (;;) {
			report(file, out, "loop");
			usleep(20000);
		}
	}
	return 2;
}
