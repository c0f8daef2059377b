/* util.h — small helpers shared by every module: a growable byte buffer,
 * checked allocation, monotonic and wall clocks.
 * Nothing here knows about tracing; allocation failure aborts with a message. */
#ifndef SCTRACE_UTIL_H
#define SCTRACE_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define UNUSED __attribute__((unused))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))

/* A byte buffer that grows; the storage is kept between uses so a line
 * buffer reaches its working size once and is never reallocated again. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void sb_grow(struct strbuf *sb, size_t extra);
void sb_free(struct strbuf *sb);

static inline void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
}

static inline void sb_putc(struct strbuf *sb, char c)
{
	if (sb->len + 1 >= sb->cap)
		sb_grow(sb, 1);
	sb->buf[sb->len++] = c;
}

void sb_add(struct strbuf *sb, const void *data, size_t len);
void sb_puts(struct strbuf *sb, const char *s);
void sb_printf(struct strbuf *sb, const char *fmt, ...) PRINTF_LIKE(2, 3);
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap);
void sb_pad_to(struct strbuf *sb, size_t column);
/* Appends v in decimal; faster than sb_printf on the hot path. */
void sb_putu(struct strbuf *sb, unsigned long long v);
void sb_puti(struct strbuf *sb, long long v);
void sb_puthex(struct strbuf *sb, unsigned long long v); /* 0x... */
/* NUL-terminates without counting the NUL in len. */
const char *sb_cstr(struct strbuf *sb);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* One line on stderr, "sctrace: ..." */
void warnmsg(const char *fmt, ...) PRINTF_LIKE(1, 2);
/* One line on stderr, then exit(1). */
void die(const char *fmt, ...) PRINTF_LIKE(1, 2) __attribute__((noreturn));

static inline double ts_to_double(const struct timespec *ts)
{
	return (double)ts->tv_sec + (double)ts->tv_nsec / 1e9;
}

void ts_sub(struct timespec *res, const struct timespec *a,
	    const struct timespec *b);
void ts_add(struct timespec *res, const struct timespec *a,
	    const struct timespec *b);
int ts_cmp(const struct timespec *a, const struct timespec *b);

#endif
