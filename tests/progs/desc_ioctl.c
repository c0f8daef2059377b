/* ioctl: terminal requests on a pty (termios abbreviated and with -v,
 * window size, process group, flow control, modem lines), the same with
 * bad pointers and on a file (ENOTTY), file and block requests, unknown
 * codes in strace's _IOC spelling, and every request name sctrace knows
 * called on fd -1, so that the names are compared with strace's. */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <asm/termbits.h>
#include <asm/ioctls.h>
#include <asm/termios.h>
#include <linux/serial.h>
#include <linux/fs.h>
#include <linux/fiemap.h>
#include <linux/sockios.h>
#include <linux/loop.h>
#include <linux/random.h>
#include <linux/nsfs.h>
#include <linux/perf_event.h>
#include <linux/userfaultfd.h>
#include <linux/if_tun.h>
#include <linux/soundcard.h>
#include <linux/blktrace_api.h>
#include <linux/blkpg.h>
#include <linux/btrfs.h>
#include <misc/fastrpc.h>

int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);

static long io(int fd, unsigned long req, unsigned long arg)
{
	return syscall(SYS_ioctl, fd, req, arg);
}

#define A(p) ((unsigned long)(p))

static const unsigned long names[] = {
	TCGETS,
	TCSETS,
	TCSETSW,
	TCSETSF,
	TCGETA,
	TCSETA,
	TCSETAW,
	TCSETAF,
	TCSBRK,
	TCXONC,
	TCFLSH,
	TIOCEXCL,
	TIOCNXCL,
	TIOCSCTTY,
	TIOCGPGRP,
	TIOCSPGRP,
	TIOCOUTQ,
	TIOCSTI,
	TIOCGWINSZ,
	TIOCSWINSZ,
	TIOCMGET,
	TIOCMBIS,
	TIOCMBIC,
	TIOCMSET,
	TIOCGSOFTCAR,
	TIOCSSOFTCAR,
	FIONREAD,
	TIOCLINUX,
	TIOCCONS,
	TIOCGSERIAL,
	TIOCSSERIAL,
	TIOCPKT,
	FIONBIO,
	TIOCNOTTY,
	TIOCSETD,
	TIOCGETD,
	TCSBRKP,
	TIOCSBRK,
	TIOCCBRK,
	TIOCGSID,
	TCGETS2,
	TCSETS2,
	TCSETSW2,
	TCSETSF2,
	TIOCGRS485,
	TIOCSRS485,
	TIOCGPTN,
	TIOCSPTLCK,
	TIOCGDEV,
	TCGETX,
	TCSETX,
	TCSETXF,
	TCSETXW,
	TIOCSIG,
	TIOCVHANGUP,
	TIOCGPKT,
	TIOCGPTLCK,
	TIOCGEXCL,
	TIOCGPTPEER,
	TIOCGISO7816,
	TIOCSISO7816,
	FIONCLEX,
	FIOCLEX,
	FIOASYNC,
	TIOCSERCONFIG,
	TIOCSERGWILD,
	TIOCSERSWILD,
	TIOCGLCKTRMIOS,
	TIOCSLCKTRMIOS,
	TIOCSERGSTRUCT,
	TIOCSERGETLSR,
	TIOCSERGETMULTI,
	TIOCSERSETMULTI,
	TIOCMIWAIT,
	TIOCGICOUNT,
	SNDCTL_TMR_START,
	SNDCTL_TMR_STOP,
	SNDCTL_TMR_CONTINUE,
	BLKROSET,
	BLKROGET,
	BLKRRPART,
	BLKGETSIZE,
	BLKFLSBUF,
	BLKRASET,
	BLKRAGET,
	BLKFRASET,
	BLKFRAGET,
	BLKSECTSET,
	BLKSECTGET,
	BLKSSZGET,
	BLKPG,
	BLKBSZGET,
	BLKBSZSET,
	BLKGETSIZE64,
	BLKTRACESETUP,
	BLKTRACESTART,
	BLKTRACESTOP,
	BLKTRACETEARDOWN,
	BLKDISCARD,
	BLKIOMIN,
	BLKIOOPT,
	BLKALIGNOFF,
	BLKPBSZGET,
	BLKDISCARDZEROES,
	BLKSECDISCARD,
	BLKROTATIONAL,
	BLKZEROOUT,
	BLKGETDISKSEQ,
	FIBMAP,
	FIGETBSZ,
	FIFREEZE,
	FITHAW,
	FITRIM,
	FICLONE,
	FICLONERANGE,
	FIDEDUPERANGE,
	FS_IOC_GETFLAGS,
	FS_IOC_SETFLAGS,
	FS_IOC_GETVERSION,
	FS_IOC_SETVERSION,
	FS_IOC32_GETFLAGS,
	FS_IOC32_SETFLAGS,
	FS_IOC32_GETVERSION,
	FS_IOC32_SETVERSION,
	FS_IOC_FSGETXATTR,
	FS_IOC_FSSETXATTR,
	FS_IOC_GETFSLABEL,
	FS_IOC_SETFSLABEL,
	FS_IOC_FIEMAP,
	BTRFS_IOC_CLONE,
	BTRFS_IOC_CLONE_RANGE,
	BTRFS_IOC_FILE_EXTENT_SAME,
	SIOCGSTAMP_NEW,
	SIOCGSTAMPNS_NEW,
	SIOCADDRT,
	SIOCDELRT,
	SIOCRTMSG,
	SIOCGIFNAME,
	SIOCSIFLINK,
	SIOCGIFCONF,
	SIOCGIFFLAGS,
	SIOCSIFFLAGS,
	SIOCGIFADDR,
	SIOCSIFADDR,
	SIOCGIFDSTADDR,
	SIOCSIFDSTADDR,
	SIOCGIFBRDADDR,
	SIOCSIFBRDADDR,
	SIOCGIFNETMASK,
	SIOCSIFNETMASK,
	SIOCGIFMETRIC,
	SIOCSIFMETRIC,
	SIOCGIFMEM,
	SIOCSIFMEM,
	SIOCGIFMTU,
	SIOCSIFMTU,
	SIOCSIFNAME,
	SIOCSIFHWADDR,
	SIOCGIFENCAP,
	SIOCSIFENCAP,
	SIOCGIFHWADDR,
	SIOCGIFSLAVE,
	SIOCSIFSLAVE,
	SIOCADDMULTI,
	SIOCDELMULTI,
	SIOCGIFINDEX,
	SIOCSIFPFLAGS,
	SIOCGIFPFLAGS,
	SIOCDIFADDR,
	SIOCSIFHWBROADCAST,
	SIOCGIFCOUNT,
	SIOCGIFBR,
	SIOCSIFBR,
	SIOCGIFTXQLEN,
	SIOCSIFTXQLEN,
	SIOCETHTOOL,
	SIOCGMIIPHY,
	SIOCGMIIREG,
	SIOCSMIIREG,
	SIOCWANDEV,
	SIOCOUTQNSD,
	SIOCGSKNS,
	SIOCDARP,
	SIOCGARP,
	SIOCSARP,
	SIOCDRARP,
	SIOCGRARP,
	SIOCSRARP,
	SIOCGIFMAP,
	SIOCSIFMAP,
	SIOCADDDLCI,
	SIOCDELDLCI,
	SIOCGIFVLAN,
	SIOCSIFVLAN,
	SIOCBONDENSLAVE,
	SIOCBONDRELEASE,
	SIOCBONDSETHWADDR,
	SIOCBONDSLAVEINFOQUERY,
	SIOCBONDINFOQUERY,
	SIOCBONDCHANGEACTIVE,
	SIOCBRADDBR,
	SIOCBRDELBR,
	SIOCBRADDIF,
	SIOCBRDELIF,
	SIOCSHWTSTAMP,
	SIOCGHWTSTAMP,
	SIOCDEVPRIVATE,
	SIOCPROTOPRIVATE,
	SIOCGSTAMP_OLD,
	SIOCGSTAMPNS_OLD,
	LOOP_SET_FD,
	LOOP_CLR_FD,
	LOOP_SET_STATUS,
	LOOP_GET_STATUS,
	LOOP_SET_STATUS64,
	LOOP_GET_STATUS64,
	LOOP_CHANGE_FD,
	LOOP_SET_CAPACITY,
	LOOP_SET_DIRECT_IO,
	LOOP_SET_BLOCK_SIZE,
	LOOP_CONFIGURE,
	LOOP_CTL_ADD,
	LOOP_CTL_REMOVE,
	LOOP_CTL_GET_FREE,
	RNDGETENTCNT,
	RNDADDTOENTCNT,
	RNDGETPOOL,
	RNDADDENTROPY,
	RNDZAPENTCNT,
	RNDCLEARPOOL,
	RNDRESEEDCRNG,
	FASTRPC_IOCTL_INIT_ATTACH,
	NS_GET_USERNS,
	NS_GET_PARENT,
	NS_GET_NSTYPE,
	NS_GET_OWNER_UID,
	PERF_EVENT_IOC_ENABLE,
	PERF_EVENT_IOC_DISABLE,
	PERF_EVENT_IOC_REFRESH,
	PERF_EVENT_IOC_RESET,
	PERF_EVENT_IOC_PERIOD,
	PERF_EVENT_IOC_SET_OUTPUT,
	PERF_EVENT_IOC_SET_FILTER,
	PERF_EVENT_IOC_ID,
	PERF_EVENT_IOC_SET_BPF,
	PERF_EVENT_IOC_PAUSE_OUTPUT,
	PERF_EVENT_IOC_QUERY_BPF,
	PERF_EVENT_IOC_MODIFY_ATTRIBUTES,
	UFFDIO_API,
	UFFDIO_REGISTER,
	UFFDIO_UNREGISTER,
	UFFDIO_WAKE,
	UFFDIO_COPY,
	UFFDIO_ZEROPAGE,
	UFFDIO_WRITEPROTECT,
	UFFDIO_CONTINUE,
	TUNSETNOCSUM,
	TUNSETDEBUG,
	TUNSETIFF,
	TUNSETPERSIST,
	TUNSETOWNER,
	TUNSETLINK,
	TUNSETGROUP,
	TUNGETFEATURES,
	TUNSETOFFLOAD,
	TUNSETTXFILTER,
	TUNGETIFF,
	TUNGETSNDBUF,
	TUNSETSNDBUF,
	TUNATTACHFILTER,
	TUNDETACHFILTER,
	TUNGETVNETHDRSZ,
	TUNSETVNETHDRSZ,
	TUNSETQUEUE,
	TUNSETIFINDEX,
	TUNGETFILTER,
	TUNSETVNETLE,
	TUNGETVNETLE,
	TUNSETVNETBE,
	TUNGETVNETBE,
	TUNSETSTEERINGEBPF,
	TUNSETFILTEREBPF,
	TUNSETCARRIER,
	TUNGETDEVNETNS,
};

