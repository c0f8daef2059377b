/* procfs.h — small readers for /proc and /sys files, shared by the
 * reports (--why, --doctor, --chase) and fdinfo. They never block on a
 * tracee and never follow a path the tracee chose. */
#ifndef SCTRACE_PROCFS_H
#define SCTRACE_PROCFS_H

#include <stdbool.h>
#include <stddef.h>

/* reads the whole file (up to len - 1 bytes) and NUL-terminates it;
 * returns the length, or -1 with errno */
int procfs_read(const char *path, char *buf, size_t len);
/* the value of "Key:\t..." in the text of a /proc/PID/status file */
bool procfs_status_field(const char *status, const char *key, char *out,
			 size_t len);

#endif
