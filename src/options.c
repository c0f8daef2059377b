/* Command-line parsing: strace's short and long options into one struct
 * config. Bad input gets one line naming the bad token and exit 1; no
 * process is touched before this returns. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "filter/expr.h"
#include "util.h"

#ifndef SCTRACE_VERSION
#define SCTRACE_VERSION "0.1"
#endif

static const char usage_text[] =
"Usage: sctrace [-ACdffhiqqrtttTvVwxxyyzZ] [-b execve] [-e EXPR]...\n"
"               [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]\n"
"               [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS]\n"
"               { -p PID | [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }\n"
"   or: sctrace --chase -p PID | --doctor -p PID\n"
"\n"
"sctrace traces the system calls and signals of a command it starts or of\n"
"running processes; its options and output are those of strace.\n"
"\n"
"Startup:\n"
"  -E VAR=VAL, --env=VAR=VAL   put VAR=VAL in the command's environment\n"
"  -E VAR, --env=VAR           remove VAR from the command's environment\n"
"  -p PID, --attach=PID        trace process PID (repeatable; lists allowed)\n"
"  -u USER, --user=USER        run the command as USER\n"
"  -I N, --interruptible=N     when ^C and other fatal signals stop sctrace:\n"
"                              1 anywhere, 2 waiting (default), 3 never\n"
"                              (default with -o FILE and a command),\n"
"                              4 never_tstp (^Z neither)\n"
"\n"
"Tracing:\n"
"  -b execve, --detach-on=execve   detach on execve\n"
"  -f, --follow-forks          follow forks, vforks and clones\n"
"  -ff, --follow-forks --output-separately\n"
"                              one output file per process (FILE.PID)\n"
"  --seccomp-bpf               accepted; seccomp filtering is the default\n"
"  --no-seccomp                never install a seccomp filter\n"
"\n"
"Filtering:\n"
"  -e trace=SET, --trace=SET   trace only the syscalls in SET: names,\n"
"                              %file %desc %network %process %signal %ipc\n"
"                              %memory %creds %clock %stat %lstat %fstat\n"
"                              %%stat %statfs %fstatfs %%statfs %pure,\n"
"                              /REGEX, all, none; ! negates, ? ignores\n"
"                              unknown names, @64/@32 pick a personality\n"
"  -e signal=SET, --signal=SET print only the signals in SET\n"
"  -e status=SET, --status=SET successful,failed,unfinished,unavailable,\n"
"                              detached\n"
"  -P PATH, --trace-path=PATH  trace only calls that touch PATH\n"
"  --trace-fds=SET             trace only calls on the fds in SET\n"
"  -z, --successful-only       print only calls that succeeded\n"
"  -Z, --failed-only           print only calls that failed\n"
"\n"
"Output format:\n"
"  -a COLUMN, --columns=COLUMN align return values at COLUMN (default 40)\n"
"  -e abbrev=SET, -e verbose=SET, -e raw=SET\n"
"                              abbreviate / dereference / print raw\n"
"  -e read=SET, -e write=SET   hex dump data read from / written to fds\n"
"  -e quiet=SET, --quiet=SET   attach,exit,path-resolution,personality,\n"
"                              thread-execve,superseded\n"
"  -e decode-fds=SET           path,socket,dev,pidfd\n"
"  -i, --instruction-pointer   print the instruction pointer\n"
"  -n, --syscall-number        print syscall numbers\n"
"  -o FILE, --output=FILE      write the trace to FILE ('|cmd' pipes it)\n"
"  -A, --output-append-mode    append to the -o file\n"
"  --output-separately         one file per process\n"
"  -q, -qq, -qqq               fewer messages (attach; exit; all)\n"
"  -r, --relative-timestamps   print relative timestamps\n"
"  -s N, --string-limit=N      print at most N bytes of strings (32)\n"
"  -t, -tt, -ttt, --absolute-timestamps[=FORMAT]\n"
"                              print wall-clock time (s, us, epoch)\n"
"  -T, --syscall-times         print time spent in each call\n"
"  -v, --no-abbrev             print structures unabbreviated\n"
"  -x, -xx, --strings-in-hex   non-ASCII strings / all strings in hex\n"
"  -X FORMAT, --const-print-style=FORMAT  raw, abbrev or verbose\n"
"  -y, --decode-fds[=path]     print the paths of fds\n"
"  -yy, --decode-fds=all       also socket details and devices\n"
"  --peers                     name the processes at the other end of\n"
"                              pipes and sockets (implies -yy)\n"
"  --json                      one JSON object per event (docs/json.md)\n"
"\n"
"Statistics:\n"
"  -c, --summary-only          count calls, errors and time; print a table\n"
"  -C, --summary               like -c, and trace as well\n"
"  -O OVERHEAD                 subtract OVERHEAD per call from times\n"
"  -S SORTBY, --summary-sort-by=SORTBY\n"
"                              time, min-time, max-time, avg-time, calls,\n"
"                              errors, name, nothing\n"
"  -U COLUMNS, --summary-columns=COLUMNS\n"
"                              columns of the summary\n"
"  -w, --summary-wall-clock    summarise wall-clock latency\n"
"\n"
"Beyond strace:\n"
"  --why                       after the trace, explain why the program\n"
"                              failed\n"
"  --chase -p PID              show what PID is blocked on and who could\n"
"                              unblock it, hop by hop; find deadlocks\n"
"  --doctor -p PID             tell whether PID can be traced, and how to\n"
"                              fix it if not\n"
"\n"
"Miscellaneous:\n"
"  -d, --debug                 debug output on stderr\n"
"  -h, --help                  print this help\n"
"  -V, --version               print the version\n";

enum {
	OPT_SECCOMP = 1000,
	OPT_NO_SECCOMP,
	OPT_OUTPUT_SEPARATELY,
	OPT_ABS_TS,
	OPT_REL_TS,
	OPT_SYSCALL_TIMES,
	OPT_STRINGS_IN_HEX,
	OPT_DECODE_FDS,
	OPT_QUIET,
	OPT_QUAL_TRACE,
	OPT_QUAL_ABBREV,
	OPT_QUAL_VERBOSE,
	OPT_QUAL_RAW,
	OPT_QUAL_SIGNAL,
	OPT_QUAL_STATUS,
	OPT_QUAL_READ,
	OPT_QUAL_WRITE,
	OPT_JSON,
	OPT_PEERS,
	OPT_WHY,
	OPT_CHASE,
	OPT_DOCTOR,
	OPT_TRACE_FDS,
	OPT_DETACH_ON,
	OPT_DAEMONIZE,
	OPT_TIPS,
	OPT_DECODE_PIDS,
	OPT_KVM,
	OPT_INJECT,
	OPT_SUMMARY,
	OPT_INTERRUPTIBLE,
};

static const struct option long_options[] = {
	{ "columns", required_argument, NULL, 'a' },
	{ "output-append-mode", no_argument, NULL, 'A' },
	{ "detach-on", required_argument, NULL, 'b' },
	{ "summary-only", no_argument, NULL, 'c' },
	{ "summary", no_argument, NULL, 'C' },
	{ "debug", no_argument, NULL, 'd' },
	{ "daemonize", optional_argument, NULL, OPT_DAEMONIZE },
	{ "env", required_argument, NULL, 'E' },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
	{ "help", no_argument, NULL, 'h' },
	{ "instruction-pointer", no_argument, NULL, 'i' },
	{ "interruptible", required_argument, NULL, 'I' },
	{ "syscall-number", no_argument, NULL, 'n' },
	{ "output", required_argument, NULL, 'o' },
	{ "summary-syscall-overhead", required_argument, NULL, 'O' },
	{ "attach", required_argument, NULL, 'p' },
	{ "trace-path", required_argument, NULL, 'P' },
	{ "quiet", optional_argument, NULL, OPT_QUIET },
	{ "silent", optional_argument, NULL, OPT_QUIET },
	{ "silence", optional_argument, NULL, OPT_QUIET },
	{ "relative-timestamps", optional_argument, NULL, OPT_REL_TS },
	{ "string-limit", required_argument, NULL, 's' },
	{ "summary-sort-by", required_argument, NULL, 'S' },
	{ "absolute-timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "timestamps", optional_argument, NULL, OPT_ABS_TS },
	{ "syscall-times", optional_argument, NULL, OPT_SYSCALL_TIMES },
	{ "user", required_argument, NULL, 'u' },
	{ "summary-columns", required_argument, NULL, 'U' },
	{ "no-abbrev", no_argument, NULL, 'v' },
	{ "version", no_argument, NULL, 'V' },
	{ "summary-wall-clock", no_argument, NULL, 'w' },
	{ "strings-in-hex", optional_argument, NULL, OPT_STRINGS_IN_HEX },
	{ "const-print-style", required_argument, NULL, 'X' },
	{ "decode-fds", optional_argument, NULL, OPT_DECODE_FDS },
	{ "successful-only", no_argument, NULL, 'z' },
	{ "failed-only", no_argument, NULL, 'Z' },
	{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP },
	{ "no-seccomp", no_argument, NULL, OPT_NO_SECCOMP },
	{ "trace", required_argument, NULL, OPT_QUAL_TRACE },
	{ "trace-fds", required_argument, NULL, OPT_TRACE_FDS },
	{ "abbrev", required_argument, NULL, OPT_QUAL_ABBREV },
	{ "verbose", required_argument, NULL, OPT_QUAL_VERBOSE },
	{ "raw", required_argument, NULL, OPT_QUAL_RAW },
	{ "signal", required_argument, NULL, OPT_QUAL_SIGNAL },
	{ "signals", required_argument, NULL, OPT_QUAL_SIGNAL },
	{ "status", required_argument, NULL, OPT_QUAL_STATUS },
	{ "read", required_argument, NULL, OPT_QUAL_READ },
	{ "write", required_argument, NULL, OPT_QUAL_WRITE },
	{ "inject", required_argument, NULL, OPT_INJECT },
	{ "fault", required_argument, NULL, OPT_INJECT },
	{ "kvm", required_argument, NULL, OPT_KVM },
	{ "tips", optional_argument, NULL, OPT_TIPS },
	{ "decode-pids", required_argument, NULL, OPT_DECODE_PIDS },
	{ "stack-traces", no_argument, NULL, 'k' },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "peers", no_argument, NULL, OPT_PEERS },
	{ "why", no_argument, NULL, OPT_WHY },
	{ "chase", no_argument, NULL, OPT_CHASE },
	{ "doctor", no_argument, NULL, OPT_DOCTOR },
	{ NULL, 0, NULL, 0 },
};

static void usage_error(const char *fmt, const char *arg)
{
	char msg[512];
	snprintf(msg, sizeof(msg), fmt, arg);
	die("%s (see 'sctrace -h')", msg);
}

/* an -e expression or a long option that takes one; bad input is one
 * line naming the bad token, and exit 1 */
