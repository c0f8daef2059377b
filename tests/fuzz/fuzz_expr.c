/* libFuzzer target: the -e expression parser. Bad input must end in the
 * parser's one-line error, never in a crash, a leak or a read out of
 * bounds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "filter/expr.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct config cfg;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	memset(&cfg, 0, sizeof(cfg));
	expr_defaults(&cfg);
	char err[EXPR_ERR_MAX];
	if (expr_parse(&cfg, s, err) < 0 && !err[0])
		__builtin_trap(); /* an error must say what was wrong */
	free(s);
	return 0;
}
