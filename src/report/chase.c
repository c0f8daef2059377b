/* --chase -p PID: a snapshot, not a trace. For every thread of PID, the
 * call it is blocked in, then the processes that could end that wait,
 * hop by hop, printed as an indented tree (or one JSON object per hop),
 * and the cycles among them: a deadlock when none of its members can go
 * on by itself. See docs/chase.md.
 *
 * The walk reads everything first (chase_proc.c, chase_edges.c), reads
 * every thread's state once more to see which moved meanwhile, decides
 * which processes are stuck, and only then prints. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emit/emit.h"
#include "report/chase.h"
#include "report/report.h"

#define MAX_CYCLES 16

static struct chase_proc *find_proc(const struct chase *ch, pid_t pid)
{
	for (unsigned i = 0; i < ch->nprocs; i++)
		if (ch->procs[i]->pid == pid)
			return ch->procs[i];
	return NULL;
}

static struct chase_proc *get_proc(struct chase *ch, pid_t pid)
{
	struct chase_proc *p = find_proc(ch, pid);
	if (p)
		return p;
	if (ch->nprocs == CHASE_MAX_PROCS) {
		ch->full = true;
		return NULL;
	}
	p = chase_proc_read(ch, pid);
	ch->procs[ch->nprocs++] = p;
	return p;
}

/* ---- reading ---- */

static void explore(struct chase *ch, struct chase_proc *p, unsigned depth)
{
	if (!p || p->expanded || p->gone || depth >= CHASE_MAX_DEPTH)
		return;
	p->expanded = true;
	for (unsigned i = 0; i < p->nthreads; i++) {
		chase_render_call(ch, &p->threads[i]);
		chase_thread_edges(ch, p, &p->threads[i]);
	}
	for (unsigned i = 0; i < p->nthreads; i++) {
		const struct chase_thread *t = &p->threads[i];
		for (unsigned j = 0; j < t->nedges; j++)
			explore(ch, get_proc(ch, t->edges[j].to), depth + 1);
	}
}

/* A process is stuck when none of its threads can go on: each waits only
 * for processes that are stuck themselves. The least fixed point of "can
 * go on", starting from the threads that may go on by themselves, from
 * processes not read, and from threads that moved while we looked. */
static void analyse(struct chase *ch)
{
	bool go[CHASE_MAX_PROCS];
	for (unsigned i = 0; i < ch->nprocs; i++) {
		const struct chase_proc *p = ch->procs[i];
		go[i] = !p->expanded || p->gone || !p->nthreads ||
			p->more_threads;
	}
	for (bool changed = true; changed;) {
		changed = false;
		for (unsigned i = 0; i < ch->nprocs; i++) {
			const struct chase_proc *p = ch->procs[i];
			for (unsigned k = 0; k < p->nthreads && !go[i]; k++) {
				const struct chase_thread *t = &p->threads[k];
				if (t->may_go_on || t->moved)
					go[i] = true;
				for (unsigned j = 0; j < t->nedges && !go[i];
				     j++) {
					const struct chase_proc *q =
						find_proc(ch, t->edges[j].to);
					unsigned qi = 0;
					while (q && ch->procs[qi] != q)
						qi++;
					if (!q || go[qi])
						go[i] = true;
				}
				changed |= go[i];
			}
		}
	}
	for (unsigned i = 0; i < ch->nprocs; i++)
		ch->procs[i]->stuck = !go[i];
}

/* ---- printing ---- */

struct hop {
	struct chase_proc *p;
	const struct chase_edge *e; /* the edge taken from it */
};

struct cycle {
	unsigned n;
	struct hop hops[CHASE_MAX_DEPTH + 1];
	bool deadlock;
};

struct printer {
	struct chase *ch;
	struct strbuf *out;
	bool json;
	struct hop path[CHASE_MAX_DEPTH + 1];
	unsigned depth;
	struct cycle cycles[MAX_CYCLES];
	unsigned ncycles;
};

static bool same_cycle(const struct cycle *a, const struct cycle *b)
{
	if (a->n != b->n)
		return false;
	for (unsigned i = 0; i < a->n; i++) {
		bool in = false;
		for (unsigned j = 0; j < b->n && !in; j++)
			in = a->hops[i].p == b->hops[j].p;
		if (!in)
			return false;
	}
	return true;
}

