/* The ptrace event loop: every stop of every tracee comes through here and
 * becomes a syscall record, a signal record or an exit record.
 * Fast path (one thread, syscall stops): wait4, one PTRACE_GET_SYSCALL_INFO,
 * one resume; the line is built in memory and written once, when complete. */
#include <elf.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "arch/arch.h"
#include "decode/compat.h"
#include "decode/signal.h"
#include "engine/engine.h"
#include "fdinfo/fdinfo.h"
#include "filter/filter.h"
#include "xlat/xlat.h"

volatile sig_atomic_t engine_interrupted;
static volatile sig_atomic_t tick_pending;
static bool timer_armed;

#define TICK_USEC 100000 /* a blocked call's line shows within 0.1 s */

static void on_fatal_signal(int sig)
{
	engine_interrupted = sig;
}

static void on_tick(int sig)
{
	(void)sig;
	tick_pending = 1;
}

static void arm_timer(bool on)
{
	struct itimerval it = { 0 };
	if (on) {
		it.it_interval.tv_usec = TICK_USEC;
		it.it_value.tv_usec = TICK_USEC;
	}
	setitimer(ITIMER_REAL, &it, NULL);
	timer_armed = on;
}

void engine_note(const struct session *s, unsigned quiet_bit, const char *fmt,
		 ...)
{
	if (s->cfg->quiet & quiet_bit)
		return;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	/* with the trace on stderr, end an open line first, as strace does
	 * not: its message lands in the middle of the line */
	warnmsg("%s", buf);
}

unsigned engine_ptrace_options(const struct session *s, bool filtered)
{
	unsigned o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;
	/* a process with our seccomp filter is never left without us (see
	 * filter/filter.h): its children are followed even without -f,
	 * and it dies with sctrace rather than run on broken */
	if (s->cfg->follow_forks || filtered)
		o |= PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK |
		     PTRACE_O_TRACEVFORK;
	if (filtered)
		o |= PTRACE_O_TRACESECCOMP | PTRACE_O_EXITKILL;
	return o;
}

static struct output *output_for(struct session *s, pid_t pid)
{
	if (!s->cfg->output_separately)
		return s->out;
	char name[4096];
	snprintf(name, sizeof(name), "%s.%d", s->cfg->outfile, (int)pid);
	return output_open(name, s->cfg->append);
}

struct tracee *engine_new_tracee(struct session *s, pid_t pid)
{
	struct tracee *t = tracee_add(&s->procs, pid);
	struct output *out = output_for(s, pid);
	line_init(&t->line, s->ops, s->cfg, out);
	if (out != s->out)
		output_unref(out); /* the line holds it now */
	mem_init_process(&t->mem, pid);
	t->call.e = &t->line.em;
	t->call.mem = &t->mem;
	t->call.cfg = s->cfg;
	t->call.t = t;
	t->restart_nr = -1;
	return t;
}

void engine_drop_tracee(struct session *s, struct tracee *t)
{
	/* a line left open must end before its buffer goes */
	if (t->line.state == LINE_OPEN && t->line.out->open_line == &t->line)
		line_end_unfinished(&t->line);
	filter_forget(s, t);
	fdinfo_forget(t);
	if (t->flags & TF_SILENT)
		s->silent--;
	tracee_remove(&s->procs, t);
}

void engine_make_silent(struct session *s, struct tracee *t)
{
	if (t->flags & TF_SILENT)
		return;
	t->flags |= TF_SILENT;
	t->flags &= ~(TF_INSYSCALL | TF_DECODED);
	line_reset(&t->line);
	t->line.state = LINE_IDLE;
	s->silent++;
}

/* the tracees the trace shows: "[pid N]" prefixes appear when several */
static unsigned visible_tracees(const struct session *s)
{
	return s->procs.count - s->silent;
}

/* "[pid N] " on stderr with several tracees; "N  " into a file with -f */
static enum pid_style pid_style(const struct session *s)
{
	const struct config *cfg = s->cfg;
	if (cfg->output_separately)
		return PID_NONE;
	if (cfg->outfile) {
		if (cfg->follow_forks || visible_tracees(s) > 1)
			return PID_PLAIN;
		return PID_NONE;
	}
	return visible_tracees(s) > 1 ? PID_BRACKET : PID_NONE;
}

static bool want_clock(const struct config *cfg)
{
	return cfg->ts != TS_NONE || cfg->relative_ts;
}

/* the number the tracee called: a subcall's multiplexer (-n) */
static long shown_nr(const struct call *c)
{
	long mux = arch_multiplexer_nr(c->pers, c->nr);
	return mux < 0 ? c->nr : mux;
}

