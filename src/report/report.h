/* report.h — the sinks and commands that go beyond the trace itself:
 * the -c summary, the --why failure explanation, --chase. */
#ifndef SCTRACE_REPORT_H
#define SCTRACE_REPORT_H

struct config;
struct sink;

/* the -c/-C summary counter, or NULL when not asked for */
struct sink *summary_sink_new(const struct config *cfg);
void summary_sink_free(struct sink *k);
/* the --why recorder, or NULL when not asked for */
struct sink *why_sink_new(const struct config *cfg);
/* --chase -p PID: prints the chain of waits; returns the exit status */
int chase_run(const struct config *cfg);

#endif
