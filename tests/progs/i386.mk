# i386 test programs (tests/progs/i386_*.c): 32-bit tracees, built with
# cc -m32 (gcc-multilib). Where cc cannot build 32-bit programs, each is
# a stub that says so and exits 77; the i386 tests then skip.
HAVE_M32 := $(shell printf 'int main(void){return 0;}\n' | \
	$(CC) -m32 -x c - -o /dev/null -pthread -lrt 2>/dev/null && echo 1)

$(TEST_BUILD)/progs/i386_%: tests/progs/i386_%.c
	@mkdir -p $(@D)
ifeq ($(HAVE_M32),1)
	@echo "  PROG32  $<"
	@$(CC) -m32 -std=gnu17 -O1 -g -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -pthread -lrt
else
	@echo "  STUB32  $< (cc -m32 cannot build: install gcc-multilib)"
	@printf '#!/bin/sh\necho "$(@F): cc -m32 cannot build 32-bit programs here (install gcc-multilib)" >&2\nexit 77\n' > $@
	@chmod +x $@
endif
