/* -e expressions (strace 6 syntax). Every set is parsed completely before
 * anything is traced; the first bad token ends the run with one line. */
#include "filter/expr.h"

#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arch/arch.h"
#include "config.h"
#include "decode/decode.h"
#include "xlat/xlat.h"

struct class_name {
	const char *name;
	uint32_t bits;
};

static const struct class_name classes[] = {
	{ "%file", TF },       { "file", TF },
	{ "%desc", TD },       { "desc", TD },
	{ "%network", TN },    { "%net", TN },
	{ "network", TN },     { "net", TN },
	{ "%process", TP },    { "process", TP },
	{ "%signal", TS },     { "signal", TS },
	{ "%ipc", TI },        { "ipc", TI },
	{ "%memory", TM },     { "memory", TM },
	{ "%creds", TC },      { "%clock", TCL },
	{ "%stat", TST },      { "%lstat", TLST },
	{ "%fstat", TFST },    { "%%stat", TSTA },
	{ "%statfs", TSF },    { "%fstatfs", TFSF },
	{ "%%statfs", TSFA },  { "%pure", PU },
};

/* The copy of the value being split. A parse error leaves through die(),
 * so the copy is kept here and freed by the next parse rather than by
 * the one that may not return. */
static char *expr_scratch;

static char *scratch_copy(const char *value)
{
	free(expr_scratch);
	expr_scratch = xstrdup(value);
	return expr_scratch;
}

/* adds to set every call of the personalities in mask that match */
static void add_matching(struct syscall_set *set, unsigned pers_mask,
			 bool (*match)(const struct syscall_desc *, long,
				       const void *),
			 const void *arg, bool *found)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		if (!(pers_mask & (1u << p)))
			continue;
		long max = arch_nr_max(p);
		for (long nr = 0; nr < max; nr++) {
			const struct syscall_desc *d = arch_syscall(p, nr);
			if (d && match(d, nr, arg)) {
				sysset_add(set, p, nr);
				*found = true;
			}
		}
	}
}

static bool match_class(const struct syscall_desc *d, long nr, const void *arg)
{
	(void)nr;
	return (d->classes & *(const uint32_t *)arg) != 0;
}

static bool match_name(const struct syscall_desc *d, long nr, const void *arg)
{
	(void)nr;
	return strcmp(d->name, arg) == 0;
}

static bool match_regex(const struct syscall_desc *d, long nr, const void *arg)
{
	(void)nr;
	return regexec(arg, d->name, 0, NULL, 0) == 0;
}

static bool match_number(const struct syscall_desc *d, long nr,
			 const void *arg)
{
	(void)d;
	return nr == *(const long *)arg;
}

static bool match_all(const struct syscall_desc *d, long nr, const void *arg)
{
	(void)d;
	(void)nr;
	(void)arg;
	return true;
}

/* glibc's regcomp copies a bounded repetition's subtree once per count,
 * so nested counts multiply: refuse patterns whose counts together would
 * make a regex of millions of nodes rather than eat the memory */
static void check_regex_size(const char *re)
{
	double product = 1;
	for (const char *p = re; *p; p++) {
		if (*p != '{' || (p > re && p[-1] == '\\'))
			continue;
		char *end;
		unsigned long lo = strtoul(p + 1, &end, 10), hi = lo;
		if (end == p + 1)
			continue;
		if (*end == ',')
			hi = strtoul(end + 1, &end, 10);
		unsigned long n = MAX(lo, hi);
		product *= n ? (double)n : 1.0;
		if (product > 10000)
			die("regular expression '%s' is too large (its repetition counts multiply past 10000)",
			    re);
	}
}

/* one element of a syscall set: name, %class, /regex, number, all */
static void parse_syscall_elem(struct syscall_set *set, const char *tok)
{
	bool optional = false;
	const char *orig = tok;
	if (*tok == '?') {
		optional = true;
		tok++;
	}
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", tok);
	unsigned pers_mask = (1u << PERS_COUNT) - 1;
	char *at = strrchr(buf, '@');
	if (at && buf[0] != '/') {
		if (strcmp(at, "@64") == 0)
			pers_mask = 1u << PERS_X86_64;
		else if (strcmp(at, "@32") == 0)
			pers_mask = 1u << PERS_I386;
		else if (strcmp(at, "@x32") == 0)
			pers_mask = 0;
		else
			die("invalid system call '%s'", orig);
		*at = '\0';
	}
	bool found = false;
	if (strcmp(buf, "all") == 0) {
		add_matching(set, pers_mask, match_all, NULL, &found);
		return;
	}
	if (strcmp(buf, "none") == 0)
		return;
	if (buf[0] == '/') {
		check_regex_size(buf + 1);
		regex_t re;
		int rc = regcomp(&re, buf + 1, REG_EXTENDED | REG_NOSUB);
		if (rc) {
			char msg[256];
			regerror(rc, &re, msg, sizeof(msg));
			die("regcomp: %s: %s", buf + 1, msg);
		}
		add_matching(set, pers_mask, match_regex, &re, &found);
		regfree(&re);
		if (!found && !optional)
			die("invalid system call '%s'", orig);
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(classes); i++)
		if (strcmp(buf, classes[i].name) == 0) {
			add_matching(set, pers_mask, match_class,
				     &classes[i].bits, &found);
			return;
		}
	if (isdigit((unsigned char)buf[0])) {
		char *end;
		errno = 0;
		long nr = strtol(buf, &end, 10);
		if (!*end && !errno) {
			add_matching(set, pers_mask, match_number, &nr, &found);
			if (found || optional)
				return;
		}
	}
	add_matching(set, pers_mask, match_name, buf, &found);
	if (!found && !optional && pers_mask)
		die("invalid system call '%s'", orig);
}

