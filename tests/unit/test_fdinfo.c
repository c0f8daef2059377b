/* Unit tests of fdinfo on this very process: its own files, pipes and
 * sockets described as strace -y/-yy prints them, the escaping, the
 * cache and what invalidates it, and how the emitters print an fd's
 * description (--peers holders in text and JSON). Expected values come
 * from the kernel by other means (fstat, getsockname), never from
 * fdinfo itself. */
#include "unit.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "engine/tracee.h"
#include "fdinfo/fdinfo.h"
#include "fdinfo/internal.h"

static char dir[64];

static char *path_in(const char *name)
{
	static char buf[256];
	snprintf(buf, sizeof(buf), "%s/%s", dir, name);
	return buf;
}

/* a call of this process, in a tracee record of its own, so that the
 * cache is used as the engine would use it */
struct self {
	struct unit_call u;
	struct tracee t;
};

static void self_init(struct self *s, unsigned decode_fds)
{
	uint64_t args[6] = {0};
	unit_call_init(&s->u, "close", args, 0, NULL, 0);
	s->u.cfg.decode_fds = decode_fds;
	s->u.mem.pid = getpid();
	memset(&s->t, 0, sizeof(s->t));
	s->t.mem = s->u.mem;
	s->t.call.cfg = &s->u.cfg;
	s->u.call.t = &s->t;
}

static void self_done(struct self *s)
{
	fdinfo_forget(&s->t);
	sb_free(&s->u.out);
}

static const char *show(struct self *s, int64_t fd)
{
	sb_reset(&s->u.out);
	emitter_init(&s->u.em, &emit_text_ops, &s->u.cfg, &s->u.out);
	fdinfo_print_fd(&s->u.call, fd);
	return sb_cstr(&s->u.out);
}

/* what the engine reports around a call: entry, the call itself, exit */
static void around(struct self *s, const char *name, uint64_t a0, uint64_t a1,
		   int64_t rval)
{
	struct call c = s->u.call;
	long nr = arch_syscall_nr(PERS_X86_64, name);
	c.desc = arch_syscall(PERS_X86_64, nr);
	c.nr = nr;
	memset(c.args, 0, sizeof(c.args));
	c.args[0] = a0;
	c.args[1] = a1;
	c.exiting = false;
	fdinfo_syscall_entry(&c);
	c.exiting = true;
	c.rval = rval;
	c.err = rval < 0 ? (int)-rval : 0;
	fdinfo_syscall_exit(&c);
}

static void test_escaping(void)
{
	struct strbuf sb = {0};
	escape_annotation(&sb, "a<b>c", 5, 0);
	CHECK_STR("escape.angle", sb_cstr(&sb), "a\\74b\\76c");
	sb_reset(&sb);
	escape_annotation(&sb, "a<1>7", 5, 0);
	CHECK_STR("escape.angle_digit", sb_cstr(&sb), "a\\0741\\0767");
	sb_reset(&sb);
	escape_annotation(&sb, "a\nb\"\\", 5, 1);
	CHECK_STR("escape.x_newline_stays", sb_cstr(&sb), "a\\nb\\\"\\\\");
	sb_reset(&sb);
	escape_annotation(&sb, "a\1<", 3, 1);
	CHECK_STR("escape.x_binary", sb_cstr(&sb), "\\x61\\x01\\x3c");
	sb_reset(&sb);
	escape_annotation(&sb, "/", 1, 2);
	CHECK_STR("escape.xx", sb_cstr(&sb), "\\x2f");
	sb_free(&sb);
}

