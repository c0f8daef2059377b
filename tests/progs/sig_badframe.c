/* sig_badframe: calls rt_sigreturn with a stack that holds no signal
 * frame (the mask a tracer reads there is unreadable); the kernel
 * answers with SIGSEGV. */
#include <unistd.h>

int main(void)
{
	__asm__ volatile("mov $0x1000, %%rsp\n\t"
			 "mov $15, %%eax\n\t" /* __NR_rt_sigreturn */
			 "syscall"
			 :
			 :
			 : "memory");
	return 0;
}
