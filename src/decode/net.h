/* net.h — kinds and decoders of the net family (see net.def). */
#ifndef SCTRACE_DECODE_NET_H
#define SCTRACE_DECODE_NET_H

#include "decode/decode.h"

#endif
