"""Output options of the foundation, against strace: timestamps, times,
alignment, quiet levels, -i/-n with children."""

CASES = [
    ("opt-r", ["-r"], "cat data/a.txt", "argv"),
    ("opt-t", ["-t"], "cat data/a.txt", "argv"),
    ("opt-ttt", ["-ttt"], "cat data/a.txt", "argv"),
    ("opt-ttt-T", ["-ttt", "-T"], "cat data/a.txt", "argv"),
    ("opt-abs-ns", ["--absolute-timestamps=unix,ns"], "cat data/a.txt", "argv"),
    ("opt-T-ms", ["--syscall-times=ms"], "cat data/a.txt", "argv"),
    ("opt-a60", ["-a", "60"], "cat data/a.txt", "argv"),
    ("opt-a0", ["-a", "0"], "cat data/a.txt", "argv"),
    ("opt-q", ["-q"], "cat data/a.txt", "argv"),
    ("opt-qq", ["-qq"], "cat data/a.txt", "argv"),
    ("opt-quiet-exit", ["-e", "quiet=exit"], "exit 3", ""),
    ("opt-f-n", ["-f", "-n"], "true; true", "racy"),
    ("opt-f-i", ["-f", "-i"], "true; true", "racy"),
    ("opt-f-tt", ["-f", "-tt"], "true; true", "racy"),
    ("opt-f-T", ["-f", "-T"], "true; true", "racy"),
    ("opt-signal-none", ["-e", "signal=none"], "kill -USR1 $$", ""),
    ("opt-killed", [], "kill -TERM $$", ""),
]
