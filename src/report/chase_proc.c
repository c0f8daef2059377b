/* --chase: a process and its threads as /proc shows them — state, wchan,
 * the call each thread is blocked in (/proc/TID/syscall: the kernel reads
 * the registers of a task that is off its CPU without stopping it), how
 * long it has been asleep, who it is.
 *
 * How long a thread has slept: /proc/TID/sched (CONFIG_SCHED_DEBUG) has
 * se.exec_start, the run queue's clock when it last stopped running. The
 * clocks of different CPUs drift apart, so it is compared with our own
 * exec_start read on the same CPU right after a sched_yield(). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emit/emit.h"
#include "report/chase.h"

char *chase_strdupf(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return xstrdup(buf);
}

/* reads a small /proc file whole; the length, or -1 with errno */
static ssize_t read_small(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	size_t got = 0;
	while (got + 1 < size) {
		ssize_t n = read(fd, buf + got, size - 1 - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int err = errno;
			close(fd);
			errno = err;
			return -1;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	buf[got] = '\0';
	return (ssize_t)got;
}

/* the number after "key" in a status-like text, or def */
static long long field_of(const char *text, const char *key, long long def)
{
	const char *p = strstr(text, key);
	if (!p)
		return def;
	return strtoll(p + strlen(key), NULL, 10);
}

pid_t chase_tgid(pid_t tid)
{
	char path[64], buf[2048];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	if (read_small(path, buf, sizeof(buf)) < 0)
		return -1;
	return (pid_t)field_of(buf, "\nTgid:", -1);
}

const char *chase_state_name(char state)
{
	switch (state) {
	case 'R': return "R (running)";
	case 'S': return "S (sleeping)";
	case 'D': return "D (uninterruptible sleep)";
	case 'T': return "T (stopped)";
	case 't': return "t (tracing stop)";
	case 'Z': return "Z (zombie)";
	case 'X': return "X (dead)";
	case 'I': return "I (idle)";
	case 'P': return "P (parked)";
	default: return "? (unknown)";
	}
}

static void add_problem(char **to, const char *what, int err)
{
	char *old = *to;
	*to = chase_strdupf("%s%scannot read %s: %s", old ? old : "",
			    old ? "; " : "", what, strerror(err));
	free(old);
}

/* ---- how long asleep ---- */

static double exec_start_of(const char *path)
{
	char buf[4096];
	if (read_small(path, buf, sizeof(buf)) < 0)
		return -1;
	const char *p = strstr(buf, "se.exec_start");
	if (!p || !(p = strchr(p, ':')))
		return -1;
	return strtod(p + 1, NULL) / 1000.0; /* ms */
}

static double asleep_for(pid_t pid, pid_t tid, int cpu)
{
	char path[96];
	snprintf(path, sizeof(path), "/proc/%d/task/%d/sched", (int)pid,
		 (int)tid);
	double then = exec_start_of(path);
	if (then < 0 || cpu < 0 || cpu >= CPU_SETSIZE)
		return -1;
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set) < 0)
		return -1;
	sched_yield(); /* brings our own exec_start up to now */
	double now = exec_start_of("/proc/thread-self/sched");
	if (now < 0)
		return -1;
	return now > then ? now - then : 0;
}

/* ---- one thread ---- */

/* the /proc/TID/syscall line */
static void parse_syscall(struct chase_thread *t, const char *s)
{
	if (strncmp(s, "running", 7) == 0) {
		t->sys = CS_RUNNING;
		return;
	}
	char *end;
	long nr = strtol(s, &end, 10);
	if (end == s)
		return;
	unsigned long long v[8];
	int n = 0;
	for (const char *p = end; n < 8; n++) {
		while (*p == ' ')
			p++;
		if (!*p || *p == '\n')
			break;
		v[n] = strtoull(p, &end, 0);
		if (end == p)
			break;
		p = end;
	}
	if (nr < 0 && n >= 2) {
		t->sys = CS_OUTSIDE;
		t->sp = v[0];
		t->pc = v[1];
		return;
	}
	if (n < 8)
		return;
	t->sys = CS_IN;
	t->nr = nr;
	for (int i = 0; i < 6; i++)
		t->args[i] = v[i];
	t->sp = v[6];
	t->pc = v[7];
}

#define PF_KTHREAD 0x00200000 /* include/linux/sched.h */

