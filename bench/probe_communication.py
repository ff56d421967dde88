#!/usr/bin/env python3
"""Coverage probe for COMMUNICATED_WITH and addressees on articles with no relation gold.

polnear-train has quote gold but no relation gold. This probe finds, by its own dependency
search (broader and simpler than the extractor's rules), the sentences a reader would read as
a contact between two named parties ("X met Y", "X's call with Y", "talks between X and Y",
"X was summoned by Y") and the quotes whose cue names an audience ("told X", "said to X", "in
an interview with X", "at a news conference"), then counts how many of them the extractor
turns into a COMMUNICATED_WITH / an addressee, grouped by construction, so that the misses can
be read and fixed by construction rather than by article.

usage: python bench/probe_communication.py [--n 300] [--skip 0] [--show N] [--only comm|addr]
       (reads $QUOTEGRAPH_SHARED/benchmarks/polnear-train.jsonl in place)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
TRAIN = SHARED / "benchmarks" / "polnear-train.jsonl"

# the probe's own, broad lexicon of contact (not the extractor's)
VERBS = set("""meet call phone telephone speak talk visit host receive welcome tell urge ask warn brief
inform negotiate mediate broker summon write hold have send confer consult""".split())
NOUNS = set("call meeting talks summit visit conversation negotiations letter trip phone".split())
NAMED = ("PERSON", "ORG", "GPE", "NORP")
PRONOUNS = {"he", "she", "they"}  # "I"/"we" speak inside quotes: the extractor does not read them
# articles about foreign affairs (where contacts between named parties are common)
DIPLOMATIC = re.compile(r"foreign minister|prime minister|summit|\btalks\b|ambassador|envoy|kremlin|diplomat", re.I)


def _named(tok) -> bool:
    return tok.ent_type_ in NAMED or tok.lower_ in PRONOUNS


def _head_named(tok):
    """tok itself when it heads a name, else a named conjunct, else a named compound/amod ("the
    Russian delegation")."""
    for t in [tok, *[c for c in tok.children if c.dep_ == "conj"]]:
        if _named(t):
            return t
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in NAMED:
            return c
    return None


def contact_candidates(sent):
    """(trigger, side A token, side B token, construction) for contacts the sentence states."""
    out = []
    for t in sent:
        lem = t.lemma_.lower()
        if t.pos_ == "VERB" and lem in VERBS:
            if lem == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("for", "on")
                                     for c in t.children):
                continue  # "called Trump unhinged", "called for"
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if lem in ("hold", "have", "send"):
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                if obj is None or obj.lemma_.lower() not in NOUNS:
                    continue
            b_slots = []
            for c in t.children:
                if c.dep_ in ("dobj", "dative") and lem not in ("hold", "have", "send"):
                    b_slots.append((c, "obj"))
                if c.dep_ == "prep" and c.lower_ in ("with", "to", "between"):
                    b_slots += [(g, "prep_" + c.lower_) for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "dobj" and lem in ("hold", "have", "send"):
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in ("with", "to", "between"):
                            b_slots += [(g, "light_" + p.lower_) for g in p.children if g.dep_ == "pobj"]
            a = _head_named(subj) if subj is not None else None
            if agent is not None and _head_named(agent) is not None and subj is not None and _head_named(subj):
                out.append((t, _head_named(agent), _head_named(subj), "verb_passive"))
                continue
            if subj is not None and a is None and subj.dep_ == "nsubj":
                conj = [c for c in subj.children if c.dep_ == "conj"]
                if conj and _named(subj) is False and conj:
                    pass
            for b, how in b_slots:
                bn = _head_named(b)
                if a is not None and bn is not None and bn.ent_type_ in NAMED:
                    out.append((t, a, bn, f"verb_{how}" + ("_pron" if a.pos_ == "PRON" else "")))
                    break
            else:
                if subj is not None and lem in ("meet", "talk", "speak", "negotiate"):
                    conj = [c for c in subj.children if c.dep_ == "conj"]
                    if conj and subj.ent_type_ in NAMED and conj[0].ent_type_ in NAMED:
                        out.append((t, subj, conj[0], "verb_coord_subject"))
        elif t.pos_ == "NOUN" and lem in NOUNS and t.dep_ != "compound":
            preps = [(g, c.lower_) for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "between")
                     for g in c.children if g.dep_ == "pobj"]
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            for g, how in preps:
                gn = _head_named(g)
                if gn is None or gn.ent_type_ not in NAMED:
                    continue
                if how == "between":
                    conj = [c for c in g.children if c.dep_ == "conj"]
                    if conj:
                        out.append((t, g, conj[0], "noun_between"))
                        break
                    continue
                if poss is not None and _named(poss):
                    out.append((t, poss, gn, f"noun_poss_{how}"))
                    break
                # the holder: subject of the governing verb
                v = t.head.head if t.dep_ == "pobj" else t.head
                subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None) if v is not None else None
                if subj is not None and _head_named(subj) is not None:
                    out.append((t, _head_named(subj), gn, f"noun_{how}_subj" + ("_pron" if subj.pos_ == "PRON" else "")))
                    break
    return out