static void begin_record(struct session *s, struct tracee *t,
			 const struct timespec *mono, const struct timespec *real)
{
	const struct config *cfg = s->cfg;
	struct line_prefix p = { .pid = t->pid, .pid_style = pid_style(s) };
	struct timespec rel;
	if (cfg->relative_ts) {
		struct timespec now = *mono;
		if (!s->have_last_ts) {
			rel = (struct timespec){ 0, 0 };
			s->have_last_ts = true;
		} else {
			ts_sub(&rel, &now, &s->last_ts);
		}
		s->last_ts = now;
		p.ts = &rel;
	} else if (cfg->ts != TS_NONE) {
		p.ts = real;
	}
	if (cfg->print_nr) {
		p.have_nr = true;
		p.nr = shown_nr(&t->call);
	}
	if (cfg->print_ip) {
		p.have_ip = true;
		p.ip32 = t->pers == PERS_I386;
		p.ip = t->ip;
	}
	emit_line_begin(&t->line.em, &p);
}

static void begin_event_record_ip(struct session *s, struct tracee *t,
				  bool have_ip);

/* a record that is not a syscall (signal, exit, notice); -n shows the
 * thread's last call and -i the place of the event, as strace does */
static void begin_event_record(struct session *s, struct tracee *t)
{
	begin_event_record_ip(s, t, false);
}

static void begin_event_record_ip(struct session *s, struct tracee *t,
				  bool have_ip)
{
	struct timespec mono = { 0 }, real = { 0 };
	if (want_clock(s->cfg)) {
		clock_gettime(CLOCK_MONOTONIC, &mono);
		clock_gettime(CLOCK_REALTIME, &real);
	}
	line_reset(&t->line);
	struct line_prefix p = { .pid = t->pid, .pid_style = pid_style(s) };
	struct timespec rel;
	if (s->cfg->relative_ts) {
		if (!s->have_last_ts) {
			rel = (struct timespec){ 0, 0 };
			s->have_last_ts = true;
		} else {
			ts_sub(&rel, &mono, &s->last_ts);
		}
		s->last_ts = mono;
		p.ts = &rel;
	} else if (s->cfg->ts != TS_NONE) {
		p.ts = &real;
	}
	if (s->cfg->print_nr) {
		p.have_nr = true;
		p.nr = shown_nr(&t->call);
	}
	if (s->cfg->print_ip) {
		p.have_ip = true;
		p.ip_unknown = !have_ip;
		p.ip32 = t->pers == PERS_I386;
		p.ip = t->ip;
	}
	emit_line_begin(&t->line.em, &p);
}

/* records that are not syscalls use a second line so that a call in
 * flight in the same thread keeps its buffer */
static void commit_event_record(struct tracee *t)
{
	emit_line_end(&t->line.em);
	line_commit(&t->line);
}

static void resume(struct session *s, struct tracee *t, int sig)
{
	/* with our filter, the calls we need stop by themselves
	 * (PTRACE_EVENT_SECCOMP); only their exits need PTRACE_SYSCALL */
	long req = PTRACE_SYSCALL;
	if (t->flags & TF_SILENT)
		req = PTRACE_CONT;
	else if ((t->flags & TF_SECCOMP) &&
		 !(t->flags & (TF_INSYSCALL | TF_STARTUP | TF_FULL_STOPS)))
		req = PTRACE_CONT;
	if (req == PTRACE_CONT)
		t->flags |= TF_RESUMED_CONT;
	else
		t->flags &= ~TF_RESUMED_CONT;
	(void)s;
	if (ptrace(req, t->pid, 0L, (long)sig) < 0 && errno != ESRCH)
		warnmsg("ptrace(resume, %d): %s", (int)t->pid, strerror(errno));
}

static void personality_changed(struct session *s, struct tracee *t, int pers)
{
	t->pers = pers;
	t->mem.wordsize = arch_wordsize(pers);
	/* strace shows the notice only when the trace goes to stderr
	 * (-c too); with -o FILE it shows it nowhere */
	if (s->cfg->outfile || (s->cfg->quiet & QUIET_PERSONALITY))
		return;
	char text[128];
	snprintf(text, sizeof(text), "[ Process PID=%d runs in %s mode. ]",
		 (int)t->pid, arch_personality_mode(pers));
	/* strace prints the notice as a line of its own, with the leader
	 * of a record (pid, time, -n's last call, -i's place) */
	struct trace_line *l = &t->line;
	struct strbuf saved = l->buf;
	size_t saved_written = l->written;
	enum line_state saved_state = l->state;
	l->buf = (struct strbuf){ 0 };
	l->written = 0;
	begin_event_record_ip(s, t, true);
	emit_notice(&l->em, "personality", text);
	emit_line_end(&l->em);
	line_commit(l);
	sb_free(&l->buf);
	l->buf = saved;
	l->written = saved_written;
	l->state = saved_state;
}

/* -e status=: a call that returned is successful or failed; one that
 * never returns (exit_group) is unfinished, as is one whose thread went
 * away; one in flight when we detach is detached */
static bool status_wanted(const struct config *cfg, const struct call *c)
{
	if (cfg->status_mask == STATUS_ALL)
		return true;
	return (cfg->status_mask & (c->err ? STATUS_FAILED : STATUS_SUCCESSFUL)) != 0;
}

/* partial lines may be written before the call returns: not when the
 * record might be dropped at exit, and not in JSON */
static bool may_show_partial(const struct session *s)
{
	return s->ops->splits && s->cfg->status_mask == STATUS_ALL &&
	       s->tracing_output;
}