/* q is on the path: the hops from it to the top, and the edge back */
static void record_cycle(struct printer *pr, const struct chase_proc *q,
			 const struct chase_edge *back)
{
	unsigned from = 0;
	while (from < pr->depth && pr->path[from].p != q)
		from++;
	if (from == pr->depth || pr->ncycles == MAX_CYCLES)
		return;
	struct cycle c = {.deadlock = true};
	for (unsigned i = from; i < pr->depth; i++) {
		c.hops[c.n] = pr->path[i];
		if (i + 1 == pr->depth)
			c.hops[c.n].e = back;
		c.deadlock &= c.hops[c.n].p->stuck;
		c.n++;
	}
	for (unsigned i = 0; i < pr->ncycles; i++)
		if (same_cycle(&pr->cycles[i], &c))
			return;
	pr->cycles[pr->ncycles++] = c;
}

static void indent(struct strbuf *sb, unsigned depth)
{
	for (unsigned i = 0; i < depth; i++)
		sb_puts(sb, "  ");
}

static bool not_blocked(const struct chase_thread *t)
{
	return t->moved || t->state == 'R' || t->sys == CS_RUNNING;
}

static const char *call_or_state(const struct chase_thread *t)
{
	if (t->call_text)
		return t->call_text;
	if (t->state == 'Z' || t->state == 'X')
		return "exited";
	if (t->kthread)
		return "a kernel thread";
	switch (t->sys) {
	case CS_RUNNING: return "running";
	case CS_OUTSIDE: return "not in a system call";
	case CS_IN: return "in a system call";
	default: return "in a call that cannot be read";
	}
}

/* state, wchan, time asleep, user, command: where to look next */
static void put_details(struct strbuf *sb, const struct chase_proc *p,
			const struct chase_thread *t)
{
	sb_printf(sb, "state %s", chase_state_name(t->state));
	if (t->wchan[0])
		sb_printf(sb, ", wchan %s", t->wchan);
	if (t->asleep >= 0 && !not_blocked(t))
		sb_printf(sb, ", asleep %.2fs", t->asleep);
	if (p->user[0])
		sb_printf(sb, "; user %s", p->user);
	sb_printf(sb, "; command: %s", p->cmdline ? p->cmdline : "?");
}

static void text_proc(struct printer *pr, struct chase_proc *p, pid_t pid,
		      unsigned depth, const struct chase_edge *via);

