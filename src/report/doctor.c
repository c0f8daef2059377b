/* Why attaching to a process fails, found from /proc, without attaching. */
#include "report/doctor.h"

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/capability.h>
#include <sys/syscall.h>

#include "config.h"
#include "util.h"

#define PF_KTHREAD 0x00200000

static int read_file(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	size_t n = fread(buf, 1, len - 1, f);
	buf[n] = '\0';
	fclose(f);
	return (int)n;
}

/* the value of "Key:\t..." in /proc/PID/status */
static bool status_field(const char *status, const char *key, char *out,
			 size_t len)
{
	size_t klen = strlen(key);
	for (const char *p = status; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		if (strncmp(p, key, klen) == 0 && p[klen] == ':') {
			p += klen + 1;
			while (*p == ' ' || *p == '\t')
				p++;
			size_t n = strcspn(p, "\n");
			if (n >= len)
				n = len - 1;
			memcpy(out, p, n);
			out[n] = '\0';
			return true;
		}
	}
	return false;
}

static const char *user_name(uid_t uid, char *buf, size_t len)
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		snprintf(buf, len, "%s", pw->pw_name);
	else
		snprintf(buf, len, "uid %u", (unsigned)uid);
	return buf;
}

static bool have_cap_sys_ptrace(void)
{
	struct __user_cap_header_struct hdr = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct data[2];
	if (syscall(SYS_capget, &hdr, data) < 0)
		return geteuid() == 0;
	return (data[CAP_SYS_PTRACE / 32].effective >> (CAP_SYS_PTRACE % 32)) & 1;
}

static struct doctor_finding *add(struct doctor_finding *out, int max, int *n,
				  bool blocks)
{
	if (*n >= max)
		return NULL;
	struct doctor_finding *f = &out[(*n)++];
	memset(f, 0, sizeof(*f));
	f->blocks = blocks;
	return f;
}

