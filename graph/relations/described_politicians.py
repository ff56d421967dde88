"""The state and party of a politician said by a description that stands for the name, the way
US political news refers back to someone it has just named: "Welch said … The Vermont
congressman also plans to vote", "Reid said. … the Nevada Democrat's biggest takeaway", and the
role a sentence gives its subject with "as": "As a New York senator, Clinton voted for the law".
The name the description stands for is the one person named, outside quoted words, in the nearest
sentence before it that names anyone (of several, the one titled with the described office); a
description in a sentence that already names someone else before it is left alone (whom it
stands for is then a guess)."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import title_tokens
from ..model import EntityRef, Span
from ._context import Context
from . import parties, seats

# Nouns a description of a politician ends in; the office ones must agree with the person's title.
_OFFICES = {"senator": "senator", "congressman": "representative", "congresswoman": "representative",
            "representative": "representative", "governor": "governor", "mayor": "mayor"}
_LEGISLATORS = {"lawmaker", "legislator"}
# A party label standing as the noun of a description ("the Nevada Democrat"); not "independent",
# which names no party (seats reads "X, Independent of Maine," in apposition, by its own list).
_PARTY_LABEL_NOUNS = {"democrat", "republican"}
# Posts in a party's race a label may describe someone by ("the GOP front-runner"; the hyphen
# splits "front-runner", leaving "runner" as the head).
_PARTY_POSTS = {"nominee", "front-runner", "frontrunner", "runner", "candidate", "hopeful", "leader"}
_PARTY_NOUNS = _PARTY_LABEL_NOUNS | _PARTY_POSTS
# Title words an earlier name may carry, by the office they hold.
_TITLE_OFFICE = {"sen": "senator", "senator": "senator", "rep": "representative", "representative": "representative",
                 "congressman": "representative", "congresswoman": "representative", "gov": "governor",
                 "governor": "governor", "mayor": "mayor"}
# Members of a legislature, whom news describes by the state that sends them ("the senator
# from Vermont"); a governor or mayor is "of" a place, and "from" gives where one comes from.
_FROM_SEATS = {"senator", "congressman", "congresswoman", "representative", "lawmaker", "legislator"}
# Where a description stands for someone already named: a subject or an owner ("the Texas
# senator said", "the Nevada Democrat's takeaway"); as an object or after a preposition it is
# as often a post to be filled ("to decide the Democratic nominee", "support for the nominee").
_REFERRING_DEPS = {"nsubj", "nsubjpass", "poss"}
_OBJECT_DEPS = {"dobj", "pobj"}
# Staff posts: their holder speaks for a politician and is not the politician described.
_STAFF = {"spokeswoman", "spokesman", "spokesperson", "aide", "adviser", "advisor", "strategist", "manager",
          "director", "secretary", "pollster", "consultant", "analyst", "chief", "counsel", "lawyer", "attorney",
          "reporter", "correspondent", "editor", "columnist", "host", "anchor"}
# How many sentences back the person a description stands for may have been named.
_REACH = 2


def whole_document(ctx: Context) -> None:
    """ROLE at the state (and the party, when a label says it) of every "the <State> <office>"
    or "the <State> Democrat" that stands for a named person, and of "as a <State> <office>";
    the party of "the GOP front-runner", "the Democratic nominee" standing for one."""
    for noun in ctx.doc:
        low = noun.lower_
        if low not in _OFFICES and low not in _LEGISLATORS and low not in _PARTY_LABEL_NOUNS and low not in _PARTY_POSTS:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "appos") \
                or any(c.dep_ == "appos" for c in noun.children):
            continue  # "the Ohio senator, Tom Baker,": the apposition rules read the name
        state_tok = (_state_modifier(noun) or _state_from(noun)) if low not in _PARTY_POSTS else None
        as_role = noun.head.lower_ == "as" and noun.dep_ == "pobj"
        if state_tok is None and as_role and low in _OFFICES:
            state_tok = _state_owner(noun)  # "As Virginia's governor, X", "As governor of Virginia, X"
        if state_tok is None and not parties.has_label(noun):
            continue
        det = next((c for c in noun.lefts if c.dep_ == "det"), None)
        # an office with its state names one person even as an object ("trailed the Vermont
        # senator", "a lead over the Texas senator"), never a post to be filled
        referring = noun.dep_ in _REFERRING_DEPS or (
            noun.dep_ in _OBJECT_DEPS and state_tok is not None and (low in _OFFICES or low in _LEGISLATORS))
        if det is not None and det.lower_ == "the" and referring:
            holder = person_described(ctx, noun)
        elif as_role and (det is None or det.lower_ in ("a", "an", "the")):
            holder = _subject_of_as(ctx, noun.head)
        else:
            continue
        # "As Virginia's governor, Sen. X voted": the clause names whom it describes, whatever
        # other office the article titles X with
        if holder is None or not (as_role or _agrees(ctx, holder, noun)) or _someone_else(ctx, holder, noun, state_tok):
            continue
        if state_tok is not None:
            _add_state(ctx, holder, noun, state_tok)
        parties.described_label(ctx, holder, noun)
    _the_states_governor(ctx)


def _the_states_governor(ctx: Context) -> None:
    """ "Indiana governor endorses Cruz … Gov. Mike Pence (R) said": the article names one
    state's governorship and titles one sitting governor without a state; that governor holds it."""
    states: dict[str, tuple[list[Token], Token]] = {}
    for noun in ctx.doc:
        if noun.lower_ != "governor" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _REFERRING_DEPS \
                or noun.ent_type_ == "PERSON" \
                or noun.head.ent_type_ == "PERSON" or noun.nbor(1 if noun.i + 1 < len(ctx.doc) else 0).ent_type_ == "PERSON":
            continue  # "Indiana Governor Mike Pence": a title, read by ``seats``
        words = _state_words(noun)
        state = seats.state_named(words) if words else None
        if state is not None:
            states.setdefault(state, (words, noun))
    if len(states) != 1:
        return
    sitting = {}
    for ent, holder in ctx.named_persons():
        titles = title_tokens(ent)
        if not any(t.lower_.rstrip(".") in ("gov", "governor") for t in titles):
            continue
        if any(t.lower_.rstrip(".") in ("lt", "lieutenant", "former", "ex", "late") or t.ent_type_ == "GPE"
               for t in [*titles, *ctx.doc[max(0, ent.start - len(titles) - 2):ent.start]]):
            continue  # a former or lieutenant governor, or one whose state is written
        sitting[holder.id] = (holder, ent)
    if len(sitting) != 1:
        return
    (holder, ent), = sitting.values()
    state, (words, noun) = next(iter(states.items()))
    for r in ctx.out:
        obj = ctx.ref_by_id(r.object) if r.predicate == "ROLE" else None
        if r.subject == holder.id and (r.role or "").endswith("governor") or obj is not None and obj.name == state:
            return  # the governor's own state is written, or the state's politician is someone named
    place = seats.state_entity(ctx, words, state)
    lo, hi = min(words[0].i, noun.i), max(words[-1].i, noun.i)
    if place is not None:  # the evidence: where the article names the state's governorship
        ctx.add(holder, "ROLE", place, Span.of(ctx.text, ctx.doc[lo].idx, ctx.doc[hi].idx + len(ctx.doc[hi])), 0.55,
                role="governor")


