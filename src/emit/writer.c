/* The trace writer: outputs and the partial-line rule (see writer.h). */
#include "emit/writer.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"

#define OUTPUT_BUFSIZE (64 * 1024)

/* every output, for the flush tick */
static struct output *all_outputs[4096];
static unsigned n_outputs;
static bool any_dirty;

static void register_output(struct output *o)
{
	if (n_outputs < ARRAY_SIZE(all_outputs))
		all_outputs[n_outputs++] = o;
}

static void unregister_output(struct output *o)
{
	for (unsigned i = 0; i < n_outputs; i++)
		if (all_outputs[i] == o) {
			all_outputs[i] = all_outputs[--n_outputs];
			return;
		}
}

static void write_all(struct output *o, const char *p, size_t n)
{
	while (n && !o->broken) {
		ssize_t w = write(o->fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			o->broken = true;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

void output_flush(struct output *o)
{
	if (o->buf.len) {
		write_all(o, o->buf.buf, o->buf.len);
		sb_reset(&o->buf);
	}
}

void output_write(struct output *o, const void *data, size_t len)
{
	if (!len)
		return;
	if (!o->buffered) {
		write_all(o, data, len);
		return;
	}
	if (o->buf.len + len > OUTPUT_BUFSIZE)
		output_flush(o);
	if (len >= OUTPUT_BUFSIZE) {
		write_all(o, data, len);
		return;
	}
	sb_add(&o->buf, data, len);
	any_dirty = true;
}

struct output *output_stderr(void)
{
	static struct output *err;
	if (!err) {
		err = xcalloc(1, sizeof(*err));
		err->fd = 2;
		err->is_stderr = true;
		err->refs = 1; /* never closed */
		register_output(err);
	}
	output_ref(err);
	return err;
}

static struct output *open_pipe(const char *cmd)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		die("pipe: %s", strerror(errno));
	pid_t pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		dup2(fds[0], 0);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	struct output *o = xcalloc(1, sizeof(*o));
	o->fd = fds[1];
	o->buffered = true;
	o->pipe_pid = pid;
	o->refs = 1;
	register_output(o);
	return o;
}

struct output *output_open(const char *spec, bool append)
{
	if (!spec)
		return output_stderr();
	if (spec[0] == '|' || spec[0] == '!')
		return open_pipe(spec + 1);
	int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
	int fd = open(spec, flags, 0666);
	if (fd < 0)
		die("Can't fopen '%s': %s", spec, strerror(errno));
	struct output *o = xcalloc(1, sizeof(*o));
	o->fd = fd;
	o->buffered = true;
	o->refs = 1;
	register_output(o);
	return o;
}

void output_ref(struct output *o)
{
	o->refs++;
}

void output_unref(struct output *o)
{
	if (--o->refs)
		return;
	output_flush(o);
	unregister_output(o);
	if (!o->is_stderr) {
		close(o->fd);
		if (o->pipe_pid > 0) {
			int st;
			while (waitpid(o->pipe_pid, &st, 0) < 0 && errno == EINTR)
				;
		}
	}
	sb_free(&o->buf);
	free(o);
}

void outputs_flush_all(void)
{
	for (unsigned i = 0; i < n_outputs; i++)
		output_flush(all_outputs[i]);
	any_dirty = false;
}

bool outputs_dirty(void)
{
	return any_dirty;
}

void line_init(struct trace_line *l, const struct emit_ops *ops,
	       const struct config *cfg, struct output *out)
{
	memset(l, 0, sizeof(*l));
	emitter_init(&l->em, ops, cfg, &l->buf);
	l->out = out;
	output_ref(out);
}

void line_free(struct trace_line *l)
{
	if (l->out) {
		if (l->out->open_line == l)
			l->out->open_line = NULL;
		output_unref(l->out);
		l->out = NULL;
	}
	sb_free(&l->buf);
}

void line_reset(struct trace_line *l)
{
	sb_reset(&l->buf);
	l->written = 0;
}

static void write_unwritten(struct trace_line *l)
{
	output_write(l->out, l->buf.buf + l->written, l->buf.len - l->written);
	l->written = l->buf.len;
}

/* another record is about to be written: end the open line */
static void end_open_line(struct output *o)
{
	struct trace_line *l = o->open_line;
	o->open_line = NULL;
	emit_call_unfinished(&l->em, l->more_args, "unfinished");
	emit_line_end(&l->em);
	write_unwritten(l);
	line_reset(l);
	l->state = LINE_UNFINISHED;
}

void line_end_unfinished(struct trace_line *l)
{
	if (l->out->open_line == l)
		end_open_line(l->out);
}

void line_commit(struct trace_line *l)
{
	struct output *o = l->out;
	if (o->open_line && o->open_line != l)
		end_open_line(o);
	write_unwritten(l);
	if (o->open_line == l)
		o->open_line = NULL;
	line_reset(l);
	l->state = LINE_IDLE;
}

void line_show_partial(struct trace_line *l)
{
	struct output *o = l->out;
	if (!l->em.ops->splits)
		return;
	if (o->open_line && o->open_line != l)
		end_open_line(o);
	emit_call_partial(&l->em, l->more_args);
	write_unwritten(l);
	o->open_line = l;
	l->state = LINE_OPEN;
}
