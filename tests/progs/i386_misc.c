/* The rarely used calls only i386 has (cc -m32): the unimplemented
 * ones, vm86, the old stat and uname forms, nice, ulimit, stime, umount
 * and the old readdir. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char b[512];
	syscall(SYS_break, 1, 2, 3, 4, 5);
	syscall(SYS_ftime, b);
	syscall(SYS_gtty, 1, b);
	syscall(SYS_stty, 1, b);
	syscall(SYS_prof, 1, 2);
	syscall(SYS_lock, 1);
	syscall(SYS_mpx, 1, 2);
	syscall(SYS_profil, 1, 2, 3, 4);
	syscall(SYS_idle);
	syscall(SYS_vm86old, b);
	syscall(SYS_vm86, 1, b, 0, 0, 0);
	syscall(SYS_bdflush, 1, 2);
	syscall(SYS_umount, "/nonexistent");
	syscall(SYS_oldolduname, b);
	syscall(SYS_olduname, b);
	syscall(SYS_nice, 5);
	syscall(SYS_nice, -100);
	syscall(SYS_oldstat, "/dev/null", b);
	syscall(SYS_oldlstat, "/dev/null", b);
	syscall(SYS_oldstat, "/nonexistent", b);
	syscall(SYS_oldfstat, 99, b);
	syscall(SYS_ulimit, 1, 2);
	syscall(SYS_stime, 0);
	int d = open("data/sub", O_RDONLY | O_DIRECTORY);
	for (int i = 0; i < 4; i++)
		syscall(SYS_readdir, d, b, 1);
	syscall(SYS_readdir, 99, b, 1);
	syscall(SYS_readdir, d, 16, 1);
	close(d);
	/* the numbers sctrace gives socketcall's and ipc's subcalls are
	 * not the tracee's: called directly, they are unknown calls */
	syscall(901, 1, 2, 3, 4, 5, 6);
	syscall(931, 1, 2, 3, 4, 5, 6);
	return 0;
}