/* a whole set: [!]elem,elem... */
static void parse_syscall_set(struct syscall_set *set, const char *value)
{
	bool negate = false;
	sysset_clear(set);
	while (*value == '!') {
		negate = !negate;
		value++;
	}
	char *copy = scratch_copy(value);
	char *save = NULL;
	bool any = false;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		parse_syscall_elem(set, tok);
		any = true;
	}
	if (!any)
		die("invalid system call '%s'", value);
	if (negate)
		sysset_invert(set);
}

int expr_signal_number(const char *s)
{
	char *end;
	if (isdigit((unsigned char)*s)) {
		long n = strtol(s, &end, 10);
		if (*end || n < 1 || n > 128)
			return -1;
		return (int)n;
	}
	char name[64];
	if (strncasecmp(s, "SIG", 3) == 0)
		snprintf(name, sizeof(name), "%s", s);
	else
		snprintf(name, sizeof(name), "SIG%s", s);
	for (char *p = name; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	for (int sig = 1; sig <= 64; sig++) {
		const char *n = signal_name(sig);
		if (n && strcmp(n, name) == 0)
			return sig;
	}
	return -1;
}

static void parse_signal_set(struct signal_set *set, const char *value)
{
	bool negate = false;
	memset(set, 0, sizeof(*set));
	while (*value == '!') {
		negate = !negate;
		value++;
	}
	char *copy = scratch_copy(value);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "all") == 0) {
			memset(set->bits, 0xff, sizeof(set->bits));
			continue;
		}
		if (strcmp(tok, "none") == 0)
			continue;
		int sig = expr_signal_number(tok);
		if (sig < 0)
			die("invalid signal '%s'", tok);
		sigset_add(set, sig);
	}
	if (negate) {
		set->bits[0] = ~set->bits[0];
		set->bits[1] = ~set->bits[1];
	}
}

struct name_bit {
	const char *name;
	unsigned bit;
};

static unsigned parse_name_set(const char *value, const struct name_bit *names,
			       size_t n, unsigned all, const char *what)
{
	bool negate = false;
	unsigned mask = 0;
	while (*value == '!') {
		negate = !negate;
		value++;
	}
	char *copy = scratch_copy(value);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "all") == 0) {
			mask = all;
			continue;
		}
		if (strcmp(tok, "none") == 0)
			continue;
		size_t i;
		for (i = 0; i < n; i++)
			if (strcmp(tok, names[i].name) == 0)
				break;
		if (i == n)
			die("invalid %s '%s'", what, tok);
		mask |= names[i].bit;
	}
	return negate ? all & ~mask : mask;
}

static const struct name_bit status_names[] = {
	{ "successful", STATUS_SUCCESSFUL }, { "failed", STATUS_FAILED },
	{ "unfinished", STATUS_UNFINISHED }, { "unavailable", STATUS_UNAVAILABLE },
	{ "detached", STATUS_DETACHED },
};

static const struct name_bit quiet_names[] = {
	{ "attach", QUIET_ATTACH },
	{ "exit", QUIET_EXIT },
	{ "exits", QUIET_EXIT },
	{ "path-resolution", QUIET_PATH_RESOLUTION },
	{ "personality", QUIET_PERSONALITY },
	{ "thread-execve", QUIET_THREAD_EXECVE },
	{ "superseded", QUIET_SUPERSEDED },
};

static const struct name_bit decode_fd_names[] = {
	{ "path", DECODE_FD_PATH },   { "socket", DECODE_FD_SOCKET },
	{ "dev", DECODE_FD_DEV },     { "pidfd", DECODE_FD_PIDFD },
	{ "signalfd", DECODE_FD_SIGNALFD },
};