def _state_words(noun: Token) -> list[Token]:
    """The US state a "governor" is of: "Indiana governor", "the governor of Indiana"."""
    tok = _state_modifier(noun)
    if tok is not None:
        return [t for t in tok.subtree if t.ent_type_ == "GPE"]
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            pobj = next((g for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
            if pobj is not None:
                return [t for t in pobj.subtree if t.ent_type_ == "GPE"]
    return []


def _state_modifier(noun: Token) -> Token | None:
    """The US state written before the noun ("the Vermont congressman", "the New York
    Democrat"): the last word of the state's name, hung on the noun."""
    for c in noun.lefts:
        if c.dep_ not in ("compound", "nmod", "amod") or c.ent_type_ != "GPE":
            continue
        words = [t for t in c.subtree if t.ent_type_ == "GPE"]
        if seats.state_named(words) is not None:
            return c
    return None


def _state_from(noun: Token) -> Token | None:
    """The US state a legislator is sent from, written after the noun ("the senator from
    Vermont", "the first-term congressman from Ohio"): the token whose subtree names it."""
    if noun.lower_ not in _FROM_SEATS:
        return None
    cands = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
             for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    return _first_naming_a_state(cands)


def _state_owner(noun: Token) -> Token | None:
    """The US state an office noun belongs to by a possessive or "of" ("Virginia's governor",
    "governor of Virginia"): the token whose subtree names it."""
    cands = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "GPE"]
    cands += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    return _first_naming_a_state(cands)


def _first_naming_a_state(cands: list[Token]) -> Token | None:
    """The first of ``cands`` whose phrase names a US state."""
    return next((c for c in cands if seats.state_named(seats.state_words(c)) is not None), None)


def person_described(ctx: Context, noun: Token) -> EntityRef | None:
    """The person a definite description stands for: the one person named, outside quotes, in
    the nearest sentence before that names anyone (of several, the one titled with the office)."""
    known = ctx.ent(noun)
    if known is not None and known.type not in ("person", "group") and noun.lower_ not in _PARTY_NOUNS:
        return None  # a body the index read ("Democrat" alone is only a label, a group a description)
    # the index's reading is not enough: it joins "the senator" to the latest senator named,
    # and of two senators named together either may be "the Oregon senator"

    sents = ctx.index.layout.sent_of
    own = sents[noun.i]
    # "Clinton has never trailed the Vermont senator": an object describes someone other than
    # its clause's subject, who may be named before it
    subject = _clause_subject(ctx, noun)
    # "Cruz attacked Rubio, and the Florida senator replied": whom it stands for is a guess
    for t in ctx.doc[noun.sent.start:noun.i]:
        ref = _person_outside_quotes(ctx, t)
        if ref is not None and (subject is None or ref.id != subject.id):
            return None
    people: dict[str, EntityRef] = {}
    at = -1
    for i in range(noun.sent.start - 1, -1, -1):
        if own - sents[i] > _REACH:
            break
        if people and sents[i] != sents[i + 1]:
            break  # the nearest sentence that names anyone is read whole
        ref = _person_outside_quotes(ctx, ctx.doc[i]) or _subject_pronoun(ctx, ctx.doc[i])
        if ref is not None:
            people[ref.id] = ref
            at = i
    # "… with Sen. X, R-Iowa. The Florida senator said": one seated elsewhere is not described
    contrasted = subject is not None and subject.id in people and len(people) == 2
    people = {k: v for k, v in people.items() if _agrees(ctx, v, noun) and (subject is None or k != subject.id)}
    if len(people) > 1 and noun.lower_ in _OFFICES:
        # "Rep. Welch is backing Sen. Sanders … The Vermont congressman": the one titled so
        people = {k: v for k, v in people.items() if _titled(ctx, v) == {_OFFICES[noun.lower_]}}
    if len(people) != 1:
        return None
    # the one a description continues is the topic, a subject or an owner there ("Welch said",
    # "Gore's exile"), not a name in passing ("raised by front-runner X"), unless the person's
    # own title is the described office ("… to Sen. Rubio. The Florida senator")
    person = next(iter(people.values()))
    titled = noun.lower_ in _OFFICES and _titled(ctx, person) == {_OFFICES[noun.lower_]}
    # a "he" or "she" subject before ("“…,” he said in Las Vegas. The Vermont senator has …")
    # stands for the topic only when the description goes on as the subject and names a seat,
    # which a reader checks against the person (not a party's post: "“…,” he added. The
    # Republican nominee has …" may be the one the quote was about)
    by_pronoun = noun.dep_ in ("nsubj", "nsubjpass") and (noun.lower_ in _OFFICES or noun.lower_ in _LEGISLATORS)
    # "she started ahead of Sanders. But she never trailed the Vermont senator": the other of
    # the two the clause's subject was named with
    return person if titled or contrasted or at >= 0 and _topic(ctx, at, person.id, by_pronoun) else None


def _clause_subject(ctx: Context, noun: Token) -> EntityRef | None:
    """The person subject of the clause an object or a preposition's object ``noun`` is in
    ("she" in "she has never trailed the Vermont senator"), resolved; None for a subject noun."""
    if noun.dep_ not in _OBJECT_DEPS:
        return None
    verb = noun.head
    for _ in range(4):  # "a lead over the senator": up through the preposition and its noun
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if verb.pos_ in ("VERB", "AUX") else None
    ref = ctx.ent(subj, resolve=True) if subj is not None else None
    return ref if ref is not None and ref.type == "person" else None


def _subject_pronoun(ctx: Context, tok: Token) -> EntityRef | None:
    """The person a "he" or "she" subject in the writer's words stands for: one more person
    that sentence is about ("Clinton raised … he'll be looking to prove")."""
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or ctx.words_of(tok) is not None:
        return None
    ref = ctx.ent(tok, resolve=True)
    return ref if ref is not None and ref.type == "person" else None


def _topic(ctx: Context, sent_tok: int, person_id: str, by_pronoun: bool = False) -> bool:
    """Whether ``person_id`` is named as a subject or an owner in the sentence of ``sent_tok``,
    or (with ``by_pronoun``) is the "he" or "she" it has as a subject."""
    for t in ctx.doc[sent_tok].sent:
        ref = _person_outside_quotes(ctx, t) or (_subject_pronoun(ctx, t) if by_pronoun else None)
        if ref is None or ref.id != person_id:
            continue
        root = t
        while root.dep_ in ("compound", "flat") and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass", "poss"):
            return True
    return False


def _person_outside_quotes(ctx: Context, tok: Token) -> EntityRef | None:
    """The person ``tok`` names, when it is a name in the writer's own words (a name inside a
    quote is someone the speaker talks about)."""
    if tok.pos_ != "PROPN" or ctx.words_of(tok) is not None:
        return None
    ref = ctx.ent(tok)
    return ref if ref is not None and ref.type == "person" else None


def _subject_of_as(ctx: Context, prep: Token) -> EntityRef | None:
    """ "As a New York senator, Clinton voted …": the subject of the clause "as" opens."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ref = ctx.ent(subj, resolve=True) if subj is not None else None
    return ref if ref is not None and ref.type == "person" else None


def _state_of(noun: Token) -> str | None:
    tok = _state_modifier(noun) or _state_from(noun)
    return seats.state_named(seats.state_words(tok)) if tok is not None else None


def _someone_else(ctx: Context, holder: EntityRef, noun: Token, state_tok: Token | None) -> bool:
    """Whether the text gives the described post to another person already ("Republican
    nominee Donald Trump … Biden said … The Republican nominee has made a play"): the
    description is then that person's, whoever was named last."""
    head = noun.lower_.split("-")[-1]  # "front-runner" and "runner" alike
    state = _state_of(noun) if state_tok is not None else None
    party = parties.label_party(noun)
    for r in ctx.out:
        if r.predicate != "ROLE" or r.subject == holder.id or not r.role:
            continue
        post = r.role.split()[-1].split("-")[-1]
        obj = ctx.ref_by_id(r.object)
        name = obj.name if obj is not None else None
        # "Vermont Sen. Bernie Sanders … Clinton raised … the Vermont senator has raised":
        # the state's politician the text named is the one described
        if state is not None and name == state and (noun.lower_ not in _OFFICES or _OFFICES[noun.lower_] in {
                _TITLE_OFFICE.get(w) for w in r.role.split()}):
            return True  # "Vermont Gov. Shumlin … the Vermont congressman" is still someone else's post
        if party is not None and name == party and noun.lower_ in _PARTY_POSTS and post == head:
            return True  # "the Democratic nominee": the one the text gave that post
    return False


def _agrees(ctx: Context, holder: EntityRef, noun: Token) -> bool:
    """Whether the person may be the description: an office noun must be the office the
    person's title gives, if it gives one ("Gov. X … the Ohio senator" is someone else), and a
    spokeswoman or an aide is not the politician described."""
    cluster = ctx.index.cluster_by_id(holder.id)
    if cluster is not None and cluster.roles & _STAFF:
        return False
    state = _state_of(noun)
    for r in ctx.out:  # "The Washington Post's Ed Lake": a journalist is not the politician described
        obj = ctx.ref_by_id(r.object) if r.subject == holder.id and r.predicate == "ROLE" else None
        if obj is not None and obj.type == "media":
            return False
        if obj is not None and state is not None and obj.name in seats.US_STATES and obj.name != state:
            return False  # "Sen. X (R-Iowa) … the Florida senator" is someone else
    office = _OFFICES.get(noun.lower_)
    if office is None:
        return True
    titled = _titled(ctx, holder)
    return not titled or office in titled


def _titled(ctx: Context, person: EntityRef) -> set[str]:
    """The offices the titles given to ``person`` in the article say ("Sen." → senator)."""
    cluster = ctx.index.cluster_by_id(person.id)
    return {_TITLE_OFFICE[r] for r in (cluster.roles if cluster is not None else ()) if r in _TITLE_OFFICE}


def _add_state(ctx: Context, holder: EntityRef, noun: Token, state_tok: Token) -> None:
    words = seats.state_words(state_tok)
    state = seats.state_named(words)
    place = seats.state_entity(ctx, words, state)
    if place is None:
        return
    former = any(c.lower_ == "former" for c in noun.lefts)
    role = _OFFICES.get(noun.lower_) or ("legislator" if noun.lower_ in _LEGISLATORS else "politician")
    role = f"former {role}" if former else role
    lo, hi = min(words[0].i, noun.i), max(words[-1].i, noun.i)
    ctx.add(holder, "ROLE", place, Span.of(ctx.text, ctx.doc[lo].idx, ctx.doc[hi].idx + len(ctx.doc[hi])), 0.6,
            role=role)
