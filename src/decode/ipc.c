/* System V IPC: keys, get flags with their modes, sembuf arrays, message
 * buffers, and the *ctl commands with the structure each one reads or
 * writes. */
#include "decode/ipc.h"

#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include "config.h"
#include "decode/compat.h"
#include "decode/signal.h"
#include "xlat/xlat.h"

/* the huge page size of shmget: log2 in bits 26..31 (linux/shm.h,
 * asm-generic/hugetlb_encode.h); glibc does not export them */
#define SHM_HUGE_SHIFT 26
#define SHM_HUGE_MASK 0x3fu
/* the command bit for the 64-bit structures (linux/ipc.h) */
#define IPC_64 0x0100

static bool is_compat(const struct call *c)
{
	return c->mem->wordsize == 4;
}

void ipc_arg_key(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t key = (uint32_t)c->args[i];
	if (key == IPC_PRIVATE)
		emit_sym_hex(c->e, "IPC_PRIVATE", key);
	else
		emit_hex(c->e, key);
}

/* semget, msgget: IPC_CREAT|0x100000|0600; strace writes no '|' after
 * unknown bits when no flag has a name (0x1000000 then 000), except
 * under -X raw (0x1000000|000) */
void ipc_arg_get_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i], flags = v & ~0777u;
	const char *name;
	uint64_t rest;
	struct strbuf sb = {0};
	if (flags) {
		bool named = xlat_split_flags(&xlat_ipc_get_flags, flags, &name,
					      1, &rest) > 0;
		emit_format_flags(c->e, &sb, &xlat_ipc_get_flags, flags, NULL,
				  NULL);
		if (named || emit_xlat_style(c->e) == XLAT_RAW)
			sb_putc(&sb, '|');
	}
	sb_printf(&sb, "%#03o", v & 0777u);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

/* shmget: IPC_CREAT|0x100000|21<<SHM_HUGE_SHIFT|0600 */
void ipc_arg_shmget_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint32_t v = (uint32_t)c->args[i];
	uint32_t huge = (v >> SHM_HUGE_SHIFT) & SHM_HUGE_MASK;
	uint32_t flags = v & ~0777u & ~(SHM_HUGE_MASK << SHM_HUGE_SHIFT);
	struct strbuf sb = {0};
	if (flags) {
		emit_format_flags(c->e, &sb, &xlat_ipc_shmget_flags, flags,
				  NULL, NULL);
		sb_putc(&sb, '|');
	}
	if (huge) {
		sb_printf(&sb, "%u<<", huge);
		emit_format_sym(c->e, &sb, "SHM_HUGE_SHIFT", SHM_HUGE_SHIFT,
				SYM_DEC);
		sb_putc(&sb, '|');
	}
	sb_printf(&sb, "%#03o", v & 0777u);
	emit_expr(c->e, sb_cstr(&sb));
	sb_free(&sb);
}

void ipc_arg_shmat_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_flags_unknown(c->e, &xlat_ipc_shmat_flags, (uint32_t)c->args[i],
			   NULL, "SHM_???");
}

void ipc_arg_msg_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_flags_unknown(c->e, &xlat_ipc_msg_flags, (uint32_t)c->args[i],
			   NULL, "MSG_???");
}

/* ---- semop ---- */

static void print_sembuf(struct call *c, const void *elem, size_t index,
			 void *ctx)
{
	(void)index;
	(void)ctx;
	struct sembuf sb;
	memcpy(&sb, elem, sizeof(sb));
	emit_struct_begin(c->e);
	emit_field(c->e, "sem_num");
	emit_uint(c->e, sb.sem_num);
	emit_field(c->e, "sem_op");
	emit_int(c->e, sb.sem_op);
	emit_field(c->e, "sem_flg");
	emit_flags_unknown(c->e, &xlat_ipc_sem_flags, (uint16_t)sb.sem_flg,
			   NULL, "SEM_???");
	emit_struct_end(c->e);
}