static void finish_never_returning(struct session *s, struct tracee *t)
{
	struct trace_line *l = &t->line;
	struct call *c = &t->call;
	if (l->state == LINE_UNFINISHED) {
		line_reset(l);
		begin_record(s, t, &t->entry_mono, &t->entry_real);
		emit_call_resumed(&l->em, c->desc->name, shown_nr(c));
	}
	emit_args_end(&l->em);
	emit_ret_unknown(&l->em);
	emit_line_end(&l->em);
	const char *text = sb_cstr(&l->buf);
	struct timespec zero = { 0, 0 };
	for (struct sink *k = s->sinks; k; k = k->next)
		if (k->syscall_exit)
			k->syscall_exit(k, s, t, c, &zero, &zero, text);
	if (!(t->flags & TF_HIDDEN) &&
	    (s->cfg->status_mask & STATUS_UNFINISHED)) {
		line_commit(l);
	} else {
		line_reset(l);
		l->state = LINE_IDLE;
	}
	/* nothing is left to print when the thread is gone */
	t->flags &= ~(TF_INSYSCALL | TF_DECODED);
}

static void on_syscall_entry(struct session *s, struct tracee *t,
			     const struct __ptrace_syscall_info *info)
{
	struct call *c = &t->call;
	int pers = arch_personality(info->arch);
	if (pers < 0)
		pers = PERS_X86_64;
	/* (the notice shows -i's place of this call) */
	t->ip = info->instruction_pointer;
	if (pers != t->pers && (t->flags & TF_STARTED) && !(t->flags & TF_STARTUP))
		personality_changed(s, t, pers);
	else if (pers != t->pers) {
		t->pers = pers;
		t->mem.wordsize = arch_wordsize(pers);
	}

	long nr = (long)info->entry.nr;
	/* the numbers of i386's subcalls are ours, not the tracee's */
	const struct syscall_desc *desc =
		arch_multiplexer_nr(pers, nr) < 0 ? arch_syscall(pers, nr) : NULL;
	if (!desc) {
		arch_unknown_desc(&t->unknown_desc, t->unknown_name,
				  sizeof(t->unknown_name), nr);
		desc = &t->unknown_desc;
	}
	c->desc = desc;
	c->nr = nr;
	c->pers = pers;
	memcpy(c->args, info->entry.args, sizeof(c->args));
	if (pers == PERS_I386)
		for (int i = 0; i < 6; i++)
			c->args[i] = (uint32_t)c->args[i];
	c->rval = 0;
	c->err = 0;
	c->exiting = false;
	c->more_args = false;
	c->next_arg = 0;
	c->raw_nargs = 0;
	c->ret_override = NULL;
	c->ret_comment = NULL;
	c->prev_nr = t->restart_nr;
	memset(c->saved, 0, sizeof(c->saved));
	/* socketcall(SYS_SOCKET, ...) is socket(...): for the filters, -c
	 * and the line, as by strace (c->nr becomes the subcall's) */
	compat_resolve_subcall(c);
	desc = c->desc;
	t->ip = info->instruction_pointer;
	c->sp = info->stack_pointer;
	t->flags |= TF_INSYSCALL;
	t->flags &= ~(TF_HIDDEN | TF_DECODED | TF_SELECTED);
	t->seq = ++s->seq;

	if (t->flags & TF_STARTUP) {
		/* our child before its execve: only the execve shows */
		if (desc != &sysent[ENT_execve] && desc != &sysent[ENT_execveat]) {
			t->flags |= TF_HIDDEN;
			return;
		}
		t->flags &= ~TF_STARTUP;
		/* the filter did not go in (the kernel refused it): trace as
		 * without it, children of the command included */
		if (s->seccomp_active && !(t->flags & TF_SECCOMP) &&
		    ptrace(PTRACE_SETOPTIONS, t->pid, 0L,
			   (long)engine_ptrace_options(s, false)) < 0 &&
		    errno != ESRCH)
			warnmsg("ptrace(PTRACE_SETOPTIONS, %d): %s", (int)t->pid,
				strerror(errno));
	}

	const struct config *cfg = s->cfg;
	/* a number no table knows is always traced, as by strace */
	bool selected = (desc == &t->unknown_desc ||
			 sysset_has(&cfg->trace, pers, c->nr)) &&
			filter_entry(s, t, c);
	if (selected)
		t->flags |= TF_SELECTED;
	bool shown = s->tracing_output && selected;
	bool timed = cfg->syscall_times || cfg->count || want_clock(cfg) ||
		     s->sinks;
	if (timed) {
		clock_gettime(CLOCK_MONOTONIC, &t->entry_mono);
		if (cfg->ts != TS_NONE)
			clock_gettime(CLOCK_REALTIME, &t->entry_real);
	}
	if (cfg->count && !cfg->count_wall)
		t->entry_cpu = s->stop_stime;

	if (!shown)
		t->flags |= TF_HIDDEN;
	if (!shown && !s->any_sink_decodes) {
		for (struct sink *k = s->sinks; k; k = k->next)
			if (k->syscall_entry)
				k->syscall_entry(k, s, t, c);
		return;
	}

	struct trace_line *l = &t->line;
	line_reset(l);
	begin_record(s, t, &t->entry_mono, &t->entry_real);
	emit_call_begin(&l->em, desc->name, nr);
	decode_entry(c);
	t->flags |= TF_DECODED;
	/* the separator before <unfinished ...> belongs to a new argument */
	l->more_args = c->more_args && !c->more_inline;
	l->state = LINE_BUILDING;
	for (struct sink *k = s->sinks; k; k = k->next)
		if (k->syscall_entry)
			k->syscall_entry(k, s, t, c);
	/* exit and exit_group never return: their line ends with "= ?"
	 * when the thread is gone (engine_exit_status); until then it is a
	 * call in flight, cut by other processes' lines as strace cuts it */
	if (shown && s->procs.count > 1 && !cfg->output_separately &&
	    may_show_partial(s))
		line_show_partial(l);
}

