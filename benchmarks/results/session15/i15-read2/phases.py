import sys, re, collections
# perf script output with callchains; attribute each sample of the given comms (regex) to the innermost phase frame
phases = [l.strip() for l in open(sys.argv[2])] if len(sys.argv) > 2 else []
comm_re = re.compile(sys.argv[3] if len(sys.argv) > 3 else r'Thread-[23]$')
t0 = float(sys.argv[4]) if len(sys.argv) > 4 else 0; t1 = float(sys.argv[5]) if len(sys.argv) > 5 else 1e18
cnt = collections.Counter(); total = 0
sample = None
def flush(s):
    global total
    if not s: return
    comm, t, frames = s
    if not comm_re.search(comm) or not (t0 <= t <= t1): return
    total += 1
    for f in frames:  # innermost first
        for p in phases:
            if p in f: cnt[p] += 1; return
    cnt['(other) ' + (frames[0][:80] if frames else '?')] += 1
for line in open(sys.argv[1], errors='replace'):
    if not line.strip():
        flush(sample); sample = None; continue
    if not line.startswith((' ', '\t')):
        m = re.match(r'(.*?)\s+(\d+)\s+([\d.]+):', line)
        if m: sample = (m.group(1).strip(), float(m.group(3)), [])
        else: sample = (line.split()[0], 0.0, [])
    elif sample is not None:
        parts = line.strip().split(None, 1)
        sample[2].append(parts[1] if len(parts) > 1 else parts[0])
flush(sample)
print('total', total)
for k, c in cnt.most_common(int(sys.argv[6]) if len(sys.argv) > 6 else 45): print(f'{c:6d} {100*c/total:5.1f}% {k}')
