"""ROLE and SPEAKS_FOR said by phrases around a name: appositions ("Yuri Ushakov, a top aide
to President Vladimir Putin"), role phrases ("a partner at the Asia Group"), relative clauses
("…, who leads the Department of X"), "Brad Adams, from Human Rights Watch", names given as
examples ("Trump's advisers, including X"), copulas ("X is Trump's campaign chairman"). Posts
said by a main clause's verb ("led by", "appointed X as", "serves as", "chairs", "works for")
are in ``post_verbs``."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..entities.datelines import after_dateline
from ..model import EntityRef
from ..speakers import subject_of
from ._context import HONORIFICS, KIN_NOUNS, LIST_ROLE_NOUNS, NOT_ROLES, STATE_ACTORS, Context, asserted
from ._title_words import leader_state
from .memberships import is_fellowship, member_of_whole_congress
from .parties import is_party_name
from .seats import listed_holder, seat_office
from .titles import body_owner, campaign_owner, has_own_title, pronoun_owner, successor_in

# Roles whose "to X" is where they are posted, not whom they serve.
_POSTED_TO = {"ambassador", "envoy", "emissary", "delegate", "delegation", "mission"}


_QUOTE_TAGS = ("``", "''")

TRIGGER_WORDS = frozenset({"as", "including", "from", "of", "by"})  # (verbs and nouns pass the sieve anyway)


def at_token(ctx: Context, tok: Token) -> None:
    """The role rules that start at ``tok``."""
    pos, dep, low = tok.pos_, tok.dep_, tok.lower_
    if dep == "appos":
        apposition(ctx, tok)
    if dep == "relcl":
        relative_clause(ctx, tok)
    if low == "from":
        from_org(ctx, tok)
    if low == "of":
        name_of_org(ctx, tok)
    if low == "including" or low == "as" and tok.i > 0 and ctx.doc[tok.i - 1].lower_ == "such":
        listed_examples(ctx, tok)
    if low == "as" and dep in ("prep", "mark"):
        spell_as(ctx, tok)
    if dep == "nmod" and pos == "NOUN":
        title_before_comma(ctx, tok)
    if low == "by":
        written_by(ctx, tok)
    if pos == "VERB" and tok.lemma_ == "include":
        included_by_verb(ctx, tok)


# Pieces of reporting an outlet publishes under its writers' names ("a Reuters report by X");
# not an op-ed, a letter or an interview, which an outlet prints from people outside its staff.
_REPORTING_NOUNS = {"article", "articles", "story", "stories", "report", "reports", "piece", "pieces", "column",
                    "columns", "dispatch", "investigation", "analysis", "profile", "exposé", "expose"}


def written_by(ctx: Context, by: Token) -> None:
    """ "a Washington Post article by Ann Lee and Tom Roy", "a story by Ann Lee in The Guardian"
    → ROLE writer → the outlet, for each writer named. The parse often hangs "by" on the
    clause's verb (an agent) past a date ("article Monday by"): the noun right before "by",
    or before the date, is the piece then."""
    noun = by.head if by.head.lower_ in _REPORTING_NOUNS and by.head.i < by.i else None
    if noun is None:
        j = by.i - 1
        while j > 0 and ctx.doc[j].ent_type_ in ("DATE", "TIME") and by.i - j <= 3:
            j -= 1
        noun = ctx.doc[j] if j >= 0 and ctx.doc[j].lower_ in _REPORTING_NOUNS and ctx.doc[j].pos_ == "NOUN" else None
    if noun is None:
        return
    outlets = [c for c in noun.lefts if c.dep_ in ("compound", "poss", "nmod") and ctx.ent(c) is not None
               and ctx.ent(c).type == "media"]
    outlets += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "for") and p.i > by.i
                for g in p.children if g.dep_ == "pobj" and ctx.ent(g) is not None and ctx.ent(g).type == "media"]
    if len({ctx.ent(o).id for o in outlets}) != 1:
        return
    outlet = outlets[0]
    pobj = next((g for g in by.children if g.dep_ == "pobj"), None)
    for tok, person in ctx.actors(pobj, ("person",)):
        ctx.add(person, "ROLE", ctx.ent(outlet), ctx.evidence(outlet, noun, tok), 0.65, role="writer")


def title_before_comma(ctx: Context, noun: Token) -> None:
    """ "the NATO secretary-general, Erik Lund": the parse makes the title a modifier of the
    name that follows its comma; the post is the person's."""
    name = noun.head
    first = min([name.i, *(c.i for c in name.children if c.dep_ in ("compound", "flat") and c.i > noun.i)])
    if name.i <= noun.i or name.pos_ != "PROPN" or not any(t.text == "," for t in ctx.doc[noun.i + 1:first]):
        return
    person = ctx.ent(name)
    if person is None or person.type != "person" or ctx.ent(noun) is not None and ctx.ent(noun).type != "group":
        return
    if not is_post(noun):
        return
    role_phrase(ctx, person, noun, name)