static void test_files(void)
{
	struct self s;
	char want[512];
	self_init(&s, DECODE_FD_PATH);

	int fd = open(path_in("plain"), O_CREAT | O_RDWR, 0600);
	snprintf(want, sizeof(want), "%d<%s/plain>", fd, dir);
	CHECK_STR("file.path", show(&s, fd), want);
	around(&s, "close", fd, 0, 0);
	close(fd);

	fd = open(path_in("a<b"), O_CREAT | O_RDWR, 0600);
	snprintf(want, sizeof(want), "%d<%s/a\\74b>", fd, dir);
	CHECK_STR("file.escaped", show(&s, fd), want);
	around(&s, "close", fd, 0, 0);
	close(fd);
	unlink(path_in("a<b"));

	fd = open(path_in("x (deleted)"), O_CREAT | O_RDWR, 0600);
	snprintf(want, sizeof(want), "%d<%s/x (deleted)>", fd, dir);
	CHECK_STR("file.named_deleted", show(&s, fd), want);
	around(&s, "close", fd, 0, 0);
	close(fd);
	unlink(path_in("x (deleted)"));

	fd = open(path_in("gone"), O_CREAT | O_RDWR, 0600);
	unlink(path_in("gone"));
	snprintf(want, sizeof(want), "%d<%s/gone>(deleted)", fd, dir);
	CHECK_STR("file.deleted", show(&s, fd), want);
	around(&s, "close", fd, 0, 0);
	close(fd);

	CHECK_STR("file.not_open", show(&s, 999), "999");
	CHECK_STR("file.negative", show(&s, -1), "-1");
	CHECK_STR("file.huge", show(&s, 1LL << 40), "1099511627776");

	fd = open("/dev/null", O_RDONLY);
	snprintf(want, sizeof(want), "%d</dev/null>", fd);
	CHECK_STR("dev.path_only", show(&s, fd), want);
	self_done(&s);
	self_init(&s, DECODE_FD_ALL);
	snprintf(want, sizeof(want), "%d</dev/null<char 1:3>>", fd);
	CHECK_STR("dev.yy", show(&s, fd), want);
	self_done(&s);
	self_init(&s, DECODE_FD_SOCKET);
	snprintf(want, sizeof(want), "%d", fd);
	CHECK_STR("dev.socket_only", show(&s, fd), want);
	self_done(&s);
	close(fd);

	int p[2];
	if (pipe(p) == 0) {
		struct stat st;
		fstat(p[0], &st);
		self_init(&s, DECODE_FD_PATH);
		snprintf(want, sizeof(want), "%d<pipe:[%lu]>", p[1],
			 (unsigned long)st.st_ino);
		CHECK_STR("pipe", show(&s, p[1]), want);
		self_done(&s);
		close(p[0]);
		close(p[1]);
	}
}

static void test_pidfd(void)
{
	struct self s;
	char want[128];
	pid_t child = fork();
	if (child == 0) {
		pause();
		_exit(0);
	}
	int fd = (int)syscall(SYS_pidfd_open, child, 0);
	self_init(&s, DECODE_FD_ALL);
	snprintf(want, sizeof(want), "%d<pid:%d>", fd, (int)child);
	CHECK_STR("pidfd.live", show(&s, fd), want);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	/* not cached: the process is gone now */
	snprintf(want, sizeof(want), "%d<anon_inode:[pidfd]>", fd);
	CHECK_STR("pidfd.reaped", show(&s, fd), want);
	CHECK("pidfd.pid_helper", fdinfo_pidfd_pid(&s.u.call, fd) == -1);
	self_done(&s);
	self_init(&s, DECODE_FD_PATH);
	CHECK_STR("pidfd.path_only", show(&s, fd), want);
	self_done(&s);
	close(fd);
}

/* pidfd_getfd's and kcmp's fds belong to another process */
static void test_other_process(void)
{
	struct self s;
	char want[512];
	int fd = open(path_in("theirs"), O_CREAT | O_RDWR, 0600);
	int go[2];
	if (pipe(go) < 0)
		return;
	pid_t child = fork();
	if (child == 0) {
		char c;
		dup2(fd, 77);
		close(go[1]);
		if (read(go[0], &c, 1) < 0)
			_exit(1);
		_exit(0);
	}
	close(go[0]);
	self_init(&s, DECODE_FD_PATH);
	for (int i = 0; i < 200; i++) {
		char p[64], l[256];
		snprintf(p, sizeof(p), "/proc/%d/fd/77", (int)child);
		if (readlink(p, l, sizeof(l)) > 0)
			break;
		usleep(5000);
	}
	sb_reset(&s.u.out);
	emitter_init(&s.u.em, &emit_text_ops, &s.u.cfg, &s.u.out);
	fdinfo_print_fd_of(&s.u.call, child, 77);
	snprintf(want, sizeof(want), "77<%s/theirs>", dir);
	CHECK_STR("other.fd", sb_cstr(&s.u.out), want);
	/* not ours: 77 is not open here */
	CHECK_STR("other.not_ours", show(&s, 77), "77");
	self_done(&s);
	close(go[1]);
	waitpid(child, NULL, 0);
	close(fd);
}

static unsigned long ino_of(int fd)
{
	struct stat st;
	fstat(fd, &st);
	return (unsigned long)st.st_ino;
}