int doctor_check(pid_t pid, struct doctor_finding *out, int max)
{
	int n = 0;
	char path[64], status[8192], statline[4096], buf[256], name[64];
	struct doctor_finding *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	if (read_file(path, status, sizeof(status)) < 0) {
		if ((f = add(out, max, &n, true))) {
			snprintf(f->what, sizeof(f->what),
				 "there is no process %d", (int)pid);
			snprintf(f->fix, sizeof(f->fix),
				 "check the pid (it may have exited, or live in "
				 "another pid namespace)");
		}
		return n;
	}
	char comm[64] = "?";
	status_field(status, "Name", comm, sizeof(comm));

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	if (read_file(path, statline, sizeof(statline)) > 0) {
		const char *rp = strrchr(statline, ')');
		char state = rp && rp[1] ? rp[2] : '?';
		unsigned long flags = 0;
		if (rp) {
			/* state ppid pgrp session tty tpgid flags */
			int ppid, pgrp, sess, tty, tpgid;
			sscanf(rp + 2, "%c %d %d %d %d %d %lu", &state, &ppid,
			       &pgrp, &sess, &tty, &tpgid, &flags);
		}
		if (flags & PF_KTHREAD) {
			if ((f = add(out, max, &n, true))) {
				snprintf(f->what, sizeof(f->what),
					 "%d (%s) is a kernel thread", (int)pid, comm);
				snprintf(f->fix, sizeof(f->fix),
					 "kernel threads make no system calls to "
					 "trace; use perf or ftrace for them");
			}
			return n;
		}
		if (state == 'Z' || state == 'X') {
			if ((f = add(out, max, &n, true))) {
				snprintf(f->what, sizeof(f->what),
					 "%d (%s) is a zombie: it has exited and "
					 "its parent has not reaped it", (int)pid, comm);
				snprintf(f->fix, sizeof(f->fix),
					 "nothing runs in it to trace; look at its "
					 "parent instead");
			}
		}
	}

	if (status_field(status, "TracerPid", buf, sizeof(buf))) {
		int tracer = atoi(buf);
		if (tracer > 0 && tracer != getpid()) {
			char tpath[64], tcomm[256] = "?";
			snprintf(tpath, sizeof(tpath), "/proc/%d/comm", tracer);
			if (read_file(tpath, tcomm, sizeof(tcomm)) > 0)
				tcomm[strcspn(tcomm, "\n")] = '\0';
			if ((f = add(out, max, &n, true))) {
				snprintf(f->what, sizeof(f->what),
					 "%d (%s) is already traced by %d (%s)",
					 (int)pid, comm, tracer, tcomm);
				snprintf(f->fix, sizeof(f->fix),
					 "a process has one tracer at a time: stop "
					 "%d first (or detach it)", tracer);
			}
		}
	}

	bool cap = have_cap_sys_ptrace();
	unsigned ruid = 0, euid = 0, suid = 0;
	if (status_field(status, "Uid", buf, sizeof(buf)))
		sscanf(buf, "%u %u %u", &ruid, &euid, &suid);
	uid_t me = getuid();
	if (!cap && (ruid != me || euid != me || suid != me)) {
		if ((f = add(out, max, &n, true))) {
			snprintf(f->what, sizeof(f->what),
				 "%d (%s) belongs to %s and sctrace runs as %s "
				 "without CAP_SYS_PTRACE",
				 (int)pid, comm, user_name(euid, name, sizeof(name)),
				 user_name(me, buf, sizeof(buf)));
			snprintf(f->fix, sizeof(f->fix),
				 "run sctrace as that user, or as root");
		}
	}

	/* a process that is not dumpable (setuid, prctl(PR_SET_DUMPABLE, 0))
	 * has its /proc files owned by root */
	struct stat st;
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	if (!cap && stat(path, &st) == 0 && st.st_uid == 0 && euid != 0) {
		if ((f = add(out, max, &n, true))) {
			snprintf(f->what, sizeof(f->what),
				 "%d (%s) is not dumpable (a setuid/setgid program, "
				 "or it called prctl(PR_SET_DUMPABLE, 0))",
				 (int)pid, comm);
			snprintf(f->fix, sizeof(f->fix),
				 "only root (CAP_SYS_PTRACE) may trace it");
		}
	}

	char scope[16];
	if (read_file("/proc/sys/kernel/yama/ptrace_scope", scope, sizeof(scope)) > 0) {
		int v = atoi(scope);
		const char *meaning = NULL, *fix = NULL;
		bool blocks = false;
		if (v == 1 && !cap) {
			meaning = "1 (restricted): a process may trace only its "
				  "own descendants";
			fix = "run as root, start the program under sctrace, or "
			      "set kernel.yama.ptrace_scope=0";
			blocks = true;
		} else if (v == 2 && !cap) {
			meaning = "2 (admin-only): only CAP_SYS_PTRACE may attach";
			fix = "run sctrace as root";
			blocks = true;
		} else if (v == 3) {
			meaning = "3 (no attach): no process may attach, not even "
				  "root, until reboot";
			fix = "start the program under sctrace instead of "
			      "attaching";
			blocks = true;
		}
		if (meaning && (f = add(out, max, &n, blocks))) {
			snprintf(f->what, sizeof(f->what),
				 "Yama ptrace_scope is %s", meaning);
			snprintf(f->fix, sizeof(f->fix), "%s", fix);
		}
	}

	char ns_self[64] = "", ns_pid[64] = "";
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)pid);
	ssize_t a = readlink("/proc/self/ns/pid", ns_self, sizeof(ns_self) - 1);
	ssize_t b = readlink(path, ns_pid, sizeof(ns_pid) - 1);
	if (a > 0 && b > 0) {
		ns_self[a] = ns_pid[b] = '\0';
		if (strcmp(ns_self, ns_pid) != 0 &&
		    status_field(status, "NSpid", buf, sizeof(buf)) &&
		    (f = add(out, max, &n, false))) {
			snprintf(f->what, sizeof(f->what),
				 "%d (%s) lives in another pid namespace (its pids "
				 "there: %s)", (int)pid, comm, buf);
			snprintf(f->fix, sizeof(f->fix),
				 "pids in the trace are as seen from here");
		}
	}
	return n;
}

void doctor_report_attach_error(pid_t pid, int err)
{
	warnmsg("attach: ptrace(PTRACE_SEIZE, %d): %s", (int)pid, strerror(err));
	if (err == ESRCH)
		return;
	struct doctor_finding f[8];
	int n = doctor_check(pid, f, 8);
	for (int i = 0; i < n; i++)
		warnmsg("attach %d: %s; %s", (int)pid, f[i].what, f[i].fix);
	if (!n && err == EPERM)
		warnmsg("attach %d: the kernel refused (a security module such "
			"as AppArmor or SELinux may forbid ptrace)", (int)pid);
}

int doctor_run(const struct config *cfg)
{
	int rc = 0;
	for (int i = 0; i < cfg->npids; i++) {
		pid_t pid = cfg->pids[i];
		struct doctor_finding f[8];
		int n = doctor_check(pid, f, 8);
		bool blocked = false;
		for (int j = 0; j < n; j++)
			blocked |= f[j].blocks;
		if (!n)
			printf("%d: can be traced\n", (int)pid);
		else if (!blocked)
			printf("%d: can be traced\n", (int)pid);
		else
			printf("%d: cannot be traced\n", (int)pid);
		for (int j = 0; j < n; j++)
			printf("  %s %s\n    fix: %s\n", f[j].blocks ? "-" : "*",
			       f[j].what, f[j].fix);
		if (blocked)
			rc = 1;
	}
	return rc;
}
