#!/usr/bin/env python3
"""threads.py TIMEFILE CMD...: runs CMD (stdout/stderr inherited), writes "wall user sys maxrssKB" to TIMEFILE
like /usr/bin/time -f "%e %U %S %M", and prints on stderr the CPU seconds per JVM thread kind (C2, C1, VM
Thread = the collector's pauses, main, workers, other), sampled from /proc/PID/task every 50 ms (the last
50 ms of a thread can be missed)."""
import os, sys, time, subprocess, re
tick = os.sysconf('SC_CLK_TCK')
tf = sys.argv[1]
t0 = time.time()
p = subprocess.Popen(sys.argv[2:])
seen = {}
def sample():
    try:
        tids = os.listdir(f'/proc/{p.pid}/task')
    except OSError:
        return
    for t in tids:
        try:
            with open(f'/proc/{p.pid}/task/{t}/stat') as f:
                s = f.read()
        except OSError:
            continue
        comm = s[s.index('(') + 1:s.rindex(')')]
        f = s[s.rindex(')') + 2:].split()
        seen[t] = (comm, (int(f[11]) + int(f[12])) / tick)
while p.poll() is None:
    sample()
    time.sleep(0.05)
wall = time.time() - t0
r = __import__('resource').getrusage(__import__('resource').RUSAGE_CHILDREN)
with open(tf, 'w') as f:
    f.write(f'{wall:.2f} {r.ru_utime:.2f} {r.ru_stime:.2f} {r.ru_maxrss}\n')
groups = {}
for comm, cpu in seen.values():
    g = ('C2' if comm.startswith('C2 Compiler') else 'C1' if comm.startswith('C1 Compiler') else
         'VMThread' if comm == 'VM Thread' else 'main' if comm == 'java' else
         'workers' if re.match(r'Thread-\d+$', comm) else 'other')
    groups[g] = groups.get(g, 0) + cpu
print(' '.join(f'{g} {groups.get(g, 0):.2f}' for g in ('C2', 'C1', 'VMThread', 'main', 'workers', 'other')), file=sys.stderr)
sys.exit(p.returncode)
