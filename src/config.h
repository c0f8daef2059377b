/* config.h — everything the command line asked for, as one struct.
 * options.c fills it once; after that it is const: nothing else reads argv
 * or the environment to decide behaviour. */
#ifndef SCTRACE_CONFIG_H
#define SCTRACE_CONFIG_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "filter/sets.h"

enum ts_mode {
	TS_NONE,
	TS_TIME,   /* -t   HH:MM:SS */
	TS_TIME_US, /* -tt  HH:MM:SS.uuuuuu */
	TS_EPOCH,  /* -ttt seconds since the epoch */
};

/* -e quiet= / -q bits */
enum {
	QUIET_ATTACH = 1 << 0,       /* "Process N attached/detached" */
	QUIET_EXIT = 1 << 1,         /* "+++ exited with N +++" */
	QUIET_PERSONALITY = 1 << 2,  /* "[ Process PID=N runs in 32 bit mode. ]" */
	QUIET_THREAD_EXECVE = 1 << 3, /* "Process N is a thread leader ..." */
	QUIET_SUPERSEDED = 1 << 4,   /* "+++ superseded by execve in pid N +++" */
	QUIET_PATH_RESOLUTION = 1 << 5,
};

/* -y / --decode-fds= bits */
enum {
	DECODE_FD_PATH = 1 << 0,
	DECODE_FD_SOCKET = 1 << 1,
	DECODE_FD_DEV = 1 << 2,
	DECODE_FD_PIDFD = 1 << 3,
	DECODE_FD_ALL = 0xf,
};

/* -e status= bits */
enum {
	STATUS_SUCCESSFUL = 1 << 0,
	STATUS_FAILED = 1 << 1,
	STATUS_UNFINISHED = 1 << 2,
	STATUS_UNAVAILABLE = 1 << 3,
	STATUS_DETACHED = 1 << 4,
	STATUS_ALL = 0x1f,
};

/* -X / --xlat-style */
enum xlat_style { XLAT_ABBREV, XLAT_RAW, XLAT_VERBOSE };

struct config {
	/* what to trace */
	char *const *argv; /* the command, or NULL with -p only */
	int argc;
	pid_t *pids;
	int npids;
	int follow_forks;  /* -f */
	int interruptible; /* -I: 1 anywhere .. 4 never_tstp; 0: strace's
			      default (3 with -o FILE and a command, else 2) */
	bool output_separately; /* -ff: one file per process */
	bool detach_on_execve;  /* -b execve */
	const char *username;   /* -u */
	char **env_set;         /* -E VAR=VAL / -E VAR (unset), NULL-ended */
	int nenv;

	/* where and how to print */
	const char *outfile; /* -o; NULL is stderr */
	bool out_pipe;       /* -o '|cmd' or '!cmd' */
	bool append;         /* -A */
	unsigned quiet;      /* QUIET_* */
	enum ts_mode ts;
	int ts_precision;    /* digits after the point for -tt/-ttt: 6 */
	bool relative_ts;    /* -r */
	bool syscall_times;  /* -T */
	int times_precision; /* digits for -T: 6 */
	unsigned string_limit; /* -s: 32 */
	int hexmode;         /* -x 1, -xx 2 */
	int acolumn;         /* -a: 40 */
	bool print_ip;       /* -i */
	bool print_nr;       /* -n */
	bool json;           /* --json */
	enum xlat_style xlat_style;
	bool debug;          /* -d */
	bool no_abbrev;      /* -v (notes beyond strace's are shown) */

	/* what to print: see filter/sets.h */
	struct syscall_set trace; /* -e trace= */
	bool trace_all;           /* no trace= narrowing at all */
	struct syscall_set abbrev, verbose, raw;
	struct signal_set signals; /* -e signal= */
	unsigned status_mask;      /* -e status=, -z, -Z */
	char **trace_paths;        /* -P */
	int ntrace_paths;
	struct fd_set_spec trace_fds, read_fds, write_fds;
	unsigned decode_fds;       /* DECODE_FD_* */
	bool peers;                /* --peers */
	int seccomp;               /* -1 auto (default), 0 off, 1 asked for */

	/* -c and friends */
	bool count;          /* -c */
	bool count_and_trace; /* -C */
	const char *sortby;  /* -S */
	const char *columns; /* -U */
	bool count_wall;     /* -w */
	long overhead_ns;    /* -O */
	bool summary_wall_set;

	/* beyond strace */
	bool why;    /* --why */
	bool chase;  /* --chase */
	bool doctor; /* --doctor */
};

/* Parses argv into *cfg. Exits with status 1 and one line on stderr for
 * bad input; handles -h and -V itself. */
void options_parse(struct config *cfg, int argc, char **argv);
void options_free(struct config *cfg);

#endif