static void test_sockets(void)
{
	struct self s;
	char want[256];
	self_init(&s, DECODE_FD_ALL);

	int sp[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sp);
	snprintf(want, sizeof(want), "%d<UNIX-STREAM:[%lu->%lu]>", sp[0],
		 ino_of(sp[0]), ino_of(sp[1]));
	CHECK_STR("unix.pair", show(&s, sp[0]), want);
	around(&s, "close", sp[0], 0, 0);
	close(sp[0]);
	close(sp[1]);

	int u = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un un = {.sun_family = AF_UNIX};
	snprintf(un.sun_path, sizeof(un.sun_path), "%s/u\"s", dir);
	bind(u, (struct sockaddr *)&un, sizeof(un));
	snprintf(want, sizeof(want), "%d<UNIX:[%lu,\"%s/u\\\"s\"]>", u,
		 ino_of(u), dir);
	CHECK_STR("unix.named", show(&s, u), want);
	around(&s, "close", u, 0, 0);
	close(u);

	struct sockaddr_in a = {.sin_family = AF_INET};
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	socklen_t len = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM, 0);
	snprintf(want, sizeof(want), "%d<TCP:[%lu]>", l, ino_of(l));
	CHECK_STR("tcp.unbound", show(&s, l), want);
	around(&s, "bind", l, 0, 0);
	bind(l, (struct sockaddr *)&a, sizeof(a));
	listen(l, 1);
	getsockname(l, (struct sockaddr *)&a, &len);
	snprintf(want, sizeof(want), "%d<TCP:[127.0.0.1:%u]>", l,
		 ntohs(a.sin_port));
	CHECK_STR("tcp.listening", show(&s, l), want);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	show(&s, c);
	/* the engine sees connect's entry before it happens */
	struct call cc = s.u.call;
	cc.desc = &sysent[ENT_connect];
	cc.args[0] = (uint64_t)c;
	cc.exiting = false;
	fdinfo_syscall_entry(&cc);
	connect(c, (struct sockaddr *)&a, sizeof(a));
	cc.exiting = true;
	fdinfo_syscall_exit(&cc);
	struct sockaddr_in me;
	len = sizeof(me);
	getsockname(c, (struct sockaddr *)&me, &len);
	snprintf(want, sizeof(want), "%d<TCP:[127.0.0.1:%u->127.0.0.1:%u]>", c,
		 ntohs(me.sin_port), ntohs(a.sin_port));
	CHECK_STR("tcp.connected", show(&s, c), want);

	/* the other end of a local connection, from sock_diag */
	int acc = accept(l, NULL, NULL);
	struct fdentry *e = fdcache_lookup(&s.t, &s.u.cfg, getpid(), c);
	bool pending;
	CHECK("tcp.peer_is_accepted",
	      e && e->sock &&
		      sockdiag_inet_peer(e->sock, &pending) == ino_of(acc) &&
		      !pending);
	around(&s, "close", acc, 0, 0);
	around(&s, "close", c, 0, 0);
	around(&s, "close", l, 0, 0);
	close(acc);
	close(c);
	close(l);

	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
	bind(n, (struct sockaddr *)&nl, sizeof(nl));
	len = sizeof(nl);
	getsockname(n, (struct sockaddr *)&nl, &len);
	snprintf(want, sizeof(want), "%d<NETLINK:[ROUTE:%u]>", n, nl.nl_pid);
	CHECK_STR("netlink.bound", show(&s, n), want);
	close(n);

	self_done(&s);
	self_init(&s, DECODE_FD_PATH);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	snprintf(want, sizeof(want), "%d<socket:[%lu]>", t, ino_of(t));
	CHECK_STR("socket.path_only", show(&s, t), want);
	close(t);
	self_done(&s);
}

static void test_sock_format(void)
{
	struct strbuf sb = {0};
	struct sock_info si = {.proto = SP_TCP6,
			       .found = true,
			       .family = AF_INET6,
			       .sport = 80,
			       .dport = 5};
	inet_pton(AF_INET6, "::ffff:127.0.0.1", si.src);
	inet_pton(AF_INET6, "::1", si.dst);
	sock_format(&sb, &si, 0);
	CHECK_STR("format.v6", sb_cstr(&sb), "[::ffff:127.0.0.1]:80->[::1]:5");
	sb_reset(&sb);
	struct sock_info ux = {.proto = SP_UNIX_STREAM,
			       .found = true,
			       .ino = 7,
			       .peer = 8,
			       .namelen = 5};
	memcpy(ux.name_buf, "\0a\0b>", 5);
	sock_format(&sb, &ux, 0);
	CHECK_STR("format.abstract", sb_cstr(&sb), "7->8,@\"a\\0b>\"");
	sb_reset(&sb);
	struct sock_info nl = {.proto = SP_NETLINK,
			       .found = true,
			       .nlproto = 30,
			       .portid = 0xfffffff0u};
	sock_format(&sb, &nl, 0);
	CHECK_STR("format.netlink_unknown", sb_cstr(&sb), "30:4294967280");
	sb_free(&sb);
	CHECK("final.tcp_unbound", !sock_is_final(&(struct sock_info){
					   .proto = SP_TCP, .found = false}));
	CHECK("final.unix_stream_no_peer",
	      !sock_is_final(&(struct sock_info){.proto = SP_UNIX_STREAM,
						 .found = true,
						 .utype = SOCK_STREAM}));
	CHECK("final.unix_dgram",
	      sock_is_final(&(struct sock_info){
		      .proto = SP_UNIX, .found = true, .utype = SOCK_DGRAM}));
}

