# bcubed.py GOLD.jsonl CLUSTERS.jsonl: BCubed precision/recall/F1 of cluster output (events, storylines) against a generated file's "cluster" and "storyline" fields
import json, sys
from collections import Counter, defaultdict
gold_e, gold_s = {}, {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    gold_e[d['id']] = d.get('cluster') or ('_' + d['id'])
    gold_s[d['id']] = d.get('storyline') or ('_' + d['id'])
pred_e, pred_s = {}, {}
for line in open(sys.argv[2]):
    d = json.loads(line)
    for m in d['members']:
        pred_e[m] = d['cluster']; pred_s[m] = d['storyline']
def bcubed(gold, pred):
    ids = list(gold)
    for i in ids:
        if i not in pred: pred[i] = ('single', i)
    inter = Counter((gold[i], pred[i]) for i in ids)
    gs = Counter(gold[i] for i in ids); ps = Counter(pred[i] for i in ids)
    P = sum(inter[(gold[i], pred[i])] / ps[pred[i]] for i in ids) / len(ids)
    R = sum(inter[(gold[i], pred[i])] / gs[gold[i]] for i in ids) / len(ids)
    return P, R, 2 * P * R / (P + R)
print("events     BCubed P %.4f R %.4f F1 %.4f" % bcubed(gold_e, pred_e))
print("storylines BCubed P %.4f R %.4f F1 %.4f" % bcubed(gold_s, pred_s))
