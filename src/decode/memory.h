/* memory.h — kinds and decoders of the memory family (see memory.def). */
#ifndef SCTRACE_DECODE_MEMORY_H
#define SCTRACE_DECODE_MEMORY_H

#include "decode/decode.h"

#endif
