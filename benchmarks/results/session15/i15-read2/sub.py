import sys, re, collections
# for samples whose chain contains ANCHOR (comm regex), count the frame directly below the anchor chain's innermost... i.e. leaf symbol, and the child frame of anchor
anchor = sys.argv[2]; comm_re = re.compile(sys.argv[3])
leaf = collections.Counter(); child = collections.Counter(); total = 0
sample = None
def flush(s):
    global total
    if not s: return
    comm, frames = s
    if not comm_re.search(comm): return
    idx = [i for i, f in enumerate(frames) if anchor in f]
    if not idx: return
    i = idx[0]
    total += 1
    leaf[frames[0][:110]] += 1
    child[frames[i-1][:110] if i > 0 else '(self)'] += 1
for line in open(sys.argv[1], errors='replace'):
    if not line.strip(): flush(sample); sample = None; continue
    if not line.startswith((' ', '\t')): sample = (re.match(r'(.*?)\s+\d+\s+[\d.]+:', line).group(1).strip() if re.match(r'(.*?)\s+\d+\s+[\d.]+:', line) else line.split()[0], [])
    elif sample is not None:
        p = line.strip().split(None, 1); sample[1].append(p[1] if len(p) > 1 else p[0])
flush(sample)
print('total', total)
print('-- leaf'); [print(f'{c:5d} {k}') for k, c in leaf.most_common(30)]
print('-- child of anchor'); [print(f'{c:5d} {k}') for k, c in child.most_common(20)]
