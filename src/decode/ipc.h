/* ipc.h — kinds and decoders of the ipc family (see ipc.def). */
#ifndef SCTRACE_DECODE_IPC_H
#define SCTRACE_DECODE_IPC_H

#include "decode/decode.h"

#endif
