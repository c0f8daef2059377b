/* A memory image for unit tests and the fuzzer: one readable range. */
#include <string.h>

#include "decode/mem.h"

static int fake_read(struct mem *m, uint64_t addr, void *buf, size_t len)
{
	struct fake_mem *f = m->priv;
	if (addr < f->base || len > f->len || addr - f->base > f->len - len)
		return -1;
	memcpy(buf, f->data + (addr - f->base), len);
	return 0;
}

static ssize_t fake_read_str(struct mem *m, uint64_t addr, char *buf,
			     size_t max)
{
	struct fake_mem *f = m->priv;
	if (addr < f->base || addr - f->base >= f->len)
		return max ? -1 : 0;
	size_t avail = f->len - (addr - f->base);
	size_t n = 0;
	const unsigned char *src = f->data + (addr - f->base);
	while (n < max && n < avail) {
		buf[n] = (char)src[n];
		if (src[n++] == 0)
			return (ssize_t)n;
	}
	/* running off the end of the image is a fault, as on a real
	 * unmapped page: report what was read */
	return (ssize_t)n;
}

void mem_init_fake(struct mem *m, struct fake_mem *img)
{
	*m = (struct mem){ .read = fake_read,
			   .read_str = fake_read_str,
			   .pid = 0,
			   .priv = img,
			   .wordsize = 8 };
}