void ipc_arg_sembuf(struct call *c, int i, const void *aux)
{
	(void)aux;
	/* struct sembuf is three shorts in every personality */
	print_array(c, c->args[i], (uint32_t)c->args[i + 1],
		    sizeof(struct sembuf), print_sembuf, NULL);
}

/* ---- messages ---- */

/* {mtype=1, mtext="..."}: msgsz bytes of text, cut at -s, for msgrcv
 * too (strace shows the buffer, not the length received) */
static void print_msgbuf(struct call *c, uint64_t addr, uint64_t size)
{
	uint8_t mtype[8];
	size_t word = is_compat(c) ? 4 : 8;
	if (!fetch_struct(c, addr, mtype, word))
		return;
	int64_t type;
	if (word == 4) {
		int32_t t32;
		memcpy(&t32, mtype, 4);
		type = t32;
	} else {
		memcpy(&type, mtype, 8);
	}
	emit_struct_begin(c->e);
	emit_field(c->e, "mtype");
	emit_int(c->e, type);
	emit_field(c->e, "mtext");
	print_buffer(c, addr + word, size);
	emit_struct_end(c->e);
}

void ipc_arg_msgbuf(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_msgbuf(c, c->args[i], c->args[i + 1]);
}

/* msgrcv through i386's ipc(2), version 0: msgp and msgtyp are in a
 * struct at the second argument (compat.c puts the version in args[5]);
 * a failed call shows that struct's address and no msgtyp, as strace */
int ipc_decode_msgrcv(struct call *c)
{
	if (!compat_indirect(c) || c->args[5] != 0)
		return decode_signature(c);
	if (!c->exiting) {
		decode_arg(c, 0);
		return DECODE_MORE;
	}
	struct {
		uint32_t msgp;
		int32_t msgtyp;
	} k;
	bool ok = !c->err && call_verbose(c) &&
		  mem_read(c->mem, c->args[1], &k, sizeof(k)) == 0;
	if (ok)
		print_msgbuf(c, k.msgp, c->args[2]);
	else
		emit_ptr(c->e, c->args[1]);
	emit_uint(c->e, c->args[2]);
	if (ok)
		emit_int(c->e, k.msgtyp);
	ipc_arg_msg_flags(c, 4, NULL);
	return DECODE_DONE;
}

/* shmat through ipc(2) returns 0 and stores the address at its third
 * argument (args[3] here): strace shows that address as the result */
static void ret_shmat_indirect(struct call *c)
{
	emit_ret(c->e, (int64_t)c->saved[4], RET_HEX, NULL);
}

int ipc_decode_shmat(struct call *c)
{
	uint32_t raddr;
	if (!c->exiting)
		return decode_signature(c);
	if (compat_indirect(c) && !c->err &&
	    mem_read(c->mem, c->args[3], &raddr, sizeof(raddr)) == 0) {
		c->saved[4] = raddr;
		c->ret_override = ret_shmat_indirect;
	}
	return DECODE_DONE;
}

/* ---- the ctl commands ---- */

/* IPC_STAT, or IPC_64|IPC_STAT, or 0x63 / * SHM_??? * / */
static void print_ctl_cmd(struct call *c, uint32_t cmd, const struct xlat *x,
			  const char *unknown)
{
	if (!(cmd & IPC_64)) {
		emit_enum(c->e, x, cmd, unknown);
		return;
	}
	struct flag_part p[2] = {
		{PART_SYM, NULL, IPC_64, "IPC_64", NULL, SYM_HEX},
		{PART_ENUM, x, cmd & ~IPC_64, NULL, unknown, SYM_HEX},
	};
	emit_flag_parts(c->e, p, 2, cmd);
}

