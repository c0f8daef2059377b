/* -e read=FDS / -e write=FDS: after the line of a successful call on one
 * of the fds, the data it moved (its return value's worth), in strace's
 * hex dump layout:
 *    | 00000  68 65 6c 6c 6f 0a                                hello. | vectors
 * buffer by buffer (" * N bytes in buffer I", stopping at the first empty one,
 * as strace does), sendmmsg/recvmmsg message by message
 * (" = N buffers in vector I"). Text output only. The data is read in
 * bounded chunks; nothing is allocated by a tracee-given size. */
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "decode/decode.h"
#include "engine/session.h"
#include "filter/filter.h"

#define IOV_MAX_DUMP 1024
#define MMSG_MAX_DUMP 1024

struct dump {
	struct strbuf sb;
	struct output *out;
	struct mem *mem;
};

static void flush_dump(struct dump *d)
{
	if (d->sb.len)
		output_write(d->out, d->sb.buf, d->sb.len);
	sb_reset(&d->sb);
}

static void hex_row(struct strbuf *sb, uint64_t offset, const unsigned char *p,
		    size_t n)
{
	static const char hex[] = "0123456789abcdef";
	char row[128];
	size_t w = 0;
	w += (size_t)snprintf(row, sizeof(row), " | %05llx  ",
			      (unsigned long long)offset);
	for (size_t i = 0; i < 16; i++) {
		if (i < n) {
			row[w++] = hex[p[i] >> 4];
			row[w++] = hex[p[i] & 15];
		} else {
			row[w++] = ' ';
			row[w++] = ' ';
		}
		row[w++] = ' ';
		if (i == 7)
			row[w++] = ' ';
	}
	row[w++] = ' ';
	for (size_t i = 0; i < 16; i++)
		row[w++] = i >= n			   ? ' '
			   : (p[i] >= 0x20 && p[i] < 0x7f) ? (char)p[i]
							   : '.';
	memcpy(row + w, " |\n", 3);
	w += 3;
	sb_add(sb, row, w);
}

/* len bytes at addr; an unreadable part ends the dump quietly */
static void dump_bytes(struct dump *d, uint64_t addr, uint64_t len)
{
	unsigned char chunk[4096];
	for (uint64_t off = 0; off < len;) {
		size_t n = (size_t)MIN(len - off, sizeof(chunk));
		if (mem_read(d->mem, addr + off, chunk, n) < 0)
			return;
		for (size_t i = 0; i < n; i += 16)
			hex_row(&d->sb, off + i, chunk + i, MIN(16, n - i));
		off += n;
		if (d->sb.len > 64 * 1024)
			flush_dump(d);
	}
}

