/* libFuzzer target: the -e expression parser. Bad input must end in the
 * parser's one-line error (die), never in a crash or a read out of
 * bounds. */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "filter/expr.h"
#include "util.h"

static jmp_buf back;

static void on_die(void)
{
	longjmp(back, 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct config cfg;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	memset(&cfg, 0, sizeof(cfg));
	expr_defaults(&cfg);
	die_hook = on_die;
	if (setjmp(back) == 0)
		expr_parse(&cfg, s);
	die_hook = NULL;
	free(s);
	return 0;
}
