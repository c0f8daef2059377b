/* -y/-yy/--peers annotations for the fd printers (print_fd, ret_fd,
 * AT_FDCWD): what cache.c knows of an fd, turned into the description
 * the emitters print. */
#include "fdinfo/fdinfo.h"

#include <stdio.h>
#include <string.h>

#include "config.h"
#include "decode/decode.h"
#include "fdinfo/internal.h"

static bool annotated(const struct call *c, int64_t fd)
{
	return c->cfg->decode_fds && fd >= 0 && fd <= INT32_MAX;
}

/* fills d from what fd of pid refers to; t is the calling thread when
 * pid is its process (its cache is used), else NULL */
static void describe(struct call *c, struct tracee *t, pid_t pid, int64_t fd,
		     struct fd_desc *d, struct peer_set *ps)
{
	struct fdentry *e = fdcache_lookup(t, c->cfg, pid, (int)fd);
	if (!e || !e->text)
		return;
	d->text = e->text;
	d->deleted = e->deleted;
	if (c->cfg->peers && peers_find(c->cfg, pid, (int)fd, e, ps)) {
		d->peers_dir = ps->dir;
		d->npeers = ps->n;
		d->peers = ps->peers;
	}
}

void fdinfo_print_fd(struct call *c, int64_t fd)
{
	if (!annotated(c, fd)) {
		emit_fd(c->e, fd, NULL);
		return;
	}
	struct fd_desc d = {.fd = fd};
	struct peer_set ps;
	describe(c, c->t, c->mem->pid, fd, &d, &ps);
	emit_fd_desc(c->e, &d);
}

void fdinfo_print_fd_of(struct call *c, pid_t pid, int64_t fd)
{
	if (pid == c->mem->pid) {
		fdinfo_print_fd(c, fd);
		return;
	}
	if (!annotated(c, fd) || pid <= 0) {
		emit_fd(c->e, fd, NULL);
		return;
	}
	struct fd_desc d = {.fd = fd};
	struct peer_set ps;
	describe(c, NULL, pid, fd, &d, &ps);
	emit_fd_desc(c->e, &d);
}

void fdinfo_print_at_fdcwd(struct call *c, int64_t fd)
{
	if (!(c->cfg->decode_fds & DECODE_FD_PATH)) {
		emit_sym(c->e, "AT_FDCWD", fd);
		return;
	}
	struct fd_desc d = {.fd = fd, .sym = "AT_FDCWD"};
	d.text = fdcache_cwd(c->t, c->cfg, c->mem->pid);
	emit_fd_desc(c->e, &d);
}

void fdinfo_print_ret(struct call *c)
{
	if (!annotated(c, c->rval)) {
		emit_ret(c->e, c->rval, RET_FD, NULL);
		return;
	}
	struct fd_desc d = {.fd = c->rval, .ret = true};
	struct peer_set ps;
	describe(c, c->t, c->mem->pid, c->rval, &d, &ps);
	emit_fd_desc(c->e, &d);
}

const char *fd_annotation(struct call *c, int64_t fd)
{
	static struct strbuf out;
	if (!annotated(c, fd))
		return NULL;
	struct fdentry *e = fdcache_lookup(c->t, c->cfg, c->mem->pid, (int)fd);
	if (!e || !e->text)
		return NULL;
	sb_reset(&out);
	sb_puts(&out, e->text);
	return sb_cstr(&out);
}

pid_t fdinfo_pidfd_pid(struct call *c, int64_t fd)
{
	char path[64], buf[512];
	if (fd < 0 || fd > INT32_MAX)
		return -1;
	snprintf(path, sizeof(path), "/proc/%d/fdinfo/%d", (int)c->mem->pid,
		 (int)fd);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	pid_t pid = -1;
	while (fgets(buf, sizeof(buf), f))
		if (sscanf(buf, "Pid: %d", &pid) == 1)
			break;
	fclose(f);
	return pid > 0 ? pid : -1;
}
