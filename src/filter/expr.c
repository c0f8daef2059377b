/* -e expressions, as strace 6.1 reads them. Every set is parsed completely
 * before anything is traced; the first bad token ends the run with one
 * line naming it. The syntax, checked against strace 6.1 token by token:
 *   set      := [!]... elem[,elem]...  (empty elements are skipped; a set
 *               with none is bad, and named whole, '!' included)
 *   elem     := [?]... body[@64|@32|@x32]   ('?' silences an unknown body)
 *   body     := name | number | %class | class (legacy) | /regex | all
 *   trace=none (the whole set) is the empty set; "none" as one element of
 *   a list is an unknown name, as in strace.
 * Numbers are decimal and must name a call of a chosen personality. */
#include "filter/expr.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arch/arch.h"
#include "config.h"
#include "decode/decode.h"
#include "xlat/xlat.h"

static int fail(char *err, const char *fmt, ...) PRINTF_LIKE(2, 3);

static int fail(char *err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, EXPR_ERR_MAX, fmt, ap);
	va_end(ap);
	return -1;
}

/* glibc's regcomp copies a bounded repetition's subtree once per count,
 * so nested counts multiply: refuse patterns whose counts together would
 * make a regex of millions of nodes rather than eat the memory (found by
 * the expression fuzzer: "/(a{1000}){1000}") */
static bool regex_too_large(const char *re)
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
			return true;
	}
	return false;
}

/* A run of repetition operators ("a+++", "a*?") means the same as one
 * ('+' for a run of '+', '?' for a run of '?', '*' for any mix), but
 * glibc's regcomp nests a copy per operator and its memory doubles with
 * each: "a" and 30 '+' took 24 GB. out has room for strlen(re) + 1. */
static void regex_collapse_repetitions(const char *re, char *out)
{
	size_t n = 0;
	bool in_bracket = false;
	for (const char *p = re; *p; p++) {
		if (in_bracket) {
			if (p[0] == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
				/* [:alpha:], [.x.], [=x=] up to their closer */
				const char *close = strchr(p + 2, p[1]);
				while (close && close[1] != ']')
					close = strchr(close + 1, p[1]);
				if (close) {
					size_t len = (size_t)(close + 2 - p);
					memcpy(out + n, p, len);
					n += len;
					p = close + 1;
					continue;
				}
			}
			if (*p == ']')
				in_bracket = false;
			out[n++] = *p;
			continue;
		}
		if (*p == '\\' && p[1]) {
			out[n++] = *p++;
			out[n++] = *p;
			continue;
		}
		if (*p == '[') {
			in_bracket = true;
			out[n++] = *p;
			if (p[1] == '^')
				out[n++] = *++p;
			if (p[1] == ']') /* a ']' first is a member */
				out[n++] = *++p;
			continue;
		}
		bool rep = *p == '*' || *p == '+' || *p == '?';
		bool prev_rep = n > 0 &&
				(out[n - 1] == '*' || out[n - 1] == '+' ||
				 out[n - 1] == '?') &&
				(n < 2 || out[n - 2] != '\\');
		if (rep && prev_rep) {
			if (out[n - 1] != *p)
				out[n - 1] = '*';
			continue;
		}
		out[n++] = *p;
	}
	out[n] = '\0';
}

struct class_name {
	const char *name;
	uint32_t bits;
};

/* strace 6.1's classes; the names without '%' are the legacy spellings
 * it still accepts (not every class has one: "net", "creds", "clock"
 * and "pure" are unknown names there) */
static const struct class_name classes[] = {
	{"%file", TF},	  {"file", TF},	      {"%desc", TD},
	{"desc", TD},	  {"%network", TN},   {"%net", TN},
	{"network", TN},  {"%process", TP},   {"process", TP},
	{"%signal", TS},  {"signal", TS},     {"%ipc", TI},
	{"ipc", TI},	  {"%memory", TM},    {"memory", TM},
	{"%creds", TC},	  {"%clock", TCL},    {"%stat", TST},
	{"%lstat", TLST}, {"%fstat", TFST},   {"%%stat", TSTA},
	{"%statfs", TSF}, {"%fstatfs", TFSF}, {"%%statfs", TSFA},
	{"%pure", PU},
};

typedef bool match_fn(const struct syscall_desc *d, long nr, const void *arg);

/* adds to set every call of the personalities in pers_mask that match;
 * returns whether any did */
