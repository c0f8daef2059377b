/* Starting the command: found on PATH as strace finds it, forked, stopped
 * before execve so that we seize it before it runs a single instruction of
 * the program, then let go into its execve. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/engine.h"
#include "filter/filter.h"

extern char **environ;

char *launch_resolve(const char *name)
{
	struct stat st;
	if (strchr(name, '/')) {
		if (stat(name, &st) < 0)
			die("Can't stat '%s': %s", name, strerror(errno));
		return xstrdup(name);
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	char buf[4096];
	const char *p = path;
	while (*p) {
		const char *colon = strchr(p, ':');
		size_t len = colon ? (size_t)(colon - p) : strlen(p);
		if (len == 0)
			snprintf(buf, sizeof(buf), "%s", name);
		else
			snprintf(buf, sizeof(buf), "%.*s/%s", (int)len, p, name);
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode) &&
		    access(buf, X_OK) == 0)
			return xstrdup(buf);
		if (!colon)
			break;
		p = colon + 1;
	}
	die("Can't stat '%s': %s", name, strerror(ENOENT));
}

/* the environment the command gets: ours, changed by -E */
static char **build_env(const struct config *cfg)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xcalloc(n + (size_t)cfg->nenv + 1, sizeof(char *));
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		env[k++] = environ[i];
	for (int j = 0; j < cfg->nenv; j++) {
		const char *set = cfg->env_set[j];
		const char *eq = strchr(set, '=');
		size_t keylen = eq ? (size_t)(eq - set) : strlen(set);
		size_t w = 0;
		for (size_t i = 0; i < k; i++)
			if (!(strncmp(env[i], set, keylen) == 0 &&
			      env[i][keylen] == '='))
				env[w++] = env[i];
		k = w;
		if (eq)
			env[k++] = (char *)set;
	}
	env[k] = NULL;
	return env;
}

pid_t launch_command(struct session *s)
{
	const struct config *cfg = s->cfg;
	char *path = launch_resolve(cfg->argv[0]);
	struct passwd *pw = NULL;
	if (cfg->username) {
		pw = getpwnam(cfg->username);
		if (!pw)
			die("Cannot find user '%s'", cfg->username);
	}
	char **env = build_env(cfg);

	pid_t pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		/* undo what the tracer set for itself: the command starts
		 * with the dispositions and the mask sctrace inherited (a
		 * command run with SIGINT ignored, by nohup or in a
		 * background job, keeps it ignored, as without tracing) */
		int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE,
			       SIGALRM, SIGCHLD, SIGTSTP };
		for (size_t i = 0; i < ARRAY_SIZE(sigs); i++)
			signal(sigs[i], sigismember(&s->inherited_ignored, sigs[i])
						? SIG_IGN
						: SIG_DFL);
		sigset_t mask = s->inherited_mask;
		sigdelset(&mask, SIGSTOP);
		sigprocmask(SIG_SETMASK, &mask, NULL);
		raise(SIGSTOP);
		/* traced from here on: the filter's stops have a tracer. It
		 * goes in before -u drops root, so that it needs no
		 * no_new_privs and setuid programs work as under strace. */
		filter_install_seccomp(s);
		if (pw) {
			if (initgroups(pw->pw_name, pw->pw_gid) < 0 ||
			    setregid(pw->pw_gid, pw->pw_gid) < 0 ||
			    setreuid(pw->pw_uid, pw->pw_uid) < 0) {
				fprintf(stderr, "sctrace: -u %s: %s\n",
					cfg->username, strerror(errno));
				_exit(1);
			}
		}
		execve(path, cfg->argv, env);
		fprintf(stderr, "sctrace: exec: %s\n", strerror(errno));
		_exit(1);
	}
	free(env);
	free(path);

	int status;
	while (waitpid(pid, &status, WSTOPPED) < 0) {
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	}
	if (!WIFSTOPPED(status))
		die("the command exited before it could be traced");
	if (ptrace(PTRACE_SEIZE, pid, 0L,
		   (long)engine_ptrace_options(s, s->seccomp_active)) < 0) {
		int err = errno;
		kill(pid, SIGKILL);
		die("ptrace(PTRACE_SEIZE, %d): %s", (int)pid, strerror(err));
	}
	struct tracee *t = engine_new_tracee(s, pid);
	t->flags |= TF_STARTUP | TF_OUR_CHILD | TF_STARTED;
	kill(pid, SIGCONT);
	return pid;
}