/* the state letter, the CPU and the CPU ticks from /proc/.../stat */
static void parse_stat(struct chase_thread *t, const char *buf,
		       unsigned long long *ticks)
{
	const char *p = strrchr(buf, ')');
	if (!p || p[1] != ' ')
		return;
	t->state = p[2];
	/* fields from 3 (state) on, space-separated */
	int field = 3;
	for (const char *q = p + 2; *q; q++) {
		if (*q != ' ')
			continue;
		field++;
		if (field == 9)
			t->kthread = strtoull(q + 1, NULL, 10) & PF_KTHREAD;
		else if (field == 14)
			*ticks += strtoull(q + 1, NULL, 10); /* utime */
		else if (field == 15)
			*ticks += strtoull(q + 1, NULL, 10); /* stime */
		else if (field == 39) {
			t->cpu = atoi(q + 1);
			break;
		}
	}
}

/* reads what can change quickly: the call, the state, the counters */
static void read_volatile(struct chase_thread *t, pid_t pid, bool report)
{
	char path[96], buf[4096];
	t->state = '?';
	t->sys = CS_UNREAD;
	t->cpu = -1;
	unsigned long long ticks = 0;
	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", (int)pid,
		 (int)t->tid);
	if (read_small(path, buf, sizeof(buf)) > 0)
		parse_stat(t, buf, &ticks);
	snprintf(path, sizeof(path), "/proc/%d/task/%d/status", (int)pid,
		 (int)t->tid);
	if (read_small(path, buf, sizeof(buf)) > 0)
		ticks += (unsigned long long)field_of(
				 buf, "\nvoluntary_ctxt_switches:", 0) +
			 (unsigned long long)field_of(
				 buf, "\nnonvoluntary_ctxt_switches:", 0);
	t->switches = ticks;
	snprintf(path, sizeof(path), "/proc/%d/task/%d/syscall", (int)pid,
		 (int)t->tid);
	if (t->kthread)
		t->sys = CS_OUTSIDE; /* its registers are not a call's */
	else if (read_small(path, buf, sizeof(buf)) >= 0)
		parse_syscall(t, buf);
	else if (report && errno != ENOENT && errno != ESRCH)
		add_problem(&t->problem, path, errno);
}

static void read_thread(struct chase_thread *t, pid_t pid)
{
	char path[96], buf[256];
	read_volatile(t, pid, true);
	snprintf(path, sizeof(path), "/proc/%d/task/%d/wchan", (int)pid,
		 (int)t->tid);
	ssize_t n = read_small(path, buf, sizeof(buf));
	if (n > 0 && strcmp(buf, "0") != 0) {
		buf[strcspn(buf, "\n")] = '\0';
		snprintf(t->wchan, sizeof(t->wchan), "%s", buf);
	}
	t->asleep = -1;
	if (t->state != 'R' && t->state != '?' && t->state != 'Z')
		t->asleep = asleep_for(pid, t->tid, t->cpu);
}

void chase_thread_recheck(struct chase_thread *t, pid_t pid)
{
	struct chase_thread now = {.tid = t->tid};
	read_volatile(&now, pid, false);
	free(now.problem);
	bool same_call = now.sys == t->sys &&
			 (now.sys != CS_IN ||
			  (now.nr == t->nr &&
			   !memcmp(now.args, t->args, sizeof(now.args))));
	if (now.switches != t->switches || !same_call || now.state != t->state)
		t->moved = true;
}

/* ---- the process ---- */

static int cmp_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;
	return (x > y) - (x < y);
}

static void read_threads(struct chase_proc *p)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/task", (int)p->pid);
	DIR *d = opendir(path);
	if (!d) {
		add_problem(&p->problem, path, errno);
		return;
	}
	pid_t tids[CHASE_MAX_THREADS];
	unsigned n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		if (n == CHASE_MAX_THREADS) {
			p->more_threads++;
			continue;
		}
		tids[n++] = (pid_t)atoi(de->d_name);
	}
	closedir(d);
	qsort(tids, n, sizeof(tids[0]), cmp_pid);
	p->threads = xcalloc(n ? n : 1, sizeof(*p->threads));
	for (unsigned i = 0; i < n; i++) {
		p->threads[i].tid = tids[i];
		read_thread(&p->threads[i], p->pid);
	}
	p->nthreads = n;
}

