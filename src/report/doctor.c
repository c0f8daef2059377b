/* Why attaching to a process fails, found without attaching to it. The
 * checks follow the kernel's ptrace_attach() and __ptrace_may_access():
 * a kernel thread, sctrace's own thread group, an exited process or one
 * already traced are refused outright; then the caller's real uid and gid
 * must match the target's real, effective and saved ids, the target must
 * be dumpable and hold no capability the caller lacks (all three waived
 * by CAP_SYS_PTRACE in the target's user namespace), and Yama's
 * ptrace_scope must allow it. */
#include "report/doctor.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/nsfs.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "procfs.h"
#include "util.h"

#define PF_KTHREAD 0x00200000 /* include/linux/sched.h */
#define YAMA_SCOPE "/proc/sys/kernel/yama/ptrace_scope"

static const char *const cap_names[] = {
	[CAP_CHOWN] = "cap_chown",
	[CAP_DAC_OVERRIDE] = "cap_dac_override",
	[CAP_DAC_READ_SEARCH] = "cap_dac_read_search",
	[CAP_FOWNER] = "cap_fowner",
	[CAP_FSETID] = "cap_fsetid",
	[CAP_KILL] = "cap_kill",
	[CAP_SETGID] = "cap_setgid",
	[CAP_SETUID] = "cap_setuid",
	[CAP_SETPCAP] = "cap_setpcap",
	[CAP_LINUX_IMMUTABLE] = "cap_linux_immutable",
	[CAP_NET_BIND_SERVICE] = "cap_net_bind_service",
	[CAP_NET_BROADCAST] = "cap_net_broadcast",
	[CAP_NET_ADMIN] = "cap_net_admin",
	[CAP_NET_RAW] = "cap_net_raw",
	[CAP_IPC_LOCK] = "cap_ipc_lock",
	[CAP_IPC_OWNER] = "cap_ipc_owner",
	[CAP_SYS_MODULE] = "cap_sys_module",
	[CAP_SYS_RAWIO] = "cap_sys_rawio",
	[CAP_SYS_CHROOT] = "cap_sys_chroot",
	[CAP_SYS_PTRACE] = "cap_sys_ptrace",
	[CAP_SYS_PACCT] = "cap_sys_pacct",
	[CAP_SYS_ADMIN] = "cap_sys_admin",
	[CAP_SYS_BOOT] = "cap_sys_boot",
	[CAP_SYS_NICE] = "cap_sys_nice",
	[CAP_SYS_RESOURCE] = "cap_sys_resource",
	[CAP_SYS_TIME] = "cap_sys_time",
	[CAP_SYS_TTY_CONFIG] = "cap_sys_tty_config",
	[CAP_MKNOD] = "cap_mknod",
	[CAP_LEASE] = "cap_lease",
	[CAP_AUDIT_WRITE] = "cap_audit_write",
	[CAP_AUDIT_CONTROL] = "cap_audit_control",
	[CAP_SETFCAP] = "cap_setfcap",
	[CAP_MAC_OVERRIDE] = "cap_mac_override",
	[CAP_MAC_ADMIN] = "cap_mac_admin",
	[CAP_SYSLOG] = "cap_syslog",
	[CAP_WAKE_ALARM] = "cap_wake_alarm",
	[CAP_BLOCK_SUSPEND] = "cap_block_suspend",
	[CAP_AUDIT_READ] = "cap_audit_read",
	[CAP_PERFMON] = "cap_perfmon",
	[CAP_BPF] = "cap_bpf",
	[CAP_CHECKPOINT_RESTORE] = "cap_checkpoint_restore",
};

/* ---- reading /proc ---- */

struct proc_info {
	char comm[64];
	pid_t tgid, ppid, tracer;
	unsigned uid[4], gid[4];
	uint64_t cap_prm, cap_eff;
	char nspid[128];
	char state;
	unsigned long flags;
};

