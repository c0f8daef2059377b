/* The -c / -C summary: calls, errors and time per syscall, printed when
 * the trace ends (also when sctrace is interrupted and detaches), in
 * strace's table: columns, widths, sort orders and totals as strace 6.1
 * prints them, one table per personality (the i386 one headed "System
 * call usage summary for 32 bit mode:").
 * It counts the calls the trace selects (trace=, -P, --trace-fds), as
 * strace does, whatever -z/-Z/status= print; a call that never returns
 * (exit_group) is not counted. The time of a call is the system time its
 * process gained between the entry and exit stops, or the wall time
 * between them with -w; -O takes an overhead off each call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch/arch.h"
#include "config.h"
#include "emit/emit.h"
#include "engine/session.h"
#include "report/report.h"
#include "util.h"

struct row {
	const char *name;
	long nr;
	unsigned long calls, errors;
	unsigned long long total, min, max; /* ns */
};

struct counts {
	struct row *rows; /* by number below SET_NR_MAX, then others */
	unsigned nrows, cap;
};

struct summary {
	struct sink sink;
	const struct config *cfg;
	struct counts pers[PERS_COUNT];
};

enum column {
	COL_PERCENT,
	COL_TOTAL,
	COL_MIN,
	COL_MAX,
	COL_AVG,
	COL_CALLS,
	COL_ERRORS,
	COL_NAME,
};

static const struct {
	const char *name;
	enum column col;
} column_names[] = {
	{"time-percent", COL_PERCENT}, {"time_percent", COL_PERCENT},
	{"percent", COL_PERCENT},      {"%time", COL_PERCENT},
	{"total-time", COL_TOTAL},     {"total_time", COL_TOTAL},
	{"time", COL_TOTAL},	       {"seconds", COL_TOTAL},
	{"min-time", COL_MIN},	       {"min_time", COL_MIN},
	{"shortest", COL_MIN},	       {"time-min", COL_MIN},
	{"time_min", COL_MIN},	       {"max-time", COL_MAX},
	{"max_time", COL_MAX},	       {"longest", COL_MAX},
	{"time-max", COL_MAX},	       {"time_max", COL_MAX},
	{"avg-time", COL_AVG},	       {"avg_time", COL_AVG},
	{"usecs/call", COL_AVG},       {"time-avg", COL_AVG},
	{"time_avg", COL_AVG},	       {"calls", COL_CALLS},
	{"count", COL_CALLS},	       {"errors", COL_ERRORS},
	{"error", COL_ERRORS},	       {"name", COL_NAME},
	{"syscall", COL_NAME},	       {"syscall-name", COL_NAME},
	{"syscall_name", COL_NAME},
};

/* header, width; the name column is the one left-aligned */
static const struct {
	const char *header;
	int width;
} columns[] = {
	[COL_PERCENT] = {"% time", 6},	[COL_TOTAL] = {"seconds", 11},
	[COL_MIN] = {"shortest", 8},	[COL_MAX] = {"longest", 8},
	[COL_AVG] = {"usecs/call", 11}, [COL_CALLS] = {"calls", 9},
	[COL_ERRORS] = {"errors", 9},	[COL_NAME] = {"syscall", 16},
};

enum sort_key {
	SORT_TIME,
	SORT_MIN,
	SORT_MAX,
	SORT_AVG,
	SORT_CALLS,
	SORT_ERRORS,
	SORT_NAME,
	SORT_NOTHING
};

static const struct {
	const char *name;
	enum sort_key key;
} sort_names[] = {
	{"time", SORT_TIME},	     {"time_total", SORT_TIME},
	{"total_time", SORT_TIME},   {"min-time", SORT_MIN},
	{"min_time", SORT_MIN},	     {"shortest", SORT_MIN},
	{"time_min", SORT_MIN},	     {"max-time", SORT_MAX},
	{"max_time", SORT_MAX},	     {"longest", SORT_MAX},
	{"time_max", SORT_MAX},	     {"avg-time", SORT_AVG},
	{"avg_time", SORT_AVG},	     {"time_avg", SORT_AVG},
	{"calls", SORT_CALLS},	     {"count", SORT_CALLS},
	{"errors", SORT_ERRORS},     {"error", SORT_ERRORS},
	{"name", SORT_NAME},	     {"syscall", SORT_NAME},
	{"syscall_name", SORT_NAME}, {"nothing", SORT_NOTHING},
	{"none", SORT_NOTHING},
};