/* ends the text of a call whose exit we have: its args and return */
static void finish_call_text(struct session *s, struct tracee *t,
			     const struct timespec *dur)
{
	struct trace_line *l = &t->line;
	struct call *c = &t->call;
	if (l->state == LINE_UNFINISHED) {
		line_reset(l);
		begin_record(s, t, &t->entry_mono, &t->entry_real);
		emit_call_resumed(&l->em, c->desc->name, shown_nr(c));
	}
	decode_exit(c);
	emit_args_end(&l->em);
	decode_return(c);
	if (s->cfg->syscall_times && dur)
		emit_duration(&l->em, dur);
	emit_line_end(&l->em);
}

/* the personality of a stopped thread, from the size of the registers
 * the kernel gives (i386's are smaller), or -1 */
static int registers_personality(pid_t pid)
{
	uint64_t regs[64];
	struct iovec iov = { regs, sizeof(regs) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	return arch_personality_of_regs(iov.iov_len);
}

static void on_syscall_exit(struct session *s, struct tracee *t,
			    const struct __ptrace_syscall_info *info)
{
	struct call *c = &t->call;
	if (!(t->flags & TF_INSYSCALL))
		return; /* the exit of a call we attached in the middle of */
	t->flags &= ~TF_INSYSCALL;
	c->exiting = true;
	c->rval = info->exit.rval;
	c->err = info->exit.is_error ? (int)-info->exit.rval : 0;
	if (c->pers == PERS_I386 && !info->exit.is_error)
		c->rval = (int64_t)(uint32_t)c->rval;
	if (c->desc != &sysent[ENT_restart_syscall])
		t->restart_nr = c->nr;
	/* the fd cache learns what the call changed before its fds print */
	if (s->cfg->decode_fds)
		fdinfo_syscall_exit(c);

	const struct config *cfg = s->cfg;
	struct timespec wall = { 0 }, sys = { 0 }, now;
	if (cfg->syscall_times || cfg->count || s->sinks) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		ts_sub(&wall, &now, &t->entry_mono);
	}
	if (cfg->count && !cfg->count_wall) {
		/* strace's measure: the system time the process gained
		 * between the entry and exit stops, as wait4 reports it */
		ts_sub(&sys, &s->stop_stime, &t->entry_cpu);
		if (sys.tv_sec < 0)
			sys = (struct timespec){ 0, 0 };
	}

	const char *text = NULL;
	bool print = false;
	if (t->flags & TF_DECODED) {
		finish_call_text(s, t, &wall);
		text = sb_cstr(&t->line.buf);
		/* a line already partly out is always finished */
		print = (!(t->flags & TF_HIDDEN) && status_wanted(cfg, c)) ||
			t->line.state == LINE_OPEN ||
			t->line.state == LINE_UNFINISHED;
	}
	for (struct sink *k = s->sinks; k; k = k->next)
		if (k->syscall_exit)
			k->syscall_exit(k, s, t, c, &wall, &sys, text);
	filter_exit(s, t, c);
	if (print) {
		line_commit(&t->line);
		if (cfg->read_fds.any || cfg->write_fds.any)
			filter_dump_io(s, t, c);
	} else {
		line_reset(&t->line);
		t->line.state = LINE_IDLE;
	}
	/* under our filter the new program's first calls may not stop:
	 * its personality comes from its registers now, where strace sees
	 * it at the next call */
	if ((t->flags & TF_SECCOMP) && !c->err &&
	    (c->desc == &sysent[ENT_execve] || c->desc == &sysent[ENT_execveat])) {
		int pers = registers_personality(t->pid);
		if (pers >= 0 && pers != t->pers)
			personality_changed(s, t, pers);
	}
}

