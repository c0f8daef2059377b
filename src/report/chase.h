/* chase.h — what the --chase files share: a snapshot of processes and
 * their threads read from /proc (chase_proc.c), each blocked call rendered
 * by the trace's decoders (chase_call.c), the edges from a wait to the
 * processes that could end it (chase_edges.c), and the walk that follows
 * them, finds deadlocks and prints the tree (chase.c).
 * Nothing here attaches to, stops or signals a process: /proc,
 * process_vm_readv and sock_diag only. */
#ifndef SCTRACE_REPORT_CHASE_H
#define SCTRACE_REPORT_CHASE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "config.h"
#include "decode/decode.h"
#include "util.h"

#define CHASE_MAX_PROCS 256   /* processes looked at in one run */
#define CHASE_MAX_THREADS 256 /* threads read per process */
#define CHASE_MAX_EDGES 64    /* processes followed from one wait */
#define CHASE_MAX_DEPTH 32    /* hops in one chain */

/* from a thread's wait to a process that could end it */
struct chase_edge {
	pid_t to;
	char reason[160]; /* "reads pipe written by": the thread ... pid */
	int fd;		  /* the fd waited on, or -1 */
};

/* what /proc/TID/syscall said */
enum chase_sys {
	CS_UNREAD,  /* it could not be read */
	CS_RUNNING, /* "running": on a CPU, no registers to show */
	CS_OUTSIDE, /* "-1 ...": blocked, but not in a system call */
	CS_IN,	    /* in call nr with args */
};

struct chase_thread {
	pid_t tid;
	char state;	/* the /proc stat letter (R S D T t Z X I), or '?' */
	char wchan[64]; /* where it sleeps in the kernel, or "" */
	int cpu;	/* the CPU it last ran on */
	double asleep;	/* seconds since it last ran; < 0 unknown */
	unsigned long long switches; /* context switches, to see it move */
	enum chase_sys sys;
	long nr;
	uint64_t args[6], sp, pc;
	int pers;			 /* PERS_X86_64 or PERS_I386 */
	const struct syscall_desc *desc; /* NULL when not in a call */
	char *call_text; /* read(3<pipe:[12]>,  <unfinished ...> */
	char *call_json; /* the same as a --json syscall record */
	struct chase_edge *edges;
	unsigned nedges;
	/* no edge to follow: why the chain ends here (the place to look) */
	char *end;
	/* it may go on without help from the processes followed (a timeout,
	 * a signal, input from outside): a cycle through it is no deadlock */
	bool may_go_on;
	char *note;    /* about its edges: "it holds the write end itself" */
	char *problem; /* what could not be read about it, and why */
	bool moved;    /* it ran or changed call while it was looked at */
	bool kthread;  /* a kernel thread: it makes no system calls */
	/* its memory is not read: a thread of its process is in D state,
	 * perhaps holding the memory map's lock, and process_vm_readv would
	 * wait for it, unkillable */
	bool no_mem;
};

struct chase_proc {
	pid_t pid;
	bool gone;	   /* no such process (any more) */
	char comm[64];	   /* escaped */
	char comm_raw[32]; /* as the kernel has it */
	char *cmdline;	   /* escaped, arguments separated by spaces */
	char **argv;	   /* raw arguments, for JSON */
	unsigned argc;
	long uid;
	char user[64];
	pid_t ppid, tracer;
	struct chase_thread *threads;
	unsigned nthreads;
	unsigned more_threads; /* threads beyond CHASE_MAX_THREADS */
	char *problem;	       /* what could not be read about it, and why */
	bool expanded;	       /* its threads' waits were followed */
	/* the walk */
	bool stuck; /* none of its threads can go on */
	int mark;   /* printing: 0 new, 1 on the current path, 2 printed */
};

/* one run: a configuration of its own (-yy always), the processes seen */
struct chase {
	struct config cfg;
	struct chase_proc *procs[CHASE_MAX_PROCS];
	unsigned nprocs;
	bool full; /* CHASE_MAX_PROCS reached: some processes not read */
};

/* ---- chase_proc.c ---- */

/* the process (thread group) a tid belongs to, or -1 */
pid_t chase_tgid(pid_t tid);
/* reads a process and its threads: state, wchan, the call they are in */
struct chase_proc *chase_proc_read(struct chase *ch, pid_t pid);
void chase_proc_free(struct chase_proc *p);
/* reads the thread again: marks it moved if it ran or changed call */
void chase_thread_recheck(struct chase_thread *t, pid_t pid);
/* the children pid waits for: its own and its tracees, not zombies;
 * returns their number (at most max) */
unsigned chase_children(pid_t pid, pid_t *out, unsigned max);
/* "S (sleeping)" */
const char *chase_state_name(char state);

/* ---- chase_call.c ---- */

/* renders t's call (text and JSON) with the trace's decoders */
void chase_render_call(const struct chase *ch, struct chase_thread *t);

/* ---- chase_edges.c ---- */

/* what t of p waits for: fills t->edges, or t->end */
void chase_thread_edges(struct chase *ch, struct chase_proc *p,
			struct chase_thread *t);

/* small helpers shared by the files */
char *chase_strdupf(const char *fmt, ...) PRINTF_LIKE(1, 2);
void chase_add_edge(struct chase_thread *t, pid_t to, int fd, const char *fmt,
		    ...) PRINTF_LIKE(4, 5);

#endif