static struct row *row_for(struct counts *ct, long nr)
{
	if (!ct->rows) {
		ct->cap = SET_NR_MAX + 16;
		ct->rows = xcalloc(ct->cap, sizeof(*ct->rows));
		ct->nrows = SET_NR_MAX;
		for (long i = 0; i < SET_NR_MAX; i++)
			ct->rows[i].nr = i;
	}
	if (nr >= 0 && nr < SET_NR_MAX)
		return &ct->rows[nr];
	for (unsigned i = SET_NR_MAX; i < ct->nrows; i++)
		if (ct->rows[i].nr == nr)
			return &ct->rows[i];
	if (ct->nrows == ct->cap) {
		ct->cap *= 2;
		ct->rows = xrealloc(ct->rows, ct->cap * sizeof(*ct->rows));
	}
	struct row *r = &ct->rows[ct->nrows++];
	memset(r, 0, sizeof(*r));
	r->nr = nr;
	return r;
}

static unsigned long long ns_of(const struct timespec *ts)
{
	if (ts->tv_sec < 0)
		return 0;
	return (unsigned long long)ts->tv_sec * 1000000000ULL +
	       (unsigned long long)ts->tv_nsec;
}

static void summary_exit(struct sink *k, struct session *s, struct tracee *t,
			 const struct call *c, const struct timespec *wall,
			 const struct timespec *sys, const char *line)
{
	(void)s;
	(void)line;
	struct summary *sm = (struct summary *)k;
	if (!c->exiting || !(t->flags & TF_SELECTED) || c->pers < 0 ||
	    c->pers >= PERS_COUNT)
		return;
	/* strace counts only the calls its tables know */
	if (arch_syscall(c->pers, c->nr) != c->desc)
		return;
	struct row *r = row_for(&sm->pers[c->pers], c->nr);
	if (!r->name) {
		/* an unknown call's name lives in its tracee: keep a copy */
		r->name =
			c->desc->name && arch_syscall(c->pers, c->nr) == c->desc
				? c->desc->name
				: xstrdup(c->desc->name ? c->desc->name : "?");
	}
	unsigned long long ns = ns_of(sm->cfg->count_wall ? wall : sys);
	unsigned long long overhead = (unsigned long long)sm->cfg->overhead_ns;
	ns = ns > overhead ? ns - overhead : 0;
	if (!r->calls || ns < r->min)
		r->min = ns;
	if (ns > r->max)
		r->max = ns;
	r->calls++;
	r->total += ns;
	if (c->err)
		r->errors++;
}

static int parse_columns(const char *spec, enum column *out)
{
	static const enum column dflt[] = {COL_PERCENT, COL_TOTAL,  COL_AVG,
					   COL_CALLS,	COL_ERRORS, COL_NAME};
	if (!spec) {
		memcpy(out, dflt, sizeof(dflt));
		return ARRAY_SIZE(dflt);
	}
	int n = 0;
	char *copy = xstrdup(spec);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok && n < 32;
	     tok = strtok_r(NULL, ",", &save))
		for (size_t i = 0; i < ARRAY_SIZE(column_names); i++)
			if (strcmp(tok, column_names[i].name) == 0) {
				out[n++] = column_names[i].col;
				break;
			}
	free(copy);
	return n;
}

static enum sort_key sort_key_of(const char *name)
{
	if (name)
		for (size_t i = 0; i < ARRAY_SIZE(sort_names); i++)
			if (strcmp(name, sort_names[i].name) == 0)
				return sort_names[i].key;
	return SORT_TIME;
}