static bool read_proc(pid_t pid, struct proc_info *pi, int *err)
{
	char path[64], status[8192], buf[256];
	memset(pi, 0, sizeof(*pi));
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	if (procfs_read(path, status, sizeof(status)) < 0) {
		*err = errno;
		return false;
	}
	procfs_status_field(status, "Name", pi->comm, sizeof(pi->comm));
	if (procfs_status_field(status, "Tgid", buf, sizeof(buf)))
		pi->tgid = atoi(buf);
	if (procfs_status_field(status, "PPid", buf, sizeof(buf)))
		pi->ppid = atoi(buf);
	if (procfs_status_field(status, "TracerPid", buf, sizeof(buf)))
		pi->tracer = atoi(buf);
	if (procfs_status_field(status, "Uid", buf, sizeof(buf)))
		sscanf(buf, "%u %u %u %u", &pi->uid[0], &pi->uid[1],
		       &pi->uid[2], &pi->uid[3]);
	if (procfs_status_field(status, "Gid", buf, sizeof(buf)))
		sscanf(buf, "%u %u %u %u", &pi->gid[0], &pi->gid[1],
		       &pi->gid[2], &pi->gid[3]);
	if (procfs_status_field(status, "CapPrm", buf, sizeof(buf)))
		pi->cap_prm = strtoull(buf, NULL, 16);
	if (procfs_status_field(status, "CapEff", buf, sizeof(buf)))
		pi->cap_eff = strtoull(buf, NULL, 16);
	procfs_status_field(status, "NSpid", pi->nspid, sizeof(pi->nspid));
	if (procfs_status_field(status, "State", buf, sizeof(buf)))
		pi->state = buf[0];
	/* the flags are in stat: "pid (comm) state ppid pgrp session tty
	 * tpgid flags"; comm may hold spaces and parentheses */
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	char stat[1024];
	if (procfs_read(path, stat, sizeof(stat)) > 0) {
		const char *rp = strrchr(stat, ')');
		if (rp)
			sscanf(rp + 1, " %*c %*d %*d %*d %*d %*d %lu",
			       &pi->flags);
	}
	return true;
}

static void name_of_user(uint32_t uid, char *buf, size_t len)
{
	struct passwd *pw = getpwuid(uid);
	if (pw)
		snprintf(buf, len, "uid %u (%s)", uid, pw->pw_name);
	else
		snprintf(buf, len, "uid %u", uid);
}

static void comm_of(pid_t pid, char *buf, size_t len)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	if (procfs_read(path, buf, len) > 0)
		buf[strcspn(buf, "\n")] = '\0';
	else
		snprintf(buf, len, "?");
}

/* the names of a capability set; past the first few, how many more */
static void cap_list(uint64_t caps, char *buf, size_t len)
{
	size_t n = 0;
	int total = __builtin_popcountll(caps), shown = 0;
	buf[0] = '\0';
	for (unsigned i = 0; i < 64 && n + 1 < len; i++) {
		if (!(caps & (1ULL << i)))
			continue;
		if (shown == 4 && total > 5) {
			snprintf(buf + n, len - n, " and %d more",
				 total - shown);
			return;
		}
		shown++;
		const char *name = i < ARRAY_SIZE(cap_names) && cap_names[i]
					   ? cap_names[i]
					   : NULL;
		int w = name ? snprintf(buf + n, len - n, "%s%s", n ? ", " : "",
					name)
			     : snprintf(buf + n, len - n, "%scap_%u",
					n ? ", " : "", i);
		if (w < 0 || (size_t)w >= len - n)
			break;
		n += (size_t)w;
	}
}

/* ---- findings ---- */

struct findings {
	struct doctor_finding *f;
	int n, max;
};

static struct doctor_finding *add(struct findings *fs, bool blocks,
				  const char *fix, const char *fmt, ...)
	PRINTF_LIKE(4, 5);

static struct doctor_finding *add(struct findings *fs, bool blocks,
				  const char *fix, const char *fmt, ...)
{
	if (fs->n >= fs->max)
		return NULL;
	struct doctor_finding *f = &fs->f[fs->n++];
	memset(f, 0, sizeof(*f));
	f->blocks = blocks;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(f->what, sizeof(f->what), fmt, ap);
	va_end(ap);
	snprintf(f->fix, sizeof(f->fix), "%s", fix ? fix : "");
	return f;
}

