# sctrace — build, test, bench, install.
#   make                 ./sctrace
#   make check           the whole test suite; last line "N passed, N failed"
#   make check SANITIZE=1  the same with AddressSanitizer + UBSan
#   make bench           ratios against strace and the untraced run
#   make fuzz            libFuzzer over the decoders and the expression parser
#   make install PREFIX=/usr/local

CC ?= cc
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
VERSION = 0.1

ifeq ($(SANITIZE),1)
BUILD ?= build-asan
SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
BIN ?= sctrace-asan
OPT ?= -O1
else
BUILD ?= build
BIN ?= sctrace
OPT ?= -O2
endif

WARN = -Wall -Wextra -Werror -Wno-missing-field-initializers -Wno-format-truncation
CFLAGS ?= $(OPT) -g
ALL_CFLAGS = -std=gnu17 $(WARN) $(CFLAGS) $(SAN) -D_GNU_SOURCE \
	-DSCTRACE_VERSION='"$(VERSION)"' -Isrc -I$(BUILD)/gen -MMD -MP
LDFLAGS += $(SAN)

SRC_C := $(sort $(wildcard src/*.c src/*/*.c src/*/*/*.c))
XLAT_DEFS := $(sort $(wildcard src/xlat/*.def))
DECODE_DEFS := $(sort $(wildcard src/decode/*.def))

OBJ := $(patsubst src/%.c,$(BUILD)/%.o,$(SRC_C)) \
	$(patsubst src/xlat/%.def,$(BUILD)/xlat/tab_%.o,$(XLAT_DEFS))
MAIN_OBJ := $(BUILD)/main.o
LIB_OBJ := $(filter-out $(MAIN_OBJ),$(OBJ))

GEN := $(BUILD)/gen/xlat_decls.h $(BUILD)/gen/sysent_files.h \
	$(BUILD)/gen/decode_headers.h

.PHONY: all check bench install uninstall clean fuzz FORCE
all: $(BIN)

$(BIN): $(OBJ)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $(OBJ)

# generated lists (a few lines each; never committed), remade on every
# run and replaced only when the set of .def files changed
$(BUILD)/gen/xlat_decls.h: FORCE
	@mkdir -p $(@D)
	@{ for f in $(XLAT_DEFS); do n=$$(basename $$f .def); \
	   echo "extern const struct xlat xlat_$$n;"; done; } > $@.tmp && \
	 (cmp -s $@.tmp $@ || mv $@.tmp $@); rm -f $@.tmp
$(BUILD)/gen/sysent_files.h: FORCE
	@mkdir -p $(@D)
	@{ for f in $(DECODE_DEFS); do echo "#include \"$$(echo $$f | sed 's,^src/,,')\""; done; } \
	 > $@.tmp && (cmp -s $@.tmp $@ || mv $@.tmp $@); rm -f $@.tmp
$(BUILD)/gen/decode_headers.h: FORCE
	@mkdir -p $(@D)
	@{ for f in $(DECODE_DEFS); do echo "#include \"$$(echo $$f | sed 's,^src/,,;s,\.def$$,.h,')\""; done; } \
	 > $@.tmp && (cmp -s $@.tmp $@ || mv $@.tmp $@); rm -f $@.tmp

$(BUILD)/%.o: src/%.c $(GEN)
	@mkdir -p $(@D)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -c -o $@ $<

# each constant table is its own translation unit, so that its headers
# never meet another table's
$(BUILD)/xlat/tab_%.o: src/xlat/%.def $(GEN)
	@mkdir -p $(@D)
	@echo "  XLAT    $<"
	@$(CC) $(ALL_CFLAGS) -x c -c -o $@ $<

# ---- tests ----
TEST_BUILD = $(BUILD)/tests
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(patsubst tests/unit/%.c,$(TEST_BUILD)/unit/%,$(UNIT_SRC))
PROG_SRC := $(sort $(wildcard tests/progs/*.c))
PROG_BIN := $(patsubst tests/progs/%.c,$(TEST_BUILD)/progs/%,$(PROG_SRC))

$(TEST_BUILD)/unit/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(@D)
	@echo "  UNIT    $<"
	@$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(LIB_OBJ) $(LDFLAGS)

# test programs are the tracees: plain builds, no sanitizer
$(TEST_BUILD)/progs/%: tests/progs/%.c
	@mkdir -p $(@D)
	@echo "  PROG    $<"
	@$(CC) -std=gnu17 -O1 -g -Wall -Wextra -Werror -D_GNU_SOURCE -o $@ $< -pthread -lrt

# the i386 programs: -m32 builds (a rule of its own, chosen over the one
# above for i386_*)
include tests/progs/i386.mk

check: $(BIN) $(UNIT_BIN) $(PROG_BIN)
	@SCTRACE=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) \
	 python3 tests/run.py $(TESTS)

bench: $(BIN) $(TEST_BUILD)/progs/getppid_loop
	@SCTRACE=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) sh bench/run.sh

fuzz:
	$(MAKE) -f tests/fuzz/Makefile BUILD=build-fuzz

install: $(BIN)
	install -d $(BINDIR) $(MANDIR)
	install -m 0755 $(BIN) $(BINDIR)/sctrace
	install -m 0644 docs/sctrace.1 $(MANDIR)/sctrace.1

uninstall:
	rm -f $(BINDIR)/sctrace $(MANDIR)/sctrace.1

clean:
	rm -rf build build-asan build-fuzz sctrace sctrace-asan

-include $(OBJ:.o=.d)
