/* memory.h — kinds and decoders of the memory family (see memory.def).
 * Node masks, mmap's flag word and the page vectors are read bounded:
 * at most the -s limit of elements, whatever length the tracee claims. */
#ifndef SCTRACE_DECODE_MEMORY_H
#define SCTRACE_DECODE_MEMORY_H

#include "decode/decode.h"
#include "decode/process.h"

/* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT */
void print_mmap_flags(struct call *c, uint64_t flags);
/* [0x00000000000003, 0000000000000000]: maxnode - 1 bits in longs */
void print_nodemask(struct call *c, uint64_t addr, uint64_t maxnode);

decoder_fn decode_mmap;
arg_printer arg_mmap_flags, arg_mremap_new_addr, arg_mincore_vec, arg_nodemask,
	arg_mpol_mode, arg_mpol_mode_out, arg_move_pages_ptrs,
	arg_move_pages_nodes, arg_move_pages_status, arg_membarrier_cpu;
ret_printer ret_membarrier;

#define MMAP_PROT XFLAGS(mmap_prot, "PROT_NONE", "PROT_???")
#define MMAP_FLAGS IN(arg_mmap_flags)
/* mremap's new_address: shown only with MREMAP_FIXED */
#define MREMAP_NEW_ADDR IN(arg_mremap_new_addr)
#define MINCORE_VEC OUT(arg_mincore_vec)
/* a node mask whose maxnode is argument n */
#define NODEMASK(n) IN_AUX(arg_nodemask, (&(const int){n}))
#define NODEMASK_OUT(n) OUT_AUX(arg_nodemask, (&(const int){n}))
#define MPOL_MODE IN(arg_mpol_mode)
#define MPOL_MODE_OUT OUT(arg_mpol_mode_out)
#define MOVE_PAGES_PTRS IN(arg_move_pages_ptrs)
#define MOVE_PAGES_NODES IN(arg_move_pages_nodes)
#define MOVE_PAGES_STATUS OUT(arg_move_pages_status)
/* membarrier's cpu_id: shown only with MEMBARRIER_CMD_FLAG_CPU */
#define MEMBARRIER_CPU IN(arg_membarrier_cpu)

#endif
