/* compat.h — kinds and decoders of the compat family (see compat.def). */
#ifndef SCTRACE_DECODE_COMPAT_H
#define SCTRACE_DECODE_COMPAT_H

#include "decode/decode.h"

#endif
