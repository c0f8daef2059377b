/* sysent_enum.h — one ENT_name per syscall entity in src/decode/\*.def */
#ifndef SCTRACE_SYSENT_ENUM_H
#define SCTRACE_SYSENT_ENUM_H

enum sysent_id {
#define SYSCALL(nm, ...) ENT_##nm,
#include "sysent_files.h"
#undef SYSCALL
	SYSENT_COUNT
};

#endif
