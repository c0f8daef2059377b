/* signal.h — kinds and decoders of the signal family (see signal.def),
 * and siginfo, which the engine prints for signal-delivery stops. */
#ifndef SCTRACE_DECODE_SIGNAL_H
#define SCTRACE_DECODE_SIGNAL_H

#include <signal.h>

#include "decode/decode.h"

/* {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=..., ...} */
void print_siginfo(struct call *c, const siginfo_t *si);

#endif