void expr_parse_fdset(struct fd_set_spec *set, const char *value,
		      const char *what)
{
	memset(set, 0, sizeof(*set));
	set->any = true;
	while (*value == '!') {
		set->negated = !set->negated;
		value++;
	}
	char *copy = scratch_copy(value);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "all") == 0) {
			set->all = true;
			continue;
		}
		if (strcmp(tok, "none") == 0)
			continue;
		char *end;
		errno = 0;
		long fd = strtol(tok, &end, 10);
		if (*end || errno || fd < 0 || fd >= FDSET_MAX || end == tok)
			die("invalid %s '%s'", what, tok);
		set->bits[fd / 64] |= 1ULL << (fd % 64);
	}
}

void expr_defaults(struct config *cfg)
{
	sysset_fill(&cfg->trace);
	cfg->trace_all = true;
	sysset_fill(&cfg->abbrev);
	sysset_fill(&cfg->verbose);
	sysset_clear(&cfg->raw);
	memset(cfg->signals.bits, 0xff, sizeof(cfg->signals.bits));
	cfg->status_mask = STATUS_ALL;
}

void expr_parse_qualifier(struct config *cfg, const char *qual,
			  const char *value)
{
	if (strcmp(qual, "trace") == 0 || strcmp(qual, "t") == 0) {
		parse_syscall_set(&cfg->trace, value);
		cfg->trace_all = sysset_is_full(&cfg->trace);
	} else if (strcmp(qual, "abbrev") == 0 || strcmp(qual, "a") == 0) {
		parse_syscall_set(&cfg->abbrev, value);
	} else if (strcmp(qual, "verbose") == 0 || strcmp(qual, "v") == 0) {
		parse_syscall_set(&cfg->verbose, value);
	} else if (strcmp(qual, "raw") == 0 || strcmp(qual, "x") == 0) {
		parse_syscall_set(&cfg->raw, value);
	} else if (strcmp(qual, "signal") == 0 || strcmp(qual, "signals") == 0 ||
		   strcmp(qual, "s") == 0) {
		parse_signal_set(&cfg->signals, value);
	} else if (strcmp(qual, "status") == 0) {
		cfg->status_mask = parse_name_set(value, status_names,
						  ARRAY_SIZE(status_names),
						  STATUS_ALL, "status");
	} else if (strcmp(qual, "quiet") == 0 || strcmp(qual, "silent") == 0 ||
		   strcmp(qual, "silence") == 0 || strcmp(qual, "q") == 0) {
		cfg->quiet = parse_name_set(value, quiet_names,
					    ARRAY_SIZE(quiet_names), ~0u,
					    "quiet argument");
	} else if (strcmp(qual, "decode-fds") == 0 ||
		   strcmp(qual, "decode-fd") == 0) {
		cfg->decode_fds = parse_name_set(value, decode_fd_names,
						 ARRAY_SIZE(decode_fd_names),
						 DECODE_FD_ALL, "decode-fds");
	} else if (strcmp(qual, "read") == 0 || strcmp(qual, "reads") == 0 ||
		   strcmp(qual, "r") == 0) {
		expr_parse_fdset(&cfg->read_fds, value, "descriptor");
	} else if (strcmp(qual, "write") == 0 || strcmp(qual, "writes") == 0 ||
		   strcmp(qual, "w") == 0) {
		expr_parse_fdset(&cfg->write_fds, value, "descriptor");
	} else if (strcmp(qual, "trace-fds") == 0 || strcmp(qual, "trace-fd") == 0 ||
		   strcmp(qual, "fd") == 0 || strcmp(qual, "fds") == 0) {
		expr_parse_fdset(&cfg->trace_fds, value, "descriptor");
	} else {
		die("invalid qualifier '%s'", qual);
	}
}

void expr_parse(struct config *cfg, const char *expr)
{
	const char *eq = strchr(expr, '=');
	if (!eq) {
		expr_parse_qualifier(cfg, "trace", expr);
		return;
	}
	char qual[64];
	size_t n = (size_t)(eq - expr);
	if (n >= sizeof(qual))
		n = sizeof(qual) - 1;
	memcpy(qual, expr, n);
	qual[n] = '\0';
	static const char *const known[] = {
		"trace", "t", "abbrev", "a", "verbose", "v", "raw", "x",
		"signal", "signals", "s", "status", "quiet", "silent",
		"silence", "q", "decode-fds", "decode-fd", "read", "reads",
		"r", "write", "writes", "w", "trace-fds", "trace-fd", "fd",
		"fds",
	};
	for (size_t i = 0; i < ARRAY_SIZE(known); i++)
		if (strcmp(qual, known[i]) == 0) {
			expr_parse_qualifier(cfg, qual, eq + 1);
			return;
		}
	if (strcmp(qual, "inject") == 0 || strcmp(qual, "fault") == 0 ||
	    strcmp(qual, "kvm") == 0)
		die("-e %s is not supported", qual);
	/* strace reads an unknown qualifier as a syscall name */
	die("invalid system call '%s'", expr);
}