/* the thread went away in the middle of a call: "= ?" */
static void abandon_call(struct session *s, struct tracee *t, bool detached)
{
	struct trace_line *l = &t->line;
	struct call *c = &t->call;
	if (!(t->flags & TF_INSYSCALL)) {
		return;
	}
	t->flags &= ~TF_INSYSCALL;
	if (!(t->flags & TF_DECODED) || (t->flags & TF_HIDDEN)) {
		line_reset(l);
		l->state = LINE_IDLE;
		return;
	}
	/* strace: " <unfinished ...>" only where arguments were still to
	 * come, "<... read resumed> <unfinished ...>) = ?" */
	const char *what = detached ? "detached" : "unfinished";
	if (l->state == LINE_UNFINISHED) {
		line_reset(l);
		begin_record(s, t, &t->entry_mono, &t->entry_real);
		emit_call_resumed(&l->em, c->desc->name, shown_nr(c));
		if (detached || l->more_args)
			emit_call_unfinished(&l->em, false, what);
	} else if (detached || l->more_args) {
		emit_call_unfinished(&l->em, l->more_args, what);
	}
	if (detached) {
		/* strace: "... <detached ...>" and no return value */
		if (!s->ops->splits)
			emit_args_end(&l->em);
		emit_line_end(&l->em);
		if (s->cfg->status_mask & STATUS_DETACHED)
			line_commit(l);
		else
			line_reset(l);
		l->state = LINE_IDLE;
		return;
	}
	emit_args_end(&l->em);
	emit_ret_unknown(&l->em);
	emit_line_end(&l->em);
	if (s->cfg->status_mask & STATUS_UNFINISHED)
		line_commit(l);
	else
		line_reset(l);
	l->state = LINE_IDLE;
}

void engine_abandon_for_detach(struct session *s, struct tracee *t)
{
	abandon_call(s, t, true);
}

static void print_exit(struct session *s, struct tracee *t, int wstatus)
{
	if (!s->tracing_output || (s->cfg->quiet & QUIET_EXIT))
		return;
	/* strace leaves out deaths by signals -e signal= excludes */
	if (WIFSIGNALED(wstatus) &&
	    !sigset_has(&s->cfg->signals, WTERMSIG(wstatus)))
		return;
	begin_event_record(s, t);
	if (WIFEXITED(wstatus))
		emit_exit(&t->line.em, WEXITSTATUS(wstatus), false, false);
	else
		emit_exit(&t->line.em, WTERMSIG(wstatus), true,
			  WCOREDUMP(wstatus));
	commit_event_record(t);
}

void engine_exit_status(struct session *s, struct tracee *t, int wstatus)
{
	if (t->flags & TF_SILENT) {
		if (t->flags & TF_OUR_CHILD) {
			s->child_wstatus = wstatus;
			s->child_ended = true;
		}
		engine_drop_tracee(s, t);
		return;
	}
	if ((t->flags & (TF_INSYSCALL | TF_DECODED)) == (TF_INSYSCALL | TF_DECODED) &&
	    (t->call.desc->classes & NR))
		finish_never_returning(s, t);
	abandon_call(s, t, false);
	print_exit(s, t, wstatus);
	for (struct sink *k = s->sinks; k; k = k->next)
		if (k->exit)
			k->exit(k, s, t, wstatus);
	if (t->flags & TF_OUR_CHILD) {
		s->child_wstatus = wstatus;
		s->child_ended = true;
	}
	engine_drop_tracee(s, t);
}

static void print_signal(struct session *s, struct tracee *t,
			 const siginfo_t *si)
{
	if (!s->tracing_output || !sigset_has(&s->cfg->signals, si->si_signo))
		return;
	const char *name = signal_name(si->si_signo);
	char num[16];
	if (!name) {
		snprintf(num, sizeof(num), "%d", si->si_signo);
		name = num;
	}
	bool have_ip = false;
	if (s->cfg->print_ip) {
		struct __ptrace_syscall_info info;
		if (ptrace(PTRACE_GET_SYSCALL_INFO, t->pid, (void *)sizeof(info),
			   &info) > 0) {
			t->ip = info.instruction_pointer;
			have_ip = true;
		}
	}
	begin_event_record_ip(s, t, have_ip);
	emit_signal(&t->line.em, si->si_signo, name);
	struct call ctx = t->call;
	ctx.e = &t->line.em;
	ctx.exiting = false;
	ctx.err = 0;
	print_siginfo(&ctx, si);
	emit_signal_end(&t->line.em);
	commit_event_record(t);
}

static void on_signal_stop(struct session *s, struct tracee *t, int sig)
{
	siginfo_t si;
	if (ptrace(PTRACE_GETSIGINFO, t->pid, 0L, &si) < 0) {
		if (errno == ESRCH)
			return;
		/* no siginfo: still deliver the signal */
		resume(s, t, sig);
		return;
	}
	if (t->flags & TF_STARTUP) {
		/* the SIGCONT that woke our stopped child is ours, not its */
		resume(s, t, sig == SIGCONT || sig == SIGSTOP ? 0 : sig);
		return;
	}
	print_signal(s, t, &si);
	for (struct sink *k = s->sinks; k; k = k->next)
		if (k->signal)
			k->signal(k, s, t, sig);
	resume(s, t, sig);
}

static bool is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
	       sig == SIGTTOU;
}