static void parse_qualifier(struct config *cfg, const char *qual,
			    const char *value)
{
	char err[EXPR_ERR_MAX];
	int rc = qual ? expr_parse_qualifier(cfg, qual, value, err)
		      : expr_parse(cfg, value, err);
	if (rc < 0)
		die("%s", err);
}

static long parse_number(const char *s, const char *opt, long min, long max)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max) {
		char fmt[64];
		snprintf(fmt, sizeof(fmt), "invalid %s argument: '%%s'", opt);
		usage_error(fmt, s);
	}
	return v;
}

/* "s", "ms", "us", "ns" → digits after the point */
static int parse_precision(const char *s, const char *opt)
{
	if (strcmp(s, "s") == 0)
		return 0;
	if (strcmp(s, "ms") == 0)
		return 3;
	if (strcmp(s, "us") == 0)
		return 6;
	if (strcmp(s, "ns") == 0)
		return 9;
	char fmt[64];
	snprintf(fmt, sizeof(fmt), "invalid %s argument: '%%s'", opt);
	usage_error(fmt, s);
	return 6;
}

static void parse_abs_ts(struct config *cfg, const char *arg)
{
	if (!arg) {
		cfg->ts = TS_TIME;
		return;
	}
	char *copy = xstrdup(arg);
	char *save = NULL;
	enum ts_mode fmt = TS_TIME;
	int prec = -1;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (strncmp(tok, "format:", 7) == 0)
			tok += 7;
		else if (strncmp(tok, "precision:", 10) == 0) {
			prec = parse_precision(tok + 10, "--absolute-timestamps");
			continue;
		}
		if (strcmp(tok, "none") == 0)
			fmt = TS_NONE;
		else if (strcmp(tok, "time") == 0)
			fmt = TS_TIME;
		else if (strcmp(tok, "unix") == 0)
			fmt = TS_EPOCH;
		else
			prec = parse_precision(tok, "--absolute-timestamps");
	}
	free(copy);
	if (fmt == TS_TIME && prec > 0)
		fmt = TS_TIME_US;
	if (fmt == TS_EPOCH && prec < 0)
		prec = 0;
	cfg->ts = fmt;
	cfg->ts_precision = prec < 0 ? 6 : prec;
	if (fmt == TS_EPOCH && prec == 0)
		cfg->ts_precision = 0;
}

