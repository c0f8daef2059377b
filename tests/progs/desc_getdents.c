/* getdents and getdents64 on a directory the program makes: abbreviated
 * ("N entries") by default, the entries with -v; an empty read, a buffer
 * too small, bad pointers, a directory of many entries. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[1 << 16];

int main(void)
{
	char name[64];
	mkdir("desc_gd", 0755);
	mkdir("desc_gd/sub", 0755);
	close(open("desc_gd/a", O_CREAT | O_WRONLY, 0644));
	close(open("desc_gd/with a \"quote\"\n", O_CREAT | O_WRONLY, 0644));
	symlink("a", "desc_gd/l");
	mkfifo("desc_gd/fifo", 0644);
	mkdir("desc_gd/big", 0755);
	for (int i = 0; i < 300; i++) {
		snprintf(name, sizeof name, "desc_gd/big/entry_number_%d", i);
		close(open(name, O_CREAT | O_WRONLY, 0644));
	}
	mkdir("desc_gd/one", 0755);

	int fd = open("desc_gd", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, fd, buf, sizeof buf);
	syscall(SYS_getdents64, fd, buf, sizeof buf);
	lseek(fd, 0, SEEK_SET);
	syscall(SYS_getdents, fd, buf, sizeof buf);
	lseek(fd, 0, SEEK_SET);
	syscall(SYS_getdents64, fd, buf, 50);
	syscall(SYS_getdents64, fd, buf, 10);
	syscall(SYS_getdents64, fd, 1, 100);
	syscall(SYS_getdents64, fd, NULL, 100);
	syscall(SYS_getdents64, 0, buf, 100);
	int big = open("desc_gd/big", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, big, buf, sizeof buf);
	close(big);
	int one = open("desc_gd/one", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, one, buf, 24);

	for (int i = 0; i < 300; i++) {
		snprintf(name, sizeof name, "desc_gd/big/entry_number_%d", i);
		unlink(name);
	}
	rmdir("desc_gd/big");
	rmdir("desc_gd/one");
	rmdir("desc_gd/sub");
	unlink("desc_gd/a");
	unlink("desc_gd/with a \"quote\"\n");
	unlink("desc_gd/l");
	unlink("desc_gd/fifo");
	rmdir("desc_gd");
	return 0;
}
