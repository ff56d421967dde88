"""News outlets by construction: a name the article treats as a medium is an outlet.

The model tags outlets ORG or PERSON ("told ITV", "an interview with the Arctic Herald",
"Newsmax reported"); as organisations or persons they turn into contact partners
("X told ITV" read as diplomatic contact) and never into the outlet that carried the quote.
Two things together make a name an outlet, never the name alone:

- the grammar around it: the one told or interviewed ("told X", "said to X", "speaking to X",
  "in an interview with X", "an X interview"), or the subject of "reported"
  ("X first reported");
- the shape of the name: a news word in it ("Times", "Post", "News", "Radio", "Daily",
  "Herald", "Tribune", "Broadcasting", …), a call sign ending in TV ("ITV", "RTV"), a single
  word built on "news" ("Newsmax", "Euronews"), an outlet of the gazetteer followed by what
  it broadcasts ("BBC Radio Four"), or a name followed by the place of its edition
  ("Breitbart London", "Politico Europe").

A subject of "reported" needs no news word when the model did not call it a person: people
and offices seldom "report" in the news sense, outlets do. A person's name never becomes an
outlet by being told: "told Ruiz" keeps Ruiz a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from . import gazetteer
from .entity_ids import ORG_WORDS, fold, is_media_name
from .gender import is_forename

if TYPE_CHECKING:  # spaCy types only annotate, as in entities: reading names needs no spaCy
    from spacy.tokens import Span, Token

# Words that, inside a name, say it is a news outlet's ("The Arctic Herald", "Radio Free Asia").
_NEWS_WORDS = frozenset("""
times post news tv radio daily weekly journal herald press broadcasting broadcaster tribune
gazette channel television telegraph chronicle courier observer dispatch bulletin newswire
wire magazine review examiner sentinel inquirer standard mirror express star sun globe
register ledger enquirer record monitor advocate statesman messenger beacon
""".split())
# Of these, the ones that are also ordinary words of other names ("Lone Star Group",
# "Morning Star"): they count only in a name the article uses as an outlet (told, interviewed).
_WEAK_NEWS_WORDS = frozenset("""standard mirror express star sun globe review observer register record
monitor advocate statesman messenger beacon""".split())

# Verbs whose object is the one told ("told X", "said to X", "speaking to X").
_TELL_VERBS = frozenset("tell".split())
# Verbs of speaking to someone: "said to X", "speaking to reporters".
SPEAKING_TO = frozenset("say speak talk explain write".split())
_CHANNEL_NOUNS = frozenset("interview".split())
_REPORT_VERBS = frozenset("report".split())
_OPENING_MARKS = frozenset("\"'\u201c\u2018(")


def outlet_shaped(name: str, strong_only: bool = False) -> bool:
    """True when a name has the shape of a news outlet's (see the module's docstring)."""
    words = [fold(w).strip(".,'\u2019\"") for w in name.split()]
    words = [w for w in words if w and w != "the"]
    if not words:
        return False
    if is_media_name(name):
        return True
    news = _NEWS_WORDS - _WEAK_NEWS_WORDS if strong_only else _NEWS_WORDS
    if any(w in news for w in words):
        return True
    raw = [w.strip(".,'\u2019\"") for w in name.split() if w.lower() != "the"]
    if any(re.fullmatch(r"[A-Z0-9]{1,4}TV", w) for w in raw):
        return True  # a call sign: "ITV", "RTV", "1TV"
    if len(words) == 1 and (words[0].startswith("news") or words[0].endswith("news")) and len(words[0]) > 4:
        return True  # "Newsmax", "Euronews", "NewsNation"
    if strong_only:
        return False
    if len(words) >= 2 and gazetteer.media(" ".join(raw[:1])):
        return True  # "BBC Radio Four", "CNN International": an outlet and its channel
    if len(words) == 2 and raw[0][:1].isupper() and (
            gazetteer.seat(raw[-1]) or gazetteer.country(raw[-1]) or gazetteer.region(raw[-1])) and \
            not gazetteer.lookup(raw[0]) and not gazetteer.demonym(raw[0]):
        return True  # "Breitbart London", "Politico Europe": an outlet's edition
    return False


def news_agency(nouns: Iterable[Token]) -> bool:
    """True when one of the nouns describing a name is a news agency, service or network
    ("the news agency Interfax", "Interfax news agency", "a wire service")."""
    return any(n.lemma_.lower() in ("agency", "service", "network") and any(
        c.lower_ in ("news", "press", "wire") for c in n.children if c.i < n.i) for n in nouns)


def outlet_use(ent: Span) -> str | None:
    """How the sentence uses a named span as a medium: "told" (the one told or interviewed),
    "reported" (the subject of "reported"), or None."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i and root.head.i < root.i:
        root = root.head  # "told CNN and ITV"
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ in ("dobj", "dative") and lemma in _TELL_VERBS:
        return "told"
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in SPEAKING_TO:
        return "told"  # "said to X", "speaking to X"
    if root.dep_ == "pobj" and head.lower_ in ("with", "to", "on", "in") and head.head.lemma_.lower() in _CHANNEL_NOUNS:
        return "told"  # "in an interview with X"
    if root.dep_ in ("compound", "poss") and lemma in _CHANNEL_NOUNS and head.i > root.i:
        return "told"  # "an X interview", "in X's interview"
    if root.dep_ == "nsubj" and lemma in _REPORT_VERBS and head.pos_ == "VERB":
        return "reported"  # "X reported", "X first reported on Tuesday"
    return None


