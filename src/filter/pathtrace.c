/* -P and --trace-fds (see pathtrace.h). strace's semantics, as measured:
 * a path argument matches when its bytes equal a -P path or the path it
 * resolves into (no normalising: "./a" is not "a"); an fd matches when
 * /proc/PID/fd/N names one of them (so the resolved, absolute form is
 * what fds match); AT_FDCWD is no fd. Checked at entry, as strace does. */
#include "filter/pathtrace.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arch/arch.h"
#include "config.h"
#include "decode/decode.h"

#define BOTH 3
#define ONLY64 1
#define ONLY32 2
#define FD(i) (PA_FD0 << (i))
#define PATH(i) (PA_PATH0 << (i))
#define POLLFDS PA_POLLFDS
#define FDSETS PA_FDSETS
#define OLDSELECT PA_OLDSELECT

static const struct {
	unsigned short ent;
	unsigned char pers;
	unsigned what;
} pathargs_list[] = {
#define PA(name, pers, what) {ENT_##name, pers, what},
#include "filter/pathargs.def"
#undef PA
};

/* the list by entity, per personality; filled once */
static unsigned pathargs[PERS_COUNT][SYSENT_COUNT];
static bool pathargs_ready;

static void pathargs_init(void)
{
	if (pathargs_ready)
		return;
	for (size_t i = 0; i < ARRAY_SIZE(pathargs_list); i++)
		for (int p = 0; p < PERS_COUNT; p++)
			if (pathargs_list[i].pers & (1u << p))
				pathargs[p][pathargs_list[i].ent] =
					pathargs_list[i].what;
	pathargs_ready = true;
}

unsigned pathargs_of(int pers, const struct call *c)
{
	pathargs_init();
	if (pers < 0 || pers >= PERS_COUNT || !c->desc || c->desc < sysent ||
	    c->desc >= sysent + SYSENT_COUNT)
		return 0;
	return pathargs[pers][c->desc - sysent];
}

void path_filter_calls(struct syscall_set *set)
{
	pathargs_init();
	for (int p = 0; p < PERS_COUNT; p++) {
		long max = arch_nr_max(p);
		for (long nr = 0; nr < max; nr++) {
			const struct syscall_desc *d = arch_syscall(p, nr);
			if (d && pathargs[p][d - sysent])
				sysset_add(set, p, nr);
		}
	}
}

static void add_path(struct path_filter *pf, const char *path)
{
	pf->paths =
		xrealloc(pf->paths, sizeof(char *) * (size_t)(pf->npaths + 1));
	pf->paths[pf->npaths++] = xstrdup(path);
}

void path_filter_init(struct path_filter *pf, const struct config *cfg)
{
	memset(pf, 0, sizeof(*pf));
	for (int i = 0; i < cfg->ntrace_paths; i++) {
		const char *given = cfg->trace_paths[i];
		add_path(pf, given);
		char *resolved = realpath(given, NULL);
		if (resolved && strcmp(resolved, given) != 0) {
			if (!(cfg->quiet & QUIET_PATH_RESOLUTION))
				warnmsg("Requested path \"%s\" resolved into "
					"\"%s\"",
					given, resolved);
			add_path(pf, resolved);
		}
		free(resolved);
	}
	if (cfg->trace_fds.any)
		pf->fds = &cfg->trace_fds;
	pf->active = cfg->ntrace_paths > 0 || pf->fds;
}

void path_filter_free(struct path_filter *pf)
{
	for (int i = 0; i < pf->npaths; i++)
		free(pf->paths[i]);
	free(pf->paths);
	memset(pf, 0, sizeof(*pf));
}

static bool is_selected_path(const struct path_filter *pf, const char *s,
			     size_t len)
{
	for (int i = 0; i < pf->npaths; i++)
		if (strlen(pf->paths[i]) == len &&
		    memcmp(pf->paths[i], s, len) == 0)
			return true;
	return false;
}

static bool path_matches(const struct path_filter *pf, struct call *c,
			 uint64_t addr)
{
	if (!pf->npaths || !addr)
		return false;
	char buf[PATH_MAX + 1];
	ssize_t n = mem_read_str(c->mem, addr, buf, sizeof(buf));
	if (n <= 0 || buf[n - 1] != '\0')
		return false; /* unreadable, or longer than any path */
	return is_selected_path(pf, buf, (size_t)n - 1);
}

