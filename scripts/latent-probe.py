#!/usr/bin/env python3
"""Do representations learned from the collection join reports of one event? (docs/EVALUATION.md, section 3,
"Representations learned from the collection").

  latent-probe.py pairs FILE [--field F | --hours H]   how well each representation ranks gold-partner pairs
  latent-probe.py upgma FILE                           event BCubed of exact average linkage on each representation

FILE is a labelled JSONL collection (`id`, `text`, `date`, `cluster`; no `cluster` = gold singleton). Texts get a
plain TF-IDF (lower-cased words, a short stop list, terms in 2 or more texts, sublinear tf, smoothed idf), not
copydesk's analyzer: the point is the comparison between representations on the same vectors. Each representation
is mixed with the lexical cosine as (1 - b) lexical + b latent:
  lsa K     truncated SVD of the TF-IDF matrix, documents as U S, centred (random pairs near 0)
  ppmi M    each text plus its terms' M strongest positive-PMI partners (term expansion)
  second    cosine of two texts' rows of similarities to every text (what random indexing with
            document contexts estimates); `second-time` with the 12 h time weight inside the rows
`pairs` scores the pairs with the same value of field F (e.g. newsroundup's `query`) or within H hours of each
other: average precision and precision at 20/40/60/80% recall of the gold pairs (no time weight, except in
`lexical x time` and inside `second-time`). `upgma` clusters the whole
collection (scores x the 12 h decay, as copydesk's events) and prints BCubed F1 (precision / recall) by
threshold. Dense n x n matrices: fine to 10,000 texts. Needs numpy and scipy.
"""
import argparse
import collections
import json
import math
import re
from datetime import datetime, timezone

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.linalg import svds
from scipy.spatial.distance import squareform

STOP = set("""a an the of to in on for and or but is are was were be been by with at from as it its this that these
those has have had will would can could should may might not no than then so if into over under after before about up
down out off new says said say""".split())
WINDOW = 12 * 3600  # copydesk's event time decay: exp(-gap / 12 h), 0 beyond 8 windows
DAY = 86400


def parse_date(value):
    """Epoch seconds and whether the value is a date without time (it then covers its day)."""
    if not value:
        return None, False
    try:
        if len(value) == 10:
            return datetime.fromisoformat(value).replace(tzinfo=timezone.utc).timestamp(), True
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp(), False
    except ValueError:
        return None, False


def load(path):
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    counts = []
    for d in docs:
        words = re.findall(r"[a-z0-9]+", d.get("text", "").lower())
        words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]
        counts.append(collections.Counter(w for w in words if w not in STOP and len(w) > 1))
    df = collections.Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {w: i for i, w in enumerate(sorted(w for w, k in df.items() if k >= 2))}
    n = len(docs)
    rows, cols, vals = [], [], []
    for i, c in enumerate(counts):
        for w, tf in c.items():
            if w in vocab:
                rows.append(i)
                cols.append(vocab[w])
                vals.append((1 + math.log(tf)) * (math.log((1 + n) / (1 + df[w])) + 1))
    x = sp.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(1)).ravel())
    norms[norms == 0] = 1
    gold = [d.get("cluster") or "singleton:" + d["id"] for d in docs]
    return docs, sp.diags(1 / norms) @ x, gold


def time_weights(docs):
    dates = [parse_date(d.get("date")) for d in docs]
    t = np.array([s if s is not None else np.nan for s, _ in dates])
    day = np.array([whole for _, whole in dates])
    gap = np.abs(t[:, None] - t[None, :])
    gap = np.maximum(gap - np.where(day[:, None] & day[None, :], DAY, 0), 0)
    w = np.exp(-gap / WINDOW)
    w[gap > 8 * WINDOW] = 0
    w[np.isnan(w)] = 1  # undated: no decay
    return w


def unit_rows(a):
    return a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)