AUDIENCE_VERBS = set("tell urge ask warn inform assure brief remind".split())


def audience_construction(cue_tok, sent):
    """The construction by which the cue's sentence names the audience, or None."""
    lem = cue_tok.lemma_.lower()
    if lem == "accord":
        return None  # "according to the newspaper" names the source, not the audience
    for c in cue_tok.children:
        if lem in AUDIENCE_VERBS and c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON") \
                and c.lower_ not in ("it", "that", "this", "what"):
            return f"obj_of_{lem}"
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON") for g in c.children):
            return "to_phrase"
    for t in sent:
        if t.lemma_.lower() == "interview" and t.pos_ == "NOUN":
            return "interview"
        if t.lemma_.lower() in ("letter", "message") and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            return "letter_to"
        if t.lemma_.lower() in ("conference", "briefing") and any(c.lower_ in ("news", "press") for c in t.lefts):
            return "press_event"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="misses to print per construction")
    ap.add_argument("--only", choices=("comm", "addr"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--diplomatic", type=int, default=0,
                    help="only articles with at least this many words of foreign affairs (summit, talks, envoy …)")
    a = ap.parse_args()

    from quotegraph.extract import extract_parsed
    from quotegraph.model import Document
    from quotegraph.pipeline import load_pipeline

    rows = [r for r in map(json.loads, open(TRAIN, encoding="utf-8"))
            if len(DIPLOMATIC.findall(r["text"])) >= a.diplomatic][a.skip:a.skip + a.n]
    nlp = load_pipeline(None)
    comm = defaultdict(Counter)
    comm_miss = defaultdict(list)
    addr = defaultdict(Counter)
    addr_miss = defaultdict(list)
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=8)):
        ex = extract_parsed(Document(text=row["text"], source=row["id"], id=row["id"]), doc)
        if a.only != "addr":
            spans = [(r.evidence.start, r.evidence.end) for r in ex.relations if r.predicate == "COMMUNICATED_WITH"]
            media = {m.start for e in ex.entities if e.type in ("media", "group") for m in e.mentions}
            media |= {m.end for e in ex.entities if e.type in ("media", "group") for m in e.mentions}
            for sent in doc.sents:
                # an outlet or a described group told is the quote's audience, not a party of a contact
                cands = [c for c in contact_candidates(sent) if c[2].idx not in media
                         and c[2].idx + len(c[2]) not in media]
                if not cands:
                    continue
                trig, x, y, how = cands[0]
                hit = any(s < sent.end_char and e > sent.start_char for s, e in spans)
                comm[how]["hit" if hit else "miss"] += 1
                if not hit:
                    comm_miss[how].append(f"[{trig.text}|{x.text}|{y.text}] {sent.text.strip()[:300]}")
        if a.only != "comm":
            for q in row.get("quotes", []):
                if not q.get("cue"):
                    continue
                cs, ce = q["cue"][0]
                span = doc.char_span(cs, ce, alignment_mode="expand")
                if span is None:
                    continue
                cue_tok = next((t for t in span if t.pos_ in ("VERB", "AUX")), span.root)
                how = audience_construction(cue_tok, cue_tok.sent)
                if how is None:
                    continue
                mine = next((p for p in ex.quotes if p.cue is not None and p.cue.start < ce and p.cue.end > cs), None)
                if mine is None:
                    addr[how]["no_quote"] += 1
                    continue
                got = mine.addressee is not None
                addr[how]["hit" if got else "miss"] += 1
                if not got:
                    addr_miss[how].append(f"[{cue_tok.text}] {cue_tok.sent.text.strip()[:300]}")
    rnd = random.Random(a.seed)
    for title, table, misses in (("COMMUNICATED_WITH", comm, comm_miss), ("addressee", addr, addr_miss)):
        if not table:
            continue
        tot_hit = sum(c["hit"] for c in table.values())
        tot = sum(c["hit"] + c["miss"] for c in table.values())
        print(f"== {title}: {tot_hit}/{tot} = {tot_hit / max(tot, 1):.3f} of sentences found by the probe")
        for how, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            n = c["hit"] + c["miss"]
            print(f"   {how:28s} {c['hit']:4d}/{n:<4d} {c['hit'] / max(n, 1):.2f}"
                  + (f"  (no quote matched: {c['no_quote']})" if c["no_quote"] else ""))
        if a.show:
            for how, lines in misses.items():
                print(f"-- misses: {how}")
                for line in rnd.sample(lines, min(a.show, len(lines))):
                    print("   ", line)


if __name__ == "__main__":
    main()