static void read_cmdline(struct chase_proc *p)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/cmdline", (int)p->pid);
	ssize_t n = read_small(path, buf, sizeof(buf));
	struct strbuf sb = {0};
	if (n <= 0) {
		/* a kernel thread, or a zombie */
		sb_printf(&sb, "[%s]", p->comm);
		p->cmdline = xstrdup(sb_cstr(&sb));
		sb_free(&sb);
		return;
	}
	if (buf[n - 1] != '\0')
		buf[n++] = '\0'; /* cut at the buffer's size */
	unsigned argc = 0;
	for (ssize_t i = 0; i < n; i++)
		argc += buf[i] == '\0';
	p->argv = xcalloc(argc + 1, sizeof(*p->argv));
	for (char *s = buf; s < buf + n; s += strlen(s) + 1) {
		size_t len = strlen(s);
		p->argv[p->argc++] = xstrdup(s);
		if (sb.len)
			sb_putc(&sb, ' ');
		bool quote = !len || strpbrk(s, " \t\"'\\");
		if (quote)
			sb_putc(&sb, '"');
		escape_text(&sb, (const unsigned char *)s, len, 0);
		if (quote)
			sb_putc(&sb, '"');
	}
	p->cmdline = xstrdup(sb_cstr(&sb));
	sb_free(&sb);
}

static void read_identity(struct chase_proc *p)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)p->pid);
	ssize_t n = read_small(path, buf, sizeof(buf));
	if (n > 0 && buf[n - 1] == '\n')
		buf[--n] = '\0';
	snprintf(p->comm_raw, sizeof(p->comm_raw), "%s", n > 0 ? buf : "");
	struct strbuf sb = {0};
	escape_text(&sb, (const unsigned char *)buf, n > 0 ? (size_t)n : 0, 0);
	snprintf(p->comm, sizeof(p->comm), "%s", sb_cstr(&sb));
	sb_free(&sb);
	p->uid = -1;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)p->pid);
	if (read_small(path, buf, sizeof(buf)) > 0) {
		p->uid = (long)field_of(buf, "\nUid:", -1);
		p->ppid = (pid_t)field_of(buf, "\nPPid:", 0);
		p->tracer = (pid_t)field_of(buf, "\nTracerPid:", 0);
	}
	if (p->uid >= 0) {
		struct passwd pw, *res = NULL;
		char pwbuf[1024];
		if (getpwuid_r((uid_t)p->uid, &pw, pwbuf, sizeof(pwbuf),
			       &res) == 0 &&
		    res)
			snprintf(p->user, sizeof(p->user), "%s", pw.pw_name);
		else
			snprintf(p->user, sizeof(p->user), "%ld", p->uid);
	}
}

struct chase_proc *chase_proc_read(struct chase *ch, pid_t pid)
{
	(void)ch;
	struct chase_proc *p = xcalloc(1, sizeof(*p));
	p->pid = pid;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d", (int)pid);
	if (access(path, F_OK) < 0) {
		p->gone = true;
		return p;
	}
	read_identity(p);
	read_threads(p);
	bool d_state = false;
	for (unsigned i = 0; i < p->nthreads; i++)
		d_state |= p->threads[i].state == 'D';
	for (unsigned i = 0; i < p->nthreads; i++)
		p->threads[i].no_mem = d_state;
	if (d_state)
		p->cmdline =
			xstrdup("(not read: a thread is in uninterruptible "
				"sleep)");
	else
		read_cmdline(p);
	if (!p->nthreads && !p->problem)
		p->gone = true;
	return p;
}

void chase_proc_free(struct chase_proc *p)
{
	if (!p)
		return;
	for (unsigned i = 0; i < p->nthreads; i++) {
		struct chase_thread *t = &p->threads[i];
		free(t->call_text);
		free(t->call_json);
		free(t->edges);
		free(t->end);
		free(t->note);
		free(t->problem);
	}
	free(p->threads);
	for (unsigned i = 0; i < p->argc; i++)
		free(p->argv[i]);
	free(p->argv);
	free(p->cmdline);
	free(p->problem);
	free(p);
}

/* ---- children ---- */

unsigned chase_children(pid_t pid, pid_t *out, unsigned max)
{
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	unsigned n = 0;
	struct dirent *de;
	char path[64], buf[2048];
	while ((de = readdir(d)) && n < max) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%s/status", de->d_name);
		if (read_small(path, buf, sizeof(buf)) <= 0)
			continue;
		const char *st = strstr(buf, "\nState:");
		if (st && (st[8] == 'Z' || st[8] == 'X'))
			continue; /* a wait for it would not block */
		if (field_of(buf, "\nPPid:", 0) == pid ||
		    field_of(buf, "\nTracerPid:", 0) == pid)
			out[n++] = (pid_t)atoi(de->d_name);
	}
	closedir(d);
	qsort(out, n, sizeof(out[0]), cmp_pid);
	return n;
}
