"""ROLE of the holders of national offices whose phrase names no country: "President X",
"Secretary of State X", "X, who served as secretary of state", "the secretary of the
Treasury, X", "her tenure as secretary of state". A reader knows the country from elsewhere,
and so do these rules, from three sources only:

- the office itself, when one country alone gives it ("Secretary of State" with no "for"
  after it, "treasury secretary": ``gazetteer.national_office``), or when news most often
  gives it one country and that country is the article's own ("defense secretary":
  ``gazetteer.usual_national_office``; the article names it clearly the most);
- the document: the same office written elsewhere with its country and no other holder
  ("President X" … "the President of the United States should …"; "Prime Minister Y" …
  "the British prime minister"), when exactly one person of the document holds that office
  and every such mention gives one country;
- who held it: "President Obama", "Foreign Minister Lavrov" are the holders a reader knows
  (``gazetteer.leader_country``: heads of state and government, vice presidents and foreign
  ministers since 2000).

The country must be an actor of the document already, or the article's own country
(``home_country``: the one its places and institutions belong to): an office never adds
another country the article does not name."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .. import gazetteer
from ..model import EntityRef, Span
from ..speakers import subject_of
from . import described_politicians, home_country
from .appointments import CHOOSE_VERBS
from ._context import HONORIFICS, INSTITUTION_SEATS, Context, asserted, represents

# Head words of offices held for a country (a president of a company is told by its "of").
_OFFICE_HEADS = frozenset({"president", "premier", "chancellor", "minister", "secretary", "ambassador", "king",
                           "queen", "taoiseach"})
# ... and as a head is written ("Pres. Biden"); built once, not at every token of a document
_OFFICE_WORDS = _OFFICE_HEADS | {"pres"}
# Words before the head that are part of the office's name ("prime minister", "treasury secretary").
_MODIFIER_DEPS = ("compound", "amod", "nmod")
_TIME_WORDS = {"former", "then", "ex", "late", "outgoing", "incoming", "acting", "interim"}
# Of those, the words of a holder who holds the office now: "Acting Defence Minister X" is the
# defence minister today, not a former one.
_CURRENT_WORDS = {"outgoing", "incoming", "acting", "interim"}
# Verbs by which an office is taken up now, not held in the past: "was named secretary of state"
_TAKEN_UP_VERBS = CHOOSE_VERBS | {"become"}
# Offices no American holds: a "foreign minister" or "prime minister" in an American story is
# another country's, so the article's own country is never supplied for them there. (Not
# "premier": in a federation, Canada's or Australia's, a premier heads a province or state.)
_NOT_AMERICAN = {"minister"}


@dataclass(frozen=True)
class _Mention:
    """One mention of an office: its words (lowercase, no article), its head token, the
    country written with it (None: bare), its holder (None: not said) and the evidence."""

    office: str
    head: Token
    country: str | None
    holder: EntityRef | None
    former: bool
    evidence: Span | None
    titled: bool  # a title or an apposition: the office held as the text speaks


def whole_document(ctx: Context) -> None:
    """ROLE (and SPEAKS_FOR for a representing office) from each bare office's holder to the
    country the office or the document gives it."""
    mentions = [m for m in map(lambda t: _read(ctx, t), _office_heads(ctx)) if m is not None]
    if not mentions:
        return
    countries = ctx.countries()
    type_of: dict[str, str] = {}
    for r in map(ctx.index.ref, ctx.index.clusters):
        type_of.setdefault(r.id, r.type)  # the first entity with an id, as ``ref_by_id`` finds it
    has_country_role = {r.subject for r in ctx.out if r.predicate == "ROLE" and type_of.get(r.object) == "country"}
    # "White House press secretary X": the phrase names the seat the office is held at, and the
    # title rules have read it there (a spokesman's post is not taken on to the country)
    seats = {r.id for r in map(ctx.index.ref, ctx.index.clusters) if r.name.lower() in INSTITUTION_SEATS}
    has_country_role |= {r.subject for r in ctx.out if r.predicate == "ROLE" and r.object in seats}
    done: set[str] = set()
    # "he was elected president in 1992" … "former President Bill Clinton": an office the text
    # calls former anywhere is a former one, whichever mention is read first
    former_of = {(m.holder.id, m.office) for m in mentions if m.former and m.holder is not None}
    for m in mentions:
        if m.holder is None or m.evidence is None or m.holder.id in has_country_role or m.holder.id in done:
            continue
        # a country written with the office the title rules did not read (a headline parsed
        # as one with the first line), else the office's own, else the document's
        # a holder a reader knows keeps his own country: "Prime Minister Gordon Brown … the Irish
        # prime minister" is another man, whatever the document's other mentions say
        name = m.country or gazetteer.national_office(m.office) or gazetteer.leader_country(m.holder.name, m.office) \
            or _told_elsewhere(m.office, mentions) or _usual_here(ctx, m.office)
        at_home = name is None  # the country only as the article's own: a post, said with less weight
        name = name or _home_minister(ctx, m)
        country = countries.get(name) if name else None
        if country is None and name is not None and name == home_country.home_country(ctx):
            # "President Obama" in an American story that never writes the country: a reader
            # supplies the article's own country
            country = home_country.home_entity(ctx, name, m.head)
        if country is None:
            continue
        role = f"former {m.office}" if m.former or (m.holder.id, m.office) in former_of else m.office
        done.add(m.holder.id)  # one statement per holder: the first
        ctx.add(m.holder, "ROLE", country, m.evidence, 0.5 if at_home else 0.6, role=role)
        # as the title rules read it; a minister given the article's country represents it only
        # as its foreign minister (readers list a department's minister at home as a post alone)
        if m.titled and represents(role, m.head.lower_) and (not at_home or "foreign" in role.split()):
            ctx.add(m.holder, "SPEAKS_FOR", country, m.evidence, 0.55)


def _told_elsewhere(office: str, mentions: list[_Mention]) -> str | None:
    """The one country the document gives ``office`` when one person alone holds it there."""
    same = [m for m in mentions if m.office == office]
    holders = {m.holder.id for m in same if m.holder is not None}
    # an unnamed holder in the sentence that names one is someone else: "Prime Minister X met the
    # Irish prime minister"
    named_in = {m.head.sent.start for m in same if m.holder is not None}
    countries = {m.country for m in same if m.country is not None
                 and (m.holder is not None or m.head.sent.start not in named_in)}
    return next(iter(countries)) if len(holders) == 1 and len(countries) == 1 else None


def _usual_here(ctx: Context, office: str) -> str | None:
    """The country news most often gives ``office`` ("defense secretary": the United States),
    when it is the article's own country: named clearly the most, at least half as often
    again as any other country. A story led by another country keeps the office without one."""
    usual = gazetteer.usual_national_office(office)
    if usual is None:
        return None
    counts = {c.name: len(c.mentions) for c in ctx.index.clusters if c.type == "country"}
    here = counts.pop(usual, 0)
    return usual if here and all(here >= 1.5 * n for n in counts.values()) else None


def _home_minister(ctx: Context, m: _Mention) -> str | None:
    """The article's own country for a minister whose title names none ("Foreign Minister X",
    "the trade minister, X", "X was named interior minister" in a story of one country), as a
    reader supplies it: only when the article clearly has one country, the sentence names no
    other, and that country has ministers (an American story's "foreign minister" is another
    state's). A president or an ambassador may be anyone's and gets none this way."""
    if m.head.lower_ not in _NOT_AMERICAN or _of_a_region(m.head):
        return None
    home = home_country.home_country(ctx)
    if home is None or home == "United States":
        return None
    sent = m.head.sent
    own = next((c for c in ctx.index.clusters if c.type == "country" and c.name == home), None)
    if own is None or not any(sp.end <= sent.start_char or sp.start >= sent.end_char for sp in own.mentions):
        return None  # "Foreign Minister X called on the Norwegian government": the one country is X's addressee
    for t in sent:
        ref = ctx.index.at(t)
        if ref is not None and ref.type == "country" and ref.name != home:
            return None  # "Russia's foreign minister", "met Foreign Minister X of France"
    return home


def _of_a_region(head: Token) -> bool:
    """Whether the title names a place that is no country ("Ontario Finance Minister X", "the
    finance minister of Bavaria"): a province's or state's minister, not the country's."""
    words = [t for c in head.lefts if c.dep_ in _MODIFIER_DEPS for t in c.subtree]
    words += [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    # (the model may tag the place only where it stands alone: "… Ontario has run deficits")
    places = {e.text for e in head.doc.ents if e.label_ in ("GPE", "LOC")}
    return any(t.ent_type_ in ("GPE", "LOC") or t.text[:1].isupper() and t.text in places for t in words)


def _is_age(mod: Token) -> bool:
    """Whether a modifier is a person's age written before the noun ("68-year-old")."""
    return mod.lower_ == "old" and any(t.lower_ in ("year", "years") for t in mod.subtree) \
        and any(t.like_num for t in mod.subtree)


def _office_heads(ctx: Context) -> list[Token]:
    return [t for t in ctx.doc if t.lower_.rstrip(".") in _OFFICE_WORDS and t.pos_ in ("NOUN", "PROPN")]


def _read(ctx: Context, head: Token) -> _Mention | None:
    """The office ``head`` heads: its words, the country written with it and its holder."""
    doc = ctx.doc
    mods = [c for c in head.lefts if c.dep_ in _MODIFIER_DEPS]
    before_head = _words_before(ctx, head, mods)
    if before_head is None:
        return None
    words, country, former = before_head
    first = min([head, *(t for c in mods for t in c.subtree)], key=lambda t: t.i)
    before = doc[first.i - 1] if first.i > 0 else None
    if country is None and before is not None and before.whitespace_ and before.text[:1].isupper():
        # "UK Foreign Secretary X" where the parse left "UK" out of the title
        country = _country_named_by(ctx, before)
    if any(c.dep_ == "poss" for c in head.children):
        poss = next(c for c in head.children if c.dep_ == "poss")
        ref = ctx.ent(poss)
        if ref is None or ref.type != "country":
            return None  # "her secretary", "Trump's envoy": someone's, not a country's
        country = ref.name
    words.append(head)
    after_head = _of_phrase(ctx, head)
    if after_head is None:
        return None
    words += after_head[0]
    country = country or after_head[1]
    words.sort(key=lambda t: t.i)
    if any(doc[w.i + 1].lower_ == "for" and doc[w.i + 2].text[:1].isupper() for w in words[-1:] if w.i + 2 < len(doc)):
        return None  # "Secretary of State for Defence": the office is named by what follows
    office = " ".join("president" if t.lower_.rstrip(".") == "pres" else t.lower_ for t in words)
    holder, holder_tok = _holder(ctx, head, words[-1])
    if holder_tok is not None and holder_tok.i > head.i and before is not None and before.lower_ in ("a", "an"):
        return None  # "the prospects of a President Donald Trump": one imagined, not the holder
    ev = None
    listed = _first_listed(head)
    titled = holder_tok is not None and not (listed.dep_ == "pobj" and listed.head.lower_ == "as" or head.dep_ == "attr")
    if holder_tok is not None:
        toks = sorted([holder_tok, *words, *(t for c in mods for t in c.subtree)], key=lambda t: t.i)
        ev = ctx.evidence(toks[0], toks[-1])
        # "who served as", "while she was": told in the past, the office is a former one
        gov = listed.head.head if listed.dep_ == "pobj" else head.head
        former = former or (not titled and gov.tag_ in ("VBD", "VBN") and gov.pos_ in ("VERB", "AUX")
                            and gov.lemma_.lower() not in _TAKEN_UP_VERBS)  # "was named": taken up now
    return _Mention(office, head, country, holder, former, ev, titled)


def _words_before(ctx: Context, head: Token, mods: list[Token]) -> tuple[list[Token], str | None, bool] | None:
    """The office's words among the modifiers ``mods`` before ``head``, the country they
    write and whether a word of time makes the office a former one; None when a modifier
    names another actor whose office it is."""
    country: str | None = None
    words: list[Token] = []
    former = False
    for c in mods:
        if _is_age(c):
            continue  # "the 68-year-old former secretary of state": the holder's age, no word of the office
        for t in c.subtree:
            if t.lower_ in _TIME_WORDS:
                former = former or t.lower_ not in _CURRENT_WORDS
                continue
            ref = ctx.index.at(t)
            name = gazetteer.demonym_token(t) if t.text[:1].isupper() else None
            if ref is not None and ref.type == "country" or name:
                country = country or (ref.name if ref is not None and ref.type == "country" else
                                      gazetteer.country(name) or name)
                continue
            if ref is not None and ref == ctx.index.at(head) and t.is_alpha:
                ref = None  # "the former vice president's spokeswoman": one description, no other actor
            if ref is not None or not t.is_alpha or t.lower_.rstrip(".") in HONORIFICS:
                return None  # "Microsoft President X", "Trump's envoy": owned by another actor
            words.append(t)
    return words, country, former


def _country_named_by(ctx: Context, tok: Token) -> str | None:
    """The country ``tok`` names, as an entity or a demonym ("UK", "French"), if any."""
    ref = ctx.index.at(tok)
    name = gazetteer.demonym_token(tok) if ref is None else None
    if ref is not None and ref.type == "country":
        return ref.name
    if name:
        return gazetteer.country(name) or name
    return None


def _of_phrase(ctx: Context, head: Token) -> tuple[list[Token], str | None] | None:
    """The words of the "of" phrase right after ``head`` that belong to the office ("secretary
    of state", "of the Treasury") and the country it names ("the President of the United
    States"); None when it names a body the office is at ("president of the company")."""
    words: list[Token] = []
    country: str | None = None
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i == head.i + 1:
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ref = ctx.index.at(pobj)
            if ref is not None and ref.type == "country":
                country = country or ref.name
            elif all(t.is_alpha for t in pobj.subtree) and len(list(pobj.subtree)) <= 3 and (
                    ref is None or gazetteer.national_office(" ".join(t.text for t in [head, p, *pobj.subtree]))):
                words += [p, *pobj.subtree]  # "of state", "of the Treasury" (the model may tag it ORG)
            else:
                return None  # "president of the company", "president of Microsoft"
    return words, country


def _holder(ctx: Context, head: Token, last: Token) -> tuple[EntityRef | None, Token | None]:
    """The person holding the office ``head`` names, by the construction that joins them:
    a title before the name, an apposition, "as <office>", "<person> was <office>"."""
    doc = ctx.doc
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in ("VERB", "AUX") \
            and not asserted(head.head.head):
        return None, None  # "he would fix the economy as president", "As president, X will …": a plan
    # a title before the name: "Secretary of State John Kerry", "former secretary of state X"
    j = last.i + 1
    while j < len(doc) and doc[j].lower_.rstrip(".") in HONORIFICS:
        j += 1
    if head.dep_ != "appos" and j < len(doc):
        ref = ctx.index.at(doc[j])
        if ref is not None and ref.type == "person":
            return ref, doc[j]
    # "the secretary of the Treasury, Jacob J. Lew"; "Jacob J. Lew, the secretary of the Treasury"
    if head.dep_ == "appos" and _person(ctx, head.head):
        return _person(ctx, head.head), head.head
    for c in head.children:
        if c.dep_ == "appos" and c.i > last.i and _person(ctx, c):
            return _person(ctx, c), c
    # the same, when the parse hung the name elsewhere: "the <office>, <Name>," closed by a
    # comma or a stop
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and j + 1 < len(doc) and \
            doc[last.i + 1].text == ",":
        k = last.i + 2
        ref = ctx.index.at(doc[k]) if k < len(doc) else None
        while ref is not None and k + 1 < len(doc) and ctx.index.at(doc[k + 1]) is not None \
                and ctx.index.at(doc[k + 1]).id == ref.id:
            k += 1
        if ref is not None and ref.type == "person" and k + 1 < len(doc) and doc[k + 1].text in (",", "."):
            return ref, doc[k]
    # "named Ana Ruiz as finance minister", "Ana Ruiz was named interior minister": the one
    # chosen holds it, not the chooser the subject names
    gov = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
    if head.dep_ in ("oprd", "pobj") and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in CHOOSE_VERBS:
        if not asserted(gov):
            return None, None  # "may name X finance minister": no office held yet
        for dep in ("dobj", "oprd", "nsubjpass"):
            tok = next((c for c in gov.children if c.dep_ == dep and c.i != head.i), None)
            if _person(ctx, tok, resolve=True) is not None:
                return _person(ctx, tok, resolve=True), tok
        return None, None
    # "Tom Hale, who becomes minister of trade": the one who takes the office up holds it
    if head.dep_ == "attr" and head.head.lemma_.lower() == "become" and asserted(head.head):
        subj = subject_of(head.head)
        if subj is not None and subj.lower_ in ("who", "that") and head.head.dep_ == "relcl":
            subj = head.head.head
        return _person(ctx, subj, resolve=True), subj
    # "who served as secretary of state", "her tenure as secretary of state"; an office listed
    # after the first ("her experience as a senator, secretary of state and first lady")
    listed = _first_listed(head)
    if listed.dep_ == "pobj" and listed.head.lower_ == "as":
        gov = listed.head.head
        if gov.pos_ in ("VERB", "AUX"):
            if listed is not head and not asserted(gov):
                return None, None  # "would serve as senator and secretary": a plan
            subj = gov.head if gov.dep_ == "relcl" and (subject_of(gov) is None or subject_of(gov).lower_ == "who") \
                else subject_of(gov)
            return _person(ctx, subj, resolve=True), subj
        poss = next((c for c in gov.children if c.dep_ == "poss"), None)
        if poss is None and gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.pos_ == "NOUN":
            # "her years of experience as secretary of state": the spell's owner is the possessor
            poss = next((c for c in gov.head.head.children if c.dep_ == "poss"), None)
        return _person(ctx, poss, resolve=True), poss
    # "while she was secretary of state" (not "I wanted to be president": a wish, no office)
    if head.dep_ == "attr" and head.head.lemma_ == "be" and asserted(head.head):
        subj = subject_of(head.head)
        return _person(ctx, subj, resolve=True), subj
    # "Clinton spoke in Ohio. The former secretary of state said": a former office is an
    # epithet of the person just named (a current one, "the president", may be anyone's)
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and \
            any(t.lower_ == "former" for t in head.lefts):
        return described_politicians.person_described(ctx, head), head
    return None, None


def _first_listed(head: Token) -> Token:
    """The first office of the list ``head`` is in ("as a senator, secretary of state and
    first lady" → senator: the parse makes the others its conjuncts or appositions), which the
    construction hangs on; else ``head``."""
    while head.dep_ in ("conj", "appos") and head.head.i < head.i and head.head.pos_ == "NOUN":
        head = head.head
    return head


def _person(ctx: Context, tok: Token | None, resolve: bool = False) -> EntityRef | None:
    ref = ctx.ent(tok, resolve=resolve) if tok is not None else None
    return ref if ref is not None and ref.type == "person" else None