def told_by_title(ent: Span) -> bool:
    """True when an organisation a person told or spoke to is written as a publication's title
    (it carried the words: ``reported_by``; its type and the contact stay, as readers of some
    sets list "told The Hill" as contact and others do not):
    with a capital "The" inside the sentence ("told The Hill"), or as a bare name of two words or
    more with no word of a body or a person in it ("told Rolling Stone", "told Business
    Insider"). A body is told with its article ("told the committee", "told the FBI") or by a
    name of its kind ("told Congress", "told the Senate Intelligence Committee"); acronyms
    ("told CREW") and names the gazetteer knows as bodies stay bodies, and so does the one a
    body told ("the ministry told Acme")."""
    if ent.label_ != "ORG" or outlet_use(ent) != "told":
        return False
    doc = ent.doc
    verb = ent.root.head if ent.root.dep_ in ("dobj", "dative") else None
    if verb is not None and any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "telling Christie to get on a plane": one told to act is no outlet
    first = ent[0] if ent[0].lower_ == "the" else doc[ent.start - 1] if ent.start > 0 else None
    words = [w for w in ent.text.split() if w.lower() != "the"]
    if first is not None and first.lower_ == "the":
        if first.text != "The" or first.is_sent_start or first.i > 0 and doc[first.i - 1].text in _OPENING_MARKS:
            return False  # "told the Fed"; a "The" opening a sentence or a title says nothing
    elif first is not None and first.dep_ in ("det", "poss") and first.head.i in range(ent.start, ent.end):
        return False  # "told his party", "told a Senate panel"
    else:
        # a bare name of two words or more: one word told is as often a person's surname the
        # model typed an organisation ("told Holder"), and so is a name with a forename or a
        # word of a person named in the article ("told host Sean Hannity")
        people = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
        if len(words) < 2 or is_forename(ent.text) or any(w in people for w in words) or not all(
                re.fullmatch(r"[A-Z][A-Za-z'\u2019-]*", w) for w in words):
            return False
    if not words or any(fold(w).strip(".,'\u2019") in ORG_WORDS for w in words) or any(
            w.isupper() and len(w) > 1 for w in words):
        return False
    hit = gazetteer.lookup(" ".join(words))
    if hit is not None and hit[0] != "media" or gazetteer.seat(" ".join(words)) or gazetteer.demonym(" ".join(words)):
        return False
    teller = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return teller is None or teller.ent_type_ not in ("ORG", "GPE", "NORP")


def media_vote(ent: Span) -> bool:
    """True when a named span is used as a news outlet here (grammar and shape together)."""
    use = outlet_use(ent)
    if use is None:
        return False
    if use == "told":
        return outlet_shaped(ent.text)
    # a subject of "reported": a name of an outlet's shape, or one that "first reported" or
    # reported "citing" someone, as only outlets do (an operator "reported outages" stays itself)
    if outlet_shaped(ent.text, strong_only=ent.label_ == "PERSON"):
        return True
    verb = ent.root.head
    return ent.label_ != "PERSON" and (any(c.lower_ == "first" for c in verb.children) or any(
        t.lower_ == "citing" and t.head.i == verb.i for t in verb.subtree))