static void print_perm(struct call *c, const struct ipc_perm *p, bool set)
{
	struct emitter *e = c->e;
	emit_struct_begin(e);
	emit_field(e, "uid");
	emit_uint(e, p->uid);
	emit_field(e, "gid");
	emit_uint(e, p->gid);
	emit_field(e, "mode");
	emit_oct(e, p->mode);
	if (!set) {
		emit_field(e, "key");
		emit_int(e, p->__key);
		emit_field(e, "cuid");
		emit_uint(e, p->cuid);
		emit_field(e, "cgid");
		emit_uint(e, p->cgid);
	}
	emit_struct_end(e);
}

/* what the third (or fourth) argument of a ctl command is */
enum ctl_arg { CTL_PTR, CTL_SET, CTL_STAT, CTL_INFO, CTL_INFO2 };

static bool fetch_ctl(struct call *c, uint64_t addr, void *buf, size_t len)
{
	return fetch_struct(c, addr, buf, len);
}

/* ---- i386's structures: the IPC_64 ones (compat ipc64_perm,
 * semid64_ds, msqid64_ds, shmid64_ds, shminfo64; shm_info has longs).
 * strace reads every i386 answer in these layouts, the old ones too. */

static uint32_t get32(const uint8_t *b)
{
	uint32_t v;
	memcpy(&v, b, sizeof(v));
	return v;
}

static uint16_t get16(const uint8_t *b)
{
	uint16_t v;
	memcpy(&v, b, sizeof(v));
	return v;
}

#define PERM32_SIZE 36

static void perm_from32(struct ipc_perm *p, const uint8_t *b)
{
	memset(p, 0, sizeof(*p));
	p->__key = (key_t)get32(b);
	p->uid = get32(b + 4);
	p->gid = get32(b + 8);
	p->cuid = get32(b + 12);
	p->cgid = get32(b + 16);
	p->mode = get16(b + 20);
}

static bool fetch_shmid(struct call *c, uint64_t addr, struct shmid_ds *ds)
{
	uint8_t b[PERM32_SIZE + 48];
	if (!is_compat(c))
		return fetch_ctl(c, addr, ds, sizeof(*ds));
	if (!fetch_ctl(c, addr, b, sizeof(b)))
		return false;
	memset(ds, 0, sizeof(*ds));
	perm_from32(&ds->shm_perm, b);
	const uint8_t *f = b + PERM32_SIZE;
	ds->shm_segsz = get32(f);
	ds->shm_atime = (int32_t)get32(f + 4);
	ds->shm_dtime = (int32_t)get32(f + 12);
	ds->shm_ctime = (int32_t)get32(f + 20);
	ds->shm_cpid = (pid_t)get32(f + 28);
	ds->shm_lpid = (pid_t)get32(f + 32);
	ds->shm_nattch = get32(f + 36);
	return true;
}

static bool fetch_semid(struct call *c, uint64_t addr, struct semid_ds *ds)
{
	uint8_t b[PERM32_SIZE + 28];
	if (!is_compat(c))
		return fetch_ctl(c, addr, ds, sizeof(*ds));
	if (!fetch_ctl(c, addr, b, sizeof(b)))
		return false;
	memset(ds, 0, sizeof(*ds));
	perm_from32(&ds->sem_perm, b);
	const uint8_t *f = b + PERM32_SIZE;
	ds->sem_otime = (int32_t)get32(f);
	ds->sem_ctime = (int32_t)get32(f + 8);
	ds->sem_nsems = get32(f + 16);
	return true;
}

static bool fetch_msqid(struct call *c, uint64_t addr, struct msqid_ds *ds)
{
	uint8_t b[PERM32_SIZE + 52];
	if (!is_compat(c))
		return fetch_ctl(c, addr, ds, sizeof(*ds));
	if (!fetch_ctl(c, addr, b, sizeof(b)))
		return false;
	memset(ds, 0, sizeof(*ds));
	perm_from32(&ds->msg_perm, b);
	const uint8_t *f = b + PERM32_SIZE;
	ds->msg_stime = (int32_t)get32(f);
	ds->msg_rtime = (int32_t)get32(f + 8);
	ds->msg_ctime = (int32_t)get32(f + 16);
	ds->msg_qnum = get32(f + 28);
	ds->msg_qbytes = get32(f + 32);
	ds->msg_lspid = (pid_t)get32(f + 36);
	ds->msg_lrpid = (pid_t)get32(f + 40);
	return true;
}

