"""Differential cases of the file family: coreutils that stat, open, link,
chmod and touch files, and the test programs tests/progs/file_*.c, with
the options that change how these calls print (-v, -s, -x, -y)."""

import os

_B = os.environ.get("BUILD", "build")


def _prog(name):
    return os.path.join(_B, "tests", "progs", name)


CASES = [
    ("file-ls-l-v", ["-v"], "ls -l --time-style=+%s data", "argv"),
    ("file-ls-la", [], "ls -la data/sub", "argv"),
    ("file-ls-R", [], "ls -R data", "argv"),
    ("file-stat-full", [], "stat data/a.txt data/link data", "argv"),
    ("file-stat-v", ["-v"], "stat -c %s:%a:%F:%h data/a.txt", "argv"),
    ("file-stat-fs", [], "stat -f -c %T /proc", "argv"),
    ("file-stat-L", [], "stat -L -c %s data/link", "argv"),
    ("file-cp-p", [], "cp -p data/a.txt keep.txt", "argv"),
    ("file-cp-a", [], "cp -a data copydir", "argv"),
    ("file-cp-r-s8", ["-s", "8"], "cp -r data copydir", "argv"),
    ("file-mv-dir", [], "mv data/sub data/sub2", "argv"),
    ("file-ln", [], "ln data/a.txt hard.txt", "argv"),
    ("file-readlink-f", [], "readlink -f data/link", "argv"),
    ("file-realpath", [], "realpath data/sub/../link", "argv"),
    ("file-chmod-R", [], "chmod -R go-w data", "argv"),
    ("file-chmod-x", ["-x"], "chmod 4755 data/s.sh", "argv"),
    ("file-chown", [], "chown -h root:root data/link", "argv"),
    ("file-touch-r", [], "touch -r data/a.txt data/b.txt", "argv"),
    ("file-touch-new", [], "touch -d @1700000000.5 new.txt", "argv"),
    ("file-touch-v", ["-v"], "touch -c -d @1 data/a.txt", "argv"),
    ("file-mkdir-m", [], "mkdir -m 700 -p p/q", "argv"),
    ("file-rmdir", [], "rmdir data/sub", "argv"),
    ("file-rm-r", [], "rm -rf data", "argv"),
    ("file-mkfifo", [], "mkfifo -m 600 fifo", "argv"),
    ("file-mknod", [], "mknod np p", "argv"),
    ("file-truncate", [], "truncate -s 10 data/a.txt", "argv"),
    ("file-find-newer", [], "find data -newer data/a.txt", "argv"),
    ("file-find-perm", [], "find data -perm -u+x -type f", "argv"),
    ("file-df", [], "df", "argv"),
    ("file-df-i", [], "df -i /proc", "argv"),
    ("file-du-a", [], "du -a data", "argv"),
    ("file-tar-x", ["-f"], "tar cf t.tar data && mkdir out && tar xf t.tar -C out", ""),
    ("file-install", [], "install -m 640 data/a.txt inst.txt", "argv"),
    ("file-pwd", [], "/bin/pwd -P", "argv"),
]

for _opts, _tag in (([], ""), (["-v"], "v"), (["-s", "8"], "s8"),
                    (["-x"], "x"), (["-y"], "y")):
    for _p in ("file_open", "file_stat", "file_paths", "file_xattr",
               "file_mount", "file_fake"):
        if _p == "file_open" and _tag == "y":
            continue  # O_TMPFILE's -y annotation holds a fresh inode
        CASES.append(("%s%s" % (_p.replace("_", "-"), _tag and "-" + _tag),
                      _opts, _prog(_p), "argv"))
