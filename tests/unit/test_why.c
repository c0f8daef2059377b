/* Unit tests of --why's judgement: permissions as the kernel decides them
 * (owner, group, other, supplementary groups, capabilities, access()'s
 * real ids, POSIX ACLs), and the path walk on a real directory tree,
 * looked up through this process's own /proc entries. */
#include "unit.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include "report/doctor.h"
#include "report/why.h"

static struct why_creds creds(uint32_t uid, uint32_t gid)
{
	struct why_creds c = {0};
	c.ok = true;
	for (int i = 0; i < 4; i++) {
		c.uid[i] = uid;
		c.gid[i] = gid;
	}
	return c;
}

static void test_modes(void)
{
	struct why_creds c = creds(1000, 1000);
	const char *by = NULL;
	CHECK("mode.owner_write",
	      !why_denied(&c, false, 1000, 0, S_IFREG | 0600, NULL, MAY_W,
			  &by) &&
		      !strcmp(by, "owner"));
	/* the owner class applies even when other has more */
	CHECK("mode.owner_class_only",
	      why_denied(&c, false, 1000, 0, S_IFREG | 0077, NULL, MAY_R,
			 &by) == MAY_R &&
		      !strcmp(by, "owner"));
	CHECK("mode.group", !why_denied(&c, false, 0, 1000, S_IFREG | 0640,
					NULL, MAY_R, &by) &&
				    !strcmp(by, "group"));
	CHECK("mode.group_denies_write",
	      why_denied(&c, false, 0, 1000, S_IFREG | 0646, NULL,
			 MAY_R | MAY_W, &by) == MAY_W);
	CHECK("mode.other", why_denied(&c, false, 0, 0, S_IFDIR | 0755, NULL,
				       MAY_W | MAY_X, &by) == MAY_W &&
				    !strcmp(by, "other"));
	c.groups[c.ngroups++] = 27;
	CHECK("mode.supplementary",
	      !why_denied(&c, false, 0, 27, S_IFDIR | 0770, NULL, MAY_W | MAY_X,
			  &by));
	/* the fs ids decide for files, the real ids for access() */
	c.uid[3] = 0;
	CHECK("mode.fsuid",
	      !why_denied(&c, false, 0, 0, S_IFREG | 0600, NULL, MAY_R, &by));
	CHECK("mode.access_real", why_denied(&c, true, 0, 0, S_IFREG | 0600,
					     NULL, MAY_R, &by) == MAY_R);
}

static void test_caps(void)
{
	struct why_creds c = creds(0, 0);
	const char *by = NULL;
	c.cap_eff = c.cap_prm = 1ULL << CAP_DAC_OVERRIDE;
	CHECK("caps.override_write",
	      !why_denied(&c, false, 5, 5, S_IFREG | 0444, NULL, MAY_W, &by) &&
		      !strcmp(by, "CAP_DAC_OVERRIDE"));
	/* execute needs one x bit even for CAP_DAC_OVERRIDE */
	CHECK("caps.no_x_bit", why_denied(&c, false, 5, 5, S_IFREG | 0644, NULL,
					  MAY_X, &by) == MAY_X);
	CHECK("caps.x_bit",
	      !why_denied(&c, false, 5, 5, S_IFREG | 0100, NULL, MAY_X, &by));
	CHECK("caps.dir_search",
	      !why_denied(&c, false, 5, 5, S_IFDIR | 0000, NULL, MAY_X, &by));
	c.cap_eff = 1ULL << CAP_DAC_READ_SEARCH;
	CHECK("caps.read_search_read",
	      !why_denied(&c, false, 5, 5, S_IFREG | 0000, NULL, MAY_R, &by));
	CHECK("caps.read_search_no_write",
	      why_denied(&c, false, 5, 5, S_IFDIR | 0000, NULL, MAY_W | MAY_X,
			 &by) == (MAY_W | MAY_X));
	c.cap_eff = 0;
	CHECK("caps.none", why_denied(&c, false, 5, 5, S_IFREG | 0600, NULL,
				      MAY_R, &by) == MAY_R);
	/* access() by a non-root real uid has no capabilities */
	struct why_creds s = creds(1000, 1000);
	s.uid[1] = s.uid[3] = 0;
	s.cap_eff = s.cap_prm = ~0ULL;
	CHECK("caps.access_drops", why_denied(&s, true, 5, 5, S_IFREG | 0600,
					      NULL, MAY_R, &by) == MAY_R);
}