static void on_group_stop(struct session *s, struct tracee *t, int sig)
{
	if (s->tracing_output && sigset_has(&s->cfg->signals, sig) &&
	    !(t->flags & TF_STARTUP)) {
		const char *name = signal_name(sig);
		begin_event_record(s, t);
		emit_stopped(&t->line.em, sig, name ? name : "?");
		commit_event_record(t);
	}
	t->flags |= TF_GROUP_STOP;
	/* stay stopped, as without tracing, yet keep seeing events */
	if (ptrace(PTRACE_LISTEN, t->pid, 0L, 0L) < 0 && errno != ESRCH)
		resume(s, t, 0);
}


static void on_new_child(struct session *s, struct tracee *parent, pid_t pid)
{
	struct tracee *t = tracee_find(&s->procs, pid);
	if (t) {
		/* its first stop came before the parent's event */
		fdinfo_clone(parent, t);
		filter_inherit(s, parent, t);
		return;
	}
	/* from now on lines are shared: what strace would already have
	 * written of the calls in flight goes out first */
	if (!s->cfg->output_separately)
		engine_show_partial_lines(s);
	t = engine_new_tracee(s, pid);
	t->pers = parent->pers;
	t->mem.wordsize = parent->mem.wordsize;
	t->restart_nr = -1;
	filter_inherit(s, parent, t);
	fdinfo_clone(parent, t);
	/* without -f, only our filter makes us follow it */
	if (!s->cfg->follow_forks || (parent->flags & TF_SILENT)) {
		engine_make_silent(s, t);
		return;
	}
	engine_note(s, QUIET_ATTACH, "Process %d attached", (int)pid);
}

static void on_exec(struct session *s, struct tracee *t)
{
	unsigned long former = 0;
	if (ptrace(PTRACE_GETEVENTMSG, t->pid, 0L, &former) < 0)
		former = (unsigned long)t->pid;
	filter_exec(s, t);
	if ((pid_t)former == t->pid) {
		fdinfo_exec(t);
		return;
	}
	/* a thread execve'd: the kernel gave it the leader's pid; the old
	 * leader's record is replaced by the exec'ing thread's */
	struct tracee *execer = tracee_find(&s->procs, (pid_t)former);
	if (!execer) {
		fdinfo_exec(t);
		return;
	}
	struct tracee *leader = t;
	abandon_call(s, leader, false);
	if (!(leader->flags & TF_SILENT) && (execer->flags & TF_SILENT)) {
		/* an unprinted thread became the process we print */
		execer->flags &= ~TF_SILENT;
		s->silent--;
	}
	if (s->tracing_output && !(s->cfg->quiet & QUIET_SUPERSEDED) &&
	    !(leader->flags & TF_SILENT)) {
		struct trace_line *l = &leader->line;
		line_reset(l);
		begin_event_record(s, leader);
		char text[64];
		snprintf(text, sizeof(text), "+++ superseded by execve in pid %lu +++",
			 former);
		emit_notice(&l->em, "superseded", text);
		commit_event_record(leader);
	}
	unsigned flags = leader->flags & TF_OUR_CHILD;
	pid_t leader_pid = t->pid;
	engine_drop_tracee(s, leader);
	tracee_rekey(&s->procs, execer, leader_pid);
	execer->flags |= flags;
	execer->mem.pid = leader_pid;
	fdinfo_exec(execer);
}

/* -b execve: after the execve returns, let the process go */
static void detach_one(struct session *s, struct tracee *t)
{
	ptrace(PTRACE_DETACH, t->pid, 0L, 0L);
	engine_note(s, QUIET_ATTACH, "Process %d detached", (int)t->pid);
	if (t->flags & TF_OUR_CHILD)
		s->child = 0;
	engine_drop_tracee(s, t);
}

/* a fork, vfork, clone or exec event: record the new child or the
 * exec'd image, then let the thread go on */
static void on_process_event(struct session *s, struct tracee *t,
			     unsigned event)
{
	if (event == PTRACE_EVENT_EXEC) {
		pid_t pid = t->pid; /* on_exec may replace t's record */
		on_exec(s, t);
		t = tracee_find(&s->procs, pid);
		if (t)
			resume(s, t, 0);
		return;
	}
	unsigned long child = 0;
	if (ptrace(PTRACE_GETEVENTMSG, t->pid, 0L, &child) == 0 && child)
		on_new_child(s, t, (pid_t)child);
	resume(s, t, 0);
}

void engine_silent_stop(struct session *s, struct tracee *t, int status)
{
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;
	switch (event) {
	case 0:
		if (sig == (SIGTRAP | 0x80) || (sig == SIGSTOP &&
						!(t->flags & TF_STARTED)))
			sig = 0;
		t->flags |= TF_STARTED;
		resume(s, t, sig); /* a signal goes on to the process */
		return;
	case PTRACE_EVENT_STOP:
		if ((t->flags & TF_STARTED) && is_stop_signal(sig)) {
			t->flags |= TF_GROUP_STOP;
			if (ptrace(PTRACE_LISTEN, t->pid, 0L, 0L) < 0 &&
			    errno != ESRCH)
				resume(s, t, 0);
			return;
		}
		t->flags |= TF_STARTED;
		t->flags &= ~TF_GROUP_STOP;
		resume(s, t, 0);
		return;
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE:
	case PTRACE_EVENT_EXEC:
		on_process_event(s, t, event);
		return;
	default:
		resume(s, t, 0);
	}
}

