#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void sb_grow(struct strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	if (need <= sb->cap)
		return;
	size_t cap = sb->cap ? sb->cap : 256;
	while (cap < need)
		cap *= 2;
	sb->buf = xrealloc(sb->buf, cap);
	sb->cap = cap;
}

void sb_free(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

void sb_add(struct strbuf *sb, const void *data, size_t len)
{
	if (sb->len + len + 1 > sb->cap)
		sb_grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
}

void sb_puts(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	size_t room = sb->cap > sb->len ? sb->cap - sb->len : 0;
	int n = vsnprintf(room ? sb->buf + sb->len : NULL, room, fmt, ap);
	if (n < 0) {
		va_end(aq);
		return;
	}
	if ((size_t)n >= room) {
		sb_grow(sb, (size_t)n);
		vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, aq);
	}
	sb->len += (size_t)n;
	va_end(aq);
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

void sb_pad_to(struct strbuf *sb, size_t column)
{
	if (sb->len >= column)
		return;
	size_t n = column - sb->len;
	sb_grow(sb, n);
	memset(sb->buf + sb->len, ' ', n);
	sb->len += n;
}

void sb_putu(struct strbuf *sb, unsigned long long v)
{
	char tmp[24];
	int i = sizeof(tmp);
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	sb_add(sb, tmp + i, sizeof(tmp) - (size_t)i);
}

void sb_puti(struct strbuf *sb, long long v)
{
	if (v < 0) {
		sb_putc(sb, '-');
		sb_putu(sb, -(unsigned long long)v);
	} else {
		sb_putu(sb, (unsigned long long)v);
	}
}

void sb_puthex(struct strbuf *sb, unsigned long long v)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[20];
	int i = sizeof(tmp);
	do {
		tmp[--i] = digits[v & 15];
		v >>= 4;
	} while (v);
	tmp[--i] = 'x';
	tmp[--i] = '0';
	sb_add(sb, tmp + i, sizeof(tmp) - (size_t)i);
}

const char *sb_cstr(struct strbuf *sb)
{
	if (sb->len + 1 > sb->cap)
		sb_grow(sb, 0);
	sb->buf[sb->len] = '\0';
	return sb->buf;
}

static void out_of_memory(void)
{
	static const char msg[] = "sctrace: out of memory\n";
	if (write(2, msg, sizeof(msg) - 1) < 0) {
		/* nothing more we can do */
	}
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);
	if (!p)
		out_of_memory();
	return p;
}

static void vwarn_line(const char *fmt, va_list ap)
{
	struct strbuf sb = { 0 };
	sb_puts(&sb, "sctrace: ");
	sb_vprintf(&sb, fmt, ap);
	sb_putc(&sb, '\n');
	/* one write so the line cannot be torn by a tracee writing too */
	if (write(2, sb.buf, sb.len) < 0) {
		/* stderr is gone; nothing to report to */
	}
	sb_free(&sb);
}

void warnmsg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn_line(fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn_line(fmt, ap);
	va_end(ap);
	exit(1);
}

void ts_sub(struct timespec *res, const struct timespec *a,
	    const struct timespec *b)
{
	res->tv_sec = a->tv_sec - b->tv_sec;
	res->tv_nsec = a->tv_nsec - b->tv_nsec;
	if (res->tv_nsec < 0) {
		res->tv_nsec += 1000000000L;
		res->tv_sec--;
	}
}

void ts_add(struct timespec *res, const struct timespec *a,
	    const struct timespec *b)
{
	res->tv_sec = a->tv_sec + b->tv_sec;
	res->tv_nsec = a->tv_nsec + b->tv_nsec;
	if (res->tv_nsec >= 1000000000L) {
		res->tv_nsec -= 1000000000L;
		res->tv_sec++;
	}
}

int ts_cmp(const struct timespec *a, const struct timespec *b)
{
	if (a->tv_sec != b->tv_sec)
		return a->tv_sec < b->tv_sec ? -1 : 1;
	if (a->tv_nsec != b->tv_nsec)
		return a->tv_nsec < b->tv_nsec ? -1 : 1;
	return 0;
}
