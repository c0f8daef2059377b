/* sctrace: parse the command line, run the trace, exit as the traced
 * command did. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "engine/session.h"
#include "report/doctor.h"
#include "report/report.h"

static void session_init(struct session *s, const struct config *cfg)
{
	memset(s, 0, sizeof(*s));
	s->cfg = cfg;
	proctab_init(&s->procs);
	s->ops = cfg->json ? &emit_json_ops : &emit_text_ops;
	s->out = cfg->output_separately ? output_stderr()
					: output_open(cfg->outfile, cfg->append);
	s->tracing_output = !cfg->count || cfg->count_and_trace;
	session_add_sink(s, summary_sink_new(cfg));
	session_add_sink(s, why_sink_new(cfg));
}

static void session_finish(struct session *s)
{
	for (struct sink *k = s->sinks; k; k = k->next)
		if (k->finish)
			k->finish(k, s, s->out);
	for (struct sink *k = s->sinks, *next; k; k = next) {
		next = k->next;
		if (k->destroy)
			k->destroy(k);
	}
	s->sinks = NULL;
	outputs_flush_all();
	output_unref(s->out);
	proctab_free(&s->procs);
}

/* strace's exit: the command's status, or its death signal re-raised */
static int exit_like(const struct session *s, int wstatus)
{
	int sig = 0;
	if (engine_interrupted)
		sig = engine_interrupted;
	else if (!s->child_ended)
		return 0;
	else if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	else if (WIFSIGNALED(wstatus))
		sig = WTERMSIG(wstatus);
	if (!sig)
		return 0;
	struct rlimit no_core = { 0, 0 };
	setrlimit(RLIMIT_CORE, &no_core);
	signal(sig, SIG_DFL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	return 128 + sig;
}

int main(int argc, char **argv)
{
	static struct config cfg;
	options_parse(&cfg, argc, argv);
	if (cfg.doctor)
		return doctor_run(&cfg);
	if (cfg.chase)
		return chase_run(&cfg);

	struct session s;
	session_init(&s, &cfg);
	int wstatus = engine_run(&s);
	session_finish(&s);
	return exit_like(&s, wstatus);
}