static void handle_stop(struct session *s, struct tracee *t, int status)
{
	if (t->flags & TF_SILENT) {
		engine_silent_stop(s, t, status);
		return;
	}
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;

	if (sig == (SIGTRAP | 0x80)) {
		struct __ptrace_syscall_info info;
		long n = ptrace(PTRACE_GET_SYSCALL_INFO, t->pid,
				(void *)sizeof(info), &info);
		if (n < 0) {
			if (errno != ESRCH)
				resume(s, t, 0);
			return;
		}
		if (info.op == PTRACE_SYSCALL_INFO_ENTRY) {
			bool startup = t->flags & TF_STARTUP;
			on_syscall_entry(s, t, &info);
			if (s->cfg->decode_fds)
				fdinfo_syscall_entry(&t->call);
			/* -b execve: let go at the entry of any execve but the
			 * one that starts our command; its line stays open and
			 * the next record ends it with <unfinished ...> */
			if (s->cfg->detach_on_execve && !startup &&
			    (t->call.desc->classes & SE)) {
				if ((t->flags & TF_DECODED) && !(t->flags & TF_HIDDEN))
					line_show_partial(&t->line);
				detach_one(s, t);
				return;
			}
		} else if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
			on_syscall_exit(s, t, &info);
		}
		resume(s, t, 0);
		return;
	}

	switch (event) {
	case 0:
		if (!(t->flags & TF_STARTED)) {
			/* a child created before its parent's event: its
			 * first stop is a plain SIGSTOP */
			t->flags |= TF_STARTED;
			if (sig == SIGSTOP) {
				resume(s, t, 0);
				return;
			}
		}
		on_signal_stop(s, t, sig);
		return;
	case PTRACE_EVENT_STOP:
		if (t->flags & TF_STARTUP) {
			/* our child, stopped before execve: let it go on */
			resume(s, t, 0);
			return;
		}
		if (!(t->flags & TF_STARTED)) {
			t->flags |= TF_STARTED;
			/* attached to a stopped process: keep it stopped */
			if (is_stop_signal(sig) && (t->flags & TF_ATTACHED)) {
				on_group_stop(s, t, sig);
				return;
			}
			resume(s, t, 0);
			return;
		}
		if (is_stop_signal(sig)) {
			on_group_stop(s, t, sig);
			return;
		}
		t->flags &= ~TF_GROUP_STOP;
		resume(s, t, 0);
		return;
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE:
	case PTRACE_EVENT_EXEC:
		on_process_event(s, t, event);
		return;
	case PTRACE_EVENT_SECCOMP: {
		struct __ptrace_syscall_info info;
		long n = ptrace(PTRACE_GET_SYSCALL_INFO, t->pid,
				(void *)sizeof(info), &info);
		if (n < 0) {
			if (errno != ESRCH)
				resume(s, t, 0);
			return;
		}
		/* the seccomp stop is our syscall entry; its exit comes as
		 * an ordinary syscall-exit stop. Resumed with PTRACE_SYSCALL
		 * (startup, a filter of the program's own, exit_group's line
		 * already ended) the syscall-entry stop came first and this
		 * one repeats it. */
		bool repeat = !(t->flags & TF_RESUMED_CONT) ||
			      (t->flags & TF_INSYSCALL);
		t->flags &= ~TF_RESUMED_CONT;
		if (repeat) {
			if (ptrace(PTRACE_SYSCALL, t->pid, 0L, 0L) < 0 &&
			    errno != ESRCH)
				warnmsg("ptrace(PTRACE_SYSCALL, %d): %s",
					(int)t->pid, strerror(errno));
			return;
		}
		info.op = PTRACE_SYSCALL_INFO_ENTRY;
		on_syscall_entry(s, t, &info);
		if (s->cfg->decode_fds)
			fdinfo_syscall_entry(&t->call);
		if (ptrace(PTRACE_SYSCALL, t->pid, 0L, 0L) < 0 && errno != ESRCH)
			warnmsg("ptrace(PTRACE_SYSCALL, %d): %s", (int)t->pid,
				strerror(errno));
		return;
	}
	default:
		resume(s, t, 0);
	}
}

/* a stop or exit of a pid we have no record of */
void engine_unknown_stop(struct session *s, pid_t pid, int status)
{
	if (!WIFSTOPPED(status))
		return; /* e.g. the -o '|cmd' helper exiting */
	bool silent = !s->cfg->follow_forks || s->detached;
	if (silent && !s->seccomp_active) {
		ptrace(PTRACE_DETACH, pid, 0L, 0L);
		return;
	}
	/* a new child whose parent's fork event we have not seen yet */
	if (!s->cfg->output_separately)
		engine_show_partial_lines(s);
	struct tracee *t = engine_new_tracee(s, pid);
	t->flags |= TF_STARTED;
	if (silent) {
		/* without -f (or after an interrupt) a child comes only
		 * from a process with our filter: it carries it too, and is
		 * followed silently */
		t->flags |= TF_SECCOMP;
		engine_make_silent(s, t);
		engine_silent_stop(s, t, status);
		return;
	}
	engine_note(s, QUIET_ATTACH, "Process %d attached", (int)pid);
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;
	if (event == PTRACE_EVENT_STOP || sig == SIGSTOP)
		resume(s, t, 0);
	else
		handle_stop(s, t, status);
}