static bool add_matching(struct syscall_set *set, unsigned pers_mask,
			 match_fn *match, const void *arg)
{
	bool found = false;
	for (int p = 0; p < PERS_COUNT; p++) {
		if (!(pers_mask & (1u << p)))
			continue;
		long max = arch_nr_max(p);
		for (long nr = 0; nr < max; nr++) {
			const struct syscall_desc *d = arch_syscall(p, nr);
			if (d && match(d, nr, arg)) {
				sysset_add(set, p, nr);
				found = true;
			}
		}
	}
	return found;
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

static bool match_number(const struct syscall_desc *d, long nr, const void *arg)
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

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* the personalities an "@64"-style suffix names */
static int personality_mask(const char *suffix, unsigned *mask)
{
	if (strcmp(suffix, "64") == 0)
		*mask = 1u << PERS_X86_64;
	else if (strcmp(suffix, "32") == 0)
		*mask = 1u << PERS_I386;
	else if (strcmp(suffix, "x32") == 0)
		*mask = 0; /* a valid designator; sctrace has no x32 calls */
	else
		return -1;
	return 0;
}

/* one element of a syscall set */
static int parse_syscall_elem(struct syscall_set *set, const char *tok,
			      char *err)
{
	bool optional = false;
	while (*tok == '?') {
		optional = true;
		tok++;
	}
	char body[256];
	if (strlen(tok) >= sizeof(body))
		return optional ? 0
				: fail(err, "invalid system call '%s'", tok);
	strcpy(body, tok);
	unsigned pers_mask = (1u << PERS_COUNT) - 1;
	char *at = strrchr(body, '@');
	if (at) {
		if (personality_mask(at + 1, &pers_mask) < 0)
			return fail(err,
				    "incorrect personality designator '%s' in "
				    "qualification '%s'",
				    at + 1, tok);
		*at = '\0';
	}

	bool found = false;
	if (strcmp(body, "all") == 0) {
		add_matching(set, pers_mask, match_all, NULL);
		return 0;
	}
	if (body[0] == '/') {
		if (regex_too_large(body + 1))
			return fail(err,
				    "regular expression '%s' is too large (its "
				    "repetition counts multiply past 10000)",
				    body + 1);
		regex_t re;
		char *simple = xmalloc(strlen(body + 1) + 1);
		regex_collapse_repetitions(body + 1, simple);
		int rc = regcomp(&re, simple, REG_EXTENDED | REG_NOSUB);
		free(simple);
		if (rc) {
			char msg[256];
			regerror(rc, &re, msg, sizeof(msg));
			return fail(err, "regcomp: %s: %s", body + 1, msg);
		}
		found = add_matching(set, pers_mask, match_regex, &re);
		regfree(&re);
	} else {
		const struct class_name *cls = NULL;
		for (size_t i = 0; i < ARRAY_SIZE(classes); i++)
			if (strcmp(body, classes[i].name) == 0)
				cls = &classes[i];
		if (cls) {
			add_matching(set, pers_mask, match_class, &cls->bits);
			return 0;
		}
		if (all_digits(body)) {
			errno = 0;
			long nr = strtol(body, NULL, 10);
			if (!errno)
				found = add_matching(set, pers_mask,
						     match_number, &nr);
		} else {
			found = add_matching(set, pers_mask, match_name, body);
		}
	}
	/* an x32 designator names nothing here, yet is not an error for a
	 * call x86_64 knows by that name */
	if (!found && pers_mask == 0 && body[0] != '/')
		found = add_matching(&(struct syscall_set){0},
				     1u << PERS_X86_64, match_name, body);
	if (!found && !optional)
		return fail(err, "invalid system call '%s'", tok);
	return 0;
}

/* calls each token of value (split on ',', empty ones skipped); returns
 * the number of tokens, or -1 when fn failed */
static int for_each_token(const char *value,
			  int (*fn)(const char *tok, void *arg, char *err),
			  void *arg, char *err)
{
	char *copy = xstrdup(value);
	char *save = NULL;
	int n = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save), n++)
		if (fn(tok, arg, err) < 0) {
			free(copy);
			return -1;
		}
	free(copy);
	return n;
}

static int syscall_token(const char *tok, void *arg, char *err)
{
	return parse_syscall_elem(arg, tok, err);
}

/* leading '!'s toggle negation of the whole set */
static const char *skip_negation(const char *value, bool *negate)
{
	*negate = false;
	while (*value == '!') {
		*negate = !*negate;
		value++;
	}
	return value;
}

static int parse_syscall_set(struct syscall_set *set, const char *value,
			     char *err)
{
	bool negate;
	const char *body = skip_negation(value, &negate);
	struct syscall_set parsed;
	sysset_clear(&parsed);
	if (strcmp(body, "none") != 0) {
		int n = for_each_token(body, syscall_token, &parsed, err);
		if (n < 0)
			return -1;
		if (n == 0)
			return fail(err, "invalid system call '%s'", value);
	}
	if (negate)
		sysset_invert(&parsed);
	*set = parsed; /* a later -e trace= replaces an earlier one */
	return 0;
}

