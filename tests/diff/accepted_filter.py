"""Differences of the filters issue that the differential harness accepts.

-c rows: the seconds, usecs/call and % time columns are the clock's and
differ from run to run (tests compare call counts, errors, names and
layout); with -w the shortest/longest columns too."""

# (the harness has already taken the "% time" column for a timestamp)
RULES = [
    (r"^(?:TS +)? *\d+\.\d{6} +\d+ +(\d+ +\d* *\S+)$", r"T \1",
     "-c row: seconds and usecs/call are the clock's"),
    (r"^(\S+ +\d+ +\d*) +\d+\.\d{6} +\d+\.\d{6}( +\d+)?$", r"\1 T",
     "-c -U ... min-time,max-time[,avg-time]: times are the clock's"),
]

# the -c tables' own lines, exact
DECODED = []
