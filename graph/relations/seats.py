"""ROLE at a seat of office below the country: the state, province or city a governor, senator,
mayor or representative holds office for, the way news writes it: before the name ("Ohio Gov.
X", "Nevada Governor X"), in an apposition ("X, the mayor of Chicago," / "Chicago's mayor, X," /
"X, a senator from Oregon,") and in the parenthesis US outlets put after a legislator's name
("Sen. X (R-Tex.)", "Rep. Y (D-N.Y.)"). The entity index leaves such places out (they are where
things happen, not who acts), so the place is named here, only when an office says it is a
seat. National posts ("German Foreign Minister X") keep the country rules of ``titles``."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan, Token

from .. import gazetteer
from ..entities import title_tokens
from ..entities.datelines import after_dateline
from ..model import EntityRef, Span
from ._context import HONORIFICS, Context

# Offices held for a state, province or city (their abbreviations as news writes them).
_OFFICES = {"gov": "governor", "governor": "governor", "sen": "senator", "senator": "senator",
            "mayor": "mayor", "rep": "representative", "representative": "representative",
            "congressman": "congressman", "congresswoman": "congresswoman", "assemblyman": "assemblyman",
            "assemblywoman": "assemblywoman", "councilman": "councilman", "councilwoman": "councilwoman",
            "councillor": "councillor", "lt": "lieutenant", "lieutenant": "lieutenant"}
# US states as the parenthesis after a legislator's name writes them: AP abbreviations, postal
# codes and the names AP does not abbreviate.
US_STATES = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR",
    "California": "Calif. Cal. CA", "Colorado": "Colo. CO", "Connecticut": "Conn. CT", "Delaware": "Del. DE",
    "Florida": "Fla. FL", "Georgia": "Ga. GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "Ill. IL",
    "Indiana": "Ind. IN", "Iowa": "IA", "Kansas": "Kan. Kans. KS", "Kentucky": "Ky. KY", "Louisiana": "La. LA",
    "Maine": "Me. ME", "Maryland": "Md. MD", "Massachusetts": "Mass. MA", "Michigan": "Mich. MI",
    "Minnesota": "Minn. MN", "Mississippi": "Miss. MS", "Missouri": "Mo. MO", "Montana": "Mont. MT",
    "Nebraska": "Neb. Nebr. NE", "Nevada": "Nev. NV", "New Hampshire": "N.H. NH", "New Jersey": "N.J. NJ",
    "New Mexico": "N.M. N.Mex. NM", "New York": "N.Y. NY", "North Carolina": "N.C. NC", "North Dakota": "N.D. ND",
    "Ohio": "OH", "Oklahoma": "Okla. OK", "Oregon": "Ore. Oreg. OR", "Pennsylvania": "Pa. Penn. PA",
    "Rhode Island": "R.I. RI", "South Carolina": "S.C. SC", "South Dakota": "S.D. SD", "Tennessee": "Tenn. TN",
    "Texas": "Tex. TX", "Utah": "UT", "Vermont": "Vt. VT", "Virginia": "Va. VA", "Washington": "Wash. WA",
    "West Virginia": "W.Va. W.V. WV", "Wisconsin": "Wis. Wisc. WI", "Wyoming": "Wyo. WY",
}
# Plural offices that head a list of holders ("Sens. X of Idaho and Y of Maine", "the
# Republican senators -- X of Texas, Y of Florida --").
_PLURAL_OFFICES = {"sens": "senator", "senators": "senator", "reps": "representative",
                   "representatives": "representative", "govs": "governor", "governors": "governor",
                   "congressmen": "congressman", "congresswomen": "congresswoman", "mayors": "mayor"}
_ABBREVIATIONS = {a.replace(".", "").lower(): state for state, abbrs in US_STATES.items() for a in abbrs.split()}
_ABBREVIATIONS.update({state.replace(" ", "").lower(): state for state in US_STATES})
# "(R-S.C.)", "(D–N.Y.)", "(I-Vt.)": a party letter, a dash, the state; or between commas, as
# AP style writes it: "Jason Lee, R-Utah, said"
_PARENTHESIS = re.compile(r"\s*(?:\(\s*[RDI]\s*[-\u2013]\s*([A-Za-z. ]{2,20}?)\s*\)"
                          # "… Sen. X, R-Fla. In a poll …": the state's stop ends the sentence
                          # ("R-S.C." too: a two-letter state written with its stops)
                          r"|,\s*[RDI]\s*[-\u2013]\s*([A-Z][A-Za-z]{1,4}\.|[A-Z]\.[A-Z]\.)(?=\s+[A-Z\u201c\"]|\s*$)"
                          r"|,\s*[RDI]\s*[-\u2013]\s*([A-Z][A-Za-z. ]{1,19}?)\s*(?=,))")


# "Sen. John McCain (Ariz.)": the state alone in the parenthesis, as some outlets write it;
# an abbreviation with its full stop or a state's full name (not "(AP)" or "(OR)")
_BARE_STATE = re.compile(r"\s*\(\s*([A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*\)")
# A party noun, or "Independent", with its state after a name, as the New York Times writes a
# legislator: "Representative X, Republican of California," (described_politicians has its own
# list, the party labels alone, for "the Nevada Democrat")
_AFFILIATION_NOUNS = {"republican", "democrat", "independent"}


def us_state(abbreviation: str) -> str | None:
    """The US state an abbreviation of the party-state label names ("Vt." → Vermont)."""
    return _ABBREVIATIONS.get(abbreviation.replace(".", "").replace(" ", "").lower())


def state_words(tok: Token) -> list[Token]:
    """The words of the place ``tok``'s phrase names, without the possessive ("Virginia's" →
    Virginia): what ``us_state`` reads, joined, and ``state_entity`` registers."""
    return [t for t in tok.subtree if t.ent_type_ == "GPE" and t.tag_ != "POS"]


def state_named(words: list[Token]) -> str | None:
    """The US state a place's words name, read as ``us_state`` reads them run together ("New",
    "York" → New York; "Vt." → Vermont)."""
    return us_state("".join(t.text for t in words))


def whole_document(ctx: Context) -> None:
    """The seats of every named person."""
    # "called the Texas senator 'the next George Washington'": a name with an article of its
    # own is a type the person is compared to, not the person; but an office written before
    # the name makes it the holder ("the now-indicted Sen. X (D-N.J.)")
    named = [(ent, holder) for ent, holder in ctx.named_persons()
             if not any(c.dep_ == "det" and c.i < ent.start for c in ent.root.children)
             or any(office_of(t) is not None for t in _seat_titles(ent))]
    for ent, holder in named:
        _place_before_title(ctx, ent, holder)
        _state_in_parenthesis(ctx, ent, holder)
        _office_in_apposition(ctx, ent, holder)
        _party_of_state(ctx, ent, holder)
    _state_after_name(ctx, named)
    _described_holder(ctx, named)
    _governor_of_the_story(ctx, named)
    _mayor_of_the_story(ctx, named)


def office_of(tok: Token) -> str | None:
    """The seat office a word names ("Gov." → governor), or None."""
    return _OFFICES.get(tok.lower_.rstrip("."))


def _title_office(tok: Token) -> str | None:
    """The seat office a title word before a name says: ``office_of``'s, and the "General" of
    "Attorney General" (a state's attorney general: "Ohio Attorney General X")."""
    if tok.lower_ == "general" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "attorney":
        return "attorney general"
    return office_of(tok)


def _place(ctx: Context, toks: list[Token], name: str | None = None) -> EntityRef | None:
    """The place ``toks`` name, as an entity: a GPE below the country only (a country or a
    demonym is read by the country rules; a place already named an actor keeps its entity)."""
    if not toks:
        return None
    span = ctx.doc[toks[0].i:toks[-1].i + 1]
    text = span.text.strip()
    if gazetteer.country(text) or gazetteer.demonym(text) or ctx.institution(toks[-1]) is not None:
        return None
    held = ctx.index.cluster_at(toks[-1])
    # "the senator from Nevada" read as a described group: the place inside it is still a place
    if held is not None and held.type != "group":
        ref = ctx.ent(toks[-1])
        return ref if ref is not None and ref.type == "country" and not gazetteer.country(ref.name) else None
    want = name or text
    # "London" named the country's government elsewhere in the text ("London said"): the index
    # would file the city there; no seat is said rather than the wrong one. The country named
    # by its own name ("Britain") leaves the city its own entity ("London's mayor, X")
    key = gazetteer.key(want)  # as the index matches names: "LONDON" in a dateline is London
    if any(c.type == "country" and c.name != want and any(gazetteer.key(a) == key for a in c.aliases)
           for c in ctx.index.clusters):
        return None
    cluster = ctx.index.add(span, "country", name=want)
    return ctx.index.ref(cluster) if cluster else None


def state_entity(ctx: Context, toks: list[Token], name: str | None = None) -> EntityRef | None:
    """The place ``toks`` name as an entity, for the rules of other modules that find a seat."""
    return _place(ctx, toks, name)


def _gpe_run(ctx: Context, tok: Token) -> list[Token]:
    """The GPE entity ``tok`` is part of, as tokens."""
    ent = ctx.index.layout.ent_at(tok.i)
    if ent is None:
        return []
    toks = [t for t in ent if not (t.tag_ == "POS" or t.lower_ == "the")]
    if ent.label_ != "GPE" and (not toks or gazetteer.seat(ctx.doc[toks[0].i:toks[-1].i + 1].text) is None):
        return []  # a capital the model took for a body ("London's mayor" tagged ORG) is still a city
    return toks


def _role(titles: list[Token], office: Token) -> str:
    words = ["attorney general" if _title_office(t) == "attorney general" else t.lower_.rstrip(".")
             for t in titles if t.i <= office.i and office_of(t) is not None or t.i == office.i]
    words = [w for w in words if w not in HONORIFICS]
    return " ".join(_OFFICES.get(w, w) for w in words)


def _add(ctx: Context, holder: EntityRef, place: EntityRef | None, role: str, first: Token, last: Token) -> None:
    if place is None or not role:
        return
    # ROLE only: a governor or senator holds office there, and the index gives no
    # representation of a state (no SPEAKS_FOR, which the country rules say of envoys)
    ctx.add(holder, "ROLE", place, Span.of(ctx.text, first.idx, last.idx + len(last)), 0.75, role=role)


def _seat_titles(ent: SpacySpan) -> list[Token]:
    """``title_tokens`` of the name, also across the full stop the tokenizer splits from an
    abbreviated office before another ("Ohio Lt. Gov. X": "Lt", ".", "Gov.")."""
    titles = title_tokens(ent)
    doc = ent.doc
    k = titles[0].i if titles else ent.start
    if titles and k >= 2 and doc[k - 1].text == "." and not doc[k - 2].whitespace_ and office_of(doc[k - 2]):
        return [*title_tokens(doc[k - 2:ent.end]), doc[k - 2], doc[k - 1], *titles]
    return titles


def _place_before_title(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Ohio Gov. Mark Dalton", "Nevada Governor Lisa Harmon", "Texas state Sen. X", "former
    Iowa Lt. Gov. X"."""
    titles = _seat_titles(ent)
    offices = [t for t in titles if _title_office(t) is not None]
    if not offices:
        return
    office = offices[-1]
    before = [t for t in titles if t.i < offices[0].i]
    gpe = next((t for t in reversed(before) if t.ent_type_ == "GPE"), None)
    k = titles[0].i - 1
    while k > 0 and ctx.doc[k].pos_ == "ADV":
        k -= 1  # "newly elected": the adverb hangs on a title word
    if gpe is None and k >= 1 and ctx.doc[k].tag_ == "POS" and _gpe_run(ctx, ctx.doc[k - 1]):
        gpe = ctx.doc[k - 1]  # "Chicago's newly elected mayor Tom Baker"
    if gpe is None and k >= 0 and ctx.doc[k].ent_type_ == "GPE" and ctx.doc[k].dep_ != "pobj" \
            and ctx.doc[k].whitespace_ and k + 1 == titles[0].i:
        # "backed Texas Senator X": the parse makes the place the verb's object and hangs the
        # titled name on it or on the verb; a place after a preposition is where, not whose
        gpe = ctx.doc[k]
    if gpe is None:
        return
    if any(t.text in ("-", "--", "\u2014", "\u2013") for t in ctx.doc[gpe.i:office.i]):
        return  # "MYRTLE BEACH, S.C. - Sen. X": the dateline's place, not the senator's seat
    run = _gpe_run(ctx, gpe)
    # "S.C. Rep. X": an abbreviated state is named as the state
    abbreviated = us_state(ctx.doc[run[0].i:run[-1].i + 1].text) if run and "." in run[-1].text else None
    place = _place(ctx, run, abbreviated)
    role = _role(titles, office)
    if any(t.lower_ == "former" for t in [*ctx.doc[max(0, gpe.i - 2):gpe.i + 1], *titles]):
        role = f"former {role}"  # "Former Ohio Gov. X": the seat was held, not held now
    _add(ctx, holder, place, role, gpe, ent[-1])


# The offices of a state's executive written as a bare title ("Gov. X", "Lt. Gov. Y"): only a
# state has them, so a story about one state names its own (a senator or a representative in
# such a story may be any state's, visiting or quoted).
_STATE_EXECUTIVE = {"governor"}


def _governor_of_the_story(ctx: Context, named: list[tuple[SpacySpan, EntityRef]]) -> None:
    """ "Gov. Mike Dalton", "Lt. Gov. Ann Ruiz", "Former Gov. X" with no state in the title,
    in a story that names one US state and no other, in the governor's own paragraph too: that
    state's (readers take the governor of the state the story is about). Two states named, or
    the state only in other paragraphs (a governor on a visit, a candidate on tour): nothing."""
    states: dict[str, list[Token]] = {}
    for ent in ctx.index.layout.ents:
        if ent.label_ == "GPE" and office_of(ent.root.head) is None:  # "the Ohio senator": another's seat
            state = next((s for s in US_STATES if s == ent.text.strip()), None)
            if state is not None and state != "Washington":  # the capital, mostly
                states.setdefault(state, [t for t in ent])
    if len(states) != 1:
        return
    (state, toks), = states.items()
    said = {r.subject for r in ctx.out if r.predicate == "ROLE" and ctx.index.cluster_by_id(r.object) is not None
            and ctx.index.cluster_by_id(r.object).type == "country"}
    for ent, holder in named:
        titles = _seat_titles(ent)
        offices = [t for t in titles if office_of(t) is not None]
        if not offices or office_of(offices[-1]) not in _STATE_EXECUTIVE or holder.id in said:
            continue
        start = ctx.text.rfind("\n", 0, ent.start_char) + 1
        end = ctx.text.find("\n", ent.end_char)
        if state not in ctx.text[start:end if end >= 0 else len(ctx.text)]:
            continue  # the state is named in the governor's own paragraph, not only somewhere else
        if any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in titles) or _PARENTHESIS.match(ctx.text, ent.end_char) \
                or _BARE_STATE.match(ctx.text, ent.end_char):
            continue  # "Bank of England Governor X", "Gov. X (R-Ohio)": the title says whose
        role = _role(titles, offices[-1])
        k = titles[0].i - 1
        if k >= 0 and ctx.doc[k].lower_ in ("former", "ex") or any(t.lower_ == "former" for t in titles):
            role = f"former {role}"
        said.add(holder.id)
        _add(ctx, holder, _place(ctx, toks, state), role, titles[0], ent[-1])


# A state whose name news also gives its largest city ("Mayor X" of New York is the city's).
_CITY_NAMED_STATES = {"New York"}
_FORMER_WORDS = ("former", "ex", "late")


def _mayor_of_the_story(ctx: Context, named: list[tuple[SpacySpan, EntityRef]]) -> None:
    """ "Mayor Tom Baker" with no city in the title: the city his own sentence names, when it
    names one and no other, in his clause or one clause above or below it ("Fairview has welcomed
    refugees for years, Mayor Tom Baker noted"; not a city deeper in another clause: "a video
    threatening an attack in Dayton", nor a dateline's). Two cities there, or none: nothing (a
    mayor on a visit, a list of mayors); the paragraph's city is not taken, as the sentence's
    own may be a town the model does not tag as a place."""
    said = {r.subject for r in ctx.out if r.predicate == "ROLE" and (r.role or "").endswith("mayor")}
    for ent, holder in named:
        titles = _seat_titles(ent)
        offices = [t for t in titles if office_of(t) is not None]
        if not offices or office_of(offices[-1]) != "mayor" or holder.id in said:
            continue
        if any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in titles) or _PARENTHESIS.match(ctx.text, ent.end_char):
            continue  # "Boston Mayor X": the title says whose
        k = titles[0].i - 1
        if k >= 0 and ctx.doc[k].tag_ == "POS":
            continue  # "Chicago's Mayor X": read by ``_place_before_title``
        # past a dateline ("NEW YORK (AP) -"): where the story was filed, not whose mayor
        start = after_dateline(list(ent.sent))[0].idx
        cities = _cities_between(ctx, start, ent.sent.end_char)
        if len(cities) != 1:
            continue
        toks, = cities.values()
        # the city in the mayor's clause, or one clause above or below it; not deeper ("after a
        # video threatening an attack in Dayton, X called on Mayor Y": another clause's city)
        mayors, city = _clause_verb(ent.root), _clause_verb(toks[-1])
        if mayors != city and _clause_verb(ctx.doc[city]) != mayors and _clause_verb(ctx.doc[mayors]) != city:
            continue
        role = _role(titles, offices[-1])
        if k >= 0 and ctx.doc[k].lower_ in _FORMER_WORDS or any(t.lower_ in _FORMER_WORDS for t in titles):
            role = f"former {role}"  # "the late Mayor X": the office was held, not held now
        said.add(holder.id)
        _add(ctx, holder, _place(ctx, toks), role, titles[0], ent[-1])


