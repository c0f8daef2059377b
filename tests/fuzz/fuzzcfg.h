/* fuzzcfg.h — the options a fuzz input picks from its flags byte, the
 * same for every target: -s 4 or 32, abbrev=none, -x/-xx, -X raw or
 * verbose. */
#ifndef SCTRACE_FUZZCFG_H
#define SCTRACE_FUZZCFG_H

#include <stdint.h>
#include <string.h>

#include "config.h"
#include "filter/expr.h"

static inline void fuzz_config(struct config *cfg, uint8_t flags)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->string_limit = (flags & 0x40) ? 4 : 32;
	cfg->acolumn = 40;
	cfg->ts_precision = 6;
	cfg->times_precision = 6;
	expr_defaults(cfg);
	if (flags & 2)
		sysset_clear(&cfg->abbrev);
	if (flags & 4)
		cfg->hexmode = (flags & 8) ? 2 : 1;
	if (flags & 0x80)
		cfg->xlat_style = (flags & 8) ? XLAT_VERBOSE : XLAT_RAW;
}

#endif