def representations(x, lexical, weights):
    """(name, n x n similarity) of each latent representation."""
    n = x.shape[0]
    for k in (50, 100, 200):
        u, s, _ = svds(x, k=k, random_state=0)
        latent = unit_rows(u * s - (u * s).mean(0))
        yield f"lsa {k}", latent @ latent.T
    binary = (x > 0).astype(float).tocsc()
    co = (binary.T @ binary).toarray()
    np.fill_diagonal(co, 0)
    df = np.asarray(binary.sum(0)).ravel()
    with np.errstate(divide="ignore"):
        pmi = np.log(np.maximum(co * n, 1e-12) / np.outer(df, df))
    pmi = np.where((co >= 2) & (pmi > 0), pmi, 0)
    dense = x.toarray()
    for m in (5, 20):
        partners = pmi.copy()
        np.put_along_axis(partners, np.argsort(-partners, axis=1)[:, m:], 0, axis=1)
        expanded = unit_rows(dense + unit_rows(dense @ partners))
        yield f"ppmi {m}", expanded @ expanded.T
    for name, rows in (("second", lexical), ("second-time", lexical * weights)):
        s2 = rows @ rows
        d = np.sqrt(np.diag(s2))
        d[d == 0] = 1
        s2 = s2 / np.outer(d, d)
        yield name, s2 - np.median(s2)


def ranking(scores, positive):
    order = np.argsort(-scores, kind="stable")
    hits = positive[order]
    tp = np.cumsum(hits)
    precision = tp / np.arange(1, len(hits) + 1)
    recall = tp / hits.sum()
    at = " ".join(f"{precision[np.searchsorted(recall, r)]:.2f}" for r in (0.2, 0.4, 0.6, 0.8))
    return f"AP {(precision * hits).sum() / hits.sum():.3f}  P at R .2/.4/.6/.8 {at}"


def bcubed(gold, pred):
    gs, ps, both = collections.Counter(gold), collections.Counter(pred), collections.Counter(zip(gold, pred))
    p = sum(both[(g, c)] / ps[c] for g, c in zip(gold, pred)) / len(gold)
    r = sum(both[(g, c)] / gs[g] for g, c in zip(gold, pred)) / len(gold)
    return 2 * p * r / (p + r), p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["pairs", "upgma"])
    ap.add_argument("file")
    ap.add_argument("--field")
    ap.add_argument("--hours", type=float)
    ap.add_argument("--thresholds", default="0.03,0.05,0.08,0.12,0.16,0.2,0.25,0.3,0.4")
    args = ap.parse_args()
    docs, x, gold = load(args.file)
    lexical = (x @ x.T).toarray()
    weights = time_weights(docs)
    mixes = (0.2, 0.5, 1.0)
    if args.command == "pairs":
        i, j = np.triu_indices(len(docs), 1)
        if args.field:
            values = np.array([str(d.get(args.field)) for d in docs])
            keep = values[i] == values[j]
        elif args.hours:
            keep = weights[i, j] >= math.exp(-args.hours * 3600 / WINDOW)
        else:
            keep = np.ones(len(i), bool)
        i, j = i[keep], j[keep]
        labels = np.array([hash(g) for g in gold])
        positive = labels[i] == labels[j]
        print(f"{len(i)} pairs, {positive.sum()} of one gold cluster")
        print(f"lexical            {ranking(lexical[i, j], positive)}")
        print(f"lexical x time     {ranking(lexical[i, j] * weights[i, j], positive)}")
        for name, sim in representations(x, lexical, weights):
            for b in mixes:
                print(f"{name:12} b {b:.1f}   {ranking((1 - b) * lexical[i, j] + b * sim[i, j], positive)}")
        return
    thresholds = [float(t) for t in args.thresholds.split(",")]

    def sweep(name, sim):
        distance = 1 - np.clip(sim * weights, 0, 1)
        np.fill_diagonal(distance, 0)
        tree = linkage(squareform(distance, checks=False), "average")
        cells = []
        for t in thresholds:
            f, p, r = bcubed(gold, list(fcluster(tree, 1 - t, "distance")))
            cells.append(f"{t:.2f}: {f:.3f} ({p:.2f}/{r:.2f})")
        print(f"{name:18} " + "  ".join(cells), flush=True)

    sweep("lexical", lexical)
    for name, sim in representations(x, lexical, weights):
        for b in mixes:
            sweep(f"{name} b {b:.1f}", (1 - b) * lexical + b * sim)


if __name__ == "__main__":
    main()
