#!/usr/bin/env python3
"""Interleaved wall-time A/B of two trees' ./copydesk on one command (ms precision, the order alternating).
usage: tree-ab.py BASE_TREE NEW_TREE ROUNDS copydesk-args...   (the output goes to /tmp/tree-ab-{base,new}.out)"""
import os, subprocess, sys, time, statistics, hashlib
base, new, rounds, args = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
walls = {"base": [], "new": []}
def run(tag, tree):
    load = open("/proc/loadavg").read().split()[0]
    out = f"/tmp/tree-ab-{tag}.out"
    t0 = time.perf_counter()
    r = subprocess.run(["./copydesk", *args, "-q", "--out", out], cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    w = time.perf_counter() - t0
    if r.returncode != 0: sys.exit(f"{tag} failed: {r.stderr.decode()[-500:]}")
    walls[tag].append(w)
    return load
for i in range(rounds):
    order = [("base", base), ("new", new)] if i % 2 == 0 else [("new", new), ("base", base)]
    loads = [run(t, tree) for t, tree in order]
    same = hashlib.md5(open("/tmp/tree-ab-base.out", "rb").read()).digest() == hashlib.md5(open("/tmp/tree-ab-new.out", "rb").read()).digest()
    print(f"round {i + 1}: " + " ".join(f"{t} {walls[t][-1]:.3f}" for t, _ in order) + f" load {loads[0]} outputs {'identical' if same else 'DIFFER'}")
b, n = statistics.median(walls["base"]), statistics.median(walls["new"])
wins = sum(1 for x, y in zip(walls["base"], walls["new"]) if y < x)
print(f"median base {b:.3f} s, new {n:.3f} s, ratio {n / b:.3f}; new faster in {wins} of {rounds} pairs")