/* an access ACL: user::rw- user:1000:r-- group::--- mask::r-- other::--- */
static void test_acl(const char *dir)
{
	char f[512];
	snprintf(f, sizeof(f), "%s/acl", dir);
	int fd = open(f, O_CREAT | O_WRONLY, 0600);
	if (fd < 0)
		return;
	close(fd);
	unsigned char acl[4 + 5 * 8] = {2, 0, 0, 0};
	struct {
		uint16_t tag, perm;
		uint32_t id;
	} e[5] = {{1, 6, 0xffffffff},
		  {2, 4, 1000},
		  {4, 0, 0xffffffff},
		  {0x10, 4, 0xffffffff},
		  {0x20, 0, 0xffffffff}};
	memcpy(acl + 4, e, sizeof(e));
	if (setxattr(f, "system.posix_acl_access", acl, sizeof(acl), 0) < 0)
		return; /* no ACLs on this filesystem: nothing to test */
	struct why_creds c = creds(1000, 1000);
	const char *by = NULL;
	CHECK("acl.named_user_read",
	      !why_denied(&c, false, 0, 0, S_IFREG | 0640, f, MAY_R, &by) &&
		      !strcmp(by, "ACL user entry"));
	CHECK("acl.named_user_no_write",
	      why_denied(&c, false, 0, 0, S_IFREG | 0640, f, MAY_W, &by) ==
		      MAY_W);
	struct why_creds o = creds(2000, 2000);
	CHECK("acl.other", why_denied(&o, false, 0, 0, S_IFREG | 0640, f, MAY_R,
				      &by) == MAY_R);
}

static struct why_mounts mounts;

static void walk(const char *path, enum why_walk_mode mode, unsigned need,
		 const struct why_creds *cr, struct why_path *wp)
{
	struct why_look lk = {
		.tid = getpid(), .pid = getpid(), .mounts = &mounts};
	why_path_clear(wp);
	why_walk(&lk, AT_FDCWD, path, mode, need, true, cr, wp);
}

static const char *stop_path(const struct why_path *wp)
{
	return wp->stop >= 0 ? wp->comps[wp->stop].path : "(none)";
}