/* -p accepts "1,2 3" lists */
static void add_pids(struct config *cfg, const char *arg)
{
	char *copy = xstrdup(arg);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ", \t", &save); tok;
	     tok = strtok_r(NULL, ", \t", &save)) {
		char *end;
		errno = 0;
		long pid = strtol(tok, &end, 10);
		if (*end || errno || pid <= 0 || pid > INT_MAX)
			die("Invalid process id: '%s'", tok);
		if (pid == getpid())
			die("I'm sorry, I can't let you do that, Dave.");
		cfg->pids = xrealloc(cfg->pids, sizeof(pid_t) * (size_t)(cfg->npids + 1));
		cfg->pids[cfg->npids++] = (pid_t)pid;
	}
	free(copy);
}

static const char *const sortby_names[] = {
	"time", "time_total", "total_time", "min-time", "min_time",
	"shortest", "time_min", "max-time", "max_time", "longest",
	"time_max", "avg-time", "avg_time", "time_avg", "calls", "count",
	"errors", "error", "name", "syscall", "syscall_name", "nothing",
	"none",
};

static const char *const column_names[] = {
	"time-percent", "time_percent", "percent", "%time", "total-time",
	"total_time", "time", "seconds", "min-time", "min_time", "shortest",
	"time-min", "time_min", "max-time", "max_time", "longest", "time-max",
	"time_max", "avg-time", "avg_time", "usecs/call", "time-avg",
	"time_avg", "calls", "count", "errors", "error", "name", "syscall",
	"syscall-name", "syscall_name",
};

