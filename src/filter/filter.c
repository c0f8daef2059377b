/* -P, --trace-fds and the seccomp filter (see filter.h for the policy). */
#include "filter/filter.h"

#include <errno.h>
#include <linux/seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch/arch.h"
#include "engine/session.h"
#include "fdinfo/fdinfo.h"
#include "filter/bpf.h"
#include "filter/pathtrace.h"

struct filter_state {
	struct path_filter paths;
	struct stop_spec spec;	/* the calls a filtered tracee stops for */
	struct sock_fprog prog; /* empty when seccomp is off */
	bool ptrace_warned;
};

/* adds one call, by entity, in every personality that has it */
static void add_call(struct syscall_set *set, const struct syscall_desc *d)
{
	for (int p = 0; p < PERS_COUNT; p++) {
		long max = arch_nr_max(p);
		for (long nr = 0; nr < max; nr++)
			if (arch_syscall(p, nr) == d)
				sysset_add(set, p, nr);
	}
}

/* a subcall (i386's socketcall(SYS_SOCKET)) is seen only when its
 * multiplexer stops */
static void add_multiplexers(struct syscall_set *set)
{
	for (int p = 0; p < PERS_COUNT; p++)
		for (long nr = 0; nr < SET_NR_MAX; nr++) {
			long mux = arch_multiplexer_nr(p, nr);
			if (mux >= 0 && sysset_has(set, p, nr))
				sysset_add(set, p, mux);
		}
}

/* the calls the trace shows: trace= (narrowed by -P/--trace-fds), and
 * numbers no table knows, which strace always shows (except under -P,
 * as they have no path argument) */
static void shown_calls(const struct session *s, struct stop_spec *spec)
{
	const struct config *cfg = s->cfg;
	const struct path_filter *pf = &s->filter->paths;
	struct syscall_set with_paths;
	sysset_clear(&with_paths);
	if (pf->active)
		path_filter_calls(&with_paths);
	for (int p = 0; p < PERS_COUNT; p++) {
		for (long nr = 0; nr < SET_NR_MAX; nr++) {
			bool known = arch_syscall(p, nr) != NULL;
			bool shown = known ? sysset_has(&cfg->trace, p, nr)
					   : !pf->active;
			if (shown && pf->active)
				shown = sysset_has(&with_paths, p, nr);
			if (shown)
				sysset_add(&spec->stop, p, nr);
		}
		spec->stop_beyond[p] = !pf->active;
	}
}

static bool stops_everything(const struct stop_spec *spec)
{
	for (int p = 0; p < PERS_COUNT; p++)
		if (!spec->stop_beyond[p])
			return false;
	return sysset_is_full(&spec->stop);
}

/* why seccomp cannot be used, or NULL */
static const char *seccomp_obstacle(const struct session *s)
{
	const struct config *cfg = s->cfg;
	if (cfg->seccomp == 0)
		return "--no-seccomp";
	if (!cfg->argc)
		return "attached processes cannot be given a filter";
	if (cfg->detach_on_execve)
		return "-b execve would leave a filtered process behind";
	if (cfg->why)
		return "--why needs every failing call";
	/* restart_syscall's line names the call it restarts, which the
	 * filter could have hidden */
	for (int p = 0; p < PERS_COUNT; p++) {
		long nr = arch_syscall_nr(p, "restart_syscall");
		if (nr >= 0 && sysset_has(&cfg->trace, p, nr) &&
		    !s->filter->paths.active)
			return "restart_syscall is traced";
	}
	return NULL;
}

void filter_setup(struct session *s)
{
	const struct config *cfg = s->cfg;
	struct filter_state *f = xcalloc(1, sizeof(*f));
	s->filter = f;
	s->seccomp_active = false;
	path_filter_init(&f->paths, cfg);

	const char *obstacle = seccomp_obstacle(s);
	if (!obstacle) {
		shown_calls(s, &f->spec);
		fdinfo_required_calls(cfg, &f->spec.stop);
		add_call(&f->spec.stop, &sysent[ENT_execve]);
		add_call(&f->spec.stop, &sysent[ENT_execveat]);
		add_call(&f->spec.stop, &sysent[ENT_seccomp]);
		add_call(&f->spec.stop, &sysent[ENT_prctl]);
		add_call(&f->spec.stop, &sysent[ENT_ptrace]);
		add_multiplexers(&f->spec.stop);
		if (stops_everything(&f->spec))
			obstacle = "every call is traced";
		else if (bpf_build(&f->spec, &f->prog) < 0)
			obstacle = "the filter would be too long";
	}
	if (obstacle) {
		/* ordinary stops, without a word unless -v */
		if (cfg->no_abbrev && cfg->seccomp != 0 &&
		    strcmp(obstacle, "every call is traced") != 0)
			warnmsg("seccomp filter not used: %s", obstacle);
		return;
	}
	s->seccomp_active = true;
}

