"""ROLE in a political party said by its label, the way political news writes it: before the
name ("Republican front-runner Donald Trump", "Democrat Hillary Clinton", "House Republican
Thomas Massie", "Labour leader X"), in an apposition ("Trump, the presumptive Republican
nominee," / "X, a Democrat,") and in the parenthesis after a legislator's name ("Gov. Mike
Pence (R)", "Sen. Lindsey Graham (R-S.C.)"). The label is an adjective or a noun, not a
named organisation, so the party is named from it, as a demonym names its country."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..entities import title_tokens
from ..model import EntityRef
from ..speakers import subject_of
from ._context import HONORIFICS, Context, asserted
from .seats import us_state

# Capitalised labels that name one party wherever they stand before a title or a name.
_LABELS = {"republican": "Republican Party", "republicans": "Republican Party", "gop": "Republican Party",
           "democrat": "Democratic Party", "democratic": "Democratic Party", "democrats": "Democratic Party",
           "labour": "Labour Party", "tory": "Conservative Party", "conservative": "Conservative Party"}
# Words that make a label part of another party's name: "Social Democratic", "Christian Democrat".
_OTHER_PARTY_WORDS = {"social", "christian", "liberal", "national", "progressive", "new", "free", "united",
                      "people's", "unionist", "independent"}
# The party letter of the parenthesis after a U.S. politician's name: "(R)", "(D-Calif.)".
_LETTERS = {"R": "Republican Party", "D": "Democratic Party"}


def whole_document(ctx: Context) -> None:
    """The party labels of every named person."""
    for ent, holder in ctx.named_persons():
        _label_before(ctx, ent, holder)
        _label_in_apposition(ctx, ent, holder)
        _letter_after(ctx, ent, holder)
    won_nomination(ctx)


# Labels that are also ideology words: capitalised at a sentence's start, they say nothing
# ("Conservative host X said": a conservative, not a Tory).
_IDEOLOGY_LABELS = {"conservative"}


def _party_of(tok: Token) -> str | None:
    """The party a capitalised label token names, unless it is part of another party's name."""
    if not tok.text[:1].isupper() or tok.lower_ not in _LABELS:
        return None
    if tok.lower_ in _IDEOLOGY_LABELS and (tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_punct
                                           and tok.doc[tok.i - 1].text in ('"', "\u201c", "(", "\n")):
        return None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in _OTHER_PARTY_WORDS and prev.text[:1].isupper():
        return None
    return _LABELS[tok.lower_]


def _role(ctx: Context, holder: EntityRef, label: Token, party: str, words: list[Token],
          ev_from: Token, ev_to: Token, role: str | None = None) -> None:
    if ctx.index.cluster_at(label) is not None:
        return  # the model named the party itself ("Labour"): the title rules read it
    cluster = ctx.index.add(ctx.doc[label.i:label.i + 1], "organization", name=party)
    if cluster is None:
        return
    role_words = [t for t in words if t.i != label.i and t.lower_.rstrip(".") not in HONORIFICS
                  and ctx.index.cluster_at(t) is None and t.is_alpha]
    role = role or " ".join(t.lower_ for t in role_words) or "member"
    noun = role_words[-1] if role_words else label
    if any(t.lower_ == "former" for t in ctx.doc[max(0, label.i - 2):label.i]) and role != "member":
        role = f"former {role}"  # "Former Republican presidential candidate X": no longer one
    lo, hi = sorted((ev_from, ev_to), key=lambda t: t.i)
    ctx.role_and_principal(holder, noun, role, [label], ctx.evidence(lo, hi), 0.7,
                           head=role.split()[-1])


def _label_before(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Republican front-runner Donald Trump", "Democrat Hillary Clinton"."""
    titles = title_tokens(ent)
    for t in titles:
        party = _party_of(t)
        if party is not None:
            _role(ctx, holder, t, party, [w for w in titles if w.i > t.i], t, ent[-1])
            return


def _described_by(ent: SpacySpan) -> list[Token]:
    """The nouns that describe the name ``ent``: an apposition after it, the attribute of a
    "who is …" clause on it ("X, who is now the presumptive Republican nominee,"), and the noun
    it stands in apposition to before it ("The Democratic senator from Ohio, X,", which the
    parse may hang on the place)."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    nouns += [a for v in root.children if v.dep_ == "relcl" and v.lemma_ == "be"
              and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.children)
              for a in v.children if a.dep_ == "attr"]
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        if head.dep_ == "pobj" and head.ent_type_ == "GPE" and head.head.dep_ == "prep" \
                and head.head.head.pos_ == "NOUN":
            head = head.head.head
        if head.pos_ == "NOUN":
            nouns.append(head)
    return nouns


def _label_in_apposition(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Trump, the presumptive Republican presidential nominee,", "Clinton, a Democrat,"."""
    for noun in _described_by(ent):
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if _party_of(noun) is not None:
            _role(ctx, holder, noun, _party_of(noun), [], ent[0], noun)
            return
        mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
        for m in mods:
            party = _party_of(m)
            if party is not None:
                _role(ctx, holder, m, party, [c for c in mods if c.i > m.i] + [noun],
                      min(ent[0], m, key=lambda t: t.i), max(ent[-1], noun, key=lambda t: t.i))
                return


def won_nomination(ctx: Context) -> None:
    """ "X won the Republican nomination", "X clinched the Democratic nomination": the
    winner is the party's nominee (a nomination sought or lost is no role)."""
    for noun in ctx.doc:
        if noun.lower_ != "nomination" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _WIN_VERBS:
            continue
        label = next((c for c in noun.lefts if c.dep_ in ("amod", "compound") and _party_of(c)), None)
        if label is None or not asserted(noun.head):
            continue
        if noun.head.dep_ == "xcomp" and noun.head.head.lemma_.lower() in ("fail", "struggle", "need"):
            continue  # "failed to win the nomination": not won
        subj = subject_of(noun.head)
        holder = ctx.ent(subj, resolve=True) if subj is not None else None
        if holder is None or holder.type != "person":
            continue
        _role(ctx, holder, label, _party_of(label), [], subj, noun, role="nominee")


_WIN_VERBS = {"win", "clinch", "secure", "capture", "accept"}


def _letter_after(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Gov. Mike Pence (R)", "Sen. Lindsey O. Graham (R-S.C.)", and between commas, as AP
    style writes it: "Rep. Jason Lee, R-Utah, said"."""
    doc, e = ctx.doc, ent.end
    if e + 2 >= len(doc) or doc[e].text not in ("(", ",") or doc[e + 1].text not in _LETTERS:
        return
    if doc[e + 2].text not in ((")", "-", "\u2013") if doc[e].text == "(" else ("-", "\u2013")):
        return
    ends = ")" if doc[e].text == "(" else ","
    close = next((t for t in doc[e + 3 if ends == "," else e + 2:min(len(doc), e + 7)] if t.text == ends), None)
    if close is not None and ends == "," and not us_state(doc[e + 3:close.i].text):
        return  # "Hall, R-Rated,": no state after the letter, no party label
    if close is None:
        return
    _role(ctx, holder, doc[e + 1], _LETTERS[doc[e + 1].text], [], ent[0], close)
