/* Netlink messages as strace 6.1 prints them. */
#include "decode/net.h"

void print_netlink(struct call *c, uint64_t addr, uint64_t len, int protocol)
{
	(void)protocol;
	print_buffer(c, addr, len);
}