static bool fetch_shminfo(struct call *c, uint64_t addr, struct shminfo *si)
{
	uint32_t w[5];
	if (!is_compat(c))
		return fetch_ctl(c, addr, si, sizeof(*si));
	if (!fetch_ctl(c, addr, w, sizeof(w)))
		return false;
	memset(si, 0, sizeof(*si));
	si->shmmax = w[0];
	si->shmmin = w[1];
	si->shmmni = w[2];
	si->shmseg = w[3];
	si->shmall = w[4];
	return true;
}

static bool fetch_shm_info(struct call *c, uint64_t addr, struct shm_info *si)
{
	uint32_t w[6];
	if (!is_compat(c))
		return fetch_ctl(c, addr, si, sizeof(*si));
	if (!fetch_ctl(c, addr, w, sizeof(w)))
		return false;
	memset(si, 0, sizeof(*si));
	si->used_ids = (int)w[0];
	si->shm_tot = w[1];
	si->shm_rss = w[2];
	si->shm_swp = w[3];
	si->swap_attempts = w[4];
	si->swap_successes = w[5];
	return true;
}

static void print_shm_arg(struct call *c, enum ctl_arg kind, uint64_t addr)
{
	struct emitter *e = c->e;
	if (kind == CTL_STAT || kind == CTL_SET) {
		struct shmid_ds ds;
		if (!fetch_shmid(c, addr, &ds))
			return;
		emit_struct_begin(e);
		emit_field(e, "shm_perm");
		print_perm(c, &ds.shm_perm, kind == CTL_SET);
		if (kind == CTL_STAT) {
			emit_field(e, "shm_segsz");
			emit_uint(e, ds.shm_segsz);
			emit_field(e, "shm_cpid");
			emit_int(e, ds.shm_cpid);
			emit_field(e, "shm_lpid");
			emit_int(e, ds.shm_lpid);
			emit_field(e, "shm_nattch");
			emit_uint(e, ds.shm_nattch);
			emit_field(e, "shm_atime");
			emit_int(e, ds.shm_atime);
			emit_field(e, "shm_dtime");
			emit_int(e, ds.shm_dtime);
			emit_field(e, "shm_ctime");
			emit_int(e, ds.shm_ctime);
		}
		emit_struct_end(e);
	} else if (kind == CTL_INFO) {
		struct shminfo si;
		if (!fetch_shminfo(c, addr, &si))
			return;
		emit_struct_begin(e);
		emit_field(e, "shmmax");
		emit_uint(e, si.shmmax);
		emit_field(e, "shmmin");
		emit_uint(e, si.shmmin);
		emit_field(e, "shmmni");
		emit_uint(e, si.shmmni);
		emit_field(e, "shmseg");
		emit_uint(e, si.shmseg);
		emit_field(e, "shmall");
		emit_uint(e, si.shmall);
		emit_struct_end(e);
	} else if (kind == CTL_INFO2) {
		struct shm_info si;
		if (!fetch_shm_info(c, addr, &si))
			return;
		emit_struct_begin(e);
		emit_field(e, "used_ids");
		emit_int(e, si.used_ids);
		emit_field(e, "shm_tot");
		emit_uint(e, si.shm_tot);
		emit_field(e, "shm_rss");
		emit_uint(e, si.shm_rss);
		emit_field(e, "shm_swp");
		emit_uint(e, si.shm_swp);
		emit_field(e, "swap_attempts");
		emit_uint(e, si.swap_attempts);
		emit_field(e, "swap_successes");
		emit_uint(e, si.swap_successes);
		emit_struct_end(e);
	} else {
		emit_ptr(e, addr);
	}
}