static uint64_t word(const unsigned char *p, int wordsize)
{
	if (wordsize == 4) {
		uint32_t v;
		memcpy(&v, p, 4);
		return v;
	}
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

/* an iovec array of count elements, total bytes of it */
static void dump_iov(struct dump *d, uint64_t addr, uint64_t count,
		     uint64_t total)
{
	int ws = d->mem->wordsize;
	if (count > IOV_MAX_DUMP)
		count = IOV_MAX_DUMP;
	for (uint64_t i = 0; i < count && total; i++) {
		unsigned char iov[16];
		if (mem_read(d->mem, addr + i * 2 * (uint64_t)ws, iov,
			     2 * (size_t)ws) < 0)
			return;
		uint64_t base = word(iov, ws), len = word(iov + ws, ws);
		uint64_t n = MIN(len, total);
		if (!n)
			return;
		sb_printf(&d->sb, " * %llu bytes in buffer %llu\n",
			  (unsigned long long)n, (unsigned long long)i);
		dump_bytes(d, base, n);
		total -= n;
	}
}

/* struct msghdr: msg_iov and msg_iovlen follow name and namelen */
static bool msghdr_iov(struct mem *m, uint64_t addr, uint64_t *iov,
		       uint64_t *iovlen)
{
	int ws = m->wordsize;
	unsigned char hdr[32];
	if (mem_read(m, addr + 2 * (uint64_t)ws, hdr, 2 * (size_t)ws) < 0)
		return false;
	*iov = word(hdr, ws);
	*iovlen = word(hdr + ws, ws);
	return true;
}

static void dump_mmsg(struct dump *d, uint64_t addr, uint64_t count)
{
	/* struct mmsghdr: a msghdr (7 words, padded), then msg_len */
	int ws = d->mem->wordsize;
	uint64_t hdr_size = ws == 4 ? 28 : 56;
	uint64_t size = ws == 4 ? 32 : 64;
	if (count > MMSG_MAX_DUMP)
		count = MMSG_MAX_DUMP;
	for (uint64_t i = 0; i < count; i++) {
		uint64_t iov, iovlen;
		uint32_t msg_len;
		if (!msghdr_iov(d->mem, addr + i * size, &iov, &iovlen) ||
		    mem_read(d->mem, addr + i * size + hdr_size, &msg_len,
			     sizeof(msg_len)) < 0)
			return;
		sb_printf(&d->sb, " = %llu buffers in vector %llu\n",
			  (unsigned long long)iovlen, (unsigned long long)i);
		dump_iov(d, iov, iovlen, msg_len);
	}
}

enum io_kind { IO_BUF, IO_IOV, IO_MSG, IO_MMSG };

struct io_call {
	unsigned short ent;
	bool writes;
	enum io_kind kind;
};

/* the calls strace dumps; the data is argument 1 (a buffer, an iovec
 * array with its count in argument 2, a msghdr, an mmsghdr array) */
static const struct io_call io_calls[] = {
	{ENT_read, false, IO_BUF},
	{ENT_pread64, false, IO_BUF},
	{ENT_recvfrom, false, IO_BUF},
	{ENT_readv, false, IO_IOV},
	{ENT_preadv, false, IO_IOV},
	{ENT_preadv2, false, IO_IOV},
	{ENT_recvmsg, false, IO_MSG},
	{ENT_recvmmsg, false, IO_MMSG},
	{ENT_recvmmsg_time64, false, IO_MMSG},
	{ENT_write, true, IO_BUF},
	{ENT_pwrite64, true, IO_BUF},
	{ENT_sendto, true, IO_BUF},
	{ENT_writev, true, IO_IOV},
	{ENT_pwritev, true, IO_IOV},
	{ENT_pwritev2, true, IO_IOV},
	{ENT_sendmsg, true, IO_MSG},
	{ENT_sendmmsg, true, IO_MMSG},
};

void filter_dump_io(struct session *s, struct tracee *t, struct call *c)
{
	const struct config *cfg = s->cfg;
	if (cfg->json || c->err || c->rval <= 0 || !c->desc)
		return;
	const struct io_call *io = NULL;
	for (size_t i = 0; i < ARRAY_SIZE(io_calls); i++)
		if (c->desc == &sysent[io_calls[i].ent])
			io = &io_calls[i];
	if (!io || !fdset_has(io->writes ? &cfg->write_fds : &cfg->read_fds,
			      (int)c->args[0]))
		return;
	struct dump d = {{0}, t->line.out, c->mem};
	uint64_t total = (uint64_t)c->rval;
	switch (io->kind) {
	case IO_BUF: dump_bytes(&d, c->args[1], total); break;
	case IO_IOV: dump_iov(&d, c->args[1], c->args[2], total); break;
	case IO_MSG: {
		uint64_t iov, iovlen;
		if (msghdr_iov(c->mem, c->args[1], &iov, &iovlen))
			dump_iov(&d, iov, iovlen, total);
		break;
	}
	case IO_MMSG: dump_mmsg(&d, c->args[1], total); break;
	}
	flush_dump(&d);
	sb_free(&d.sb);
}