static void test_cache(void)
{
	struct self s;
	char want[512];
	self_init(&s, DECODE_FD_PATH);
	int fd = open(path_in("c1"), O_CREAT | O_RDWR, 0600);
	snprintf(want, sizeof(want), "%d<%s/c1>", fd, dir);
	CHECK_STR("cache.first", show(&s, fd), want);

	/* replaced behind the cache's back: the cached answer stays, which
	 * shows that a hit does not read /proc */
	int other = open(path_in("c2"), O_CREAT | O_RDWR, 0600);
	dup2(other, fd);
	CHECK_STR("cache.hit_without_proc", show(&s, fd), want);

	/* told by the engine: dup2's exit drops it */
	around(&s, "dup2", other, fd, fd);
	snprintf(want, sizeof(want), "%d<%s/c2>", fd, dir);
	CHECK_STR("cache.dup2", show(&s, fd), want);

	/* a failed dup2 onto fd from a bad fd changes nothing */
	around(&s, "dup2", 9999, fd, -EBADF);
	CHECK_STR("cache.dup2_failed", show(&s, fd), want);

	/* rename: the path generation */
	char b[256];
	snprintf(b, sizeof(b), "%s/c3", dir);
	struct call c = s.u.call;
	c.desc = &sysent[ENT_rename];
	c.exiting = false;
	fdinfo_syscall_entry(&c);
	CHECK("cache.rename_in_flight", fdworld.path_changing == 1);
	rename(path_in("c2"), b);
	c.exiting = true;
	fdinfo_syscall_exit(&c);
	CHECK("cache.rename_done", fdworld.path_changing == 0);
	snprintf(want, sizeof(want), "%d<%s/c3>", fd, dir);
	CHECK_STR("cache.renamed", show(&s, fd), want);

	/* close then a pipe at the same number (no return value to drop) */
	around(&s, "close", fd, 0, 0);
	close(fd);
	int p[2];
	int spare = -1;
	if (fd == 3 || fd < other) {
		if (pipe(p) == 0 && (p[0] == fd || p[1] == fd)) {
			snprintf(want, sizeof(want), "%d<pipe:[%lu]>", fd,
				 ino_of(fd));
			CHECK_STR("cache.closed_then_pipe", show(&s, fd), want);
			spare = p[0] == fd ? p[1] : p[0];
			close(fd);
		}
	}
	if (spare >= 0)
		close(spare);
	close(other);
	unlink(b);

	/* required calls: what changes tables, not what reads them */
	struct syscall_set set;
	sysset_clear(&set);
	fdinfo_required_calls(&s.u.cfg, &set);
	CHECK("required.close",
	      sysset_has(&set, PERS_X86_64,
			 arch_syscall_nr(PERS_X86_64, "close")));
	CHECK("required.dup2",
	      sysset_has(&set, PERS_X86_64,
			 arch_syscall_nr(PERS_X86_64, "dup2")));
	CHECK("required.clone",
	      sysset_has(&set, PERS_X86_64,
			 arch_syscall_nr(PERS_X86_64, "clone3")));
	CHECK("required.unlink_i386",
	      sysset_has(&set, PERS_I386,
			 arch_syscall_nr(PERS_I386, "unlink")));
	CHECK("required.not_read",
	      !sysset_has(&set, PERS_X86_64,
			  arch_syscall_nr(PERS_X86_64, "read")));
	CHECK("required.no_sockets_with_y",
	      !sysset_has(&set, PERS_X86_64,
			  arch_syscall_nr(PERS_X86_64, "connect")));
	struct config off = s.u.cfg;
	off.decode_fds = 0;
	sysset_clear(&set);
	fdinfo_required_calls(&off, &set);
	CHECK("required.none_without_y",
	      !sysset_has(&set, PERS_X86_64,
			  arch_syscall_nr(PERS_X86_64, "close")));
	self_done(&s);
}