bool doctor_yama_finding(int scope, bool cap, struct doctor_finding *f)
{
	memset(f, 0, sizeof(*f));
	switch (scope) {
	case 1:
		snprintf(
			f->what, sizeof(f->what),
			"Yama ptrace_scope is 1 (restricted): a process may "
			"attach only to its own descendants, unless the "
			"target named its tracer with prctl(PR_SET_PTRACER), "
			"which /proc does not show%s",
			cap ? "; sctrace has CAP_SYS_PTRACE, which overrides it"
			    : "");
		snprintf(f->fix, sizeof(f->fix),
			 "run sctrace as root, start the program under "
			 "sctrace, or set kernel.yama.ptrace_scope=0");
		f->blocks = !cap;
		return true;
	case 2:
		snprintf(f->what, sizeof(f->what),
			 "Yama ptrace_scope is 2 (admin-only): only a tracer "
			 "with CAP_SYS_PTRACE may attach%s",
			 cap ? ", and sctrace has it"
			     : ", and sctrace does not have it");
		snprintf(f->fix, sizeof(f->fix), "run sctrace as root");
		f->blocks = !cap;
		return true;
	case 3:
		snprintf(f->what, sizeof(f->what),
			 "Yama ptrace_scope is 3 (no attach): no process may "
			 "attach, not even root, until the next boot");
		snprintf(
			f->fix, sizeof(f->fix),
			"start the program under sctrace instead of attaching");
		f->blocks = true;
		return true;
	}
	return false;
}

/* is our user namespace the target's, or one of its ancestors? -1: cannot
 * tell */
static int userns_covers(pid_t pid)
{
	struct stat mine;
	if (stat("/proc/self/ns/user", &mine) < 0)
		return -1;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/ns/user", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	for (int depth = 0; depth < 33; depth++) {
		struct stat st;
		if (fstat(fd, &st) < 0)
			break;
		if (st.st_ino == mine.st_ino && st.st_dev == mine.st_dev) {
			close(fd);
			return 1;
		}
		int parent = ioctl(fd, NS_GET_PARENT);
		close(fd);
		if (parent < 0)
			return 0; /* EPERM: beyond our namespace */
		fd = parent;
	}
	close(fd);
	return 0;
}

/* Whether ptrace works here at all: seize a child of our own. A seccomp
 * filter (containers) or a security module may forbid it outright. */
static int ptrace_selftest(void)
{
	pid_t child = fork();
	if (child < 0)
		return 0; /* cannot tell */
	if (child == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		for (;;)
			pause();
	}
	int err = 0;
	if (ptrace(PTRACE_SEIZE, child, 0L, 0L) < 0)
		err = errno;
	kill(child, SIGKILL);
	while (waitpid(child, NULL, __WALL) < 0 && errno == EINTR)
		;
	return err;
}

/* "there is no such process here": is it a pid inside a nested pid
 * namespace? Scans NSpid lines for one that ends in pid. */
static void find_nested(pid_t pid, struct findings *fs)
{
	DIR *d = opendir("/proc");
	if (!d)
		return;
	struct dirent *de;
	int found = 0;
	while ((de = readdir(d)) && found < 3) {
		char *end;
		long here = strtol(de->d_name, &end, 10);
		if (*end || here <= 0)
			continue;
		char path[64], status[4096], ns[128];
		snprintf(path, sizeof(path), "/proc/%ld/status", here);
		if (procfs_read(path, status, sizeof(status)) <= 0 ||
		    !procfs_status_field(status, "NSpid", ns, sizeof(ns)))
			continue;
		/* "12345 7": pid 12345 here, 7 in its own namespace */
		char *last = strrchr(ns, '\t');
		if (!last)
			last = strrchr(ns, ' ');
		if (!last || atoi(last + 1) != pid || strchr(ns, '\t') == NULL)
			continue;
		char comm[64];
		comm_of((pid_t)here, comm, sizeof(comm));
		add(fs, false, "",
		    "pid %ld (%s) is pid %d in a pid namespace of its own; "
		    "sctrace -p %ld traces it",
		    here, comm, (int)pid, here);
		found++;
	}
	closedir(d);
}