/* writes the part built so far of every call in flight, in entry order,
 * as strace (which writes each entry at once) would have; returns how
 * many */
unsigned engine_show_partial_lines(struct session *s)
{
	struct tracee *pending[64];
	unsigned n = 0;
	if (may_show_partial(s)) {
		struct proctab_iter it;
		for (struct tracee *t = tracee_first(&s->procs, &it); t;
		     t = tracee_next(&s->procs, &it))
			if (t->line.state == LINE_BUILDING &&
			    !(t->flags & TF_HIDDEN) && n < ARRAY_SIZE(pending))
				pending[n++] = t;
		/* in entry order, as strace would have written them */
		for (unsigned i = 1; i < n; i++)
			for (unsigned j = i; j > 0 && pending[j - 1]->seq > pending[j]->seq; j--) {
				struct tracee *x = pending[j];
				pending[j] = pending[j - 1];
				pending[j - 1] = x;
			}
		for (unsigned i = 0; i < n; i++)
			line_show_partial(&pending[i]->line);
	}
	return n;
}

/* the tracer is about to wait: show what is pending */
static void flush_idle(struct session *s)
{
	unsigned n = engine_show_partial_lines(s);
	outputs_flush_all();
	if (!n && timer_armed)
		arm_timer(false);
}

static void install_handlers(struct session *s)
{
	sigemptyset(&s->inherited_ignored);
	sigprocmask(SIG_SETMASK, NULL, &s->inherited_mask);
	for (int sig = 1; sig < NSIG; sig++) {
		struct sigaction old;
		if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			sigaddset(&s->inherited_ignored, sig);
	}

	struct sigaction sa = { 0 };
	sa.sa_handler = on_tick;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);

	/* -I: from 3 (strace's default with -o FILE and a command) fatal
	 * signals are blocked, so ^C reaches only the command; below it
	 * they detach us. 4 also keeps ^Z from stopping sctrace. */
	int mode = s->cfg->interruptible;
	if (!mode)
		mode = s->cfg->outfile && s->cfg->argc && !s->cfg->npids ? 3 : 2;
	bool block = mode >= 3;
	if (mode == 4)
		signal(SIGTSTP, SIG_IGN);
	int fatal[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE };
	for (size_t i = 0; i < ARRAY_SIZE(fatal); i++) {
		struct sigaction f = { 0 };
		f.sa_handler = block ? SIG_IGN : on_fatal_signal;
		sigemptyset(&f.sa_mask);
		if (fatal[i] == SIGPIPE && !block)
			f.sa_handler = SIG_IGN;
		sigaction(fatal[i], &f, NULL);
	}
	/* the tracer needs its own signals whatever mask it inherited */
	sigset_t need;
	sigemptyset(&need);
	sigaddset(&need, SIGALRM);
	for (size_t i = 0; i < ARRAY_SIZE(fatal); i++)
		sigaddset(&need, fatal[i]);
	sigprocmask(SIG_UNBLOCK, &need, NULL);
}

int engine_run(struct session *s)
{
	install_handlers(s);
	filter_setup(s);
	if (s->cfg->argc)
		s->child = launch_command(s);
	if (s->cfg->npids)
		attach_all(s);
	arm_timer(true);

	bool count_stime = s->cfg->count && !s->cfg->count_wall;
	while (s->procs.count > 0) {
		if (engine_interrupted && !s->detached) {
			/* what carries our filter stays, silently, until it
			 * exits (filter/filter.h) */
			detach_all(s);
			continue;
		}
		if (tick_pending) {
			tick_pending = 0;
			flush_idle(s);
		}
		int status;
		struct rusage ru;
		pid_t pid = wait4(-1, &status, __WALL, count_stime ? &ru : NULL);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			if (errno == ECHILD)
				break;
			warnmsg("wait4: %s", strerror(errno));
			break;
		}
		if (!timer_armed)
			arm_timer(true);
		if (count_stime) {
			s->stop_stime.tv_sec = ru.ru_stime.tv_sec;
			s->stop_stime.tv_nsec = ru.ru_stime.tv_usec * 1000;
		}
		struct tracee *t = tracee_find(&s->procs, pid);
		if (!t) {
			engine_unknown_stop(s, pid, status);
			continue;
		}
		if (WIFEXITED(status) || WIFSIGNALED(status))
			engine_exit_status(s, t, status);
		else if (WIFSTOPPED(status))
			handle_stop(s, t, status);
	}
	arm_timer(false);
	flush_idle(s);
	filter_teardown(s);
	return s->child_wstatus;
}
