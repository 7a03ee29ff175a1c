import sys, subprocess, collections, re
f = sys.argv[1]
out = subprocess.run(['perf','script','-i',f,'-F','tid,comm,ip,sym'], capture_output=True, text=True).stdout
samples = []
cur = None
for line in out.split('\n'):
    if not line.strip():
        if cur: samples.append(cur); cur = None
        continue
    if not line.startswith('\t'):
        parts = line.split()
        cur = (parts[-1], ' '.join(parts[:-1]), [])
    else:
        cur[2].append(line.strip().split(' ',1)[-1])
if cur: samples.append(cur)
n = len(samples)
hz = float(sys.argv[2]) if len(sys.argv) > 2 else 499
bytid = collections.defaultdict(list)
for s in samples: bytid[(s[0], s[1])].append(s[2])
print("samples", n, "cpu s", n / hz)
rows = sorted(bytid.items(), key=lambda kv: -len(kv[1]))
for (tid, comm), st in rows[:25]:
    leaf = collections.Counter(x[0] if x else '?' for x in st)
    def short(s): return re.sub(r'\(.*', '', s.split(' ')[-1] if ' ' in s else s)[-60:]
    top = ', '.join('%s %d' % (short(k), v) for k, v in leaf.most_common(4))
    print('%-8s %-18s %6.2f s  %s' % (tid, comm[:18], len(st) / hz, top))
# phases: first matching frame marker
marks = [('pass1-scan', 'Corpus.scan'), ('lineKeys', 'Boilerplate$Builder.lineKeys'), ('fingerprint', 'Fingerprinter.fingerprint'),
         ('pass2-read', 'Corpus.forEachRecord'), ('decode', 'RecordStream.decode'), ('lsh-cand', 'candidatePairs'), ('verify', 'NearDuplicates.verify'),
         ('copies', 'ExactCopies'), ('anchors', 'AnchorIndex.add'), ('group', 'NearDuplicates.group'), ('print', 'DedupPrinter'), ('picocli', 'picocli'),
         ('gc', 'DefNewGeneration'), ('gc', 'SerialHeap'), ('gc','VM_'), ('c2', 'C2Compiler'), ('c1', 'Compiler::compile'), ('c2','Compile::'), ('c1','Compilation::')]
ph = collections.Counter()
for tid, comm, st in samples:
    label = None
    for fr in st:
        for name, m in marks:
            if m in fr: label = name; break
        if label: break
    if not label:
        label = 'other:' + comm[:15]
    ph[label] += 1
for k, v in ph.most_common(40): print('%-28s %6.2f s %5.1f%%' % (k, v / hz, 100.0 * v / n))
# inclusive time per frame for selected threads
if len(sys.argv) > 3:
    sel = sys.argv[3].split(',')
    inc = collections.Counter(); tot = 0
    for tid, comm, st in samples:
        if comm not in sel: continue
        tot += 1
        seen = set()
        for fr in st:
            k = re.sub(r'^\S+ ', '', fr) if fr.count(' ') else fr
            k = re.sub(r'\(.*', '', k)[-80:]
            if k in seen: continue
            seen.add(k); inc[k] += 1
    print('--- inclusive in', sel, tot / hz, 's')
    for k, v in inc.most_common(70): print('%6.2f s %5.1f%% %s' % (v / hz, 100.0 * v / tot, k))