static void print_sem_arg(struct call *c, enum ctl_arg kind, uint64_t addr)
{
	struct emitter *e = c->e;
	if (kind == CTL_STAT || kind == CTL_SET) {
		struct semid_ds ds;
		if (!fetch_semid(c, addr, &ds))
			return;
		emit_struct_begin(e);
		emit_field(e, "sem_perm");
		print_perm(c, &ds.sem_perm, kind == CTL_SET);
		if (kind == CTL_STAT) {
			emit_field(e, "sem_otime");
			emit_int(e, ds.sem_otime);
			emit_field(e, "sem_ctime");
			emit_int(e, ds.sem_ctime);
			emit_field(e, "sem_nsems");
			emit_uint(e, ds.sem_nsems);
		}
		emit_struct_end(e);
	} else if (kind == CTL_INFO) {
		static const char *const names[] = {
			"semmap", "semmni", "semmns", "semmnu", "semmsl",
			"semopm", "semume", "semusz", "semvmx", "semaem",
		};
		int32_t v[10];
		_Static_assert(sizeof(struct seminfo) == sizeof(v), "seminfo");
		if (!fetch_ctl(c, addr, v, sizeof(v)))
			return;
		emit_struct_begin(e);
		for (size_t k = 0; k < ARRAY_SIZE(names); k++) {
			emit_field(e, names[k]);
			emit_int(e, v[k]);
		}
		emit_struct_end(e);
	} else {
		emit_ptr(e, addr);
	}
}

static void print_msg_arg(struct call *c, enum ctl_arg kind, uint64_t addr)
{
	struct emitter *e = c->e;
	if (kind == CTL_STAT || kind == CTL_SET) {
		struct msqid_ds ds;
		if (!fetch_msqid(c, addr, &ds))
			return;
		emit_struct_begin(e);
		emit_field(e, "msg_perm");
		print_perm(c, &ds.msg_perm, kind == CTL_SET);
		if (kind == CTL_STAT) {
			emit_field(e, "msg_stime");
			emit_int(e, ds.msg_stime);
			emit_field(e, "msg_rtime");
			emit_int(e, ds.msg_rtime);
			emit_field(e, "msg_ctime");
			emit_int(e, ds.msg_ctime);
			emit_field(e, "msg_qnum");
			emit_uint(e, ds.msg_qnum);
		}
		emit_field(e, "msg_qbytes");
		emit_uint(e, ds.msg_qbytes);
		if (kind == CTL_STAT) {
			emit_field(e, "msg_lspid");
			emit_int(e, ds.msg_lspid);
			emit_field(e, "msg_lrpid");
			emit_int(e, ds.msg_lrpid);
		}
		emit_struct_end(e);
	} else if (kind == CTL_INFO) {
		struct msginfo mi;
		if (!fetch_ctl(c, addr, &mi, sizeof(mi)))
			return;
		emit_struct_begin(e);
		emit_field(e, "msgpool");
		emit_int(e, mi.msgpool);
		emit_field(e, "msgmap");
		emit_int(e, mi.msgmap);
		emit_field(e, "msgmax");
		emit_int(e, mi.msgmax);
		emit_field(e, "msgmnb");
		emit_int(e, mi.msgmnb);
		emit_field(e, "msgmni");
		emit_int(e, mi.msgmni);
		emit_field(e, "msgssz");
		emit_int(e, mi.msgssz);
		emit_field(e, "msgtql");
		emit_int(e, mi.msgtql);
		emit_field(e, "msgseg");
		emit_uint(e, mi.msgseg);
		emit_struct_end(e);
	} else {
		emit_ptr(e, addr);
	}
}

static enum ctl_arg shm_arg_kind(uint32_t cmd)
{
	switch (cmd & ~IPC_64) {
	case IPC_SET: return CTL_SET;
	case IPC_STAT:
	case SHM_STAT:
	case SHM_STAT_ANY: return CTL_STAT;
	case IPC_INFO: return CTL_INFO;
	case SHM_INFO: return CTL_INFO2;
	}
	return CTL_PTR;
}