static void text_thread_body(struct printer *pr, struct chase_proc *p,
			     const struct chase_thread *t, unsigned depth)
{
	struct strbuf *sb = pr->out;
	if (t->problem) {
		indent(sb, depth);
		sb_printf(sb, "(%s)\n", t->problem);
	}
	if (not_blocked(t)) {
		indent(sb, depth);
		sb_puts(sb, t->moved ? "not blocked: it ran while sctrace "
				       "looked at it; "
				     : "not blocked: it is running; ");
		put_details(sb, p, t);
		sb_putc(sb, '\n');
		return;
	}
	if (t->note) {
		indent(sb, depth);
		sb_printf(sb, "(%s)\n", t->note);
	}
	if (t->end) {
		indent(sb, depth);
		sb_printf(sb, "place to look: %s\n", t->end);
		indent(sb, depth + 1);
		put_details(sb, p, t);
		sb_putc(sb, '\n');
	}
	for (unsigned j = 0; j < t->nedges; j++) {
		pr->path[pr->depth - 1].e = &t->edges[j];
		text_proc(pr, find_proc(pr->ch, t->edges[j].to), t->edges[j].to,
			  depth, &t->edges[j]);
	}
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* two threads that end their chains alike, in the same call */
static bool same_way(const struct chase_thread *a, const struct chase_thread *b)
{
	return !a->nedges && !b->nedges && a->state == b->state &&
	       a->sys == b->sys && a->desc == b->desc &&
	       a->kthread == b->kthread && not_blocked(a) == not_blocked(b) &&
	       !strcmp(a->wchan, b->wchan) && same_text(a->end, b->end) &&
	       same_text(a->note, b->note) && !a->problem == !b->problem;
}

static void text_proc(struct printer *pr, struct chase_proc *p, pid_t pid,
		      unsigned depth, const struct chase_edge *via)
{
	struct strbuf *sb = pr->out;
	indent(sb, depth);
	if (via)
		sb_printf(sb, "%s ", via->reason);
	sb_printf(sb, "%d", (int)pid);
	if (!p) {
		sb_printf(sb, ": not followed (more than %d processes)\n",
			  CHASE_MAX_PROCS);
		return;
	}
	if (p->comm[0])
		sb_printf(sb, " %s", p->comm);
	if (p->gone) {
		sb_puts(sb, ": gone (it has exited)\n");
		return;
	}
	if (p->mark == 1) {
		sb_printf(sb, ": %s, see above\n",
			  p->stuck ? "deadlock" : "a cycle");
		record_cycle(pr, p, via);
		return;
	}
	if (p->mark == 2) {
		sb_puts(sb, ": see above\n");
		return;
	}
	if (!p->expanded || pr->depth == CHASE_MAX_DEPTH) {
		sb_printf(sb, ": not followed (more than %d hops)\n",
			  CHASE_MAX_DEPTH);
		return;
	}
	p->mark = 1;
	pr->path[pr->depth++] = (struct hop){p, NULL};
	bool one = p->nthreads == 1 && !p->more_threads;
	if (one)
		sb_printf(sb, ": %s\n", call_or_state(&p->threads[0]));
	else
		sb_printf(sb, ": %u threads\n", p->nthreads + p->more_threads);
	if (p->problem) {
		indent(sb, depth + 1);
		sb_printf(sb, "(%s)\n", p->problem);
	}
	bool *folded = xcalloc(p->nthreads + 1, sizeof(*folded));
	for (unsigned i = 0; i < p->nthreads; i++) {
		const struct chase_thread *t = &p->threads[i];
		if (one) {
			text_thread_body(pr, p, t, depth + 1);
			continue;
		}
		if (folded[i])
			continue;
		indent(sb, depth + 1);
		sb_printf(sb, "thread %d: %s\n", (int)t->tid, call_or_state(t));
		text_thread_body(pr, p, t, depth + 2);
		/* a pool of threads idle alike: one line for the rest */
		unsigned same = 0;
		for (unsigned j = i + 1; j < p->nthreads; j++) {
			if (!same_way(t, &p->threads[j]))
				continue;
			if (!same++) {
				indent(sb, depth + 2);
				sb_puts(sb, "the same for thread");
			}
			folded[j] = true;
			sb_printf(sb, "%s %d", same > 1 ? "," : "",
				  (int)p->threads[j].tid);
		}
		if (same)
			sb_putc(sb, '\n');
	}
	free(folded);
	if (p->more_threads) {
		indent(sb, depth + 1);
		sb_printf(sb, "... %u more threads not read\n",
			  p->more_threads);
	}
	pr->depth--;
	p->mark = 2;
}

/* the thread of p that waits along e */
static const struct chase_thread *edge_thread(const struct chase_proc *p,
					      const struct chase_edge *e)
{
	for (unsigned i = 0; i < p->nthreads; i++) {
		const struct chase_thread *t = &p->threads[i];
		if (e && e >= t->edges && e < t->edges + t->nedges)
			return t;
	}
	return NULL;
}

static void text_cycles(struct printer *pr)
{
	struct strbuf *sb = pr->out;
	for (unsigned i = 0; i < pr->ncycles; i++) {
		const struct cycle *c = &pr->cycles[i];
		if (c->deadlock) {
			sb_puts(sb, "deadlock: ");
		} else {
			sb_puts(sb, "a cycle, but not a deadlock (");
			bool first = true;
			for (unsigned k = 0; k < c->n; k++)
				if (!c->hops[k].p->stuck) {
					sb_printf(sb, "%s%d", first ? "" : ", ",
						  (int)c->hops[k].p->pid);
					first = false;
				}
			sb_puts(sb, " may go on): ");
		}
		for (unsigned k = 0; k < c->n; k++)
			sb_printf(sb, "%d \xe2\x86\x92 ",
				  (int)c->hops[k].p->pid);
		sb_printf(sb, "%d\n", (int)c->hops[0].p->pid);
		for (unsigned k = 0; k < c->n; k++) {
			const struct chase_proc *to = c->hops[(k + 1) % c->n].p;
			sb_printf(sb, "  %d %s %s %d %s\n",
				  (int)c->hops[k].p->pid, c->hops[k].p->comm,
				  c->hops[k].e ? c->hops[k].e->reason : "?",
				  (int)to->pid, to->comm);
		}
		/* who they are: the thread whose wait is in the cycle */
		for (unsigned k = 0; k < c->n; k++) {
			const struct chase_thread *t =
				edge_thread(c->hops[k].p, c->hops[k].e);
			if (!t)
				continue;
			sb_printf(sb, "  %d: ", (int)t->tid);
			put_details(sb, c->hops[k].p, t);
			sb_putc(sb, '\n');
		}
	}
	/* stuck, but not in a cycle: they wait on one */
	bool any = false;
	for (unsigned i = 0; i < pr->ch->nprocs; i++) {
		const struct chase_proc *p = pr->ch->procs[i];
		bool in_cycle = false;
		for (unsigned k = 0; k < pr->ncycles && !in_cycle; k++)
			for (unsigned h = 0; h < pr->cycles[k].n; h++)
				in_cycle |= pr->cycles[k].hops[h].p == p;
		if (!p->stuck || in_cycle || p->mark != 2)
			continue;
		sb_printf(sb, "%s%d %s",
			  any ? ", " : "stuck behind it: ", (int)p->pid,
			  p->comm);
		any = true;
	}
	if (any)
		sb_putc(sb, '\n');
}

/* ---- JSON ---- */

static void jstr(struct strbuf *sb, const char *s)
{
	sb_putc(sb, '"');
	size_t len = strlen(s);
	if (utf8_valid((const unsigned char *)s, len)) {
		escape_json(sb, (const unsigned char *)s, len);
	} else {
		struct strbuf esc = {0};
		escape_text(&esc, (const unsigned char *)s, len, 0);
		escape_json(sb, (const unsigned char *)sb_cstr(&esc), esc.len);
		sb_free(&esc);
	}
	sb_putc(sb, '"');
}

static void jkey(struct strbuf *sb, const char *key)
{
	sb_printf(sb, ",\"%s\":", key);
}

/* the hop's own fields, and where it was reached from: the process on
 * top of the path (the one below p, when p is already pushed) */
static void json_head(struct printer *pr, const struct chase_proc *p, pid_t pid,
		      unsigned depth, const struct chase_edge *via,
		      const struct chase_proc *from)
{
	struct strbuf *sb = pr->out;
	sb_printf(sb, "{\"type\":\"hop\",\"depth\":%u,\"pid\":%d", depth,
		  (int)pid);
	if (p && p->comm_raw[0]) {
		jkey(sb, "comm");
		jstr(sb, p->comm_raw);
	}
	if (!via || !from)
		return;
	sb_printf(sb, ",\"from\":{\"pid\":%d", (int)from->pid);
	for (unsigned i = 0; i < from->nthreads; i++) {
		const struct chase_thread *t = &from->threads[i];
		if (from->nthreads > 1 && via >= t->edges &&
		    via < t->edges + t->nedges)
			sb_printf(sb, ",\"tid\":%d", (int)t->tid);
	}
	if (via->fd >= 0)
		sb_printf(sb, ",\"fd\":%d", via->fd);
	jkey(sb, "reason");
	jstr(sb, via->reason);
	sb_putc(sb, '}');
}

static void json_proc(struct printer *pr, struct chase_proc *p, pid_t pid,
		      unsigned depth, const struct chase_edge *via);

static void json_thread(struct printer *pr, struct chase_proc *p,
			const struct chase_thread *t, unsigned depth,
			const struct chase_edge *via)
{
	struct strbuf *sb = pr->out;
	json_head(pr, p, p->pid, depth, via,
		  pr->depth >= 2 ? pr->path[pr->depth - 2].p : NULL);
	sb_printf(sb, ",\"tid\":%d,\"threads\":%u", (int)t->tid,
		  p->nthreads + p->more_threads);
	sb_printf(sb, ",\"state\":\"%c\"", t->state);
	if (t->wchan[0]) {
		jkey(sb, "wchan");
		jstr(sb, t->wchan);
	}
	if (t->asleep >= 0 && !not_blocked(t))
		sb_printf(sb, ",\"asleep\":%.3f", t->asleep);
	if (p->user[0]) {
		jkey(sb, "user");
		jstr(sb, p->user);
	}
	if (p->uid >= 0)
		sb_printf(sb, ",\"uid\":%ld", p->uid);
	sb_puts(sb, ",\"cmdline\":[");
	for (unsigned i = 0; i < p->argc; i++) {
		if (i)
			sb_putc(sb, ',');
		jstr(sb, p->argv[i]);
	}
	sb_putc(sb, ']');
	if (t->call_json)
		sb_printf(sb, ",\"call\":%s", t->call_json);
	else if (t->call_text) {
		jkey(sb, "call_text");
		jstr(sb, t->call_text);
	}
	sb_printf(sb, ",\"blocked\":%s", not_blocked(t) ? "false" : "true");
	if (t->moved)
		sb_puts(sb, ",\"moved\":true");
	if (t->end && !not_blocked(t)) {
		jkey(sb, "end");
		jstr(sb, t->end);
	}
	if (t->note && !not_blocked(t)) {
		jkey(sb, "note");
		jstr(sb, t->note);
	}
	const char *problem = t->problem ? t->problem : p->problem;
	if (problem) {
		jkey(sb, "problem");
		jstr(sb, problem);
	}
	sb_printf(sb, ",\"stuck\":%s", p->stuck ? "true" : "false");
	if (!not_blocked(t) && t->nedges) {
		sb_puts(sb, ",\"waits_for\":[");
		for (unsigned j = 0; j < t->nedges; j++)
			sb_printf(sb, "%s%d", j ? "," : "",
				  (int)t->edges[j].to);
		sb_putc(sb, ']');
	}
	sb_puts(sb, "}\n");
	if (not_blocked(t))
		return;
	for (unsigned j = 0; j < t->nedges; j++) {
		pr->path[pr->depth - 1].e = &t->edges[j];
		json_proc(pr, find_proc(pr->ch, t->edges[j].to), t->edges[j].to,
			  depth + 1, &t->edges[j]);
	}
}

static void json_proc(struct printer *pr, struct chase_proc *p, pid_t pid,
		      unsigned depth, const struct chase_edge *via)
{
	struct strbuf *sb = pr->out;
	const char *seen = !p		  ? "not_followed"
			   : p->gone	  ? "gone"
			   : p->mark == 1 ? "on_path"
			   : p->mark == 2 ? "above"
			   : !p->expanded || pr->depth == CHASE_MAX_DEPTH
				   ? "not_followed"
				   : NULL;
	if (seen) {
		json_head(pr, p, pid, depth, via,
			  pr->depth ? pr->path[pr->depth - 1].p : NULL);
		sb_printf(sb, ",\"seen\":\"%s\"", seen);
		if (p && p->mark == 1) {
			sb_printf(sb, ",\"stuck\":%s",
				  p->stuck ? "true" : "false");
			record_cycle(pr, p, via);
		}
		sb_puts(sb, "}\n");
		return;
	}
	p->mark = 1;
	pr->path[pr->depth++] = (struct hop){p, NULL};
	for (unsigned i = 0; i < p->nthreads; i++)
		json_thread(pr, p, &p->threads[i], depth, via);
	pr->depth--;
	p->mark = 2;
}

static void json_cycles(struct printer *pr, pid_t root)
{
	struct strbuf *sb = pr->out;
	for (unsigned i = 0; i < pr->ncycles; i++) {
		const struct cycle *c = &pr->cycles[i];
		sb_printf(sb, "{\"type\":\"%s\",\"pids\":[",
			  c->deadlock ? "deadlock" : "cycle");
		for (unsigned k = 0; k <= c->n; k++)
			sb_printf(sb, "%s%d", k ? "," : "",
				  (int)c->hops[k % c->n].p->pid);
		sb_puts(sb, "],\"edges\":[");
		for (unsigned k = 0; k < c->n; k++) {
			sb_printf(sb, "%s{\"from\":%d,\"to\":%d,\"reason\":",
				  k ? "," : "", (int)c->hops[k].p->pid,
				  (int)c->hops[(k + 1) % c->n].p->pid);
			jstr(sb, c->hops[k].e ? c->hops[k].e->reason : "?");
			sb_putc(sb, '}');
		}
		sb_putc(sb, ']');
		if (!c->deadlock) {
			sb_puts(sb, ",\"may_go_on\":[");
			bool first = true;
			for (unsigned k = 0; k < c->n; k++)
				if (!c->hops[k].p->stuck) {
					sb_printf(sb, "%s%d", first ? "" : ",",
						  (int)c->hops[k].p->pid);
					first = false;
				}
			sb_putc(sb, ']');
		}
		sb_puts(sb, "}\n");
	}
	sb_printf(sb, "{\"type\":\"summary\",\"pid\":%d,\"stuck\":[",
		  (int)root);
	bool first = true;
	for (unsigned i = 0; i < pr->ch->nprocs; i++)
		if (pr->ch->procs[i]->stuck && pr->ch->procs[i]->mark == 2) {
			sb_printf(sb, "%s%d", first ? "" : ",",
				  (int)pr->ch->procs[i]->pid);
			first = false;
		}
	unsigned deadlocks = 0;
	for (unsigned i = 0; i < pr->ncycles; i++)
		deadlocks += pr->cycles[i].deadlock;
	sb_printf(sb, "],\"deadlocks\":%u,\"processes\":%u}\n", deadlocks,
		  pr->ch->nprocs);
}

/* ---- the run ---- */

static void print_root(struct chase *ch, struct chase_proc *root,
		       struct strbuf *out)
{
	struct printer pr = {.ch = ch, .out = out, .json = ch->cfg.json};
	for (unsigned i = 0; i < ch->nprocs; i++)
		ch->procs[i]->mark = 0;
	if (pr.json) {
		json_proc(&pr, root, root->pid, 0, NULL);
		json_cycles(&pr, root->pid);
	} else {
		text_proc(&pr, root, root->pid, 0, NULL);
		text_cycles(&pr);
		if (ch->full)
			sb_printf(out,
				  "(more than %d processes: the rest were not "
				  "followed)\n",
				  CHASE_MAX_PROCS);
	}
}

#define WATCHDOG_SECONDS 10

/* /proc reads that need a process's memory map (cmdline) wait for its
 * lock, killably: a stuck process must not hang sctrace for ever */
static void on_watchdog(int sig)
{
	(void)sig;
	static const char msg[] =
		"sctrace: --chase: gave up after 10 s: reading /proc of a "
		"process blocked (its memory map is locked?)\n";
	if (write(2, msg, sizeof(msg) - 1) < 0) {
		/* nothing more to do */
	}
	_exit(1);
}

int chase_run(const struct config *cfg)
{
	signal(SIGALRM, on_watchdog);
	alarm(WATCHDOG_SECONDS);
	static struct chase ch;
	ch.cfg = *cfg;
	/* the calls print as -yy shows them */
	ch.cfg.decode_fds = DECODE_FD_ALL;
	pid_t roots[64];
	unsigned nroots = 0;
	for (int i = 0; i < cfg->npids && nroots < ARRAY_SIZE(roots); i++) {
		pid_t tgid = chase_tgid(cfg->pids[i]);
		if (tgid <= 0)
			die("--chase: no process %d", (int)cfg->pids[i]);
		if (tgid == getpid())
			die("--chase: %d is sctrace itself", (int)tgid);
		roots[nroots++] = tgid;
	}
	for (unsigned i = 0; i < nroots; i++)
		explore(&ch, get_proc(&ch, roots[i]), 0);
	/* whatever ran or changed call meanwhile was not blocked */
	for (unsigned i = 0; i < ch.nprocs; i++)
		for (unsigned k = 0; k < ch.procs[i]->nthreads; k++)
			if (ch.procs[i]->expanded)
				chase_thread_recheck(&ch.procs[i]->threads[k],
						     ch.procs[i]->pid);
	analyse(&ch);

	FILE *f = stdout;
	if (cfg->outfile) {
		f = fopen(cfg->outfile, cfg->append ? "ae" : "we");
		if (!f)
			die("cannot open %s: %m", cfg->outfile);
	}
	struct strbuf out = {0};
	for (unsigned i = 0; i < nroots; i++) {
		if (i && !ch.cfg.json)
			sb_putc(&out, '\n');
		print_root(&ch, find_proc(&ch, roots[i]), &out);
	}
	alarm(0);
	fwrite(out.buf, 1, out.len, f);
	int status = fflush(f) == 0 ? 0 : 1;
	if (f != stdout)
		fclose(f);
	sb_free(&out);
	for (unsigned i = 0; i < ch.nprocs; i++)
		chase_proc_free(ch.procs[i]);
	return status;
}