int expr_signal_number(const char *s)
{
	if (all_digits(s)) {
		if (strlen(s) > 4)
			return -1;
		long n = strtol(s, NULL, 10);
		return n <= 255 ? (int)n : -1;
	}
	char name[64];
	const char *bare = strncasecmp(s, "SIG", 3) == 0 ? s + 3 : s;
	if (!*bare || strlen(bare) + 4 > sizeof(name))
		return -1;
	snprintf(name, sizeof(name), "SIG%s", bare);
	for (char *p = name; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	for (int sig = 1; sig <= 64; sig++) {
		const char *n = signal_name(sig);
		if (n && strcmp(n, name) == 0)
			return sig;
	}
	return -1;
}

static int signal_token(const char *tok, void *arg, char *err)
{
	struct signal_set *set = arg;
	if (strcmp(tok, "all") == 0) {
		memset(set->bits, 0xff, sizeof(set->bits));
		return 0;
	}
	if (strcmp(tok, "none") == 0)
		return 0;
	int sig = expr_signal_number(tok);
	if (sig < 0)
		return fail(err, "invalid signal '%s'", tok);
	sigset_add(set, sig);
	return 0;
}

static int parse_signal_set(struct signal_set *out, const char *value,
			    char *err)
{
	bool negate;
	const char *body = skip_negation(value, &negate);
	struct signal_set set = {{0, 0}};
	int n = for_each_token(body, signal_token, &set, err);
	if (n < 0)
		return -1;
	if (n == 0)
		return fail(err, "invalid signal '%s'", value);
	if (negate) {
		set.bits[0] = ~set.bits[0];
		set.bits[1] = ~set.bits[1];
	}
	*out = set;
	return 0;
}

struct name_bit {
	const char *name;
	unsigned bit;
};

struct name_set {
	const struct name_bit *names;
	size_t n;
	unsigned all;
	const char *what;
	unsigned mask;
};

static int name_token(const char *tok, void *arg, char *err)
{
	struct name_set *ns = arg;
	if (strcmp(tok, "all") == 0) {
		ns->mask = ns->all;
		return 0;
	}
	if (strcmp(tok, "none") == 0)
		return 0;
	for (size_t i = 0; i < ns->n; i++)
		if (strcmp(tok, ns->names[i].name) == 0) {
			ns->mask |= ns->names[i].bit;
			return 0;
		}
	return fail(err, "invalid %s '%s'", ns->what, tok);
}

static int parse_name_set(unsigned *out, const char *value,
			  const struct name_bit *names, size_t n, unsigned all,
			  const char *what, char *err)
{
	bool negate;
	const char *body = skip_negation(value, &negate);
	struct name_set ns = {names, n, all, what, 0};
	int count = for_each_token(body, name_token, &ns, err);
	if (count < 0)
		return -1;
	if (count == 0)
		return fail(err, "invalid %s '%s'", what, value);
	*out = negate ? all & ~ns.mask : ns.mask;
	return 0;
}

static const struct name_bit status_names[] = {
	{"successful", STATUS_SUCCESSFUL}, {"failed", STATUS_FAILED},
	{"unfinished", STATUS_UNFINISHED}, {"unavailable", STATUS_UNAVAILABLE},
	{"detached", STATUS_DETACHED},
};

static const struct name_bit quiet_names[] = {
	{"attach", QUIET_ATTACH},
	{"exit", QUIET_EXIT},
	{"exits", QUIET_EXIT},
	{"path-resolution", QUIET_PATH_RESOLUTION},
	{"personality", QUIET_PERSONALITY},
	{"thread-execve", QUIET_THREAD_EXECVE},
	{"superseded", QUIET_SUPERSEDED},
};

/* strace 6.1 has no "signalfd" detail */
static const struct name_bit decode_fd_names[] = {
	{"path", DECODE_FD_PATH},
	{"socket", DECODE_FD_SOCKET},
	{"dev", DECODE_FD_DEV},
	{"pidfd", DECODE_FD_PIDFD},
};

static int fd_token(const char *tok, void *arg, char *err)
{
	struct fd_set_spec *set = arg;
	if (strcmp(tok, "all") == 0) {
		set->all = true;
		return 0;
	}
	if (strcmp(tok, "none") == 0)
		return 0;
	/* strace reads fds as strtol does: blanks and a '+' may lead */
	char *end;
	errno = 0;
	long fd = strtol(tok, &end, 10);
	if (end == tok || *end || errno || fd < 0 || fd > INT_MAX)
		return fail(err, "invalid descriptor '%s'", tok);
	fdset_add(set, fd);
	return 0;
}

int expr_parse_fdset(struct fd_set_spec *out, const char *value, char *err)
{
	bool negate;
	const char *body = skip_negation(value, &negate);
	struct fd_set_spec set;
	memset(&set, 0, sizeof(set));
	int n = for_each_token(body, fd_token, &set, err);
	if (n < 0 || n == 0) {
		free(set.big);
		return n < 0 ? -1 : fail(err, "invalid descriptor '%s'", value);
	}
	set.any = true;
	set.negated = negate;
	free(out->big);
	*out = set;
	return 0;
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

static bool is(const char *qual, const char *const *names)
{
	for (; *names; names++)
		if (strcmp(qual, *names) == 0)
			return true;
	return false;
}

static const char *const q_trace[] = {"trace", "t", NULL};
static const char *const q_abbrev[] = {"abbrev", "a", NULL};
static const char *const q_verbose[] = {"verbose", "v", NULL};
static const char *const q_raw[] = {"raw", "x", NULL};
static const char *const q_signal[] = {"signal", "signals", "s", NULL};
static const char *const q_status[] = {"status", NULL};
static const char *const q_quiet[] = {"quiet", "silent", "silence", "q", NULL};
static const char *const q_decode_fds[] = {"decode-fds", "decode-fd", NULL};
static const char *const q_read[] = {"read", "reads", "r", NULL};
static const char *const q_write[] = {"write", "writes", "w", NULL};
/* beyond strace 6.1: --trace-fds as a qualifier too */
static const char *const q_trace_fds[] = {"trace-fds", "trace-fd", "fd", "fds",
					  NULL};
static const char *const q_unsupported[] = {"inject", "fault", "kvm", NULL};

int expr_parse_qualifier(struct config *cfg, const char *qual,
			 const char *value, char *err)
{
	if (is(qual, q_trace)) {
		if (parse_syscall_set(&cfg->trace, value, err) < 0)
			return -1;
		cfg->trace_all = sysset_is_full(&cfg->trace);
		return 0;
	}
	if (is(qual, q_abbrev))
		return parse_syscall_set(&cfg->abbrev, value, err);
	if (is(qual, q_verbose))
		return parse_syscall_set(&cfg->verbose, value, err);
	if (is(qual, q_raw))
		return parse_syscall_set(&cfg->raw, value, err);
	if (is(qual, q_signal))
		return parse_signal_set(&cfg->signals, value, err);
	if (is(qual, q_status))
		return parse_name_set(&cfg->status_mask, value, status_names,
				      ARRAY_SIZE(status_names), STATUS_ALL,
				      "status", err);
	if (is(qual, q_quiet))
		return parse_name_set(&cfg->quiet, value, quiet_names,
				      ARRAY_SIZE(quiet_names), ~0u, "quiet",
				      err);
	if (is(qual, q_decode_fds))
		return parse_name_set(&cfg->decode_fds, value, decode_fd_names,
				      ARRAY_SIZE(decode_fd_names),
				      DECODE_FD_ALL, "decode-fds", err);
	if (is(qual, q_read))
		return expr_parse_fdset(&cfg->read_fds, value, err);
	if (is(qual, q_write))
		return expr_parse_fdset(&cfg->write_fds, value, err);
	if (is(qual, q_trace_fds))
		return expr_parse_fdset(&cfg->trace_fds, value, err);
	if (is(qual, q_unsupported))
		return fail(err, "-e %s is not supported", qual);
	return fail(err, "invalid qualifier '%s'", qual);
}

int expr_parse(struct config *cfg, const char *expr, char *err)
{
	const char *eq = strchr(expr, '=');
	if (!eq)
		return expr_parse_qualifier(cfg, "trace", expr, err);
	char qual[64];
	size_t n = (size_t)(eq - expr);
	if (n < sizeof(qual)) {
		memcpy(qual, expr, n);
		qual[n] = '\0';
		static const char *const *const known[] = {
			q_trace,  q_abbrev, q_verbose,	 q_raw,
			q_signal, q_status, q_quiet,	 q_decode_fds,
			q_read,	  q_write,  q_trace_fds, q_unsupported,
		};
		for (size_t i = 0; i < ARRAY_SIZE(known); i++)
			if (is(qual, known[i]))
				return expr_parse_qualifier(cfg, qual, eq + 1,
							    err);
	}
	/* strace reads an unknown qualifier as a syscall name */
	return fail(err, "invalid system call '%s'", expr);
}