static enum ctl_arg sem_arg_kind(uint32_t cmd)
{
	switch (cmd & ~IPC_64) {
	case IPC_SET: return CTL_SET;
	case IPC_STAT:
	case SEM_STAT:
	case SEM_STAT_ANY: return CTL_STAT;
	case IPC_INFO:
	case SEM_INFO: return CTL_INFO;
	}
	return CTL_PTR;
}

static enum ctl_arg msg_arg_kind(uint32_t cmd)
{
	switch (cmd & ~IPC_64) {
	case IPC_SET: return CTL_SET;
	case IPC_STAT:
	case MSG_STAT:
	case MSG_STAT_ANY: return CTL_STAT;
	case IPC_INFO:
	case MSG_INFO: return CTL_INFO;
	}
	return CTL_PTR;
}

typedef void ctl_arg_printer(struct call *c, enum ctl_arg kind, uint64_t addr);

/* the shared shape of the three ctl calls: the id (and semnum) and the
 * command at entry; an input structure at entry, an output one at exit */
static int decode_ctl(struct call *c, int cmd_arg, const struct xlat *cmds,
		      const char *unknown, enum ctl_arg kind,
		      ctl_arg_printer *print)
{
	uint64_t addr = c->args[cmd_arg + 1];
	if (c->exiting) {
		if (c->more_args)
			print(c, kind, addr);
		return DECODE_DONE;
	}
	decode_args(c, 0, cmd_arg);
	print_ctl_cmd(c, (uint32_t)c->args[cmd_arg], cmds, unknown);
	if (kind == CTL_STAT || kind == CTL_INFO || kind == CTL_INFO2)
		return DECODE_MORE;
	print(c, kind, addr);
	return DECODE_DONE;
}

int ipc_decode_shmctl(struct call *c)
{
	uint32_t cmd = (uint32_t)c->args[1];
	return decode_ctl(c, 1, &xlat_ipc_shmctl_cmds, "SHM_???",
			  shm_arg_kind(cmd), print_shm_arg);
}

/* semctl through i386's ipc(2): the union semun is read from the
 * fourth argument; strace shows it as [value], or the structure it
 * points to */
static void print_semun_indirect(struct call *c, enum ctl_arg kind)
{
	uint64_t addr = c->args[3];
	uint32_t w;
	if (!addr) {
		emit_null(c->e);
		return;
	}
	if (!call_verbose(c) || mem_read(c->mem, addr, &w, sizeof(w)) < 0) {
		emit_ptr(c->e, addr);
		return;
	}
	if (kind != CTL_PTR) {
		print_sem_arg(c, kind, w);
		return;
	}
	emit_array_begin(c->e);
	emit_ptr(c->e, w);
	emit_array_end(c->e);
}

int ipc_decode_semctl(struct call *c)
{
	uint32_t cmd = (uint32_t)c->args[2];
	enum ctl_arg kind = sem_arg_kind(cmd);
	if (!compat_indirect(c))
		return decode_ctl(c, 2, &xlat_ipc_semctl_cmds, "SEM_???", kind,
				  print_sem_arg);
	if (c->exiting) {
		if (c->more_args)
			print_semun_indirect(c, kind);
		return DECODE_DONE;
	}
	decode_args(c, 0, 2);
	print_ctl_cmd(c, cmd, &xlat_ipc_semctl_cmds, "SEM_???");
	if (kind == CTL_STAT || kind == CTL_INFO || kind == CTL_INFO2)
		return DECODE_MORE;
	print_semun_indirect(c, kind);
	return DECODE_DONE;
}

int ipc_decode_msgctl(struct call *c)
{
	uint32_t cmd = (uint32_t)c->args[1];
	return decode_ctl(c, 1, &xlat_ipc_msgctl_cmds, "MSG_???",
			  msg_arg_kind(cmd), print_msg_arg);
}
