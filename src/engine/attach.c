/* Attaching to running processes with PTRACE_SEIZE, and letting every
 * tracee go again. Seizing does not stop the target; PTRACE_INTERRUPT
 * brings it to a stop we resume at once, so it runs on undisturbed. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/engine.h"
#include "report/doctor.h"

/* the call the thread is in, from /proc/TID/syscall, or -1 */
static long current_syscall(pid_t tid)
{
	char path[64], buf[64];
	snprintf(path, sizeof(path), "/proc/%d/syscall", (int)tid);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	long nr = -1;
	if (fgets(buf, sizeof(buf), f)) {
		char *end;
		nr = strtol(buf, &end, 10);
		if (end == buf)
			nr = -1;
	}
	fclose(f);
	return nr;
}

static bool seize_thread(struct session *s, pid_t tid, bool report)
{
	if (ptrace(PTRACE_SEIZE, tid, 0L,
		   (long)engine_ptrace_options(s, false)) < 0) {
		if (report)
			doctor_report_attach_error(tid, errno);
		return false;
	}
	if (ptrace(PTRACE_INTERRUPT, tid, 0L, 0L) < 0 && errno != ESRCH) {
		warnmsg("attach: ptrace(PTRACE_INTERRUPT, %d): %s", (int)tid,
			strerror(errno));
	}
	struct tracee *t = engine_new_tracee(s, tid);
	t->flags |= TF_ATTACHED;
	t->restart_nr = current_syscall(tid);
	return true;
}

/* the thread ids of pid, the leader first */
static pid_t *list_threads(pid_t pid, int *count)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	pid_t *tids = xmalloc(sizeof(pid_t));
	int n = 0;
	tids[n++] = pid;
	DIR *d = opendir(path);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			long tid = strtol(de->d_name, NULL, 10);
			if (tid <= 0 || tid == pid)
				continue;
			tids = xrealloc(tids, sizeof(pid_t) * (size_t)(n + 1));
			tids[n++] = (pid_t)tid;
		}
		closedir(d);
	}
	*count = n;
	return tids;
}

void attach_all(struct session *s)
{
	const struct config *cfg = s->cfg;
	int attached = 0;
	for (int i = 0; i < cfg->npids; i++) {
		pid_t pid = cfg->pids[i];
		if (tracee_find(&s->procs, pid))
			continue;
		if (!cfg->follow_forks) {
			if (seize_thread(s, pid, true)) {
				engine_note(s, QUIET_ATTACH, "Process %d attached",
					    (int)pid);
				attached++;
			}
			continue;
		}
		int n;
		pid_t *tids = list_threads(pid, &n);
		int ok = 0;
		for (int j = 0; j < n; j++) {
			if (tracee_find(&s->procs, tids[j]))
				continue;
			if (seize_thread(s, tids[j], j == 0))
				ok++;
			else if (j == 0)
				break;
		}
		free(tids);
		if (!ok)
			continue;
		attached++;
		if (ok > 1)
			engine_note(s, QUIET_ATTACH,
				    "Process %d attached with %d threads", (int)pid, ok);
		else
			engine_note(s, QUIET_ATTACH, "Process %d attached", (int)pid);
	}
	if (!attached && !cfg->argc)
		exit(1);
}

/* "Process N detached", then the end of its call in flight, in strace's
 * order: strace wrote the call's start at its entry, so on stderr the
 * notice lands after "read(0, " and " <detached ...>" comes after it */
static void detach_notice(struct session *s, struct tracee *t)
{
	engine_note(s, QUIET_ATTACH, "Process %d detached", (int)t->pid);
	engine_abandon_for_detach(s, t);
	outputs_flush_all();
}

void detach_all(struct session *s)
{
	s->detached = true;
	/* what strace would have written already */
	engine_show_partial_lines(s);
	outputs_flush_all();
	/* as strace: the command we started gets the fatal signal too,
	 * unless -I 1 (strace itself dies of the signal then, and the
	 * command runs on) */
	if (s->child && engine_interrupted && s->cfg->interruptible != 1 &&
	    tracee_find(&s->procs, s->child))
		kill(s->child, engine_interrupted);
	struct proctab_iter it;
	for (struct tracee *t = tracee_first(&s->procs, &it); t;
	     t = tracee_next(&s->procs, &it)) {
		if (t->flags & TF_SILENT)
			continue;
		if (t->flags & TF_SECCOMP) {
			/* detached from the trace, not from us: without a
			 * tracer its filter would fail its calls */
			detach_notice(s, t);
			engine_make_silent(s, t);
			continue;
		}
		t->flags |= TF_DETACHING;
		if (ptrace(PTRACE_INTERRUPT, t->pid, 0L, 0L) < 0 && errno == ESRCH)
			t->flags |= TF_GROUP_STOP; /* gone; its exit will come */
	}
	while (s->procs.count > s->silent) {
		int status;
		pid_t pid = wait4(-1, &status, __WALL, NULL);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		struct tracee *t = tracee_find(&s->procs, pid);
		if (!t) {
			/* a child born while we let go: let it go too, unless
			 * it may carry our filter (then it stays, silent) */
			engine_unknown_stop(s, pid, status);
			continue;
		}
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			engine_exit_status(s, t, status);
			continue;
		}
		if (t->flags & TF_SILENT) {
			engine_silent_stop(s, t, status);
			continue;
		}
		int sig = WSTOPSIG(status);
		unsigned event = (unsigned)status >> 16;
		int inject = 0;
		if (event == 0 && sig != (SIGTRAP | 0x80))
			inject = sig; /* a signal on its way: deliver it */
		if (ptrace(PTRACE_DETACH, pid, 0L, (long)inject) < 0 && errno != ESRCH)
			warnmsg("detach %d: %s", (int)pid, strerror(errno));
		detach_notice(s, t);
		engine_drop_tracee(s, t);
	}
	outputs_flush_all();
}
