/* errno.h — errno names and messages as strace prints them. */
#ifndef SCTRACE_ERRNO_H
#define SCTRACE_ERRNO_H

#include <stdbool.h>

/* "ENOENT"; NULL for a number with no name */
const char *errno_name(int err);
/* "No such file or directory"; restart codes have their strace text */
const char *errno_message(int err, char *buf, unsigned buflen);
/* ERESTARTSYS and the other codes a signal interrupting a call leaves */
bool errno_is_restart(int err);

#endif