static unsigned long long avg_of(const struct row *r)
{
	return r->calls ? r->total / r->calls : 0;
}

/* whether a goes after b: every key but the name sorts the biggest
 * first; ties keep the syscall number order */
static bool after(enum sort_key key, const struct row *a, const struct row *b)
{
	switch (key) {
	case SORT_TIME: return a->total < b->total;
	case SORT_MIN: return a->min < b->min;
	case SORT_MAX: return a->max < b->max;
	case SORT_AVG: return avg_of(a) < avg_of(b);
	case SORT_CALLS: return a->calls < b->calls;
	case SORT_ERRORS: return a->errors < b->errors;
	case SORT_NAME: return strcmp(a->name, b->name) > 0;
	case SORT_NOTHING: return false;
	}
	return false;
}

static void put_cell(struct strbuf *sb, enum column col, bool last,
		     const char *text)
{
	if (col == COL_NAME)
		sb_printf(sb, last ? "%s" : "%-16s", text);
	else
		sb_printf(sb, "%*s", columns[col].width, text);
}

/* the total row's share is 100.00 even of no time at all */
static void put_row(struct strbuf *sb, const enum column *cols, int ncols,
		    const struct row *r, unsigned long long grand_total,
		    bool is_total)
{
	for (int i = 0; i < ncols; i++) {
		char cell[64];
		switch (cols[i]) {
		case COL_PERCENT:
			snprintf(cell, sizeof(cell), "%6.2f",
				 is_total      ? 100.0
				 : grand_total ? 100.0 * (double)r->total /
							 (double)grand_total
					       : 0.0);
			break;
		case COL_TOTAL:
			snprintf(cell, sizeof(cell), "%11.6f",
				 (double)r->total / 1e9);
			break;
		case COL_MIN:
			snprintf(cell, sizeof(cell), "%8.6f",
				 (double)r->min / 1e9);
			break;
		case COL_MAX:
			snprintf(cell, sizeof(cell), "%8.6f",
				 (double)r->max / 1e9);
			break;
		case COL_AVG:
			snprintf(cell, sizeof(cell), "%11llu",
				 avg_of(r) / 1000);
			break;
		case COL_CALLS:
			snprintf(cell, sizeof(cell), "%9lu", r->calls);
			break;
		case COL_ERRORS:
			/* no errors: a blank cell */
			snprintf(cell, sizeof(cell), "%9.lu", r->errors);
			break;
		case COL_NAME:
			snprintf(cell, sizeof(cell), "%s", r->name);
			break;
		}
		if (i)
			sb_putc(sb, ' ');
		put_cell(sb, cols[i], i == ncols - 1, cell);
	}
	sb_putc(sb, '\n');
}

static void put_rule(struct strbuf *sb, const enum column *cols, int ncols)
{
	for (int i = 0; i < ncols; i++) {
		if (i)
			sb_putc(sb, ' ');
		for (int w = 0; w < columns[cols[i]].width; w++)
			sb_putc(sb, '-');
	}
	sb_putc(sb, '\n');
}

/* the rows with calls, in the order -S asks for, and their total */
static struct row **sorted_rows(const struct config *cfg, struct counts *ct,
				unsigned *count, struct row *total)
{
	enum sort_key key = sort_key_of(cfg->sortby);
	struct row **order = xcalloc(ct->nrows, sizeof(*order));
	unsigned n = 0;
	*total = (struct row){.name = "total"};
	for (unsigned i = 0; i < ct->nrows; i++) {
		struct row *r = &ct->rows[i];
		if (!r->calls)
			continue;
		if (!total->calls || r->min < total->min)
			total->min = r->min;
		if (r->max > total->max)
			total->max = r->max;
		total->calls += r->calls;
		total->errors += r->errors;
		total->total += r->total;
		/* stable insertion: ties stay in number order */
		unsigned j = n++;
		while (j > 0 && after(key, order[j - 1], r)) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = r;
	}
	*count = n;
	return order;
}

