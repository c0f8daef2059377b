/* jsoncheck.h — a strict JSON validator for the fuzzers: the whole
 * buffer must be one JSON value per line, in valid UTF-8. */
#ifndef SCTRACE_JSONCHECK_H
#define SCTRACE_JSONCHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct jc {
	const unsigned char *p, *end;
	int depth;
};

static bool jc_value(struct jc *j);

static void jc_ws(struct jc *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t'))
		j->p++;
}

static bool jc_lit(struct jc *j, const char *s)
{
	size_t n = strlen(s);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, s, n))
		return false;
	j->p += n;
	return true;
}

static bool jc_string(struct jc *j)
{
	if (j->p >= j->end || *j->p != '"')
		return false;
	j->p++;
	while (j->p < j->end) {
		unsigned char c = *j->p++;
		if (c == '"')
			return true;
		if (c < 0x20)
			return false;
		if (c == '\\') {
			if (j->p >= j->end)
				return false;
			c = *j->p++;
			if (c == 'u') {
				for (int i = 0; i < 4; i++, j->p++)
					if (j->p >= j->end || !strchr("0123456789abcdefABCDEF", *j->p) || !*j->p)
						return false;
			} else if (!strchr("\"\\/bfnrt", c) || !c) {
				return false;
			}
			continue;
		}
		if (c >= 0x80) {
			int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 ? 1 : -1;
			if (n < 0 || c > 0xf4)
				return false;
			for (int i = 0; i < n; i++, j->p++)
				if (j->p >= j->end || (*j->p & 0xc0) != 0x80)
					return false;
		}
	}
	return false;
}

static bool jc_number(struct jc *j)
{
	const unsigned char *s = j->p;
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end || *j->p < '0' || *j->p > '9')
		return false;
	while (j->p < j->end && ((*j->p >= '0' && *j->p <= '9') || *j->p == '.' ||
				 *j->p == 'e' || *j->p == 'E' || *j->p == '+' || *j->p == '-'))
		j->p++;
	return j->p > s;
}

static bool jc_value(struct jc *j)
{
	jc_ws(j);
	if (j->p >= j->end || ++j->depth > 200)
		return false;
	bool ok;
	switch (*j->p) {
	case '{':
		j->p++;
		jc_ws(j);
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			ok = true;
			break;
		}
		for (;;) {
			jc_ws(j);
			if (!jc_string(j))
				return false;
			jc_ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return false;
			if (!jc_value(j))
				return false;
			jc_ws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == '}') {
				j->p++;
				break;
			}
			return false;
		}
		ok = true;
		break;
	case '[':
		j->p++;
		jc_ws(j);
		if (j->p < j->end && *j->p == ']') {
			j->p++;
			ok = true;
			break;
		}
		for (;;) {
			if (!jc_value(j))
				return false;
			jc_ws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == ']') {
				j->p++;
				break;
			}
			return false;
		}
		ok = true;
		break;
	case '"':
		ok = jc_string(j);
		break;
	case 't':
		ok = jc_lit(j, "true");
		break;
	case 'f':
		ok = jc_lit(j, "false");
		break;
	case 'n':
		ok = jc_lit(j, "null");
		break;
	default:
		ok = jc_number(j);
	}
	j->depth--;
	return ok;
}

/* every line of buf[0, len) is one JSON value */
static inline bool json_lines_valid(const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf, *end = p + len;
	while (p < end) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return false; /* every record ends its line */
		struct jc j = { p, nl, 0 };
		if (!jc_value(&j))
			return false;
		jc_ws(&j);
		if (j.p != nl)
			return false;
		p = nl + 1;
	}
	return true;
}

#endif
