#!/usr/bin/env python3
# Copyright the copydesk authors. SPDX-License-Identifier: GPL-3.0-or-later
"""Builds corpus/corpus.jsonl from the .txt articles, corpus/labels.tsv and corpus/storylines.tsv.

Usage (from the repository root or anywhere else):

    python3 corpus/make_jsonl.py           # validate, then (re)write corpus.jsonl
    python3 corpus/make_jsonl.py --check   # validate and fail if corpus.jsonl is stale

Python 3 standard library only. The output is deterministic: one JSON object per
line, sorted by id, fields in a fixed order, UTF-8, "\n" line endings.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "labels.tsv")
# events that continue an older event's storyline (every other event is a storyline of its own)
STORYLINES = os.path.join(HERE, "storylines.tsv")
OUTPUT = os.path.join(HERE, "corpus.jsonl")
COLUMNS = ["id", "date", "source", "url", "cluster", "dup_group", "kind"]
KINDS = {"wire-copy", "original", "update", "brief", "related", "follow-up", "distractor", "singleton"}
# kinds that only make sense as a member of a duplicate group of two or more
COPY_KINDS = {"wire-copy", "update", "brief"}
HEADER_LINES = 6  # the date line must be among the first 6 non-empty lines after the title
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
DATE_LINE = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s*\.)?$")
# a byline bullet with the date, as "  • Mar 4 2025, 17:22 ist"
BULLET_DATE = re.compile(r"^•\s+([A-Z][a-z]{2}) (\d{1,2}) (\d{4}), \d{1,2}:\d{2} [a-z]{2,4}$")
# lines a scraped page may print above its headline: lone punctuation and site words
PRELUDE_WORDS = {"language", "menu"}
PUBLISHED_ISO = re.compile(r"^Published:\s+(\d{4}-\d{2}-\d{2})\b")
PUBLISHED_DMY = re.compile(r"^Published:\s+(\d{1,2}) ([A-Za-z]+) (\d{4})\b")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

errors = []


def error(msg):
    errors.append(msg)


def read_labels():
    rows = {}
    with open(LABELS, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != COLUMNS:
        error("labels.tsv: header must be " + "\\t".join(COLUMNS))
        return rows
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            error(f"labels.tsv:{n}: expected {len(COLUMNS)} columns, got {len(cells)}")
            continue
        row = dict(zip(COLUMNS, cells))
        if any(c.strip() != c or c == "" for c in cells):
            error(f"labels.tsv:{n}: empty cell or stray whitespace")
        if row["id"] in rows:
            error(f"labels.tsv:{n}: duplicate id {row['id']}")
        rows[row["id"]] = row
    return rows


def read_storylines():
    out = {}
    with open(STORYLINES, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "cluster\tstoryline":
        error("storylines.tsv: header must be cluster<TAB>storyline")
    for n, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not all(SLUG.match(c) for c in cells):
            error(f"storylines.tsv:{n}: expected two cluster ids")
            continue
        if cells[0] in out:
            error(f"storylines.tsv:{n}: cluster {cells[0]} listed twice")
        out[cells[0]] = cells[1]
    return out


def find_articles():
    found = {}
    for dirpath, dirnames, filenames in os.walk(HERE):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, HERE).replace(os.sep, "/")
            parts = rel.split("/")
            if len(parts) != 2:
                error(f"{rel}: articles must be <site>/<slug>.txt")
                continue
            found[rel[:-len(".txt")]] = path
    return found


def parse_date_line(line):
    m = DATE_LINE.match(line) or PUBLISHED_ISO.match(line)
    if m:
        return m.group(1)
    m = PUBLISHED_DMY.match(line)
    if m and m.group(2).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    m = BULLET_DATE.match(line)
    if m and m.group(1).lower() in [x[:3] for x in MONTHS]:
        return "%s-%02d-%02d" % (m.group(3), [x[:3] for x in MONTHS].index(m.group(1).lower()) + 1, int(m.group(2)))
    return None


def is_prelude(line):
    """A line above the headline: blank, lone punctuation, a site word, or the date line."""
    s = line.strip()
    return (not s or not any(c.isalnum() for c in s) or s.lower() in PRELUDE_WORDS
            or DATE_LINE.match(s) is not None)


def read_article(aid, path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:
        error(f"{aid}: not valid UTF-8")
        return None
    if content.startswith("\ufeff"):
        error(f"{aid}: starts with a byte-order mark")
    if "\r" in content:
        error(f"{aid}: contains carriage returns")
    if not content.endswith("\n"):
        error(f"{aid}: does not end with a newline")
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    date = None
    while i < len(lines) and is_prelude(lines[i]):
        date = date or parse_date_line(lines[i].strip())
        i += 1
    if i == len(lines):
        error(f"{aid}: empty file")
        return None
    title = lines[i].strip()
    rest = lines[i + 1:]
    seen = 0
    for line in rest if date is None else []:
        if not line.strip():
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        date = parse_date_line(line.strip())
        if date:
            break
    if date is None:
        error(f"{aid}: no date line above the title or among the first {HEADER_LINES} non-empty lines after it")
    return title, "\n".join(rest), date


def main(argv):
    check_only = "--check" in argv[1:]
    labels = read_labels()
    storylines = read_storylines()
    files = find_articles()
    for aid in sorted(set(files) - set(labels)):
        error(f"{aid}.txt has no row in labels.tsv")
    for aid in sorted(set(labels) - set(files)):
        error(f"labels.tsv row {aid} has no {aid}.txt")

    records = []
    for aid in sorted(set(files) & set(labels)):
        row = labels[aid]
        site, slug = aid.split("/")
        if not SLUG.match(site) or not SLUG.match(slug):
            error(f"{aid}: site and slug must be lower-case words joined by hyphens")
        if row["source"] != site:
            error(f"{aid}: source {row['source']!r} differs from folder {site!r}")
        if not row["url"].startswith(f"https://{site}.example/"):
            error(f"{aid}: url must start with https://{site}.example/")
        if row["kind"] not in KINDS:
            error(f"{aid}: unknown kind {row['kind']!r}")
        try:
            datetime.date.fromisoformat(row["date"])
        except ValueError:
            error(f"{aid}: bad date {row['date']!r}")
        parsed = read_article(aid, files[aid])
        if parsed is None:
            continue
        title, text, file_date = parsed
        if file_date is not None and file_date != row["date"]:
            error(f"{aid}: labels.tsv says {row['date']} but the file's date line says {file_date}")
        records.append({
            "id": aid,
            "title": title,
            "text": text,
            "date": row["date"],
            "source": row["source"],
            "url": row["url"],
            "cluster": row["cluster"],
            "storyline": storylines.get(row["cluster"], row["cluster"]),
            "dup_group": row["dup_group"],
            "kind": row["kind"],
        })

    # label consistency
    urls = {}
    groups = {}
    clusters = {}
    for r in records:
        if r["url"] in urls:
            error(f"{r['id']}: url also used by {urls[r['url']]}")
        urls[r["url"]] = r["id"]
        groups.setdefault(r["dup_group"], []).append(r)
        clusters.setdefault(r["cluster"], []).append(r)
    for g, members in sorted(groups.items()):
        cl = {m["cluster"] for m in members}
        if len(cl) != 1:
            error(f"dup_group {g} spans several clusters: {sorted(cl)}")
        if len(members) == 1 and members[0]["kind"] in COPY_KINDS:
            error(f"{members[0]['id']}: kind {members[0]['kind']} but nobody else is in dup_group {g}")
        if len(members) == 1 and g != members[0]["id"]:
            error(f"{members[0]['id']}: a dup_group of one should be named after the article id")
        if len(members) > 1 and any(g == m["id"] for m in members):
            error(f"dup_group {g} has several members but is named after one of them")
    for c, s in sorted(storylines.items()):
        if c not in clusters or s not in clusters:
            error(f"storylines.tsv: {c} -> {s} names a cluster that has no article")
        elif s in storylines:
            error(f"storylines.tsv: {s} continues another storyline itself; name the first event")
    for c, members in sorted(clusters.items()):
        if any(m["kind"] == "singleton" for m in members) and len(members) != 1:
            error(f"cluster {c} holds a singleton and other articles")

    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print(f"{len(errors)} error(s); corpus.jsonl not written", file=sys.stderr)
        return 1

    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    for n, line in enumerate(out.splitlines(), start=1):  # round-trip check
        obj = json.loads(line)
        assert list(obj) == ["id", "title", "text", "date", "source", "url", "cluster", "storyline", "dup_group", "kind"], n
    if check_only:
        try:
            with open(OUTPUT, encoding="utf-8", newline="") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != out:
            print("corpus.jsonl is missing or out of date; run python3 corpus/make_jsonl.py", file=sys.stderr)
            return 1
        print(f"ok: {len(records)} articles, corpus.jsonl is up to date")
        return 0
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    big = sum(1 for m in groups.values() if len(m) > 1)
    print(f"wrote {os.path.relpath(OUTPUT)}: {len(records)} articles, {len(clusters)} clusters, "
          f"{len(groups)} dup_groups ({big} with two or more articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
