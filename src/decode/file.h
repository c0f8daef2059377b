/* file.h — kinds and decoders of the file family (see file.def). */
#ifndef SCTRACE_DECODE_FILE_H
#define SCTRACE_DECODE_FILE_H

#include "decode/decode.h"

#endif
