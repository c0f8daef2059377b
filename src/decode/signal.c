/* Signals: siginfo in every form strace prints. */
#include "decode/signal.h"

#include <string.h>

#include "xlat/errno.h"
#include "xlat/xlat.h"

static const struct xlat *codes_for(int signo)
{
	switch (signo) {
	case SIGCHLD: return &xlat_sigchld_codes;
	case SIGSEGV: return &xlat_sigsegv_codes;
	case SIGBUS: return &xlat_sigbus_codes;
	case SIGILL: return &xlat_sigill_codes;
	case SIGFPE: return &xlat_sigfpe_codes;
	case SIGTRAP: return &xlat_sigtrap_codes;
	case SIGPOLL: return &xlat_sigpoll_codes;
	case SIGSYS: return &xlat_sigsys_codes;
	}
	return NULL;
}

static void print_pid_uid(struct call *c, const siginfo_t *si)
{
	emit_field(c->e, "si_pid");
	emit_int(c->e, si->si_pid);
	emit_field(c->e, "si_uid");
	emit_uint(c->e, si->si_uid);
}

static void print_value(struct call *c, const siginfo_t *si)
{
	emit_field(c->e, "si_int");
	emit_int(c->e, si->si_int);
	emit_field(c->e, "si_ptr");
	emit_ptr(c->e, (uint64_t)(uintptr_t)si->si_ptr);
}

void print_siginfo(struct call *c, const siginfo_t *si)
{
	struct emitter *e = c->e;
	int signo = si->si_signo;
	int code = si->si_code;
	const struct xlat *codes = codes_for(signo);
	const char *code_name = xlat_name(&xlat_siginfo_codes, (uint64_t)(int64_t)code);
	if (code > 0 && code != SI_KERNEL && codes)
		code_name = xlat_name(codes, (uint64_t)code);

	emit_struct_begin(e);
	emit_field(e, "si_signo");
	print_signo(c, signo);
	emit_field(e, "si_code");
	if (code_name)
		emit_sym(e, code_name, code);
	else
		emit_int(e, code);
	if (si->si_errno) {
		emit_field(e, "si_errno");
		const char *en = errno_name(si->si_errno);
		if (en)
			emit_sym(e, en, si->si_errno);
		else
			emit_int(e, si->si_errno);
	}

	if (code <= 0 || code == SI_KERNEL) {
		switch (code) {
		case SI_USER:
		case SI_TKILL:
			print_pid_uid(c, si);
			break;
		case SI_QUEUE:
		case SI_MESGQ:
			print_pid_uid(c, si);
			print_value(c, si);
			break;
		case SI_TIMER:
			emit_field(e, "si_timerid");
			emit_hex(e, (uint32_t)si->si_timerid);
			emit_field(e, "si_overrun");
			emit_int(e, si->si_overrun);
			print_value(c, si);
			break;
		case SI_SIGIO:
			emit_field(e, "si_band");
			emit_int(e, si->si_band);
			emit_field(e, "si_fd");
			emit_int(e, si->si_fd);
			break;
		case SI_KERNEL:
			if (signo == SIGSEGV || signo == SIGBUS || signo == SIGILL ||
			    signo == SIGFPE || signo == SIGTRAP) {
				emit_field(e, "si_addr");
				emit_ptr(e, (uint64_t)(uintptr_t)si->si_addr);
			}
			break;
		}
		emit_struct_end(e);
		return;
	}

	switch (signo) {
	case SIGCHLD:
		print_pid_uid(c, si);
		emit_field(e, "si_status");
		if (code == CLD_EXITED)
			emit_int(e, si->si_status);
		else
			print_signo(c, si->si_status);
		emit_field(e, "si_utime");
		emit_int(e, (int64_t)si->si_utime);
		emit_field(e, "si_stime");
		emit_int(e, (int64_t)si->si_stime);
		break;
	case SIGILL:
	case SIGFPE:
	case SIGSEGV:
	case SIGBUS:
	case SIGTRAP:
		emit_field(e, "si_addr");
		emit_ptr(e, (uint64_t)(uintptr_t)si->si_addr);
		if (signo == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
			emit_field(e, "si_addr_lsb");
			emit_int(e, si->si_addr_lsb);
		}
		if (signo == SIGSEGV && code == SEGV_PKUERR) {
			emit_field(e, "si_pkey");
			emit_uint(e, si->si_pkey);
		}
		break;
	case SIGPOLL:
		emit_field(e, "si_band");
		emit_int(e, si->si_band);
		emit_field(e, "si_fd");
		emit_int(e, si->si_fd);
		break;
	case SIGSYS:
		emit_field(e, "si_call_addr");
		emit_ptr(e, (uint64_t)(uintptr_t)si->si_call_addr);
		emit_field(e, "si_syscall");
		emit_int(e, si->si_syscall);
		emit_field(e, "si_arch");
		emit_enum(e, &xlat_audit_arch, si->si_arch, NULL);
		break;
	default:
		print_pid_uid(c, si);
		break;
	}
	emit_struct_end(e);
}