# Head nouns of posts a copula may give ("X is Trump's campaign chairman"); a noun outside them
# says what someone is like, not a post ("X is Trump's biggest problem").
_POST_NOUNS = (LIST_ROLE_NOUNS | {"president", "premier", "chancellor", "governor", "mayor", "chairman",
                                  "chairwoman", "chair", "manager", "founder", "executive", "strategist",
                                  "pollster", "treasurer", "counsel", "lawyer", "attorney", "consultant",
                                  "speechwriter", "surrogate", "leader", "member", "editor", "host",
                                  "reporter", "columnist", "anchor", "correspondent", "fellow", "professor",
                                  "economist", "employee", "coordinator", "organizer", "organiser",
                                  "co-founder", "cofounder", "publisher", "commissioner", "trustee", "contributor",
                                  # occupations held at a body ("a pastor at X", "an engineer with Y")
                                  "pastor", "priest", "rabbi", "imam", "engineer", "scientist", "producer",
                                  "teacher", "lecturer", "officer"}) - {"man", "woman", "general",
                                                                                          "foreign", "counterpart"}


def whole_document(ctx: Context) -> None:
    """Posts said by a copula: "X is Trump's campaign chairman", "X, who was Sessions' main
    adviser", "Trump's campaign chairman is X"."""
    for tok in ctx.doc:
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ in ("NOUN", "PROPN"):
            copula(ctx, tok)


def copula(ctx: Context, attr: Token) -> None:
    verb = attr.head
    subj = subject_of(verb)
    if subj is None or any(c.dep_ == "neg" for c in verb.children) or not asserted(verb):
        return  # "I wanted to be president of X", "if he were chairman": no post held
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
            verb.head.pos_ in ("NOUN", "ADJ") or verb.head.lemma_ == "be"):
        return  # "is on track to be a CNN contributor", "likely to be chairman": a prospect, no post
    if subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head  # "Stephen Miller, who was Sessions' adviser"
    if verb.dep_ == "relcl" and subj.i == verb.head.i and subj.pos_ == "NOUN" and subj.dep_ == "appos":
        subj = subj.head  # "X, an activist who is president of Y": the person the apposition describes
    former = verb.tag_ == "VBD"
    # "X is Y's campaign chairman": the attribute is the post, the subject holds it
    holder = ctx.ent(subj, resolve=True)
    if holder is not None and holder.type == "person" and attr.pos_ == "NOUN" and is_post(attr):
        role_phrase(ctx, holder, attr, subj, former=former)
        seat_office(ctx, holder, attr, subj, subj, former=former)  # "X, who is governor of Ohio"
        # "X is coordinator of Y and co-founder of Z": each post of the list (the parse may
        # hang the second on the first as a conjunct or an apposition)
        for more in attr.children:
            if more.dep_ in ("conj", "appos") and more.pos_ == "NOUN" and is_post(more) and ctx.ent(more) is None:
                role_phrase(ctx, holder, more, subj, former=former)
        return
    # "Trump's campaign chairman is X": the subject is the post, the attribute names its holder
    holder = ctx.ent(attr)
    if holder is not None and holder.type == "person" and subj.pos_ == "NOUN" and is_post(subj) \
            and any(c.dep_ == "poss" for c in subj.children):
        role_phrase(ctx, holder, subj, attr, former=former)


# Nouns of the span of a post someone holds or held: "his time as governor of New Jersey",
# "her role as Judiciary Committee chairman", "a second term as president of the World Bank".
_SPELL_NOUNS = {"time", "tenure", "term", "years", "stint", "days", "role", "job", "career", "capacity", "experience"}


def spell_as(ctx: Context, prep: Token) -> None:
    """ "Christie fought for the bills in his time as governor of New Jersey" → ROLE governor
    → New Jersey; "Lee used her role as Judiciary Committee chairman" → ROLE chairman → the
    committee: the post of the one whose spell it is (the possessive, or the subject of the
    verb a bare "a second term as" hangs on). National offices with no country are
    ``offices``'."""
    spell = prep.head
    if prep.dep_ == "mark" and prep.i > 0:
        # "used her role as Judiciary Committee chairman to block": the parse may make "as" a
        # marker of the next clause; the spell stands right before it
        spell = ctx.doc[prep.i - 1]
    post = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if spell.lower_ not in _SPELL_NOUNS or spell.pos_ != "NOUN" or post is None or not is_post(post):
        return
    owner = next((c for c in spell.children if c.dep_ == "poss"), None)
    holder = ctx.ent(owner, resolve=True) if owner is not None else None
    if holder is None or holder.type != "person":
        return
    former = any(t.lower_ == "former" for t in post.lefts)
    role_phrase(ctx, holder, post, owner, former=former)
    seat_office(ctx, holder, post, owner, owner, former=former)


def is_post(noun: Token) -> bool:
    """Whether ``noun`` heads a post someone holds ("chairman", "coordinator"), not a description."""
    words = [noun.lower_, noun.lemma_.lower()]
    return any(w in _POST_NOUNS for w in words) and noun.lower_ not in NOT_ROLES


