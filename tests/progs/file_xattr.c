/* the xattr calls on a scratch file: values with and without a trailing
 * NUL, binary values, NULL and unreadable buffers, size 0 queries. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

int main(void)
{
	char buf[256];
	const char *f = "ft/xf";
	mkdir("ft", 0755);
	close(open(f, O_WRONLY | O_CREAT, 0644));
	syscall(SYS_setxattr, f, "user.a", "value1", 6, XATTR_CREATE);
	syscall(SYS_setxattr, f, "user.b", "v\0bin\001\377", 7, 0);
	syscall(SYS_setxattr, f, "user.c",
		"a long value that is longer than the limit of 32", 48,
		XATTR_REPLACE);
	syscall(SYS_setxattr, f, "user.d", "x", 1,
		0x10 | XATTR_REPLACE | XATTR_CREATE);
	syscall(SYS_setxattr, f, "user.d", NULL, 0, 0);
	syscall(SYS_setxattr, f, "user.d", (void *)8, 4, 0);
	syscall(SYS_setxattr, f, "user.t", "abc\0", 4, 0);
	syscall(SYS_lsetxattr, f, "user.e", "value", 5, 0);
	syscall(SYS_getxattr, f, "user.a", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.b", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.t", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.a", NULL, 0);
	strcpy(buf, "ABCDEFGHIJKLMNOP");
	syscall(SYS_getxattr, f, "user.b", buf, 0);
	syscall(SYS_getxattr, f, "user.d", buf, 0);
	syscall(SYS_getxattr, f, "user.a", buf, 2);
	syscall(SYS_getxattr, f, "user.zz", buf, sizeof(buf));
	syscall(SYS_getxattr, f, (char *)8, buf, sizeof(buf));
	syscall(SYS_lgetxattr, f, "user.e", buf, sizeof(buf));
	syscall(SYS_listxattr, f, buf, sizeof(buf));
	syscall(SYS_listxattr, f, NULL, 0);
	syscall(SYS_listxattr, f, buf, 0);
	syscall(SYS_listxattr, f, buf, 3);
	syscall(SYS_llistxattr, f, buf, sizeof(buf));
	syscall(SYS_removexattr, f, "user.a");
	syscall(SYS_lremovexattr, f, "user.zz");
	return 0;
}
