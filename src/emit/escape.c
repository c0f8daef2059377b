/* String escaping for the text emitter (strace's rules) and for JSON. */
#include "emit/emit.h"

static const char hexdigits[] = "0123456789abcdef";

static inline bool is_printable(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

static void put_hex_byte(struct strbuf *sb, unsigned char c)
{
	char b[4] = { '\\', 'x', hexdigits[c >> 4], hexdigits[c & 15] };
	sb_add(sb, b, 4);
}

void escape_text(struct strbuf *sb, const unsigned char *s, size_t len,
		 int hexmode)
{
	if (hexmode == 1) {
		/* -x: a string with any unprintable byte is shown all in hex;
		 * the whitespace escapes (\t \n \v \f \r) do not count */
		for (size_t i = 0; i < len; i++)
			if (!is_printable(s[i]) &&
			    !(s[i] >= '\t' && s[i] <= '\r')) {
				hexmode = 2;
				break;
			}
	}
	if (hexmode == 2) {
		sb_grow(sb, len * 4);
		for (size_t i = 0; i < len; i++)
			put_hex_byte(sb, s[i]);
		return;
	}
	sb_grow(sb, len);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (is_printable(c)) {
			if (c == '"' || c == '\\')
				sb_putc(sb, '\\');
			sb_putc(sb, (char)c);
			continue;
		}
		sb_putc(sb, '\\');
		switch (c) {
		case '\t': sb_putc(sb, 't'); continue;
		case '\n': sb_putc(sb, 'n'); continue;
		case '\v': sb_putc(sb, 'v'); continue;
		case '\f': sb_putc(sb, 'f'); continue;
		case '\r': sb_putc(sb, 'r'); continue;
		}
		/* shortest octal, unless a digit follows that would extend it */
		bool digit_follows = i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7';
		if (digit_follows || c >= 0100) {
			sb_putc(sb, (char)('0' + (c >> 6)));
			sb_putc(sb, (char)('0' + ((c >> 3) & 7)));
		} else if (c >= 010) {
			sb_putc(sb, (char)('0' + ((c >> 3) & 7)));
		}
		sb_putc(sb, (char)('0' + (c & 7)));
	}
}

/* length of the valid UTF-8 sequence at s, or 0 */
static size_t utf8_seq(const unsigned char *s, size_t len)
{
	unsigned char c = s[0];
	size_t n;
	uint32_t cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

bool utf8_valid(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		size_t n = utf8_seq(s + i, len - i);
		if (!n)
			return false;
		i += n;
	}
	return true;
}

void escape_json(struct strbuf *sb, const unsigned char *s, size_t len)
{
	sb_grow(sb, len);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		switch (c) {
		case '"': sb_add(sb, "\\\"", 2); continue;
		case '\\': sb_add(sb, "\\\\", 2); continue;
		case '\n': sb_add(sb, "\\n", 2); continue;
		case '\t': sb_add(sb, "\\t", 2); continue;
		case '\r': sb_add(sb, "\\r", 2); continue;
		case '\b': sb_add(sb, "\\b", 2); continue;
		case '\f': sb_add(sb, "\\f", 2); continue;
		}
		if (c < 0x20 || c == 0x7f) {
			char b[6] = { '\\', 'u', '0', '0', hexdigits[c >> 4],
				      hexdigits[c & 15] };
			sb_add(sb, b, 6);
			continue;
		}
		if (c < 0x80) {
			sb_putc(sb, (char)c);
			continue;
		}
		size_t n = utf8_seq(s + i, len - i);
		if (!n) {
			/* callers pass valid UTF-8; be safe anyway */
			sb_add(sb, "\\ufffd", 6);
			continue;
		}
		sb_add(sb, s + i, n);
		i += n - 1;
	}
}
