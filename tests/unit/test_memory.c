/* Unit tests of the memory family on a fake memory image: flag words,
 * node masks, page vectors, faults and absurd lengths. */
#include "unit.h"

#include <errno.h>
#include <sys/mman.h>

static const char *render(const char *name, uint64_t a0, uint64_t a1,
			  uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5,
			  const void *img, size_t len, int64_t rval, int err)
{
	static struct unit_call u;
	uint64_t a[6] = {a0, a1, a2, a3, a4, a5};
	unit_call_init(&u, name, a, 0x10000, img, len);
	return unit_render(&u, rval, err);
}

int main(void)
{
	CHECK_STR("mmap.anon",
		  render("mmap", 0, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, (uint64_t)-1, 0, NULL, 0,
			 0x7f0000000000, 0),
		  "mmap(NULL, 4096, PROT_READ|PROT_WRITE, "
		  "MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f0000000000");
	CHECK_STR("mmap.huge_unknown_type",
		  render("mmap", 0, 4096, 0x100, 0xf | MAP_HUGETLB | (21 << 26),
			 3, 0x1000, NULL, 0, -1, ENOMEM),
		  "mmap(NULL, 4096, 0x100 /* PROT_??? */, 0xf /* MAP_???"
		  " */|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, 3, 0x1000) = -1 ENOMEM "
		  "(Cannot allocate memory)");
	CHECK_STR(
		"mmap.type_zero",
		render("mmap", 0, 4096, 0, MAP_ANONYMOUS | 0x40000000, 3, 0,
		       NULL, 0, -1, EINVAL),
		"mmap(NULL, 4096, PROT_NONE, "
		"MAP_FILE|MAP_ANONYMOUS|16<<MAP_HUGE_SHIFT, 3, 0) = -1 EINVAL "
		"(Invalid argument)");
	CHECK_STR(
		"msync.unknown",
		render("msync", 0x1000, 10, 0x10, 0, 0, 0, NULL, 0, -1, EINVAL),
		"msync(0x1000, 10, 0x10 /* MS_??? */)    = -1 EINVAL (Invalid "
		"argument)");
	CHECK_STR("mremap.fixed",
		  render("mremap", 0x1000, 1, 2, MREMAP_MAYMOVE | MREMAP_FIXED,
			 0x5000, 0, NULL, 0, 0x5000, 0),
		  "mremap(0x1000, 1, 2, MREMAP_MAYMOVE|MREMAP_FIXED, 0x5000) = "
		  "0x5000");

	/* mincore: one byte a page, bounded by -s */
	static const uint8_t pages[40] = {1, 0, 1};
	CHECK_STR("mincore.vec",
		  render("mincore", 0x2000, 3 * 4096, 0x10000, 0, 0, 0, pages,
			 sizeof(pages), 0, 0),
		  "mincore(0x2000, 12288, [1, 0, 1])       = 0");
	const char *line = render("mincore", 0x2000, 1ULL << 40, 0x10000, 0, 0,
				  0, pages, sizeof(pages), 0, 0);
	CHECK("mincore.huge_len_bounded", strstr(line, ", ...]") != NULL);
	CHECK_STR("mincore.failed",
		  render("mincore", 0x2000, 4096, 0x10000, 0, 0, 0, pages,
			 sizeof(pages), -1, ENOMEM),
		  "mincore(0x2000, 4096, 0x10000)          = -1 ENOMEM (Cannot "
		  "allocate memory)");

	/* node masks: maxnode - 1 bits, 0 has no 0x */
	static const uint64_t nodes[2] = {3, 0};
	CHECK_STR("mbind.nodemask",
		  render("mbind", 0x1000, 4096, 2, 0x10000, 129, 1, nodes,
			 sizeof(nodes), 0, 0),
		  "mbind(0x1000, 4096, MPOL_BIND, [0x00000000000003, "
		  "0000000000000000], 129, MPOL_MF_STRICT) = 0");
	CHECK_STR("mbind.unreadable",
		  render("mbind", 0x1000, 4096, 2, 0xdead0000, 1ULL << 40, 0,
			 nodes, sizeof(nodes), -1, EINVAL),
		  "mbind(0x1000, 4096, MPOL_BIND, 0xdead0000, 1099511627776, "
		  "0) = -1 EINVAL (Invalid argument)");
	line = render("set_mempolicy", 0x8003, 0x10000, 1ULL << 40, 0, 0, 0,
		      nodes, sizeof(nodes), 0, 0);
	CHECK_STR("set_mempolicy.huge_mask_stops", line,
		  "set_mempolicy(MPOL_INTERLEAVE|MPOL_F_STATIC_NODES, "
		  "[0x00000000000003, 0000000000000000, ... /* 0x10010 */], "
		  "1099511627776) = 0");

	/* move_pages status: negative values are errno names */
	static const int32_t status[2] = {0, -ENOENT};
	CHECK_STR("move_pages.status",
		  render("move_pages", 0, 2, 0, 0, 0x10000, 0, status,
			 sizeof(status), 0, 0),
		  "move_pages(0, 2, NULL, NULL, [0, -ENOENT], 0) = 0");

	CHECK_STR("membarrier.query",
		  render("membarrier", 0, 0, 0, 0, 0, 0, NULL, 0, 0x9, 0),
		  "membarrier(MEMBARRIER_CMD_QUERY, 0)     = 0x9 "
		  "(MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_PRIVATE_EXPEDITED)");
	CHECK_STR("membarrier.cpu",
		  render("membarrier", 128, 1, 3, 0, 0, 0, NULL, 0, 0, 0),
		  "membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, "
		  "MEMBARRIER_CMD_FLAG_CPU, 3) = 0");

	/* process_vm_readv: the local buffers up to the bytes read */
	static const struct {
		uint64_t base, len;
		char data[8];
	} iov = {0x10010, 8, "abcdefgh"};
	CHECK_STR("process_vm_readv.partial",
		  render("process_vm_readv", 7, 0x10000, 1, 0x10000, 1, 0, &iov,
			 sizeof(iov), 3, 0),
		  "process_vm_readv(7, [{iov_base=\"abc\", iov_len=8}], 1, "
		  "[{iov_base=0x10010, iov_len=8}], 1, 0) = 3");
	CHECK_STR("process_vm_readv.failed",
		  render("process_vm_readv", 7, 0x10000, 1, 0xdead0000, 1, 0,
			 &iov, sizeof(iov), -1, ESRCH),
		  "process_vm_readv(7, [{iov_base=0x10010, iov_len=8}], 1, "
		  "0xdead0000, 1, 0) = -1 ESRCH (No such process)");
	return unit_done();
}
