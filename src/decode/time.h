/* time.h — kinds and decoders of the time family (see time.def). */
#ifndef SCTRACE_DECODE_TIME_H
#define SCTRACE_DECODE_TIME_H

#include "decode/decode.h"

#endif
