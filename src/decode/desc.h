/* desc.h — kinds and decoders of the desc family (see desc.def). */
#ifndef SCTRACE_DECODE_DESC_H
#define SCTRACE_DECODE_DESC_H

#include "decode/decode.h"

#endif
