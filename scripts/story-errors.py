#!/usr/bin/env python3
"""Error analysis of story clusters against gold labels (the numbers in docs/EVALUATION.md, section 3).

  story-errors.py errors  GOLD.jsonl CLUSTERS.jsonl [N]    worst splits and merges, with example titles
  story-errors.py ceiling GOLD.jsonl CLUSTERS.jsonl [IDS]  BCubed if errors of one kind were repaired
  story-errors.py pairs   GOLD.jsonl RELATED.jsonl [FIELD] how well pair scores separate gold partners

GOLD is a labelled JSONL file (`id`, `cluster`, optional `title`, `date`); an item without `cluster` is
a gold singleton. CLUSTERS is `copydesk cluster GOLD --format jsonl` (event level), RELATED is
`copydesk related GOLD --all --top 1000 --format jsonl`. `ceiling` prints the score with every
predicted cluster split into its gold parts (parts of at least 1, 5, 20, 50 items; smaller parts stay
together), with fragments of one gold cluster joined (clusters of at least 1, 3, 10 items), and, given
IDS (comma-separated gold labels), with only those gold clusters split out of their predicted ones.
`pairs` counts gold-partner pairs and other pairs at or above each score (FIELD: count only pairs
with the same value of that field, e.g. newsroundup's `query`). Standard library only.
"""
import collections
import json
import sys


def read_gold(path):
    gold, title, date = {}, {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            gold[r["id"]] = r.get("cluster") or ("singleton:" + r["id"])
            title[r["id"]] = (r.get("title") or r.get("text", ""))[:70]
            date[r["id"]] = r.get("date")
    return gold, title, date


def read_clusters(path):
    pred = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for m in r["members"]:
                pred[m] = r["cluster"]
    return pred


def bcubed(gold, pred):
    g, p = collections.defaultdict(set), collections.defaultdict(set)
    for i in gold:
        g[gold[i]].add(i)
        p[pred[i]].add(i)
    prec = rec = 0.0
    for i in gold:
        both = len(g[gold[i]] & p[pred[i]])
        prec += both / len(p[pred[i]])
        rec += both / len(g[gold[i]])
    prec, rec = prec / len(gold), rec / len(gold)
    return "P %.4f R %.4f F1 %.4f" % (prec, rec, 2 * prec * rec / (prec + rec))


def errors(gold, pred, title, date, n):
    """Items lost per gold cluster (recall) and per predicted cluster (precision), worst first."""
    for name, a, b in (("splits (by gold cluster)", gold, pred), ("merges (by predicted cluster)", pred, gold)):
        groups = collections.defaultdict(list)
        for i in gold:
            groups[a[i]].append(i)
        other = collections.defaultdict(set)
        for i in gold:
            other[b[i]].add(i)
        rows = []
        for c, items in groups.items():
            lost = sum(1 - len(set(items) & other[b[i]]) / len(items) for i in items)
            rows.append((lost, c, items))
        rows.sort(key=lambda r: -r[0])
        print("== " + name)
        for lost, c, items in rows[:n]:
            parts = collections.Counter(b[i] for i in items).most_common(4)
            print("%.1f lost  %s (%d items)" % (lost, c, len(items)))
            for part, count in parts:
                ex = [i for i in items if b[i] == part][:2]
                print("    %5d x %-28s %s  %s" % (count, str(part)[:28], date[ex[0]], " / ".join(title[e] for e in ex)))


def ceiling(gold, pred, ids):
    print("as predicted:", bcubed(gold, pred))
    members = collections.defaultdict(list)
    for i in gold:
        members[pred[i]].append(i)
    for least in (1, 5, 20, 50):
        fixed = {}
        for c, items in members.items():
            sizes = collections.Counter(gold[i] for i in items)
            for i in items:
                fixed[i] = (c, gold[i] if sizes[gold[i]] >= least else None)
        print("every cluster split into its gold parts of >= %d items:" % least, bcubed(gold, fixed))
    for least in (1, 3, 10):
        major = {c: collections.Counter(gold[i] for i in items).most_common(1)[0][0] for c, items in members.items()}
        fixed = {i: major[pred[i]] if len(members[pred[i]]) >= least else pred[i] for i in gold}
        print("clusters of >= %d items joined by their majority gold cluster:" % least, bcubed(gold, fixed))
    if ids:
        fixed = {i: (pred[i], gold[i]) if gold[i] in ids else pred[i] for i in gold}
        print("the %d gold clusters named split out:" % len(ids), bcubed(gold, fixed))


def pairs(path, gold, related, field):
    value = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            value[r["id"]] = r.get(field) if field else None
    score = {}
    with open(related, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for h in r["related"]:
                key = tuple(sorted((r["id"], h["id"])))
                score[key] = max(score.get(key, 0.0), h["score"])
    ids = sorted(gold)
    levels = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
    total = collections.Counter()
    above = collections.Counter()
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            a, b = ids[x], ids[y]
            if value[a] != value[b]:
                continue
            same = gold[a] == gold[b]
            total[same] += 1
            s = score.get((a, b), 0.0)
            for t in levels:
                if s >= t:
                    above[(same, t)] += 1
    print("pairs: %d of one gold cluster, %d others" % (total[True], total[False]))
    for t in levels:
        print("score >= %.2f: gold partners %d (%.0f%%), others %d" % (t, above[(True, t)], 100 * above[(True, t)] / max(1, total[True]), above[(False, t)]))


def main(argv):
    if len(argv) < 4 or argv[1] not in ("errors", "ceiling", "pairs"):
        sys.exit(__doc__)
    gold, title, date = read_gold(argv[2])
    if argv[1] == "pairs":
        pairs(argv[2], gold, argv[3], argv[4] if len(argv) > 4 else None)
        return
    pred = read_clusters(argv[3])
    missing = [i for i in gold if i not in pred]
    if missing:
        sys.exit("%s: %d gold ids are in no cluster, e.g. %s" % (argv[3], len(missing), missing[0]))
    if argv[1] == "errors":
        errors(gold, pred, title, date, int(argv[4]) if len(argv) > 4 else 12)
    else:
        ceiling(gold, pred, set(argv[4].split(",")) if len(argv) > 4 else set())


if __name__ == "__main__":
    main(sys.argv)