static bool in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

static void check_columns(const char *arg)
{
	char *copy = xstrdup(arg);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save))
		if (!in_list(tok, column_names, ARRAY_SIZE(column_names)))
			usage_error("unknown column name: '%s'", tok);
	free(copy);
}

static long parse_overhead(const char *arg)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	double mult = 1000; /* microseconds by default */
	if (end == arg || errno || v < 0)
		usage_error("invalid -O argument: '%s'", arg);
	if (*end) {
		if (strcmp(end, "s") == 0)
			mult = 1e9;
		else if (strcmp(end, "ms") == 0)
			mult = 1e6;
		else if (strcmp(end, "us") == 0)
			mult = 1e3;
		else if (strcmp(end, "ns") == 0)
			mult = 1;
		else
			usage_error("invalid -O argument: '%s'", arg);
	}
	return (long)(v * mult);
}

void options_parse(struct config *cfg, int argc, char **argv)
{
	int ff = 0, qcount = 0, tcount = 0, xcount = 0, ycount = 0;
	bool quiet_set = false;
	memset(cfg, 0, sizeof(*cfg));
	cfg->string_limit = 32;
	cfg->acolumn = 40;
	cfg->ts_precision = 6;
	cfg->times_precision = 6;
	cfg->seccomp = -1;
	expr_defaults(cfg);

	opterr = 0;
	int c;
	bool warned_F = false;
	while ((c = getopt_long(argc, argv,
				"+a:Ab:cCdDe:E:fFhiI:kno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ",
				long_options, NULL)) != -1) {
		switch (c) {
		case 'a':
			cfg->acolumn = (int)parse_number(optarg, "-a", 0, INT_MAX);
			break;
		case 'A':
			cfg->append = true;
			break;
		case 'b':
			if (strcmp(optarg, "execve") != 0)
				die("Syscall '%s' for -b isn't supported", optarg);
			cfg->detach_on_execve = true;
			break;
		case 'c':
			cfg->count = true;
			break;
		case 'C':
			cfg->count = true;
			cfg->count_and_trace = true;
			break;
		case 'd':
			cfg->debug = true;
			break;
		case 'D':
		case OPT_DAEMONIZE:
			die("-D (daemonize) is not supported");
		case 'e':
			parse_qualifier(cfg, NULL, optarg);
			break;
		case 'E':
			if (!*optarg || *optarg == '=')
				die("invalid -E argument: '%s'", optarg);
			cfg->env_set = xrealloc(cfg->env_set,
						sizeof(char *) * (size_t)(cfg->nenv + 2));
			cfg->env_set[cfg->nenv++] = optarg;
			cfg->env_set[cfg->nenv] = NULL;
			break;
		case 'F':
			if (!warned_F)
				warnmsg("option -F is deprecated, please use "
					"-f/--follow-forks instead");
			warned_F = true;
			/* fall through */
		case 'f':
			cfg->follow_forks = 1;
			ff++;
			break;
		case OPT_OUTPUT_SEPARATELY:
			ff = 2;
			break;
		case 'h':
			fputs(usage_text, stdout);
			exit(0);
		case 'i':
			cfg->print_ip = true;
			break;
		case 'I': {
			static const char *const names[] = {
				"anywhere", "waiting", "never", "never_tstp"
			};
			cfg->interruptible = 0;
			for (int i = 0; i < 4; i++)
				if (!strcmp(optarg, names[i]) ||
				    (optarg[0] == '1' + i && !optarg[1]))
					cfg->interruptible = i + 1;
			if (!cfg->interruptible)
				usage_error("invalid -I argument: '%s'", optarg);
			break;
		}
		case 'k':
			die("-k (stack traces) is not supported");
		case 'n':
			cfg->print_nr = true;
			break;
		case 'o':
			cfg->outfile = optarg;
			break;
		case 'O':
			cfg->overhead_ns = parse_overhead(optarg);
			break;
		case 'p':
			add_pids(cfg, optarg);
			break;
		case 'P':
			cfg->trace_paths = xrealloc(cfg->trace_paths,
						    sizeof(char *) * (size_t)(cfg->ntrace_paths + 1));
			cfg->trace_paths[cfg->ntrace_paths++] = optarg;
			break;
		case 'q':
			qcount++;
			break;
		case OPT_QUIET:
			if (optarg)
				parse_qualifier(cfg, "quiet", optarg);
			else
				qcount++;
			quiet_set = optarg != NULL;
			break;
		case 'r':
			cfg->relative_ts = true;
			break;
		case OPT_REL_TS:
			cfg->relative_ts = true;
			if (optarg)
				cfg->ts_precision = parse_precision(optarg, "-r");
			break;
		case 's':
			cfg->string_limit = (unsigned)parse_number(optarg, "-s", 0,
								   INT_MAX);
			break;
		case 'S':
			if (!in_list(optarg, sortby_names, ARRAY_SIZE(sortby_names)))
				usage_error("invalid sortby: '%s'", optarg);
			cfg->sortby = optarg;
			break;
		case 't':
			tcount++;
			break;
		case OPT_ABS_TS:
			parse_abs_ts(cfg, optarg);
			tcount = -1;
			break;
		case 'T':
			cfg->syscall_times = true;
			break;
		case OPT_SYSCALL_TIMES:
			cfg->syscall_times = true;
			if (optarg)
				cfg->times_precision = parse_precision(optarg, "-T");
			break;
		case 'u':
			cfg->username = optarg;
			break;
		case 'U':
			check_columns(optarg);
			cfg->columns = optarg;
			break;
		case 'v':
			sysset_clear(&cfg->abbrev);
			cfg->no_abbrev = true;
			break;
		case 'V':
			printf("sctrace -- version %s\n", SCTRACE_VERSION);
			exit(0);
		case 'w':
			cfg->count_wall = true;
			break;
		case 'x':
			xcount++;
			break;
		case OPT_STRINGS_IN_HEX:
			if (!optarg || strcmp(optarg, "all") == 0)
				xcount = 2;
			else if (strcmp(optarg, "non-ascii") == 0)
				xcount = 1;
			else if (strcmp(optarg, "non-ascii-chars") == 0 ||
				 strcmp(optarg, "none") == 0)
				xcount = 0;
			else
				usage_error("invalid --strings-in-hex argument: '%s'",
					    optarg);
			break;
		case 'X':
			if (strcmp(optarg, "raw") == 0)
				cfg->xlat_style = XLAT_RAW;
			else if (strcmp(optarg, "abbrev") == 0)
				cfg->xlat_style = XLAT_ABBREV;
			else if (strcmp(optarg, "verbose") == 0)
				cfg->xlat_style = XLAT_VERBOSE;
			else
				usage_error("invalid -X argument: '%s'", optarg);
			break;
		case 'y':
			ycount++;
			break;
		case 'Y':
			die("-Y/--decode-pids is not supported");
		case OPT_DECODE_FDS:
			if (optarg)
				parse_qualifier(cfg, "decode-fds", optarg);
			else
				cfg->decode_fds |= DECODE_FD_PATH;
			break;
		case 'z':
			cfg->status_mask = STATUS_SUCCESSFUL;
			break;
		case 'Z':
			cfg->status_mask = STATUS_FAILED;
			break;
		case OPT_SECCOMP:
			cfg->seccomp = 1;
			break;
		case OPT_NO_SECCOMP:
			cfg->seccomp = 0;
			break;
		case OPT_QUAL_TRACE:
		case OPT_QUAL_ABBREV:
		case OPT_QUAL_VERBOSE:
		case OPT_QUAL_RAW:
		case OPT_QUAL_SIGNAL:
		case OPT_QUAL_STATUS:
		case OPT_QUAL_READ:
		case OPT_QUAL_WRITE: {
			static const char *const quals[] = {
				"trace", "abbrev", "verbose", "raw",
				"signal", "status", "read", "write",
			};
			parse_qualifier(cfg, quals[c - OPT_QUAL_TRACE], optarg);
			break;
		}
		case OPT_TRACE_FDS:
			parse_qualifier(cfg, "trace-fds", optarg);
			break;
		case OPT_INJECT:
			die("--inject/--fault are not supported");
		case OPT_KVM:
			die("--kvm is not supported");
		case OPT_DECODE_PIDS:
			die("-Y/--decode-pids is not supported");
		case OPT_TIPS:
			break;
		case OPT_JSON:
			cfg->json = true;
			break;
		case OPT_PEERS:
			cfg->peers = true;
			break;
		case OPT_WHY:
			cfg->why = true;
			break;
		case OPT_CHASE:
			cfg->chase = true;
			break;
		case OPT_DOCTOR:
			cfg->doctor = true;
			break;
		case '?':
			if (optopt && strchr("abeEIoOpPsSuUX", optopt))
				usage_error("option requires an argument -- '%s'",
					    (char[]){ (char)optopt, 0 });
			else if (optopt)
				usage_error("invalid option -- '%s'",
					    (char[]){ (char)optopt, 0 });
			else
				usage_error("unrecognized option '%s'",
					    argv[optind - 1]);
			break;
		case ':':
			usage_error("option requires an argument -- '%s'",
				    (char[]){ (char)optopt, 0 });
			break;
		default:
			usage_error("invalid option -- '%s'", (char[]){ (char)c, 0 });
		}
	}

	if (ff >= 2)
		cfg->output_separately = true;
	if (ff)
		cfg->follow_forks = 1;
	if (qcount == 1)
		cfg->quiet |= QUIET_ATTACH | QUIET_PERSONALITY;
	else if (qcount == 2)
		cfg->quiet |= QUIET_ATTACH | QUIET_PERSONALITY | QUIET_EXIT;
	else if (qcount >= 3)
		cfg->quiet = ~0u;
	(void)quiet_set;
	if (tcount == 1)
		cfg->ts = TS_TIME;
	else if (tcount == 2)
		cfg->ts = TS_TIME_US;
	else if (tcount >= 3)
		cfg->ts = TS_EPOCH;
	if (xcount)
		cfg->hexmode = xcount >= 2 ? 2 : 1;
	if (ycount == 1)
		cfg->decode_fds |= DECODE_FD_PATH;
	else if (ycount >= 2)
		cfg->decode_fds |= DECODE_FD_ALL;
	if (cfg->peers)
		cfg->decode_fds |= DECODE_FD_ALL;
	if (cfg->output_separately && !cfg->outfile)
		cfg->output_separately = false; /* strace: -ff without -o is -f */
	if (cfg->out_pipe && cfg->output_separately)
		die("-ff cannot be used with a pipe as output");
	if (cfg->outfile && (cfg->outfile[0] == '|' || cfg->outfile[0] == '!'))
		cfg->out_pipe = true;
	if (cfg->out_pipe && cfg->output_separately)
		die("piping the output and -ff are mutually exclusive");

	cfg->argv = argv + optind;
	cfg->argc = argc - optind;
	if (cfg->chase || cfg->doctor) {
		if (!cfg->npids)
			die("--%s needs -p PID", cfg->chase ? "chase" : "doctor");
		if (cfg->argc)
			die("--%s takes -p PID, not a command", cfg->chase ? "chase" : "doctor");
		return;
	}
	if (!cfg->argc && !cfg->npids)
		die("must have PROG [ARGS] or -p PID (see 'sctrace -h')");
	if (cfg->argc && cfg->npids && !cfg->follow_forks) {
		/* strace allows both: trace the command and the pids */
	}
	if (cfg->username && !cfg->argc)
		die("-u requires a command to run");
	if (!cfg->argc)
		cfg->argv = NULL;
}

void options_free(struct config *cfg)
{
	free(cfg->pids);
	free(cfg->env_set);
	free(cfg->trace_paths);
}
