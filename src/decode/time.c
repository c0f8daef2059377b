/* Time: clock ids, sleeps and what is left of them, timezones, struct
 * timex, time(2) with its date, interval and POSIX timers. */
#include "decode/time.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/timex.h>

#include "decode/signal.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

static size_t word_of(const struct call *c)
{
	return c->mem->wordsize == 4 ? 4 : 8;
}

/* a signed long of the personality at p */
static int64_t get_long(const uint8_t *p, size_t word)
{
	if (word == 4) {
		int32_t v;
		memcpy(&v, p, 4);
		return v;
	}
	int64_t v;
	memcpy(&v, p, 8);
	return v;
}

static uint64_t get_ulong(const uint8_t *p, size_t word)
{
	if (word == 4) {
		uint32_t v;
		memcpy(&v, p, 4);
		return v;
	}
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static int32_t get_int(const uint8_t *p)
{
	int32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* ---- clock ids, timespecs ---- */

void time_arg_clockid(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_clockid(c, (int32_t)c->args[i]);
}

void time_arg_timespec_in(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_timespec_in(c, c->args[i]);
}

static bool is_restart(int err)
{
	return err && errno_is_restart(err);
}

/* The kernel writes the time left only when a signal interrupted the
 * sleep, and never for an absolute clock_nanosleep: otherwise strace
 * shows the address. */
const int time_flags_in_arg1 = 1;

void time_arg_remain(struct call *c, int i, const void *aux)
{
	uint64_t addr = c->args[i];
	bool absolute = aux && (c->args[1] & TIMER_ABSTIME);
	if (!addr) {
		emit_null(c->e);
		return;
	}
	if (!is_restart(c->err) || absolute) {
		emit_ptr(c->e, addr);
		return;
	}
	print_timespec_in(c, addr);
}

void time_arg_timer_flags(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_flags_unknown(c->e, &xlat_time_timer_flags, (uint32_t)c->args[i],
			   NULL, "TIMER_???");
}

/* ---- gettimeofday, time, times ---- */

void time_arg_timezone(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t tz[2];
	if (!fetch_struct(c, c->args[i], tz, sizeof(tz)))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "tz_minuteswest");
	emit_int(c->e, tz[0]);
	emit_field(c->e, "tz_dsttime");
	emit_int(c->e, tz[1]);
	emit_struct_end(c->e);
}

/* strace's date: 2024-01-02T03:04:05+0000, in the tracer's time zone */
static bool format_date(char *buf, size_t len, int64_t t)
{
	struct tm tm;
	time_t tt = (time_t)t;
	if ((int64_t)tt != t || !localtime_r(&tt, &tm))
		return false;
	return strftime(buf, len, "%Y-%m-%dT%H:%M:%S%z", &tm) > 0;
}

/* time(2)'s output: [1700000000 / * 2023-11-14T22:13:20+0000 * /] */
void time_arg_time_out(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint8_t buf[8];
	size_t word = word_of(c);
	if (!fetch_struct(c, c->args[i], buf, word))
		return;
	int64_t t = get_long(buf, word);
	char date[64];
	emit_array_begin(c->e);
	emit_int(c->e, t);
	if (!call_raw(c) && format_date(date, sizeof(date), t))
		emit_comment(c->e, date);
	emit_array_end(c->e);
}

void time_ret_time(struct call *c)
{
	char date[64];
	int64_t t = c->rval;
	if (c->mem->wordsize == 4)
		t = (int32_t)t;
	emit_ret(c->e, t, RET_DEC, NULL);
	if (format_date(date, sizeof(date), t))
		emit_ret_comment(c->e, date);
}

void time_arg_tms(struct call *c, int i, const void *aux)
{
	(void)aux;
	static const char *const names[] = {"tms_utime", "tms_stime",
					    "tms_cutime", "tms_cstime"};
	uint8_t buf[32];
	size_t word = word_of(c);
	if (!fetch_struct(c, c->args[i], buf, 4 * word))
		return;
	emit_struct_begin(c->e);
	for (size_t k = 0; k < 4; k++) {
		emit_field(c->e, names[k]);
		emit_uint(c->e, get_ulong(buf + k * word, word));
	}
	emit_struct_end(c->e);
}

/* ---- struct timex ---- */

/* The layouts differ only in the width of the longs; int fields keep 4
 * bytes and are padded to the next long in the 64-bit one. */
enum timex_kind { TX_FLAGS_MODES, TX_FLAGS_STATUS, TX_LONG, TX_INT, TX_TIME };

struct timex_field {
	const char *name;
	enum timex_kind kind;
	uint8_t off64, off32;
};

static const struct timex_field timex_fields[] = {
	{"modes", TX_FLAGS_MODES, offsetof(struct timex, modes), 0},
	{"offset", TX_LONG, offsetof(struct timex, offset), 4},
	{"freq", TX_LONG, offsetof(struct timex, freq), 8},
	{"maxerror", TX_LONG, offsetof(struct timex, maxerror), 12},
	{"esterror", TX_LONG, offsetof(struct timex, esterror), 16},
	{"status", TX_FLAGS_STATUS, offsetof(struct timex, status), 20},
	{"constant", TX_LONG, offsetof(struct timex, constant), 24},
	{"precision", TX_LONG, offsetof(struct timex, precision), 28},
	{"tolerance", TX_LONG, offsetof(struct timex, tolerance), 32},
	{"time", TX_TIME, offsetof(struct timex, time), 36},
	{"tick", TX_LONG, offsetof(struct timex, tick), 44},
	{"ppsfreq", TX_LONG, offsetof(struct timex, ppsfreq), 48},
	{"jitter", TX_LONG, offsetof(struct timex, jitter), 52},
	{"shift", TX_INT, offsetof(struct timex, shift), 56},
	{"stabil", TX_LONG, offsetof(struct timex, stabil), 60},
	{"jitcnt", TX_LONG, offsetof(struct timex, jitcnt), 64},
	{"calcnt", TX_LONG, offsetof(struct timex, calcnt), 68},
	{"errcnt", TX_LONG, offsetof(struct timex, errcnt), 72},
	{"stbcnt", TX_LONG, offsetof(struct timex, stbcnt), 76},
	{"tai", TX_INT, offsetof(struct timex, tai), 80},
};
/* the compat struct timex of i386 is 128 bytes */
#define TIMEX32_SIZE 128

void time_arg_timex(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint8_t buf[sizeof(struct timex)];
	size_t word = word_of(c);
	_Static_assert(sizeof(struct timex) >= TIMEX32_SIZE, "timex size");
	if (!fetch_struct(c, c->args[i], buf,
			  word == 4 ? TIMEX32_SIZE : sizeof(struct timex)))
		return;
	struct emitter *e = c->e;
	emit_struct_begin(e);
	for (size_t k = 0; k < ARRAY_SIZE(timex_fields); k++) {
		const struct timex_field *f = &timex_fields[k];
		const uint8_t *p = buf + (word == 4 ? f->off32 : f->off64);
		emit_field(e, f->name);
		switch (f->kind) {
		case TX_FLAGS_MODES:
			emit_flags_unknown(c->e, &xlat_time_adjtimex_modes,
					   (uint32_t)get_int(p), NULL,
					   "ADJ_???");
			break;
		case TX_FLAGS_STATUS:
			emit_flags_unknown(c->e, &xlat_time_adjtimex_status,
					   (uint32_t)get_int(p), NULL,
					   "STA_???");
			break;
		case TX_LONG: emit_int(e, get_long(p, word)); break;
		case TX_INT: emit_int(e, get_int(p)); break;
		case TX_TIME:
			emit_struct_begin(e);
			emit_field(e, "tv_sec");
			emit_int(e, get_long(p, word));
			emit_field(e, "tv_usec");
			emit_int(e, get_long(p + word, word));
			emit_struct_end(e);
			break;
		}
	}
	emit_struct_end(e);
}

/* adjtimex, clock_adjtime: "= 5 (TIME_ERROR)" */
void time_ret_clock_state(struct call *c)
{
	emit_ret(c->e, c->rval, RET_DEC, NULL);
	const char *name =
		xlat_name(&xlat_time_adjtimex_state, (uint64_t)c->rval);
	/* strace names the state only where it decodes the structure */
	if (name && call_verbose(c))
		emit_ret_comment(c->e, name);
}

/* ---- interval timers ---- */

void time_arg_itimer_which(struct call *c, int i, const void *aux)
{
	(void)aux;
	emit_enum(c->e, &xlat_time_itimer_which, (uint32_t)c->args[i],
		  "ITIMER_???");
}

static void print_timeval_at(struct call *c, const uint8_t *p, size_t word)
{
	emit_struct_begin(c->e);
	emit_field(c->e, "tv_sec");
	emit_int(c->e, get_long(p, word));
	emit_field(c->e, "tv_usec");
	emit_int(c->e, get_long(p + word, word));
	emit_struct_end(c->e);
}

void time_arg_itimerval(struct call *c, int i, const void *aux)
{
	(void)aux;
	uint8_t buf[32];
	size_t word = word_of(c);
	if (!fetch_struct(c, c->args[i], buf, 4 * word))
		return;
	emit_struct_begin(c->e);
	emit_field(c->e, "it_interval");
	print_timeval_at(c, buf, word);
	emit_field(c->e, "it_value");
	print_timeval_at(c, buf + 2 * word, word);
	emit_struct_end(c->e);
}

/* ---- POSIX timers ---- */

/* struct sigevent: sigev_value (a pointer-sized union), sigev_signo,
 * sigev_notify, then the union of the thread id and the thread
 * function and attributes */
void print_sigevent(struct call *c, uint64_t addr)
{
	uint8_t buf[32];
	size_t word = word_of(c);
	if (!fetch_struct_in(c, addr, buf, word + 8 + 2 * word))
		return;
	int32_t signo = get_int(buf + word);
	int32_t notify = get_int(buf + word + 4);
	const uint8_t *un = buf + word + 8;
	struct emitter *e = c->e;
	uint64_t value = get_ulong(buf, word);
	emit_struct_begin(e);
	/* strace leaves out a zero value */
	if (value) {
		emit_field(e, "sigev_value");
		emit_struct_begin(e);
		emit_field(e, "sival_int");
		emit_int(e, get_int(buf));
		emit_field(e, "sival_ptr");
		emit_ptr(e, value);
		emit_struct_end(e);
	}
	emit_field(e, "sigev_signo");
	/* strace names the signal only where the kernel sends one */
	if (notify == SIGEV_SIGNAL || notify == SIGEV_THREAD ||
	    notify == SIGEV_THREAD_ID)
		print_signo(c, signo);
	else
		emit_int(e, signo);
	emit_field(e, "sigev_notify");
	emit_enum(e, &xlat_time_sigev_notify, (uint32_t)notify, "SIGEV_???");
	if (notify == SIGEV_THREAD_ID) {
		emit_field(e, "sigev_notify_thread_id");
		emit_int(e, get_int(un));
	} else if (notify == SIGEV_THREAD) {
		emit_field(e, "sigev_notify_function");
		emit_ptr(e, get_ulong(un, word));
		emit_field(e, "sigev_notify_attributes");
		emit_ptr(e, get_ulong(un + word, word));
	}
	emit_struct_end(e);
}

void time_arg_sigevent(struct call *c, int i, const void *aux)
{
	(void)aux;
	print_sigevent(c, c->args[i]);
}

/* the timer id timer_create stores: [0] */
void time_arg_timer_id(struct call *c, int i, const void *aux)
{
	(void)aux;
	int32_t id;
	if (!fetch_struct(c, c->args[i], &id, sizeof(id)))
		return;
	emit_array_begin(c->e);
	emit_int(c->e, id);
	emit_array_end(c->e);
}
