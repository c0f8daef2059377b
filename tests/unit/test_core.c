/* Unit tests of the shared pieces: escaping, flags, the signature walker,
 * return values, signal sets. */
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>

#include "decode/common.h"
#include "xlat/errno.h"
#include "xlat/xlat.h"

static void test_escape(void)
{
	struct strbuf sb = { 0 };
	escape_text(&sb, (const unsigned char *)"ab\tc\"\\\n\0", 8, 0);
	CHECK_STR("escape.default", sb_cstr(&sb), "ab\\tc\\\"\\\\\\n\\0");
	sb_reset(&sb);
	escape_text(&sb, (const unsigned char *)"\0011\177\303\251z", 6, 0);
	CHECK_STR("escape.octal_digit_follows", sb_cstr(&sb),
		  "\\0011\\177\\303\\251z");
	sb_reset(&sb);
	escape_text(&sb, (const unsigned char *)"plain", 5, 1);
	CHECK_STR("escape.x_printable", sb_cstr(&sb), "plain");
	sb_reset(&sb);
	escape_text(&sb, (const unsigned char *)"a\0b", 3, 1);
	CHECK_STR("escape.x_binary", sb_cstr(&sb), "\\x61\\x00\\x62");
	sb_reset(&sb);
	escape_text(&sb, (const unsigned char *)"pl", 2, 2);
	CHECK_STR("escape.xx", sb_cstr(&sb), "\\x70\\x6c");
	sb_free(&sb);
}

static void test_json_escape(void)
{
	struct strbuf sb = { 0 };
	escape_json(&sb, (const unsigned char *)"a\"\\\n\x01\xc3\xa9", 7);
	CHECK_STR("json.escape", sb_cstr(&sb), "a\\\"\\\\\\n\\u0001\xc3\xa9");
	CHECK("json.utf8_valid", utf8_valid((const unsigned char *)"\xc3\xa9", 2));
	CHECK("json.utf8_invalid", !utf8_valid((const unsigned char *)"\xc3", 1));
	CHECK("json.utf8_overlong", !utf8_valid((const unsigned char *)"\xc0\xaf", 2));
	CHECK("json.utf8_surrogate", !utf8_valid((const unsigned char *)"\xed\xa0\x80", 3));
	sb_free(&sb);
}

static void test_flags(void)
{
	struct strbuf sb = { 0 };
	xlat_format_flags(&sb, &xlat_signals, 0, "0");
	CHECK_STR("flags.zero", sb_cstr(&sb), "0");
	sb_free(&sb);
	CHECK_STR("errno.name", errno_name(ENOENT), "ENOENT");
	CHECK_STR("errno.alias_canonical", errno_name(EAGAIN), "EAGAIN");
	CHECK_STR("errno.deadlk", errno_name(EDEADLK), "EDEADLK");
	CHECK_STR("errno.restartsys", errno_name(512), "ERESTARTSYS");
	CHECK_STR("signal.rtmin", signal_name(32), "SIGRTMIN");
	CHECK_STR("signal.rt1", signal_name(33), "SIGRT_1");
	CHECK_STR("signal.chld", signal_name(17), "SIGCHLD");
	CHECK("signal.none", signal_name(65) == NULL);
}

static void test_calls(void)
{
	struct unit_call u;
	static const char text[] = "hello\n";
	uint64_t base = 0x10000;
	uint64_t a1[6] = { 1, base, 6 };
	unit_call_init(&u, "write", a1, base, text, sizeof(text) - 1);
	CHECK_STR("call.write", unit_render(&u, 6, 0),
		  "write(1, \"hello\\n\", 6)                  = 6");

	uint64_t a2[6] = { 3, base, 100 };
	unit_call_init(&u, "read", a2, base, text, sizeof(text) - 1);
	CHECK_STR("call.read_efault", unit_render(&u, -1, EFAULT),
		  "read(3, 0x10000, 100)                   = -1 EFAULT (Bad address)");

	uint64_t a3[6] = { 3, 0xdead0000, 6 };
	unit_call_init(&u, "write", a3, base, text, sizeof(text) - 1);
	CHECK_STR("call.write_unreadable", unit_render(&u, 6, 0),
		  "write(3, 0xdead0000, 6)                 = 6");

	/* an absurd length reads only the -s limit */
	uint64_t a4[6] = { 1, base, 1ULL << 62 };
	static char big[64];
	memset(big, 'a', sizeof(big));
	unit_call_init(&u, "write", a4, base, big, sizeof(big));
	CHECK_STR("call.write_huge_len", unit_render(&u, 5, 0),
		  "write(1, \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"..., 4611686018427387904) = 5");

	uint64_t a5[6] = { 0 };
	unit_call_init(&u, "getpid", a5, base, text, 0);
	CHECK_STR("call.noargs", unit_render(&u, 42, 0),
		  "getpid()                                = 42");

	uint64_t a6[6] = { 3 };
	unit_call_init(&u, "close", a6, base, text, 0);
	CHECK_STR("call.restart", unit_render(&u, -512, 512),
		  "close(3)                                = ? ERESTARTSYS (To be restarted if SA_RESTART is set)");

	uint64_t a7[6] = { (uint64_t)-100, base };
	static const char path[] = "/etc/passwd";
	unit_call_init(&u, "unlinkat", a7, base, path, sizeof(path));
	const char *line = unit_render(&u, -1, ENOENT);
	CHECK("call.dirfd_path", strncmp(line, "unlinkat(AT_FDCWD, \"/etc/passwd\"", 32) == 0);

	/* a path that runs off readable memory prints the address */
	uint64_t a8[6] = { base };
	unit_call_init(&u, "chdir", a8, base, path, sizeof(path) - 1);
	CHECK_STR("call.path_unterminated", unit_render(&u, 0, 0),
		  "chdir(0x10000)                          = 0");
}

static void test_sigset(void)
{
	struct unit_call u;
	uint8_t mask[8] = { 0 };
	mask[(SIGINT - 1) / 8] |= 1 << ((SIGINT - 1) % 8);
	mask[(SIGCHLD - 1) / 8] |= 1 << ((SIGCHLD - 1) % 8);
	uint64_t a[6] = { 0 };
	unit_call_init(&u, "getpid", a, 0, NULL, 0);
	sb_reset(&u.out);
	print_sigset_bits(&u.call, mask, 8);
	CHECK_STR("sigset.plain", sb_cstr(&u.out), "[INT CHLD]");
	memset(mask, 0xff, 8);
	mask[(SIGTERM - 1) / 8] &= (uint8_t)~(1 << ((SIGTERM - 1) % 8));
	mask[3] &= 0x7f; /* 32 */
	mask[4] &= 0xfe; /* 33 */
	unit_call_init(&u, "getpid", a, 0, NULL, 0);
	sb_reset(&u.out);
	print_sigset_bits(&u.call, mask, 8);
	CHECK_STR("sigset.inverted", sb_cstr(&u.out), "~[TERM RTMIN RT_1]");
}

int main(void)
{
	test_escape();
	test_json_escape();
	test_flags();
	test_calls();
	test_sigset();
	return unit_done();
}