void filter_teardown(struct session *s)
{
	if (!s->filter)
		return;
	path_filter_free(&s->filter->paths);
	bpf_free(&s->filter->prog);
	free(s->filter);
	s->filter = NULL;
}

int filter_install_seccomp(const struct session *s)
{
	if (!s->seccomp_active)
		return 0;
	const struct sock_fprog *prog = &s->filter->prog;
	/* as root, no no_new_privs: setuid programs keep working as they
	 * do under strace; otherwise the kernel requires it (and a
	 * non-root tracer stops setuid from taking effect anyway) */
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) == 0)
		return 0;
	if (errno != EACCES || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) < 0)
		return -1;
	return 0;
}

bool filter_entry(struct session *s, struct tracee *t, struct call *c)
{
	(void)t;
	const struct path_filter *pf = &s->filter->paths;
	return !pf->active || path_filter_match(pf, c);
}

/* seccomp(SECCOMP_SET_MODE_*) or prctl(PR_SET_SECCOMP) succeeded */
static bool installs_filter(const struct call *c, bool *all_threads)
{
	*all_threads = false;
	if (c->err || c->rval < 0)
		return false;
	if (c->desc == &sysent[ENT_seccomp]) {
		if (c->args[0] == SECCOMP_SET_MODE_STRICT)
			return true;
		if (c->args[0] != SECCOMP_SET_MODE_FILTER)
			return false;
		*all_threads = (c->args[1] & SECCOMP_FILTER_FLAG_TSYNC) != 0;
		return true;
	}
	return c->desc == &sysent[ENT_prctl] &&
	       (int)c->args[0] == PR_SET_SECCOMP;
}

void filter_exit(struct session *s, struct tracee *t, struct call *c)
{
	if (!s->seccomp_active)
		return;
	bool all_threads;
	if (c->desc == &sysent[ENT_ptrace] && c->err == EPERM &&
	    (t->flags & TF_SECCOMP) && !s->filter->ptrace_warned) {
		/* a debugger in the traced tree: the processes it would trace
		 * carry our filter and are ours, we cannot hand them over */
		warnmsg("process %d cannot use ptrace under sctrace's seccomp "
			"filter: use --no-seccomp",
			(int)t->pid);
		s->filter->ptrace_warned = true;
	}
	if ((t->flags & TF_STARTUP) && c->desc == &sysent[ENT_seccomp] &&
	    c->err && c->err != EACCES && s->cfg->no_abbrev)
		warnmsg("seccomp filter not used: %s", strerror(c->err));
	if (!installs_filter(c, &all_threads))
		return;
	if (t->flags & TF_STARTUP) {
		/* our own install, in the child before its execve */
		if (c->desc == &sysent[ENT_seccomp])
			t->flags |= TF_SECCOMP;
		return;
	}
	if (!(t->flags & TF_SECCOMP))
		return;
	/* The program installed a filter of its own. Its refusals
	 * (ERRNO, KILL, TRAP) take precedence over our TRACE, so a refused
	 * call would never stop: stop at every call again, before the
	 * filters run, as without seccomp. */
	t->flags |= TF_FULL_STOPS;
	if (all_threads) {
		struct proctab_iter it;
		for (struct tracee *o = tracee_first(&s->procs, &it); o;
		     o = tracee_next(&s->procs, &it))
			if (o->flags & TF_SECCOMP)
				o->flags |= TF_FULL_STOPS;
	}
}

void filter_inherit(struct session *s, struct tracee *parent,
		    struct tracee *child)
{
	(void)s;
	/* seccomp filters are inherited by every fork and clone; whether
	 * the child is printed is the engine's business */
	child->flags |= parent->flags & (TF_SECCOMP | TF_FULL_STOPS);
}

void filter_exec(struct session *s, struct tracee *t)
{
	/* a filter survives execve */
	(void)s;
	(void)t;
}

void filter_forget(struct session *s, struct tracee *t)
{
	(void)s;
	(void)t;
}
