/* open, openat, creat, openat2: every flag bit, modes with and without
 * O_CREAT/O_TMPFILE, bad pointers, long paths, extensible open_how. */
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	static char big[5000];
	mkdir("ft", 0755);
	syscall(SYS_open, "ft/o1", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	syscall(SYS_open, "ft/o1", O_RDONLY, 0644);
	syscall(SYS_open, "ft", O_TMPFILE | O_RDWR, 0600);
	syscall(SYS_open, "ft/o1",
		O_RDWR | O_APPEND | O_NONBLOCK | O_SYNC | O_DIRECT | O_NOATIME |
			O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_EXCL,
		0);
	syscall(SYS_open, "ft/o1", O_DSYNC | O_PATH | O_DIRECTORY | 0x80000000,
		0);
	syscall(SYS_open, "ft/o1", 3 | FASYNC, 0);
	syscall(SYS_open, (char *)1, 0, 0);
	syscall(SYS_open, NULL, 0, 0);
	/* 4094, 4095 and 4096 bytes before the NUL: strace shows 4095 */
	for (size_t n = 4094; n <= 4096; n++) {
		memset(big, 'a', sizeof(big));
		big[n] = 0;
		syscall(SYS_open, big, 0, 0);
	}
	memset(big, 'b', sizeof(big));
	syscall(SYS_open, big, 0, 0);
	syscall(SYS_openat, AT_FDCWD, "ft/o1", O_RDONLY | O_CREAT,
		0777 | S_ISUID | S_ISGID | S_ISVTX | 0xf0000);
	syscall(SYS_openat, 100, "o1", O_RDONLY);
	syscall(SYS_openat, -5, "o1", O_RDONLY);
	syscall(SYS_openat, 0xffffff9cULL, "nonexist", 0, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", 0xfffffffc, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", 0xffffffff, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", 0100000, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", 020000000, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", 020000000 | FASYNC, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", 0x4 | FASYNC, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x",
		O_TMPFILE | O_CLOEXEC | O_PATH | O_NOFOLLOW | O_RDWR, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x",
		O_DIRECTORY | O_NOFOLLOW | 0100000 | O_DSYNC | O_NOATIME |
			O_CLOEXEC | O_PATH | FASYNC | O_DIRECT,
		0);
	syscall(SYS_openat, AT_FDCWD, "no/x", O_DSYNC | FASYNC | O_SYNC, 0);
	syscall(SYS_openat, AT_FDCWD, "no/x", O_CREAT, 0170777);
	syscall(SYS_openat, AT_FDCWD, "no/x", O_CREAT, 0xffffffff);
	syscall(SYS_openat, AT_FDCWD, "no/x", O_CREAT, 0x1000000000ULL);
	syscall(SYS_openat, AT_FDCWD, "no/x", 0x100000000ULL | O_CREAT, 0);
	syscall(SYS_open, "no/x", 0x100000000ULL | O_CREAT, 0);
	syscall(SYS_creat, "ft/o2", 0600);
	syscall(SYS_creat, "no/x", 0xffffffff);

	struct open_how h = {.flags = O_RDONLY | O_CLOEXEC,
			     .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS};
	syscall(SYS_openat2, AT_FDCWD, "ft/o1", &h, sizeof(h));
	struct open_how h2 = {.flags = O_CREAT | O_WRONLY, .mode = 0644};
	syscall(SYS_openat2, AT_FDCWD, "ft/o3", &h2, sizeof(h2));
	syscall(SYS_openat2, AT_FDCWD, "ft/o3", &h2, 16);
	syscall(SYS_openat2, AT_FDCWD, "ft/o3", (void *)8, sizeof(h2));
	syscall(SYS_openat2, AT_FDCWD, "ft/o3", NULL, sizeof(h2));
	struct {
		struct open_how h;
		uint64_t x[2];
	} hx = {{O_RDONLY, 0, 0x40}, {0, 0}};
	syscall(SYS_openat2, AT_FDCWD, "ft/o3", &hx, 32);
	hx.x[0] = 5;
	syscall(SYS_openat2, AT_FDCWD, "ft/o3", &hx, 32);
	hx.h.resolve = 0x41;
	hx.x[0] = 0x0500000000000000ULL;
	syscall(SYS_openat2, AT_FDCWD, "no/x", &hx, sizeof(hx));
	hx.x[0] = 0;
	hx.x[1] = 0x100;
	syscall(SYS_openat2, AT_FDCWD, "no/x", &hx, sizeof(hx));
	syscall(SYS_openat2, AT_FDCWD, "no/x", &hx, 25);
	return 0;
}