def apposition(ctx: Context, appos: Token) -> None:
    head = listed_holder(ctx, appos.head, appos)
    holder = ctx.ent(head)
    if holder is not None and holder.type in ("person", "group") and (
            appos.pos_ == "NOUN" or appos.pos_ == "PROPN" and ctx.index.at(appos) is None):
        # "Yuri Ushakov, a top aide to President Vladimir Putin"; "Wu Xinbo, Dean of …"
        former = any(t.lower_ == "former" for t in appos.lefts)
        if appos.lower_ in ("successor", "predecessor"):
            successor_in(ctx, holder, appos, head)
        # "an analyst at X and a former NATO adviser": the parse often hangs the second
        # role on the first one's place; an indefinite common noun there is a role again
        later = [c for c in appos.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and ctx.index.at(c) is None]
        later += [c for prep in appos.children if prep.dep_ == "prep" for g in prep.children if g.dep_ == "pobj"
                  for c in g.children if c.dep_ == "conj" and c.pos_ == "NOUN" and ctx.index.at(c) is None
                  and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
        for role_noun in [appos, *later]:
            if role_noun.tag_ == "NNS" and holder.type == "person" and head.dep_ != "conj" \
                    and not any(c.dep_ == "conj" for c in head.children):
                continue  # "If God talks to X, Y's days are over": one person is no plural post
            if _names_a_thing(role_noun):
                continue  # "Clinton, Britain's emotionally charged uprising": no post held
            if gazetteer.demonym_token(role_noun):
                continue  # "Lee, the Afghan-American who …": an origin, no post held
            # "a former NATO planner and now a research analyst": "now" ends the "former"
            now = role_noun is not appos and any(t.lower_ in ("now", "currently") for t in
                                                 ctx.doc[max(0, role_noun.left_edge.i - 2):role_noun.i])
            role_phrase(ctx, holder, role_noun, head, former=former and not now)
            for other, tok in _also_holding(ctx, head, role_noun):
                role_phrase(ctx, other, role_noun, tok, former=former and not now)
        if holder.type == "person":
            _now_at(ctx, holder, head, appos)
    elif appos.pos_ == "PROPN" and _named_after_its_post(ctx, appos) is not None:
        # "A spokesperson for the European Commission, Lina Varga, said": the parse hangs the
        # name on the commission; the post is the noun the commission completes
        role_phrase(ctx, ctx.ent(appos), _named_after_its_post(ctx, appos), appos)
    elif (head.pos_ == "NOUN" or head.pos_ == "PROPN" and (head.is_lower or ctx.index.at(head) is None and is_post(head))) \
            and appos.pos_ == "PROPN":
        # (a lowercase title the tagger took for a name: "the secretary of X's council, Y"; a
        # capitalised one that names no body: "Iran's Supreme Leader, Y")
        # "Trump's ambassador to Germany, Richard Grenell"; "Trump envoys Steve Witkoff and …"
        if head.dep_ == "ROOT" and head.tag_ in ("NNS", "NNPS") and not is_post(head):
            return  # "Al-Awlaki extols Nidal Hasan, …": a verb the parse read as the plural noun of a fragment
        names = [appos, *[c for c in appos.children if c.dep_ == "conj"]]
        listed = {r.id for r in map(ctx.ent, names) if r is not None}
        if any(r is not None and r.id in listed for r in (ctx.ent(c) for c in head.lefts
                                                           if c.dep_ in ("compound", "nmod", "poss"))):
            return  # "Morning Joe hosts Joe Scarborough and Mika Brzezinski": a show's name read as one
            # of the listed hosts owns no post; the co-host is no principal of the other
        for n, h in enumerate(names):
            person = ctx.ent(h)
            if person is None or person.type != "person":
                continue
            if n and head.tag_ not in ("NNS", "NNPS") or has_own_title(ctx, h, head) and not _joined_post(head, h):
                continue  # "envoy X and son-in-law Y": the singular title is X's; Y has its own
            role_phrase(ctx, person, head, h)


def _now_at(ctx: Context, holder: EntityRef, name: Token, appos: Token) -> None:
    """ "X, a former NATO planner now at the Y Institute" / "… now with Z": where the person
    works today, written after the description of an earlier post (the parse hangs "now at" on
    the clause's verb, so it is read on the words right after the apposition); and the body a
    post of the apposition is held at, when the parse hangs its "at" on the name."""
    k = appos.right_edge.i + 1
    doc = ctx.doc
    role = "staff"
    if k + 1 < len(doc) and doc[k].lower_ in ("now", "currently") and doc[k + 1].lower_ in ("at", "with"):
        at = doc[k + 1]
    elif k < len(doc) and doc[k].lower_ == "at" and doc[k].dep_ == "prep" and doc[k].head.i == name.i \
            and _post_of_a_body(ctx, appos):
        # "Wu Li, Dean of the Institute of X and Director of the Y Center at Z University,": the
        # parse hangs "at Z" on the name; it is where the posts just listed are held
        at, role = doc[k], appos.lower_
    else:
        return
    pobj = next((g for g in at.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return
    body = next((t for t in pobj.subtree if t.i > at.i and ctx.ent(t) is not None), None)
    ref = ctx.ent(body) if body is not None else None
    if ref is None or ref.type not in ("organization", "media") or ref.id == holder.id:
        return
    ctx.add(holder, "ROLE", ref, ctx.evidence(name, body), 0.6, role=role)


def _post_of_a_body(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` is a post at a named body: "Dean of the School of Law", "a partner at X"."""
    return any(p.dep_ == "prep" and p.lower_ in ("of", "at") and ctx.ent(g) is not None
               and ctx.ent(g).type in ("organization", "media")
               for p in noun.children for g in p.children if g.dep_ == "pobj")


def _ethnic_pair(tok: Token) -> bool:
    """Whether ``tok`` is the first demonym of a pair ("Cuban-American", "Indian-American"): a
    person's origin, not the state a post is held for."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
        and bool(gazetteer.demonym_token(tok)) and bool(gazetteer.demonym_token(doc[tok.i + 2]))


def _also_holding(ctx: Context, head: Token, role_noun: Token) -> list[tuple[EntityRef, Token]]:
    """The other persons of "X and Y, both senior engineers at Z": a plural post set after
    names joined by "and" is each one's. Not when the post's words are paired ("current and
    former chief executives"): which one holds which is not said by the parse."""
    if role_noun.tag_ != "NNS" or any(c.dep_ == "conj" for m in role_noun.lefts for c in m.children):
        return []
    # a body named for the post ("Boeing's", "at Boeing"); an origin ("Cuban-American
    # candidates") says where the persons come from, not where they serve
    bodies = [c for c in role_noun.lefts if c.dep_ in ("poss", "compound", "nmod") and ctx.ent(c) is not None
              and not gazetteer.demonym_token(c)]
    bodies += [g for p in role_noun.children if p.dep_ == "prep" for g in p.children
               if g.dep_ == "pobj" and ctx.ent(g) is not None]
    if not bodies:
        return []
    out = []
    for c in head.children:
        ref = ctx.ent(c) if c.dep_ == "conj" else None
        if ref is not None and ref.type == "person":
            out.append((ref, c))
    return out


def _joined_post(head: Token, name: Token) -> bool:
    """Whether the words between the title ``head`` and the name all belong to a second post
    joined to it ("CNN anchor and chief correspondent X"): both posts are the one person's, and
    the body before the first is where they are held."""
    between = range(head.i + 1, name.left_edge.i)  # (the first name's words hang on the last)
    if not between:
        return False
    joined = {t.i for c in head.children if c.dep_ in ("cc", "conj") and c.i < name.i for t in c.subtree}
    return is_post(head) and all(i in joined for i in between) and any(
        c.dep_ == "conj" and c.pos_ == "NOUN" and is_post(c) for c in head.children)


def _named_after_its_post(ctx: Context, appos: Token) -> Token | None:
    """The post a person's name set off by commas after "a <post> for|to|at|of <body>" holds
    ("A spokesperson for the European Commission, Lina Varga,"), when the parse hangs the name
    on the body; None otherwise."""
    head = appos.head
    person = ctx.ent(appos)
    if person is None or person.type != "person" or ctx.ent(head) is None or ctx.ent(head).id == person.id:
        return None
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "to", "at", "of"):
        return None
    post = prep.head
    described = ctx.ent(post)  # "a senior adviser" may stand as a group of its own: it is her
    if post.pos_ != "NOUN" or described is not None and described.type != "group" \
            or ctx.doc[appos.left_edge.i - 1].text != ",":
        return None
    return post


# Endings of nouns for events, states and things, not for people: an apposition headed by one
# says what something is like, not which post someone holds ("the deaths of X", "an uprising").
_THING_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ings", "ing", "ure", "ths")


def _names_a_thing(noun: Token) -> bool:
    low = noun.lower_
    return len(low) > 5 and low.endswith(_THING_ENDINGS) and low not in LIST_ROLE_NOUNS


def listed_examples(ctx: Context, prep: Token) -> None:
    """Names given as examples of a plural noun: "Trump's advisers, including X and Y"
    → ROLE adviser → Trump for each; "NATO members including Norway" / "NATO allies such
    as Poland" → MEMBER_OF NATO; "U.S. allies such as Japan" → ALLY_OF. A bare plural
    ("Advisers, including X") takes the owner of the same noun in that sentence or the one
    before ("One of Trump's advisers said …")."""
    noun = prep.head
    if prep.lower_ == "as" and noun.lower_ == "such":  # "allies, such as": "such" hangs on the noun
        noun = noun.head
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or pobj is None:
        return
    low = noun.lower_
    mods = _named_mods(ctx, noun)
    if low in ("members", "allies", "states", "countries"):
        orgs = [c for c in mods if c.dep_ != "poss" and ctx.ent(c).type == "organization"]
        if low in ("states", "countries") and not any(c.lower_ == "member" for c in noun.lefts):
            orgs = []  # "NATO countries" may be read either way; "NATO member states" not
        states = [c for c in mods if ctx.ent(c).type == "country"]
        for t, ref in ctx.actors(pobj):
            if ref.type != "country":
                continue
            for o in orgs[:1]:
                ctx.add(ref, "MEMBER_OF", ctx.ent(o), ctx.evidence(o, prep, t), 0.7)
            for o in (states[:1] if low == "allies" else []):
                ctx.add(ref, "ALLY_OF", ctx.ent(o), ctx.evidence(o, prep, t), 0.7)
        return
    _named_examples(ctx, noun, pobj, mods)


def included_by_verb(ctx: Context, verb: Token) -> None:
    """ "Other Trump delegates from the state include Reps. X and Y": the names a plural post
    "includes" hold it, as with "Trump's delegates, including X"."""
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or obj is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not asserted(verb):
        return
    _named_examples(ctx, noun, obj, _named_mods(ctx, noun))


def _named_mods(ctx: Context, noun: Token) -> list[Token]:
    """The names before a plural post that say whose it is ("Trump delegates", "Lane's
    advisers"); only names: "the president's aides" may be any president's."""
    return [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"
            and ctx.ent(c) is not None]


def _named_examples(ctx: Context, noun: Token, pobj: Token, mods: list[Token]) -> None:
    """ROLE ``noun`` toward its one named owner (``mods``, else the owner of the same noun
    just before) for each person listed from ``pobj``."""
    lemma = noun.lemma_.lower()
    if lemma not in LIST_ROLE_NOUNS or lemma in KIN_NOUNS:
        return
    owners = [c for c in mods if ctx.ent(c).type in STATE_ACTORS + ("person",)]
    if not owners and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in noun.lefts):
        owners = _earlier_owner(ctx, noun)
    if len(owners) != 1:
        return
    owner = owners[0]
    for t, ref in ctx.actors(pobj, ("person",)):
        ev = ctx.evidence(*sorted((owner, t), key=lambda x: x.i)) if ctx.index.layout.sent_of[owner.i] == \
            ctx.index.layout.sent_of[noun.i] else ctx.evidence(noun, t)
        # one of a loosely named set: the role is said, speaking for the owner is not
        ctx.role_and_principal(ref, noun, lemma, [owner], ev, 0.65, speaks_for=False)


def _earlier_owner(ctx: Context, noun: Token) -> list[Token]:
    """The owner of the last "X's <noun>" written in this sentence or the one before."""
    sents = ctx.index.layout.sent_of
    for j in range(noun.i - 1, -1, -1):
        if sents[j] < sents[noun.i] - 1:
            break
        t = ctx.doc[j]
        if t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN":
            return [c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and ctx.ent(c) is not None]
    return []


def role_phrase(ctx: Context, holder: EntityRef, noun: Token, holder_tok: Token, former: bool = False) -> None:
    """The role a noun phrase gives, and at or for whom: "a former NATO director of policy
    planning", "Norway's fisheries minister", "a partner at the Asia Group"."""
    role = _role_named(ctx, noun, former)
    objects = _owners_before_noun(ctx, noun, holder)
    role = _places_after_noun(ctx, noun, role, objects)
    if noun.lemma_.lower() == "member":
        # "X was a member of Congress", "X, a member of Congress,": no post there, as for "the
        # first member of Congress to …"
        objects = [o for o in objects if not member_of_whole_congress(ctx.ent(o))]
        # "X, a member of the Y Club": a membership (``memberships``), no post held
        objects = [o for o in objects if not is_fellowship(ctx.ent(o))]
    # "her senior policy adviser, Jake Sullivan": the person the pronoun stands for
    owners = tuple(o for o in (pronoun_owner(ctx, c) or body_owner(ctx, c) for c in noun.children if c.dep_ == "poss")
                   if o is not None and o.id != holder.id)
    if not objects and not owners:
        return
    ev = ctx.evidence(holder_tok, noun, *objects)
    ctx.role_and_principal(holder, noun, role, objects, ev, owners=owners)


def _role_named(ctx: Context, noun: Token, former: bool) -> str:
    """The role a noun and its modifiers name ("NATO director", "deputy secretary-general"),
    without honorifics or the names of whom it is held for; "former" when ``former``."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and ctx.ent(c) is None
            and not gazetteer.demonym_token(c)]
    role_words = [t for t in noun.subtree if t in mods or t.i == noun.i or
                  (t.head in mods and t.dep_ in ("amod", "compound"))]
    role = " ".join(t.lower_ for t in sorted(role_words, key=lambda t: t.i)
                    if t.lower_.rstrip(".") not in HONORIFICS)
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ \
            and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].head.i == noun.i and doc[noun.i + 2].dep_ != "prep":
        # "secretary-general" parsed as a noun and its modifier ("editor-in-chief": the "in chief" below)
        role = f"{role}-{doc[noun.i + 2].lower_}"
    if former and "former" not in role.split():
        role = f"former {role}"  # "a former NATO deputy secretary-general and chief U.S. arms negotiator"
    return role


def _owners_before_noun(ctx: Context, noun: Token, holder: EntityRef) -> list[Token]:
    """The tokens before a role noun that name whom the role is held for ("Norway's fisheries
    minister", "the Smith campaign's communications director"), or the state whose leader's
    aide it is ("Brazilian President's chief adviser")."""
    objects: list[Token] = []
    seen: set[str] = set()
    inside_poss = {t.i for c in noun.lefts if c.dep_ == "poss" for t in c.subtree if t.i != c.i}
    # "BRUSSELS (Reuters) - EU ministers": the parse may hang the dateline on the noun; not Reuters'
    for c in after_dateline(list(noun.subtree)):
        if c.i >= noun.i:
            break
        if c.i in inside_poss:
            continue  # "Russian President Putin's chief advisor": the owner's own title
        if any(g.dep_ == "cc" and g.lower_ in ("or", "nor") for g in c.children):
            continue  # "Trump or Democratic contenders X": an alternative to the holders, not their owner
        ref = ctx.ent(c) if c.dep_ in ("poss", "compound", "nmod", "amod") and not _ethnic_pair(c) else None
        if ref is None and c.dep_ == "poss" and campaign_owner(ctx, c) is not None:
            c = campaign_owner(ctx, c)  # "the Smith campaign's communications director"
            ref = ctx.ent(c)
        if ref is not None and ref.id not in seen and ref.id != holder.id:
            seen.add(ref.id)
            objects.append(c)
    if not objects:  # "Brazilian President's chief adviser, X": the state whose leader it is
        objects += [s for c in noun.children if c.dep_ == "poss" for s in [leader_state(ctx, c)] if s is not None]
    return objects


def _places_after_noun(ctx: Context, noun: Token, role: str, objects: list[Token]) -> str:
    """The first place after a role noun where the role is held ("a partner at the Asia
    Group", "an official in the Japanese government", "a spokeswoman for the Smith campaign"),
    added to ``objects``; a phrase that is part of the role ("director of policy planning",
    "editor in chief") goes on the role, which is returned."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "at", "of", "for", "in", "with"):
            continue
        if prep.lower_ == "to" and noun.lower_ in _POSTED_TO:
            continue
        if prep.lower_ == "for" and noun.lower_ in _POSTED_TO and objects:
            # "the African Union's special envoy for Sudan": the owner sent the envoy; what
            # follows "for" is the brief, a country or a matter, not a second principal
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if prep.lower_ == "in" and pobj.lower_ == "chief" and ctx.ent(pobj) is None:
            role = f"{role} in chief"  # "editor in chief of the Ledger": the post goes on
            objects.extend(g for p2 in pobj.children if p2.dep_ == "prep" and p2.lower_ in ("of", "at", "for")
                           for g in p2.children if g.dep_ == "pobj")
            continue
        if prep.lower_ == "in" and ctx.ent(pobj) is None and _state_government(ctx, pobj) is not None:
            objects.append(_state_government(ctx, pobj))  # "an official in the Japanese government"
            break
        if prep.lower_ == "in" and (ctx.ent(pobj) is None or ctx.ent(pobj).type not in ("organization", "media")):
            continue  # "an official in Obama's White House" is a post there; "a teacher in Ohio" is not
        if prep.lower_ == "with" and (ctx.ent(pobj) is None or ctx.ent(pobj).type not in ("organization", "media")):
            continue  # "an analyst with Eurasia Group" works there; "a lawyer with his client" does not
        if prep.lower_ == "at" and ctx.ent(pobj) is not None and ctx.ent(pobj).type == "person":
            continue  # a post is held at a body, never at a person (a name the model split off one)
        named = next((c for c in pobj.children if c.dep_ == "appos" and ctx.ent(c) is not None
                      and ctx.ent(c).type in ("organization", "media")), None) if ctx.ent(pobj) is None else None
        if named is not None and pobj.pos_ == "NOUN":
            objects.append(named)  # "co-founder of the activist group Fair Fields": the group's name
            break
        if ctx.ent(pobj) is None and campaign_owner(ctx, pobj) is not None:
            objects.append(campaign_owner(ctx, pobj))  # "a spokeswoman for the Smith campaign"
            break
        if ctx.ent(pobj) is None and prep.lower_ in ("of", "for"):
            # "director of policy planning at X": the role goes on
            owned = {t.i for c in pobj.children if c.dep_ == "poss" for t in c.subtree}
            unit = [t.lower_ for t in pobj.subtree if t.dep_ != "det" and t.i <= pobj.i and t.i not in owned
                    and t.tag_ not in _QUOTE_TAGS]  # (a show's name keeps no quotation marks)
            role = f"{role} {prep.lower_} {' '.join(unit)}"
            for p2 in pobj.children:
                if p2.dep_ == "prep" and p2.lower_ in ("at", "for", "of", "in"):
                    objects.extend(g for g in p2.children if g.dep_ == "pobj")
            # "head of the UN's nuclear watchdog": the body's owner
            objects.extend(c for c in pobj.children if c.dep_ in ("poss", "compound") and ctx.ent(c) is not None
                           and ctx.ent(c).type in STATE_ACTORS)
            # "a co-host of the BBC politics podcast", "host of CNN's 'Evening Brief'": an
            # outlet's own show (a body's is read above)
            if is_post(noun):
                objects.extend(c for c in pobj.children if c.dep_ in ("compound", "poss") and ctx.ent(c) is not None
                               and ctx.ent(c).type == "media")
            continue
        objects.append(pobj)
        if prep.lower_ == "of":  # "dean of the Institute of X at Fudan University": the body it is part of
            objects.extend(_parent_body(ctx, noun, pobj))
        break  # the first place named is where the role is held
    return role


# Nouns for a state's government, which a post "in" it is held for ("an official in the U.S.
# administration", "senior posts in various US administrations").
_STATE_GOVERNMENTS = {"government", "governments", "administration", "administrations", "cabinet"}


def _state_government(ctx: Context, noun: Token) -> Token | None:
    """The token naming the country whose government ``noun`` is ("the Japanese government",
    "various US administrations"); None for any other noun or owner ("the Obama administration")."""
    if noun.lower_ not in _STATE_GOVERNMENTS:
        return None
    return next((c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i
                 and ctx.ent(c) is not None and ctx.ent(c).type == "country"), None)


def _parent_body(ctx: Context, noun: Token, unit: Token) -> list[Token]:
    """The body a unit a post heads is part of, named after "at" (hung on the unit or on the
    post): "director of the Center for Asian Studies at Yale University" holds a post at the
    university too, as readers list it. Only a body the index knows as an organisation (not
    a place: "director of the museum at Kyoto")."""
    unit_ref = ctx.ent(unit)
    if unit_ref is None or unit_ref.type != "organization":
        return []
    found = []
    for head in (unit, noun):
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "at" or p.i < unit.i:
                continue
            for g in p.children:
                ref = ctx.ent(g) if g.dep_ == "pobj" else None
                if ref is not None and ref.type == "organization" and ref.id != unit_ref.id:
                    found.append(g)
    return found[:1]


def relative_clause(ctx: Context, verb: Token) -> None:
    """"…, who leads the Department of Government Efficiency" → ROLE head."""
    if verb.lemma_.lower() in ("serve", "work"):
        served_as(ctx, verb)
        return
    if verb.lemma_.lower() not in _RUNNING_VERBS:
        return
    holder = ctx.ent(verb.head)
    if verb.head.pos_ == "NOUN" and holder is None:
        # "Elon Musk, a Trump adviser who leads …": the person is the apposition's head
        holder = ctx.ent(verb.head.head) if verb.head.dep_ == "appos" else None
    if holder is None or holder.type != "person":
        return
    obj_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
    obj = ctx.ent(obj_tok)
    holder_tok = verb.head.head if verb.head.pos_ == "NOUN" else verb.head
    if obj is not None and obj.type == "organization" and verb.lemma_.lower() in _BODY_HEAD_VERBS:
        ctx.add(holder, "ROLE", obj, ctx.evidence(holder_tok, obj_tok), 0.7, role="head")
    elif obj is None and obj_tok is not None and asserted(verb):
        runs_owned_unit(ctx, holder, holder_tok, verb, obj_tok)


# Verbs of running something, and the post each gives its subject.
_RUNNING_VERBS = {"lead": "head", "head": "head", "run": "head", "chair": "chair", "direct": "director",
                  "manage": "manager", "oversee": "head"}
# Of these, the ones said of heading a named body ("who leads the Department of X"); one
# manages or oversees only a unit someone owns ("who managed X's campaign").
_BODY_HEAD_VERBS = frozenset(_RUNNING_VERBS) - {"manage", "oversee"}
# Units a person or a body owns, which whoever runs them does for the owner ("who managed Al
# Gore's 1992 campaign", "who is chairing Trump's transition team", "who runs the NRA's
# lobbying arm", "who led the U.K.'s defense review", "who led U.S. forces in Iraq"); a race,
# a field or a poll is led by a rival, for no one.
_OWNED_UNITS = {"campaign", "campaigns", "team", "arm", "wing", "staff", "operation", "operations", "office",
                "committee", "transition", "effort", "efforts", "bid", "unit", "program", "programme", "foundation",
                "review", "inquiry", "investigation", "commission", "panel", "forces", "troops", "army", "navy",
                "military", "command"}


def runs_owned_unit(ctx: Context, holder: EntityRef, holder_tok: Token, verb: Token, unit: Token) -> None:
    """ "Tom Reyes, who managed Dan Ortiz's presidential campaign" → ROLE manager of
    presidential campaign → Dan Ortiz (former when told in the past): a post held for the one
    who owns the unit, named by its possessive or as "the Ortiz campaign"."""
    if unit.lower_ not in _OWNED_UNITS:
        return
    owner = next((c for c in unit.children if c.dep_ == "poss" and (ref := ctx.ent(c)) is not None
                  and ref.type in ("person", "organization", "country", "media")), None)
    # "U.S. forces", "the British inquiry": a country named before the unit owns it too
    owner = owner or next((c for c in unit.lefts if c.dep_ in ("compound", "nmod", "amod")
                           and (ref := ctx.ent(c)) is not None and ref.type == "country"), None)
    owner = owner or campaign_owner(ctx, unit)
    if owner is None or ctx.ent(owner).id == holder.id:
        return
    owned = {t.i for t in owner.subtree}
    words = [t.lower_ for t in unit.subtree if t.i <= unit.i and t.i not in owned and t.dep_ != "det"
             and t.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL") and t.is_alpha]
    role = f"{_RUNNING_VERBS[verb.lemma_.lower()]} of {' '.join(words)}"
    if verb.tag_ == "VBD" or any(c.lower_ in ("was", "had", "formerly", "previously", "once") for c in verb.children):
        role = f"former {role}"
    ev = ctx.evidence(*sorted({holder_tok, verb, owner, unit}, key=lambda t: t.i))
    ctx.add(holder, "ROLE", ctx.ent(owner), ev, 0.65, role=role)


def served_as(ctx: Context, verb: Token) -> None:
    """ "James Stavridis, who served as NATO's supreme allied commander"."""
    holder_tok = verb.head
    holder = ctx.ent(holder_tok)
    if (holder is None or holder.type != "person") and any(c.dep_ == "nsubj" and c.lower_ == "who"
                                                           for c in verb.children):
        # "X, a partner at the Y Group, a consulting firm, who served in …": "who" is a person,
        # the one whose apposition names the body the parse hung the clause on
        t = holder_tok
        while (holder is None or holder.type != "person") and t.dep_ in ("pobj", "prep", "appos") \
                and t.head.i != t.i:
            t = t.head
            holder, holder_tok = ctx.ent(t), t
    if holder is None or holder.type != "person":
        return
    # "who served in senior posts in multiple U.S. administrations", "who worked in the
    # Japanese government": a post held for that state
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            state = _state_government(ctx, g) or next(
                (s for p2 in g.children if p2.dep_ == "prep" and p2.lower_ == "in" for g2 in p2.children
                 if g2.dep_ == "pobj" for s in [_state_government(ctx, g2)] if s is not None), None)
            if state is not None:
                role = "former official" if verb.tag_ == "VBD" else "official"
                ctx.add(holder, "ROLE", ctx.ent(state), ctx.evidence(holder_tok, state), 0.65, role=role)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if noun is not None:
                role_phrase(ctx, holder, noun, holder_tok)
    # "who previously worked in policy planning at NATO"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("at", "for"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            org = ctx.ent(pobj)
            if org is not None and org.type in ("organization", "country", "media"):
                field = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                              for g in p.children if g.dep_ == "pobj"), None)
                role = " ".join(t.lower_ for t in field.subtree) if field is not None else "staff"
                if any(c.lower_ in ("previously", "formerly", "once") for c in verb.children) or verb.tag_ == "VBD":
                    role = f"former {role}"
                ctx.add(holder, "ROLE", org, ctx.evidence(holder_tok, pobj), 0.7, role=role)


def from_org(ctx: Context, prep: Token) -> None:
    """ "Brad Adams, from Human Rights Watch, said" → ROLE staff → the organisation."""
    holder_tok = prep.head
    if prep.dep_ != "prep" or prep.i == 0 or ctx.doc[prep.i - 1].text != "," or holder_tok.i != prep.i - 2:
        return
    holder = ctx.ent(holder_tok)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    org = ctx.ent(pobj)
    if holder is not None and holder.type == "person" and org is not None and org.type in ("organization", "media"):
        ctx.add(holder, "ROLE", org, ctx.evidence(holder_tok, pobj), 0.65, role="staff")


def name_of_org(ctx: Context, prep: Token) -> None:
    """ "Chris Dale of Fox News", "Ann Lee of the Brookings Institution said" → ROLE staff → the
    outlet or body right after a person's name (a place after it is where they live: no post);
    "Ann Lee and Tim Roy of the Institute": each name of the list before the body that has no
    body of its own."""
    holder_tok = prep.head
    if prep.dep_ != "prep" or holder_tok.i != prep.i - 1 or holder_tok.ent_type_ != "PERSON":
        return
    holder = ctx.ent(holder_tok)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    org = ctx.ent(pobj)
    if holder is None or holder.type != "person" or org is None or org.type not in ("organization", "media") \
            or pobj.ent_type_ not in ("ORG", "") or ctx.index.cluster_at(pobj) is ctx.index.cluster_at(holder_tok):
        return
    for tok in [holder_tok, *_names_listed_before(ctx, holder_tok)]:
        ref = ctx.ent(tok)
        if org.type == "organization" and is_party_name(org.name):
            # "Ruth Achieng of the Orange Democratic Movement party": a party's people are its
            # members, not its staff (as parties.py reads "Democrat X")
            ctx.add(ref, "ROLE", org, ctx.evidence(tok, pobj), 0.65, role="member")
            ctx.add(ref, "MEMBER_OF", org, ctx.evidence(tok, pobj), 0.65)
            continue
        ctx.add(ref, "ROLE", org, ctx.evidence(tok, pobj), 0.65, role="staff")


def _names_listed_before(ctx: Context, last: Token) -> list[Token]:
    """The persons listed with ``last`` before it ("A, B and C of the Institute" → A, B), back to
    a name with a body of its own ("A of the Post and B of the Institute": A is not listed)."""
    chain, tok = [], last
    # up the list: each name hangs on the one before as a conjunct (or, after a comma, as an
    # apposition the parse makes of a name that follows a name)
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i and tok.head.ent_type_ == "PERSON":
        tok = tok.head
        if any(c.dep_ == "prep" or c.dep_ == "appos" and c.ent_type_ != "PERSON" and c.i < last.i
               for c in tok.children):
            # "A of the Post and B …", "A, a professor at X; and B of Y": A has a body of
            # their own, the list of the later body starts after A (a description after the
            # whole list, "A and B of Y, winners of …", is the list's)
            break
        ref = ctx.ent(tok)
        if ref is None or ref.type != "person":
            return []
        chain.append(tok)
    if chain and chain[-1].dep_ == "pobj" and chain[-1].head.lower_ in ("between", "with"):
        return []  # "talks between A and B of the Institute": two sides, only B is the Institute's
    return chain