/* /proc mounted with hidepid hides other users' processes */
static bool proc_hidepid(char *opt, size_t len)
{
	char buf[65536];
	if (procfs_read("/proc/self/mountinfo", buf, sizeof(buf)) <= 0)
		return false;
	for (char *l = strtok(buf, "\n"); l; l = strtok(NULL, "\n")) {
		if (!strstr(l, " /proc ") || !strstr(l, " - proc "))
			continue;
		char *h = strstr(l, "hidepid=");
		if (h) {
			size_t n = strcspn(h, ", \n");
			snprintf(opt, len, "%.*s", (int)n, h);
			return strncmp(h, "hidepid=0", 9) != 0 &&
			       strncmp(h, "hidepid=off", 11) != 0;
		}
	}
	return false;
}

static void add_checked(char *checked, size_t len, const char *what)
{
	if (!checked)
		return;
	size_t n = strlen(checked);
	snprintf(checked + n, len - n, "%s%s", n ? ", " : "", what);
}

int doctor_check(pid_t pid, struct doctor_finding *out, int max, char *checked,
		 size_t checked_len)
{
	struct findings fs = {out, 0, max};
	struct proc_info pi, self;
	int err = 0;
	char who[128], me[128], buf[600];
	if (checked)
		checked[0] = '\0';

	if (!read_proc(pid, &pi, &err)) {
		if (err == ENOENT || err == ESRCH) {
			add(&fs, true,
			    "check the pid: the process may have exited",
			    "there is no process %d in sctrace's pid namespace",
			    (int)pid);
			char opt[32];
			if (getuid() != 0 && proc_hidepid(opt, sizeof(opt)))
				add(&fs, false, "",
				    "/proc is mounted with %s: processes of "
				    "other users are hidden from uid %u",
				    opt, (unsigned)getuid());
			find_nested(pid, &fs);
		} else {
			add(&fs, true, "", "/proc/%d/status cannot be read: %s",
			    (int)pid, strerror(err));
		}
		add_checked(checked, checked_len, "existence");
		return fs.n;
	}
	read_proc(getpid(), &self, &err);
	bool cap = (self.cap_eff >> CAP_SYS_PTRACE) & 1;
	int covers = userns_covers(pid);
	bool cap_counts = cap && covers != 0;

	add_checked(checked, checked_len, "process state");
	if (pi.flags & PF_KTHREAD) {
		add(&fs, true,
		    "kernel threads make no system calls of their own; use "
		    "perf or ftrace to see what they do",
		    "a kernel thread");
		return fs.n;
	}
	if (pi.tgid == getpid()) {
		add(&fs, true, "", "sctrace itself");
		return fs.n;
	}
	if (pi.state == 'Z' || pi.state == 'X') {
		char pcomm[64];
		comm_of(pi.ppid, pcomm, sizeof(pcomm));
		add(&fs, true,
		    "nothing runs in it any more; trace its parent to see why "
		    "it does not reap it",
		    "a zombie: it has exited, and its parent, pid %d (%s), "
		    "has not reaped it",
		    (int)pi.ppid, pcomm);
		return fs.n;
	}

	add_checked(checked, checked_len, "tracer");
	if (pi.tracer) {
		char tcomm[64];
		comm_of(pi.tracer, tcomm, sizeof(tcomm));
		snprintf(buf, sizeof(buf),
			 "a process has one tracer at a time: stop or detach "
			 "pid %d first",
			 (int)pi.tracer);
		add(&fs, true, buf, "already traced by pid %d (%s)",
		    (int)pi.tracer, tcomm);
	}

	/* PTRACE_MODE_REALCREDS: sctrace's real ids against all of the
	 * target's real, effective and saved ids */
	add_checked(checked, checked_len, "uids and gids");
	uid_t ruid = getuid();
	gid_t rgid = getgid();
	bool uids = pi.uid[0] == ruid && pi.uid[1] == ruid && pi.uid[2] == ruid;
	bool gids = pi.gid[0] == rgid && pi.gid[1] == rgid && pi.gid[2] == rgid;
	if (!uids || !gids) {
		name_of_user(pi.uid[1], who, sizeof(who));
		name_of_user(ruid, me, sizeof(me));
		char ids[200] = "";
		if (!uids && (pi.uid[0] != pi.uid[1] || pi.uid[2] != pi.uid[1]))
			snprintf(ids, sizeof(ids),
				 " (real %u, effective %u, saved %u)",
				 pi.uid[0], pi.uid[1], pi.uid[2]);
		else if (uids)
			snprintf(ids, sizeof(ids),
				 " with gids %u/%u/%u (real/effective/saved), "
				 "not sctrace's gid %u",
				 pi.gid[0], pi.gid[1], pi.gid[2],
				 (unsigned)rgid);
		if (pi.uid[1] == 0)
			snprintf(buf, sizeof(buf), "run sctrace as root");
		else
			snprintf(buf, sizeof(buf),
				 "run sctrace as %s, or as root", who);
		if (cap_counts)
			add(&fs, false, "",
			    "it runs as %s%s, sctrace as %s; sctrace has "
			    "CAP_SYS_PTRACE, which allows it",
			    who, ids, me);
		else
			add(&fs, true, buf,
			    "it runs as %s%s, and sctrace as %s without "
			    "CAP_SYS_PTRACE%s",
			    who, ids, me,
			    cap ? " in the process's user namespace" : "");
	}

	/* not dumpable: the kernel makes the files in /proc/PID root's */
	add_checked(checked, checked_len, "dumpable");
	struct stat st;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	if (stat(path, &st) == 0 && st.st_uid == 0 && pi.uid[1] != 0) {
		const char *what =
			"not dumpable (a setuid, setgid or file-capability "
			"program, or it called prctl(PR_SET_DUMPABLE, 0)): "
			"the kernel made /proc/%d/status root's";
		if (cap_counts)
			add(&fs, false, "",
			    "it is not dumpable (/proc/%d/status is root's); "
			    "sctrace's CAP_SYS_PTRACE allows it anyway",
			    (int)pid);
		else {
			snprintf(buf, sizeof(buf), what, (int)pid);
			add(&fs, true,
			    "only root (CAP_SYS_PTRACE) may trace it", "%s",
			    buf);
		}
	}

	/* the capability rule: the target may hold no permitted capability
	 * the tracer lacks */
	add_checked(checked, checked_len, "capabilities");
	uint64_t extra = pi.cap_prm & ~self.cap_prm;
	if (extra && !cap_counts) {
		char caps[400];
		cap_list(extra, caps, sizeof(caps));
		add(&fs, true, "run sctrace as root (CAP_SYS_PTRACE)",
		    "it holds capabilities sctrace does not: %s", caps);
	}
	if (covers == 0 && cap)
		add(&fs, false, "",
		    "it runs in a user namespace outside sctrace's: sctrace's "
		    "capabilities do not count there");

	/* the kernel's own verdict on read access, which attach needs too */
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", (int)pid);
	char nsbuf[64], selfns[64];
	ssize_t nl = readlink(path, nsbuf, sizeof(nsbuf) - 1);
	int ns_err = nl < 0 ? errno : 0;
	bool blocked = false;
	for (int i = 0; i < fs.n; i++)
		blocked |= fs.f[i].blocks;
	if (nl < 0 && (ns_err == EACCES || ns_err == EPERM) && !blocked)
		add(&fs, true,
		    "run sctrace as root in the process's own namespaces, or "
		    "start the program under sctrace",
		    "the kernel denies sctrace even read access to it "
		    "(reading %s: %s), for a reason /proc does not show: a "
		    "user namespace sctrace has no capabilities in, or a "
		    "security module",
		    path, strerror(ns_err));

	char scope[16];
	add_checked(checked, checked_len, "Yama ptrace_scope");
	if (procfs_read(YAMA_SCOPE, scope, sizeof(scope)) > 0) {
		if (checked) {
			size_t n = strlen(checked);
			snprintf(checked + n, checked_len - n, " (%d)",
				 atoi(scope));
		}
		struct doctor_finding yf;
		if (doctor_yama_finding(atoi(scope), cap, &yf) && fs.n < fs.max)
			fs.f[fs.n++] = yf;
	} else if (checked) {
		size_t n = strlen(checked);
		snprintf(checked + n, checked_len - n, " (not present)");
	}

	add_checked(checked, checked_len, "ptrace self-test");
	int pt = ptrace_selftest();
	if (pt)
		add(&fs, true,
		    "allow ptrace for sctrace: in a container, run it with "
		    "--cap-add=SYS_PTRACE and a seccomp profile that allows "
		    "ptrace",
		    "ptrace does not work here at all: sctrace cannot even "
		    "trace a child of its own (%s); a seccomp filter or a "
		    "security module forbids it",
		    strerror(pt));

	/* notes */
	if (pi.tgid && pi.tgid != pid) {
		char tcomm[64];
		comm_of(pi.tgid, tcomm, sizeof(tcomm));
		snprintf(buf, sizeof(buf),
			 "sctrace -f -p %d traces all of its threads",
			 (int)pi.tgid);
		add(&fs, false, buf,
		    "it is a thread of process %d (%s): -p %d traces this "
		    "thread only",
		    (int)pi.tgid, tcomm, (int)pid);
	}
	if (pi.state == 'T')
		add(&fs, false, "",
		    "it is stopped (job control): sctrace attaches and leaves "
		    "it stopped until it gets SIGCONT");
	add_checked(checked, checked_len, "pid namespace");
	ssize_t sl = readlink("/proc/self/ns/pid", selfns, sizeof(selfns) - 1);
	if (nl > 0 && sl > 0) {
		nsbuf[nl] = selfns[sl] = '\0';
		if (strcmp(nsbuf, selfns) != 0) {
			const char *inner = strrchr(pi.nspid, '\t');
			if (inner)
				add(&fs, false, "",
				    "it lives in another pid namespace, where "
				    "it is pid %s; the trace shows pids as "
				    "sctrace sees them",
				    inner + 1);
			else
				add(&fs, false, "",
				    "it lives in another pid namespace; the "
				    "trace shows pids as sctrace sees them");
		}
	}
	/* blocking findings first */
	for (int i = 1; i < fs.n; i++)
		for (int j = i; j > 0 && fs.f[j].blocks && !fs.f[j - 1].blocks;
		     j--) {
			struct doctor_finding t = fs.f[j];
			fs.f[j] = fs.f[j - 1];
			fs.f[j - 1] = t;
		}
	return fs.n;
}