static void test_walk(const char *d)
{
	char p[512], q[512];
	struct why_path wp = {0};
	struct why_creds nobody = creds(65534, 65534);

	snprintf(p, sizeof(p), "%s/locked", d);
	mkdir(p, 0700);
	snprintf(q, sizeof(q), "%s/locked/file", d);
	close(open(q, O_CREAT | O_WRONLY, 0644));
	walk(q, WALK_ACCESS, MAY_R, &nobody, &wp);
	CHECK("walk.denied_search", wp.verdict == WP_DENIED);
	CHECK_STR("walk.denied_at", stop_path(&wp), p);
	CHECK("walk.denied_bits", wp.comps[wp.stop].denied == MAY_X);

	snprintf(p, sizeof(p), "%s/ro", d);
	mkdir(p, 0755);
	snprintf(q, sizeof(q), "%s/ro/new", d);
	walk(q, WALK_OPEN_CREAT, MAY_W, &nobody, &wp);
	CHECK("walk.create_denied",
	      wp.verdict == WP_DENIED && wp.comps[wp.stop].denied == MAY_W);
	CHECK_STR("walk.create_at", stop_path(&wp), p);

	snprintf(q, sizeof(q), "%s/ro/missing/deeper", d);
	walk(q, WALK_ACCESS, MAY_R, NULL, &wp);
	snprintf(p, sizeof(p), "%s/ro/missing", d);
	CHECK("walk.missing", wp.verdict == WP_MISSING);
	CHECK_STR("walk.missing_at", stop_path(&wp), p);

	snprintf(p, sizeof(p), "%s/plain", d);
	close(open(p, O_CREAT | O_WRONLY, 0644));
	snprintf(q, sizeof(q), "%s/plain/x", d);
	walk(q, WALK_ACCESS, MAY_R, NULL, &wp);
	CHECK("walk.notdir", wp.verdict == WP_NOTDIR);
	CHECK_STR("walk.notdir_at", stop_path(&wp), p);
	snprintf(q, sizeof(q), "%s/plain/", d);
	walk(q, WALK_ACCESS, MAY_R, NULL, &wp);
	CHECK("walk.trailing_slash", wp.verdict == WP_NOTDIR);

	snprintf(p, sizeof(p), "%s/loop1", d);
	snprintf(q, sizeof(q), "%s/loop2", d);
	symlink(q, p);
	symlink(p, q);
	walk(p, WALK_ACCESS, MAY_R, NULL, &wp);
	CHECK("walk.loop", wp.verdict == WP_LOOP);

	snprintf(p, sizeof(p), "%s/dangling", d);
	symlink("ro/gone", p);
	walk(p, WALK_ACCESS, MAY_R, NULL, &wp);
	CHECK("walk.dangling", wp.verdict == WP_DANGLING);
	CHECK_STR("walk.dangling_link", stop_path(&wp), p);
	snprintf(q, sizeof(q), "%s/ro/gone", d);
	CHECK_STR("walk.dangling_missing", wp.comps[wp.missing].path, q);

	/* relative to the working directory, with .. */
	char cwd[512];
	if (!getcwd(cwd, sizeof(cwd)))
		cwd[0] = '\0';
	if (chdir(d) == 0) {
		walk("ro/../locked/file", WALK_ACCESS, MAY_R, &nobody, &wp);
		snprintf(p, sizeof(p), "%s/locked", d);
		CHECK("walk.relative_dotdot", wp.verdict == WP_DENIED);
		CHECK_STR("walk.relative_at", stop_path(&wp), p);
		walk("ro", WALK_ACCESS, MAY_X, &nobody, &wp);
		CHECK("walk.relative_ok", wp.verdict == WP_NONE);
		snprintf(p, sizeof(p), "%s/ro", d);
		CHECK_STR("walk.resolved", wp.resolved, p);
		if (chdir(cwd) != 0)
			printf("not ok walk.chdir_back\n");
	}
	why_path_clear(&wp);
}

/* Yama's ptrace_scope, for the values this machine may not have */
static void test_yama(void)
{
	struct doctor_finding f;
	CHECK("yama.0", !doctor_yama_finding(0, false, &f));
	CHECK("yama.1_blocks",
	      doctor_yama_finding(1, false, &f) && f.blocks &&
		      strstr(f.what, "ptrace_scope is 1 (restricted)") &&
		      strstr(f.what, "PR_SET_PTRACER"));
	CHECK("yama.1_cap", doctor_yama_finding(1, true, &f) && !f.blocks);
	CHECK("yama.2_blocks", doctor_yama_finding(2, false, &f) && f.blocks &&
				       strstr(f.what, "admin-only"));
	CHECK("yama.2_cap", doctor_yama_finding(2, true, &f) && !f.blocks);
	CHECK("yama.3_always", doctor_yama_finding(3, true, &f) && f.blocks &&
				       strstr(f.what, "not even root"));
	CHECK("yama.unknown", !doctor_yama_finding(7, false, &f));
}

int main(void)
{
	test_yama();
	test_modes();
	test_caps();
	char tmpl[] = "/tmp/sctrace-unit-why-XXXXXX";
	char *d = mkdtemp(tmpl);
	if (!d) {
		printf("not ok why.mkdtemp\n");
		return 1;
	}
	chmod(d, 0755);
	test_acl(d);
	test_walk(d);
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", d);
	if (system(cmd) != 0)
		printf("not ok why.cleanup\n");
	why_mounts_free(&mounts);
	return unit_done();
}