int main(void)
{
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	int n = 0;
	io(m, TIOCGPTN, A(&n));
	io(m, TIOCSPTLCK, A(&n));
	grantpt(m);
	unlockpt(m);
	int s = open(ptsname(m), O_RDWR | O_NOCTTY);
	struct termios t;
	io(s, TCGETS, A(&t));
	io(s, TCSETS, A(&t));
	io(s, TCSETSW, A(&t));
	io(s, TCSETSF, A(&t));
	struct termios2 t2;
	io(s, TCGETS2, A(&t2));
	io(s, TCSETS2, A(&t2));
	struct termio to;
	io(s, TCGETA, A(&to));
	io(s, TCSETA, A(&to));
	struct winsize ws = {24, 80, 1, 2};
	io(s, TIOCSWINSZ, A(&ws));
	io(s, TIOCGWINSZ, A(&ws));
	pid_t pg = 0;
	io(s, TIOCGPGRP, A(&pg));
	io(s, TIOCSPGRP, A(&pg));
	io(s, TIOCGSID, A(&pg));
	io(s, TIOCSCTTY, 0);
	io(s, TIOCNOTTY, 0);
	io(s, TCFLSH, TCIFLUSH);
	io(s, TCFLSH, TCIOFLUSH);
	io(s, TCFLSH, 7);
	io(s, TCXONC, TCOOFF);
	io(s, TCXONC, TCOON);
	io(s, TCXONC, 9);
	io(s, TCSBRK, 1);
	io(s, TIOCOUTQ, A(&n));
	io(s, FIONREAD, A(&n));
	n = 1;
	io(s, FIONBIO, A(&n));
	n = 0;
	io(s, FIONBIO, A(&n));
	io(s, FIOCLEX, 0);
	io(s, FIONCLEX, 0);
	io(s, FIOASYNC, A(&n));
	io(s, TIOCEXCL, 0);
	io(s, TIOCGEXCL, A(&n));
	io(s, TIOCNXCL, 0);
	io(s, TIOCGETD, A(&n));
	io(s, TIOCGSOFTCAR, A(&n));
	io(s, TIOCMGET, A(&n));
	io(m, TIOCPKT, A(&n));
	io(s, TIOCSTI, A("x"));
	io(s, TIOCGLCKTRMIOS, A(&t));
	io(s, TIOCGDEV, A(&n));
	/* failures: the address of an output, the value of an input */
	io(s, TCGETS, 0);
	io(s, TCGETS, 1);
	io(s, TIOCGWINSZ, 1);
	io(s, TIOCSWINSZ, 1);
	io(s, FIONBIO, 1);
	io(s, TCSETS, 1);
	int f = open("desc_ioctl.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
	io(f, TCGETS, A(&t));
	io(f, TIOCGWINSZ, A(&ws));
	io(f, FIONREAD, A(&n));
	long fl = 0;
	io(f, FS_IOC_GETFLAGS, A(&fl));
	io(f, FS_IOC_SETFLAGS, A(&fl));
	io(f, FICLONE, 0);
	io(f, FIGETBSZ, A(&n));
	uint64_t sz[2] = {0, 0};
	io(f, BLKGETSIZE64, A(sz));
	/* unknown codes, each direction */
	io(f, _IOC(_IOC_READ, 0x54, 0x1, 0x8), A(sz));
	io(f, _IOR(0xab, 0x3, int), 0);
	io(f, _IOW(0xab, 0x3, int), 0);
	io(f, _IOWR(0xab, 0x3, int), 0);
	io(f, 0x12345678, 0x9);
	io(f, 0, 0);
	io(f, 0xffffffff, 0);
	io(f, 0x1ffffffffUL, 0);
	/* termios contents: every flag, the fields, the 16-bit termio */
	memset(&t, 0, sizeof t);
	io(-1, TCSETS, A(&t));
	memset(&t, 0xff, sizeof t);
	io(-1, TCSETS, A(&t));
	t.c_iflag = IGNBRK | IUTF8;
	t.c_oflag = NL1 | CR2 | TAB1 | BS1 | VT1 | FF1 | OPOST;
	t.c_cflag = B115200 | CS7 | CSTOPB | PARENB | (B9600 << IBSHIFT);
	t.c_lflag = TOSTOP | EXTPROC;
	t.c_line = 2;
	io(-1, TCSETSW, A(&t));
	t.c_oflag = CR3 | TAB3;
	t.c_cflag = B0 | CS5 | CBAUDEX;
	t.c_line = 30;
	io(-1, TCSETSF, A(&t));
	memset(&t2, 0, sizeof t2);
	t2.c_cflag = BOTHER | CS8;
	t2.c_ispeed = 12345;
	t2.c_ospeed = 999;
	io(-1, TCSETS2, A(&t2));
	memset(&to, 0xff, sizeof to);
	io(-1, TCSETAW, A(&to));
	int bits = 0x2d2c2b2a;
	io(-1, TIOCMSET, A(&bits));
	bits = 0x200;
	io(-1, TIOCMBIS, A(&bits));
	bits = -1;
	io(-1, FS_IOC_SETFLAGS, A(&bits));
	io(-1, TCFLSH, 0xffffffffffffffffUL);
	io(-1, TCSBRK, 0xffffffffffffffffUL);
	io(-1, BLKRASET, 0xffffffffffffffffUL);
	io(-1, BLKDISCARD, A(sz));
	io(-1, PERF_EVENT_IOC_ENABLE, 1);
	io(-1, PERF_EVENT_IOC_ENABLE, 2);
	io(-1, PERF_EVENT_IOC_SET_FILTER, A("filter"));
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		io(-1, names[i], 0);
	unlink("desc_ioctl.tmp");
	return 0;
}