def _clause_verb(tok: Token) -> int:
    """The index of the verb of the clause ``tok`` stands in: its nearest verb above it, else
    its sentence's root (a parse that roots a sentence in a noun)."""
    return next((a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.sent.root.i)


def _cities_between(ctx: Context, lo: int, hi: int) -> dict[str, list[Token]]:
    """The places below a state the text names between characters ``lo`` and ``hi``, by name
    (case folded: a dateline's "BOSTON" is Boston), as tokens; not a country, a capital standing
    for its country's government ("Washington"), or a US state (but New York, a city too)."""
    out: dict[str, list[Token]] = {}
    for ent in ctx.index.layout.ents:
        if ent.label_ != "GPE" or ent.start_char < lo or ent.end_char > hi:
            continue
        toks = [t for t in ent if not (t.tag_ == "POS" or t.lower_ == "the")]
        if not toks:
            continue
        text = ctx.doc[toks[0].i:toks[-1].i + 1].text
        if gazetteer.country(text) or gazetteer.demonym(text) or gazetteer.seat(text) \
                or text in US_STATES and text not in _CITY_NAMED_STATES or us_state(text) and "." in text:
            continue
        key = text.lower()
        if key not in out or out[key][0].text.isupper():
            out[key] = toks
    return out


def _state_in_parenthesis(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Sen. Paul Ridley (R-Tex.)" → ROLE senator → Texas; the party letter is read by
    ``parties``."""
    m = _PARENTHESIS.match(ctx.text, ent.end_char)
    bare = m is None
    if bare:
        m = _BARE_STATE.match(ctx.text, ent.end_char)
    if m is None:
        return
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    state = us_state(m.group(group))
    if state is None:
        return
    span = ctx.doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
    if span is None or not len(span):
        return
    titles = title_tokens(ent)
    offices = [t for t in titles if office_of(t) is not None]
    if bare and not offices and not _after_listed_state(ctx, ent) and (not m.group(1).endswith(".") or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and office_of(c) is None for c in ent.root.children)):
        # untitled, only a congressional abbreviation marks a legislator ("Tom Baker (Fla.)"): a
        # full state name is where one is from ("Mary Poe (Texas) was second"), and a
        # description says what one is ("Pat Lee (Calif.), a nurse")
        return
    # the party letter marks a legislator or a governor: the title before the name, if any
    role = _role(titles, offices[-1]) if offices else "legislator"
    place = _place(ctx, list(span), name=state)
    close = ctx.doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
    _add(ctx, holder, place, role, ent[0], close[-1] if close is not None and len(close) else span[-1])


# A state mark only legislators get, in brackets after a name: the party letter or the
# congressional abbreviation ("(R-Utah)", "(Ariz.)", "(N.H.)").
_LEGISLATOR_MARK = re.compile(r"\(\s*(?:[RDI]\s*[-\u2013]\s*[A-Z][A-Za-z. ]{1,20}|[A-Z][A-Za-z.]{0,5}\.)\s*\)")
# The end of the list item just before a name: a name with its state in brackets, then the comma
# or "and" of the list ("X (Ariz.), Y (Utah) and").
_ITEM_END = re.compile(r"\(\s*(?:[RDI]\s*[-\u2013]\s*)?[A-Z][A-Za-z. ]{1,20}\)\s*(?:,\s*(?:and\s+)?|and\s+)$")


def _after_listed_state(ctx: Context, ent: SpacySpan) -> bool:
    """Whether ``ent`` is an item of a list of legislators each named with their state in
    brackets, one of them with a mark only legislators get: a full state name in the item's
    own brackets is its seat too ("Sens. X (Ariz.), Y (N.H.) and Z (Iowa)"), not where one
    is from as in "Mary Poe (Texas) and Bob Rice (Iowa)"."""
    before = ctx.text[ent.sent.start_char:ent.start_char]
    return _ITEM_END.search(before) is not None and _LEGISLATOR_MARK.search(before) is not None


def _office_in_apposition(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "X, the mayor of Chicago,", "The mayor of Chicago, X,", "Chicago's mayor, X,",
    "X, a senator from Oregon,"."""
    root = ent.root
    # a post after a list of names hangs on the first name and is the last one's
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    nouns = [c for name in dict.fromkeys((root, first)) for c in name.children
             if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and listed_holder(ctx, name, c).i == root.i]
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(root.head)
        if root.head.dep_ == "pobj" and root.head.ent_type_ == "GPE" and root.head.head.dep_ == "prep":
            nouns.append(root.head.head.head)  # "The senator from Ohio, X,": the parse hangs X on the place
    # "X, the former governor of Maryland and mayor of Baltimore,": each office of the list
    nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN" and office_of(c)]
    for noun in nouns:
        known = ctx.ent(noun)  # the index may have joined the apposition to its name
        # (to the list's first name, when the post is the last one's)
        if known is None or known.id == holder.id or first is not root and known == ctx.ent(first):
            seat_office(ctx, holder, noun, ent[0], ent[-1])


def listed_holder(ctx: Context, head: Token, appos: Token) -> Token:
    """The name a singular post set after a list of names describes: the last one ("rivals
    A, B and C, the Ohio governor" → C, or nobody when C is no person), where the parse hangs
    the post on the first name ``head``; ``head`` itself otherwise."""
    if appos.tag_ not in ("NN", "NNP") or (ref := ctx.ent(head)) is None or ref.type != "person":
        return head
    last = head
    while later := [c for c in last.children if c.dep_ == "conj" and c.i < appos.i]:
        last = max(later, key=lambda c: c.i)
    # (a list ending in a common noun, "X and his secretary of state, Y", is no list of names)
    return last if last.pos_ == "PROPN" else head


def seat_office(ctx: Context, holder: EntityRef, noun: Token, first_tok: Token, last_tok: Token,
                former: bool = False) -> None:
    """ROLE ``holder`` → the place a seat office noun names ("the governor of Ohio", "Chicago's
    mayor", "a senator from Oregon", "the independent Vermont senator"), for the rules of any
    construction that gives ``holder`` the noun (an apposition, a copula, "his time as");
    ``first_tok``/``last_tok``: the holder's words, for the evidence."""
    if office_of(noun) is None:
        return
    # "X, the former governor of Maryland,": a seat held once is a role readers list too
    # (the index leaves the place out, so no other rule can name it)
    former = former or any(t.lower_ == "former" for t in noun.lefts)
    gpe = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    if gpe is None:
        gpe = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                    for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
    if gpe is None:  # "X, the independent Vermont senator,"
        gpe = next((c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "GPE"), None)
    if gpe is None:
        return
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ == ""]
    role = " ".join([c.lower_ for c in mods] + [_OFFICES[noun.lower_.rstrip(".")]])
    if former and not role.startswith("former"):
        role = f"former {role}"
    first, last = sorted((first_tok, gpe, noun), key=lambda t: t.i)[::2]
    _add(ctx, holder, _place(ctx, _gpe_run(ctx, gpe)), role, first, max(last, last_tok, key=lambda t: t.i))


def _party_of_state(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "Representative X, Republican of California," / "X, Democrat of New York,": a
    legislator's party and seat in apposition; the party is read by ``parties``."""
    for noun in ent.root.children:
        if noun.dep_ != "appos" or noun.i < ent.end or noun.lower_ not in _AFFILIATION_NOUNS or not noun.text[:1].isupper():
            continue
        gpe = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        toks = _gpe_run(ctx, gpe) if gpe is not None else []
        if not toks or ctx.doc[toks[0].i:toks[-1].i + 1].text not in US_STATES:
            continue
        offices = [t for t in title_tokens(ent) if office_of(t) is not None]
        role = _role(title_tokens(ent), offices[-1]) if offices else "legislator"
        _add(ctx, holder, _place(ctx, toks), role, ent[0], toks[-1])


def _state_after_name(ctx: Context, named: list[tuple[SpacySpan, EntityRef]]) -> None:
    """ "Sen. X of Oregon", "Rep. Y of California", "Sens. X of Idaho and Y of Maine", "the
    senators up for re-election, among them X of Nevada and Y of Iowa": a US state after the
    name, with "of", is a seat when an office says so: a title before this name or before the
    name it is listed with, a plural office the name is given as an instance of, or an office
    the article titles this person with elsewhere. Without an office, "X of Ohio" is where
    someone lives, not a seat."""
    offices_of: dict[str, set[str]] = {}
    for ent, holder in named:
        offices_of.setdefault(holder.id, set()).update(o for o in map(office_of, title_tokens(ent)) if o)
    for ent, holder in named:
        state_tok = next((g for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == ent.end
                          for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        if state_tok is None:
            continue
        toks = _gpe_run(ctx, state_tok)
        if not toks or ctx.doc[toks[0].i:toks[-1].i + 1].text not in US_STATES:
            continue  # a US state by its name: other places after "of" are mostly where one is from
        office, first = _listed_office(ctx, ent)
        if office is None and len(offices_of.get(holder.id, ())) == 1:
            office = next(iter(offices_of[holder.id]))  # "Sen. Ted Cruz … Ted Cruz of Texas"
        if office is None:
            continue
        before = ctx.doc[max(0, first.i - 2):first.i + 1]
        role = f"former {office}" if any(t.lower_ == "former" for t in before) else office
        # the evidence: the title and the name, or the name alone when a list's office says it
        start = first if ent.start - 3 <= first.i < ent.start else ent[0]
        _add(ctx, holder, _place(ctx, toks), role, start, toks[-1])


def _plural_office_before(ctx: Context, root: Token) -> Token | None:
    """The plural office ("senators") at most 16 words before a listed name, in its sentence."""
    start = min(t.i for t in root.subtree)
    return next((t for t in reversed(ctx.doc[max(root.sent.start, start - 16):start])
                 if t.pos_ == "NOUN" and t.lower_ in _PLURAL_OFFICES), None)



def _listed_office(ctx: Context, ent: SpacySpan) -> tuple[str | None, Token]:
    """The office said for the name ``ent`` by its own title, by the title of the first name
    of the list it is in, or by the plural office noun the list stands in apposition to; with
    the token that says it."""
    titles = title_tokens(ent)
    own = [t for t in titles if office_of(t) is not None]
    if own:
        return _OFFICES[own[-1].lower_.rstrip(".")], own[-1]
    plural = _plural_before(ctx, ent.start)
    if plural is not None:
        return _PLURAL_OFFICES[plural.lower_.rstrip(".")], plural
    root = ent.root
    steps = 0
    while root.dep_ in ("conj", "appos", "pobj", "dobj") and steps < 8:
        if root.dep_ in ("pobj", "dobj"):
            # "senators up for re-election, among them X of Nevada", "senators, including X
            # of Iowa": a list given as instances of a plural office said just before
            listed = root.dep_ == "pobj" and root.head.lower_ in ("including", "among") or any(
                c.dep_ == "prep" and c.lower_ == "among" and c.i < root.i for c in root.children)
            if listed:
                noun = _plural_office_before(ctx, root)
                if noun is not None:
                    return _PLURAL_OFFICES[noun.lower_], noun
            break
        head = root.head
        steps += 1
        if root.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ in _PLURAL_OFFICES:
            return _PLURAL_OFFICES[head.lower_], head  # "the Republican senators -- X of Texas, …"
        if root.dep_ == "appos" and head.lower_ not in _PLURAL_OFFICES and head.ent_type_ != "PERSON":
            # "senators face re-election, among them X of Nevada": the parse may hang the list
            # on any noun; a plural office shortly before, in the sentence, is what it lists
            noun = _plural_office_before(ctx, root)
            if noun is not None:
                return _PLURAL_OFFICES[noun.lower_], noun
            break
        if head.ent_type_ == "GPE" and head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "X of Idaho and Y of Maine": the parse joins Y to "Idaho"
        if head.ent_type_ != "PERSON":
            break
        first = ctx.index.layout.ent_at(head.i)
        if first is not None:
            offices = [t for t in title_tokens(first) if office_of(t) is not None]
            plural = _plural_before(ctx, first.start)
            if plural is not None:  # "Sens. X of Idaho and Y of Maine"
                return _PLURAL_OFFICES[plural.lower_.rstrip(".")], plural
            if offices and offices[-1].tag_ in ("NNS", "NNPS"):
                return _PLURAL_OFFICES.get(offices[-1].lower_.rstrip("."), None), offices[-1]
        root = head
    return None, ent[0]


def _plural_before(ctx: Context, start: int) -> Token | None:
    """A plural office abbreviation right before a name ("Sens." or "Reps."), which the parse
    splits from its full stop."""
    k = start - 1
    if k >= 0 and ctx.doc[k].text == ".":
        k -= 1
    if k >= 0 and ctx.doc[k].lower_.rstrip(".") in ("sens", "reps", "govs"):
        return ctx.doc[k]
    return None


def _described_holder(ctx: Context, named: list[tuple[SpacySpan, EntityRef]]) -> None:
    """ "Sen. X and Gov. Y … The Florida senator likes …": a "the <place> <office>" that names no
    one in its sentence is the one person the article titled with that office before it, when
    there is exactly one; the place is that person's seat."""
    titles = [(ent.start, holder, {office_of(t) for t in title_tokens(ent)}) for ent, holder in named]
    for noun in ctx.doc:
        office = office_of(noun)
        if office is None or noun.pos_ != "NOUN":
            continue
        known = ctx.ent(noun)  # the index may have read the description as its holder already
        if known is not None and known.type != "person":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        if noun.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children) or any(
                t.lower_ == "former" for t in noun.lefts):
            continue  # an apposition names its holder (read above); a former seat is not held now
        gpe = next((c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "GPE"), None)
        if gpe is None:
            continue
        titled = {holder.id: holder for start, holder, offices in titles if start < noun.i and office in offices}
        if len(titled) == 1 and (known is None or known.id in titled):
            holder = next(iter(titled.values()))
            toks = _gpe_run(ctx, gpe)
            state = ctx.doc[toks[0].i:toks[-1].i + 1].text if toks else None
            if state is not None and _seat_elsewhere(ctx, holder, state):
                continue  # "Sen. X, R-Iowa. … The Florida senator": someone else, not X
            _add(ctx, holder, _place(ctx, toks), office, gpe, noun)


def _seat_elsewhere(ctx: Context, holder: EntityRef, state: str) -> bool:
    """Whether the text already seats ``holder`` in a US state other than ``state``."""
    name = us_state(state) or state
    for r in ctx.out:
        if r.predicate != "ROLE" or r.subject != holder.id:
            continue
        obj = ctx.ref_by_id(r.object)
        if obj is not None and obj.name in US_STATES and obj.name != name:
            return True
    return False
