/* process.h — kinds and decoders of the process family (see process.def). */
#ifndef SCTRACE_DECODE_PROCESS_H
#define SCTRACE_DECODE_PROCESS_H

#include "decode/decode.h"

#endif
