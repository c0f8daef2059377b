/* writer.h — the trace writer: outputs (stderr, a file, a pipe, one file
 * per process with -ff) and the rule for lines that two processes share.
 * A syscall's line is built at entry and written when it is complete; if
 * the call blocks, the engine shows the part built so far (as strace
 * does), and when another process's record must be written in the middle
 * of it, the open line is ended with " <unfinished ...>" and its end will
 * come back as "<... name resumed>". */
#ifndef SCTRACE_WRITER_H
#define SCTRACE_WRITER_H

#include <stdbool.h>
#include <sys/types.h>

#include "emit/emit.h"
#include "util.h"

struct config;
struct trace_line;

struct output {
	int fd;
	bool buffered;  /* a file or pipe: gather writes, flush on a tick */
	bool is_stderr;
	bool broken;    /* a write failed (EPIPE): stop writing */
	struct strbuf buf;
	struct trace_line *open_line; /* written partly, not yet ended */
	pid_t pipe_pid; /* -o '|cmd' */
	unsigned refs;
};

enum line_state {
	LINE_IDLE,       /* nothing in flight */
	LINE_BUILDING,   /* entry built, nothing written */
	LINE_OPEN,       /* entry written, line not ended */
	LINE_UNFINISHED, /* ended with <unfinished ...>; exit resumes */
};

struct trace_line {
	struct strbuf buf;
	struct emitter em;
	size_t written; /* bytes of buf already written */
	enum line_state state;
	bool more_args; /* exit prints more arguments */
	struct output *out;
};

/* Opens where the trace goes: NULL is stderr, "|cmd" or "!cmd" a pipe to
 * a shell command, else a file (truncated, or appended with -A).
 * Failure: one line and exit 1. */
struct output *output_open(const char *spec, bool append);
struct output *output_stderr(void);
void output_ref(struct output *o);
void output_unref(struct output *o);
void output_flush(struct output *o);
/* writes bytes as they are (messages, --why reports) */
void output_write(struct output *o, const void *data, size_t len);

void line_init(struct trace_line *l, const struct emit_ops *ops,
	       const struct config *cfg, struct output *out);
void line_free(struct trace_line *l);
/* starts a new record in l (resets the buffer) */
void line_reset(struct trace_line *l);
/* the record in l is complete: write it (and end any other open line) */
void line_commit(struct trace_line *l);
/* an open line that will not come back: end it with <unfinished ...> */
void line_end_unfinished(struct trace_line *l);
/* write what is built so far and leave the line open */
void line_show_partial(struct trace_line *l);

/* flushes every buffered output; called on the tick and at exit */
void outputs_flush_all(void);
/* whether any output holds unwritten bytes */
bool outputs_dirty(void);

#endif