static bool fd_matches(const struct path_filter *pf, struct call *c, int fd)
{
	if (fd < 0)
		return false;
	if (pf->fds && fdset_has(pf->fds, fd))
		return true;
	if (!pf->npaths)
		return false;
	char link[64], target[PATH_MAX + 1];
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", (int)c->mem->pid, fd);
	ssize_t n = readlink(link, target, sizeof(target));
	return n > 0 && n < (ssize_t)sizeof(target) &&
	       is_selected_path(pf, target, (size_t)n);
}

/* sane bounds on what the tracee says it passed */
#define POLLFDS_MAX 4096
#define SELECT_NFDS_MAX (1 << 20)

static bool pollfds_match(const struct path_filter *pf, struct call *c,
			  uint64_t addr, uint64_t count)
{
	struct {
		int fd;
		short events, revents;
	} batch[64];
	if (count > POLLFDS_MAX)
		count = POLLFDS_MAX;
	for (uint64_t i = 0; i < count;) {
		size_t n = MIN(count - i, ARRAY_SIZE(batch));
		uint64_t at = addr + i * sizeof(batch[0]);
		if (mem_read(c->mem, at, batch, n * sizeof(batch[0])) < 0) {
			/* the readable part of a batch still counts */
			size_t ok = 0;
			while (ok < n &&
			       mem_read(c->mem, at + ok * sizeof(batch[0]),
					&batch[ok], sizeof(batch[0])) == 0)
				ok++;
			for (size_t j = 0; j < ok; j++)
				if (fd_matches(pf, c, batch[j].fd))
					return true;
			return false;
		}
		for (size_t j = 0; j < n; j++)
			if (fd_matches(pf, c, batch[j].fd))
				return true;
		i += n;
	}
	return false;
}

static bool fdsets_match(const struct path_filter *pf, struct call *c,
			 int64_t nfds, const uint64_t sets[3])
{
	if (nfds <= 0)
		return false;
	if (nfds > SELECT_NFDS_MAX)
		nfds = SELECT_NFDS_MAX;
	for (int s = 0; s < 3; s++) {
		if (!sets[s])
			continue;
		unsigned char bits[512];
		/* little-endian words of either size: fd n is bit n%8 of
		 * byte n/8 */
		for (int64_t base = 0; base < nfds;
		     base += 8 * (int64_t)sizeof(bits)) {
			int64_t fds =
				MIN(nfds - base, 8 * (int64_t)sizeof(bits));
			size_t len = (size_t)(fds + 7) / 8;
			if (mem_read(c->mem, sets[s] + (uint64_t)base / 8, bits,
				     len) < 0)
				break;
			for (int64_t fd = 0; fd < fds; fd++)
				if ((bits[fd / 8] >> (fd % 8) & 1) &&
				    fd_matches(pf, c, (int)(base + fd)))
					return true;
		}
	}
	return false;
}

bool path_filter_match(const struct path_filter *pf, struct call *c)
{
	unsigned what = pathargs_of(c->pers, c);
	if (!what)
		return false;
	for (int i = 0; i < 6; i++) {
		if ((what & (PA_PATH0 << i)) && path_matches(pf, c, c->args[i]))
			return true;
		if ((what & (PA_FD0 << i)) &&
		    fd_matches(pf, c, (int)c->args[i]))
			return true;
	}
	if (what & PA_POLLFDS)
		return pollfds_match(pf, c, c->args[0], c->args[1]);
	if (what & PA_FDSETS) {
		uint64_t sets[3] = {c->args[1], c->args[2], c->args[3]};
		return fdsets_match(pf, c, (int)c->args[0], sets);
	}
	if (what & PA_OLDSELECT) {
		uint32_t block[5];
		if (mem_read(c->mem, c->args[0], block, sizeof(block)) < 0)
			return false;
		uint64_t sets[3] = {block[1], block[2], block[3]};
		return fdsets_match(pf, c, (int32_t)block[0], sets);
	}
	return false;
}
