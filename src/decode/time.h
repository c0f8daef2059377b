/* time.h — kinds and decoders of the time family (see time.def): clocks,
 * sleeps, interval timers, POSIX timers, adjtimex. Reads the tracee only
 * through struct mem; each structure in the layout of the personality. */
#ifndef SCTRACE_DECODE_TIME_H
#define SCTRACE_DECODE_TIME_H

#include "decode/common.h"
#include "decode/decode.h"

/* ---- printers other families may use ---- */
/* {sigev_value={sival_int=0, sival_ptr=NULL}, sigev_signo=SIGALRM,
 * sigev_notify=SIGEV_SIGNAL} (timer_create, mq_notify) */
void print_sigevent(struct call *c, uint64_t addr);
/* CLOCK_MONOTONIC, or 0x63 / * CLOCK_??? * / as strace 6.1 prints any
 * other id (dynamic clocks included) */

/* ---- kinds (prefix time_) ---- */
arg_printer time_arg_clockid, time_arg_timespec_in, time_arg_remain,
	time_arg_timer_flags, time_arg_timezone, time_arg_timex,
	time_arg_time_out, time_arg_tms, time_arg_itimer_which,
	time_arg_itimerval, time_arg_sigevent, time_arg_timer_id;
ret_printer time_ret_time, time_ret_clock_state;

#define TM_CLOCKID IN(time_arg_clockid)
#define TM_TIMESPEC_IN IN(time_arg_timespec_in)
#define TM_TIMESPEC_OUT OUT(arg_timespec_out)
/* the time left of an interrupted sleep (nanosleep); clock_nanosleep's
 * has its flags in argument 1 */
extern const int time_flags_in_arg1;
#define TM_REMAIN OUT(time_arg_remain)
#define TM_REMAIN_CLOCK OUT_AUX(time_arg_remain, &time_flags_in_arg1)
#define TM_TIMER_FLAGS IN(time_arg_timer_flags)
#define TM_TIMEVAL_IN IN(arg_timeval)
#define TM_TIMEVAL_OUT OUT(arg_timeval_out)
#define TM_TIMEZONE_IN IN(time_arg_timezone)
#define TM_TIMEZONE_OUT OUT(time_arg_timezone)
#define TM_TIMEX_OUT OUT(time_arg_timex) /* read and written: shown after */
#define TM_TIME_OUT OUT(time_arg_time_out)
#define TM_TMS_OUT OUT(time_arg_tms)
#define TM_ITIMER_WHICH IN(time_arg_itimer_which)
#define TM_ITIMERVAL_IN IN(time_arg_itimerval)
#define TM_ITIMERVAL_OUT OUT(time_arg_itimerval)
#define TM_ITIMERSPEC_IN IN(arg_itimerspec)
#define TM_ITIMERSPEC_OUT OUT(arg_itimerspec_out)
#define TM_SIGEVENT_IN IN(time_arg_sigevent)
#define TM_TIMER_ID_OUT OUT(time_arg_timer_id)

#endif