static void put_table(struct strbuf *sb, const struct config *cfg,
		      struct counts *ct)
{
	enum column cols[32];
	int ncols = parse_columns(cfg->columns, cols);
	unsigned n;
	struct row total;
	struct row **order = sorted_rows(cfg, ct, &n, &total);

	for (int i = 0; i < ncols; i++) {
		if (i)
			sb_putc(sb, ' ');
		put_cell(sb, cols[i], i == ncols - 1, columns[cols[i]].header);
	}
	sb_putc(sb, '\n');
	put_rule(sb, cols, ncols);
	for (unsigned i = 0; i < n; i++)
		put_row(sb, cols, ncols, order[i], total.total, false);
	put_rule(sb, cols, ncols);
	put_row(sb, cols, ncols, &total, total.total, true);
	free(order);
}

static void put_json_row(struct strbuf *sb, const struct row *r)
{
	sb_puts(sb, "{\"syscall\":\"");
	escape_json(sb, (const unsigned char *)r->name, strlen(r->name));
	sb_printf(sb, "\",\"calls\":%lu,\"errors\":%lu,\"seconds\":%.9f,"
		      "\"min_seconds\":%.9f,\"max_seconds\":%.9f}",
		  r->calls, r->errors, (double)r->total / 1e9,
		  (double)r->min / 1e9, (double)r->max / 1e9);
}

/* --json: one record per personality, the rows in the table's order */
static void put_json(struct strbuf *sb, const struct config *cfg,
		     struct counts *ct, int pers)
{
	unsigned n;
	struct row total;
	struct row **order = sorted_rows(cfg, ct, &n, &total);
	sb_printf(sb, "{\"type\":\"summary\",\"personality\":\"%s\","
		      "\"time\":\"%s\",\"calls\":[",
		  arch_personality_mode(pers), cfg->count_wall ? "wall" : "system");
	for (unsigned i = 0; i < n; i++) {
		if (i)
			sb_putc(sb, ',');
		put_json_row(sb, order[i]);
	}
	sb_puts(sb, "],\"total\":");
	put_json_row(sb, &total);
	sb_puts(sb, "}\n");
	free(order);
}

static bool has_calls(const struct counts *ct)
{
	for (unsigned i = 0; i < ct->nrows; i++)
		if (ct->rows[i].calls)
			return true;
	return false;
}

static void summary_finish(struct sink *k, struct session *s,
			   struct output *out)
{
	(void)s;
	struct summary *sm = (struct summary *)k;
	struct strbuf sb = {0};
	for (int p = 0; p < PERS_COUNT; p++) {
		if (!has_calls(&sm->pers[p]))
			continue;
		if (sm->cfg->json) {
			put_json(&sb, sm->cfg, &sm->pers[p], p);
			continue;
		}
		if (p != PERS_X86_64)
			sb_printf(&sb,
				  "System call usage summary for %s mode:\n",
				  arch_personality_mode(p));
		put_table(&sb, sm->cfg, &sm->pers[p]);
	}
	if (sb.len)
		output_write(out, sb.buf, sb.len);
	sb_free(&sb);
}

void summary_sink_free(struct sink *k)
{
	struct summary *sm = (struct summary *)k;
	if (!sm)
		return;
	for (int p = 0; p < PERS_COUNT; p++) {
		struct counts *ct = &sm->pers[p];
		for (unsigned i = 0; i < ct->nrows; i++)
			if (ct->rows[i].name &&
			    (!arch_syscall(p, ct->rows[i].nr) ||
			     arch_syscall(p, ct->rows[i].nr)->name !=
				     ct->rows[i].name))
				free((char *)ct->rows[i].name);
		free(ct->rows);
	}
	free(sm);
}

struct sink *summary_sink_new(const struct config *cfg)
{
	if (!cfg->count)
		return NULL;
	struct summary *sm = xcalloc(1, sizeof(*sm));
	sm->cfg = cfg;
	sm->sink.syscall_exit = summary_exit;
	sm->sink.finish = summary_finish;
	sm->sink.destroy = summary_sink_free;
	return &sm->sink;
}