void doctor_report_attach_error(pid_t pid, int err)
{
	warnmsg("attach: ptrace(PTRACE_SEIZE, %d): %s", (int)pid,
		strerror(err));
	if (err == ESRCH)
		return;
	struct doctor_finding f[12];
	int n = doctor_check(pid, f, 12, NULL, 0);
	int shown = 0;
	for (int i = 0; i < n; i++) {
		if (!f[i].blocks)
			continue;
		if (f[i].fix[0])
			warnmsg("attach %d: %s; fix: %s", (int)pid, f[i].what,
				f[i].fix);
		else
			warnmsg("attach %d: %s", (int)pid, f[i].what);
		shown++;
	}
	if (!shown && err == EPERM)
		warnmsg("attach %d: the kernel refused for a reason /proc does "
			"not show (a security module such as AppArmor or "
			"SELinux?); sctrace --doctor -p %d lists what it "
			"checked",
			(int)pid, (int)pid);
}

int doctor_run(const struct config *cfg)
{
	int rc = 0;
	for (int i = 0; i < cfg->npids; i++) {
		pid_t pid = cfg->pids[i];
		struct doctor_finding f[12];
		char checked[512];
		int n = doctor_check(pid, f, 12, checked, sizeof(checked));
		bool blocked = false;
		for (int j = 0; j < n; j++)
			blocked |= f[j].blocks;
		char comm[64] = "";
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
		if (procfs_read(path, comm, sizeof(comm)) > 0)
			comm[strcspn(comm, "\n")] = '\0';
		if (comm[0])
			printf("pid %d (%s): %s\n", (int)pid, comm,
			       blocked ? "cannot be traced" : "can be traced");
		else
			printf("pid %d: %s\n", (int)pid,
			       blocked ? "cannot be traced" : "can be traced");
		for (int j = 0; j < n; j++) {
			printf("  %s %s\n",
			       f[j].blocks ? "-" : "note:", f[j].what);
			if (f[j].fix[0])
				printf("    fix: %s\n", f[j].fix);
		}
		printf("  checked: %s\n", checked);
		if (blocked)
			rc = 1;
	}
	fflush(stdout);
	return rc;
}
