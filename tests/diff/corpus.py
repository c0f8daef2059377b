"""The differential corpus: real commands traced by strace and by sctrace
with the same options, in the same freshly made directory.

Each case: (name, options, command, flags). The command runs through
/bin/sh -c unless flags has 'argv' (then it is split on spaces).
flags: 'f' traces children too (adds -f when not in options)."""

FIXTURE = r"""
mkdir -p data/sub
printf 'one\ntwo\nthree\nfour\nfive\n' > data/a.txt
printf 'banana\napple\ncherry\n' > data/b.txt
printf 'deep file\n' > data/sub/c.txt
: > data/empty
ln -s a.txt data/link
printf '#!/bin/sh\necho script $1\n' > data/s.sh
chmod 755 data/s.sh
touch -h -d @1700000000 data/a.txt data/b.txt data/sub/c.txt data/empty data/link data/s.sh data/sub data
"""

PY_TCP = r"""
import socket, threading
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0)); srv.listen(1)
port = srv.getsockname()[1]
def serve():
    c, _ = srv.accept(); d = c.recv(100); c.sendall(d.upper()); c.close()
t = threading.Thread(target=serve); t.start()
cl = socket.create_connection(("127.0.0.1", port)); cl.sendall(b"hello"); print(cl.recv(100)); cl.close()
t.join(); srv.close()
"""

PY_SOCKPAIR = r"""
import socket
a, b = socket.socketpair()
a.sendall(b"ping"); print(b.recv(10)); b.sendall(b"pong"); print(a.recv(10))
"""

PY_SIGNAL = r"""
import os, signal
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
"""

# threads that do their work one after another, so that which fd each
# gets does not depend on the scheduler
PY_THREADS = r"""
import threading
def work(n):
    with open("data/a.txt") as f: f.read()
for i in range(3):
    t = threading.Thread(target=work, args=(i,)); t.start(); t.join()
"""

PY_FILES = r"""
import os
with open("out.txt", "w") as f: f.write("x" * 100)
os.rename("out.txt", "moved.txt"); os.stat("moved.txt"); os.unlink("moved.txt")
os.mkdir("newdir"); os.rmdir("newdir")
print(sorted(os.listdir("data")))
"""

CASES = [
    ("true", [], "/bin/true", "argv"),
    ("false", [], "/bin/false", "argv"),
    ("echo", [], "/bin/echo hello world", "argv"),
    ("cat", [], "cat data/a.txt", "argv"),
    ("cat-missing", [], "cat data/nosuch", "argv"),
    ("head", [], "head -n 2 data/a.txt", "argv"),
    ("wc", [], "wc -l data/a.txt data/b.txt", "argv"),
    ("sort", [], "sort data/b.txt", "argv"),
    ("seq", [], "seq 1 20", "argv"),
    ("md5sum", [], "md5sum data/a.txt", "argv"),
    ("cp", [], "cp data/a.txt copy.txt", "argv"),
    ("mv", [], "mv data/b.txt data/b2.txt", "argv"),
    ("rm", [], "rm -f data/empty", "argv"),
    ("mkdir", [], "mkdir -p x/y/z", "argv"),
    ("ln", [], "ln -s data/a.txt lnk", "argv"),
    ("readlink", [], "readlink data/link", "argv"),
    ("chmod", [], "chmod 600 data/a.txt", "argv"),
    ("touch", [], "touch -d @1700000000 newfile", "argv"),
    ("stat", [], "stat -c %s:%a:%F data/a.txt", "argv"),
    ("ls", [], "ls data", "argv"),
    ("ls-l", [], "ls -l --time-style=+%s data", "argv"),
    ("du", [], "du -s data", "argv"),
    ("find", [], "find data -name *.txt", "argv"),
    ("find-type", [], "find data -type f", "argv"),
    ("tar-c", [], "tar cf x.tar data", "argv"),
    ("gzip", [], "gzip -k data/a.txt", "argv"),
    ("dd", [], "dd if=/dev/zero of=z.bin bs=1024 count=4", "argv"),
    ("sleep", [], "sleep 0.05", "argv"),
    ("id", [], "id", "argv"),
    ("uname", [], "uname -a", "argv"),
    ("basename", [], "basename /usr/lib/x.so .so", "argv"),
    ("env", [], "env", "argv"),
    ("getent-passwd", [], "getent passwd root", "argv"),
    ("perl", [], "perl -e print(1+1)", "argv"),
    ("sh-pipe", ["-f"], "echo abc | tr a-z A-Z | wc -c", "racy"),
    ("sh-loop", ["-f"], "for i in 1 2 3; do echo $i; done > loop.txt; cat loop.txt", "racy"),
    ("sh-script", ["-f"], "./data/s.sh arg", "racy"),
    ("find-exec", ["-f"], "find data -type f -exec cat {} +", "racy"),
    ("tar-gz", ["-f"], "tar czf x.tgz data && tar tzf x.tgz", "racy"),
    ("py-files", [], "python3 -c '%s'" % PY_FILES.replace("'", "\"").strip(), ""),
    ("py-threads", ["-f"], "python3 -c '%s'" % PY_THREADS.replace("'", "\"").strip(), "threads"),
    ("py-tcp", ["-f"], "python3 -c '%s'" % PY_TCP.replace("'", "\"").strip(), "threads"),
    ("py-sockpair", [], "python3 -c '%s'" % PY_SOCKPAIR.replace("'", "\"").strip(), ""),
    ("py-signal", [], "python3 -c '%s'" % PY_SIGNAL.replace("'", "\"").strip(), ""),
    ("git", ["-f"], "git init -q repo && cd repo && git status --short", "racy"),
    # option sets
    ("cat-y", ["-y"], "cat data/a.txt", "argv"),
    ("cat-v", ["-v"], "cat data/a.txt", "argv"),
    ("cat-s8", ["-s", "8"], "cat data/a.txt", "argv"),
    ("cat-x", ["-x"], "cat data/a.txt", "argv"),
    ("cat-xx", ["-xx"], "cat data/a.txt", "argv"),
    ("ls-T", ["-T"], "ls data", "argv"),
    ("ls-tt", ["-tt"], "ls data", "argv"),
    ("ls-trace-file", ["-e", "trace=file"], "ls data", "argv"),
    ("ls-trace-desc", ["-e", "trace=%desc"], "ls data", "argv"),
    ("sh-f-y", ["-f", "-y"], "cat data/a.txt | wc -l", "racy"),
    ("ls-n", ["-n"], "ls data", "argv"),
    ("true-i", ["-i"], "/bin/true", "argv"),
]