static void test_emitters(void)
{
	struct config cfg;
	unit_config(&cfg);
	struct strbuf out = {0};
	struct emitter e;
	struct fd_peer peers[2] = {
		{.pid = 12, .comm = "a", .nfds = 1, .fds = {4}},
		{.pid = 13, .comm = "b\\54c", .nfds = 2, .fds = {5, 6}}};
	struct fd_desc d = {.fd = 3,
			    .text = "pipe:[9]",
			    .peers_dir = FD_PEERS_FROM,
			    .npeers = 2,
			    .peers = peers};
	emitter_init(&e, &emit_text_ops, &cfg, &out);
	emit_fd_desc(&e, &d);
	CHECK_STR("text.peers", sb_cstr(&out),
		  "3<pipe:[9]\xe2\x87\x90"
		  "12:a,13:b\\54c>");
	sb_reset(&out);
	emitter_init(&e, &emit_json_ops, &cfg, &out);
	emit_fd_desc(&e, &d);
	CHECK_STR("json.peers", sb_cstr(&out),
		  "{\"fd\":3,\"path\":\"pipe:[9]\",\"peers\":{\"dir\":\"from\","
		  "\"holders\":[{\"pid\":12,\"comm\":\"a\",\"fds\":[4]},"
		  "{\"pid\":13,\"comm\":\"b\\\\54c\",\"fds\":[5,6]}]}}");
	sb_reset(&out);
	struct fd_desc del = {.fd = 4, .text = "/x", .deleted = true};
	emitter_init(&e, &emit_text_ops, &cfg, &out);
	emit_fd_desc(&e, &del);
	CHECK_STR("text.deleted", sb_cstr(&out), "4</x>(deleted)");
	sb_reset(&out);
	emitter_init(&e, &emit_json_ops, &cfg, &out);
	emit_fd_desc(&e, &del);
	CHECK_STR("json.deleted", sb_cstr(&out),
		  "{\"fd\":4,\"path\":\"/x\",\"deleted\":true}");
	sb_reset(&out);
	struct fd_desc cwd = {.fd = -100, .sym = "AT_FDCWD", .text = "/tmp"};
	emitter_init(&e, &emit_text_ops, &cfg, &out);
	emit_fd_desc(&e, &cwd);
	CHECK_STR("text.at_fdcwd", sb_cstr(&out), "AT_FDCWD</tmp>");
	sb_reset(&out);
	emitter_init(&e, &emit_json_ops, &cfg, &out);
	emit_fd_desc(&e, &cwd);
	CHECK_STR("json.at_fdcwd", sb_cstr(&out),
		  "{\"sym\":\"AT_FDCWD\",\"value\":-100,\"path\":\"/tmp\"}");
	sb_free(&out);
}

static void test_line(void)
{
	/* a whole line, through the signature walker and ret_fd */
	struct self s;
	self_init(&s, DECODE_FD_PATH);
	int fd = open(path_in("line"), O_CREAT | O_RDWR, 0600);
	uint64_t args[6] = {(uint64_t)fd};
	unit_call_init(&s.u, "dup", args, 0, NULL, 0);
	s.u.cfg.decode_fds = DECODE_FD_PATH;
	s.u.mem.pid = getpid();
	s.u.call.t = &s.t;
	int d = dup(fd);
	char want[512];
	snprintf(want, sizeof(want), "dup(%d<%s/line>) = %d<%s/line>", fd, dir,
		 d, dir);
	const char *got = unit_render(&s.u, d, 0);
	/* the padding to column 40 aside */
	char norm[512];
	size_t j = 0;
	for (size_t i = 0; got[i] && j + 1 < sizeof(norm); i++)
		if (!(got[i] == ' ' && got[i + 1] == ' ') &&
		    !(got[i] == ' ' && i && got[i - 1] == ' '))
			norm[j++] = got[i];
	norm[j] = '\0';
	CHECK_STR("line.dup", norm, want);
	close(d);
	close(fd);
	self_done(&s);
}

int main(void)
{
	snprintf(dir, sizeof(dir), "/tmp/sctrace-unit-fd-XXXXXX");
	if (!mkdtemp(dir))
		return 1;
	test_escaping();
	test_files();
	test_pidfd();
	test_other_process();
	test_sockets();
	test_sock_format();
	test_cache();
	test_emitters();
	test_line();
	rmdir(path_in("sub"));
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		return 1;
	return unit_done();
}
