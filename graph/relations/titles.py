"""ROLE and SPEAKS_FOR said by a title compound: "German Foreign Minister Johann Wadephul" →
Germany, "President Donald Trump's envoy Steve Witkoff" → Donald Trump, "her senior policy
adviser X", "Trump pollster X", "Chancellor X, Merkel's successor in Germany". Names listed
after one title are read by ``title_lists``, titles with a named owner the parse missed by
``title_owners``, a title told earlier by ``earlier_titles``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from .. import gazetteer
from ..entities import title_tokens
from ..model import EntityRef, Span
from ..speakers import subject_of
from ._context import COUNTERPART_NOUNS, HONORIFICS, NOT_ROLES, SPEAKS_NOUNS, STATE_ACTORS, Context
from ._title_words import POSSESSIVE_PRONOUNS, gender, leader_state, role_text, title_words

_TIME_WORDS = {"former", "ex", "onetime", "one-time", "erstwhile"}


def pronoun_owner(ctx: Context, tok: Token) -> EntityRef | None:
    """The person a possessive "his"/"her" before a title stands for ("her senior policy
    adviser, Jake Sullivan"), as a reader takes it (the most salient person of the last
    sentences), unless that person is known to be of the other gender."""
    want = POSSESSIVE_PRONOUNS.get(tok.lower_)
    if tok.dep_ != "poss" or want not in ("m", "f"):
        return None
    # "he'll talk of his wife", "the former president said, referring to X, his adviser": the
    # subject of the clause around the pronoun first, when it is a person of that gender
    noun = tok.head
    joined = noun.head if noun.dep_ == "conj" else None  # "Vice President Joe Biden and his late son"
    if noun.dep_ == "appos" and noun.head.dep_ == "conj":
        joined = noun.head.head  # "Hillary Lane and Ana Cole, her aide": the first name of the pair
    if joined is not None:
        ref = ctx.ent(joined)
        if ref is not None and ref.type == "person" and gender(ctx, ref) in (None, want):
            return ref
    for verb in tok.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(verb)
        if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
            continue  # "her campaign manager, X, said": the pronoun is inside the subject
        if subj.lower_ in ("he", "she") and POSSESSIVE_PRONOUNS.get("his" if subj.lower_ == "he" else "her") != want:
            return None  # "she praised X and his son": not hers, and whose is not said here
        ref = ctx.ent(subj, resolve=True)
        if ref is None and subj.pos_ == "NOUN":
            ref = ctx.resolver.resolve(subj).entity  # "the former president said"
        if ref is not None and ref.type == "person" and gender(ctx, ref) in (None, want):
            return ref
        break
    ref = ctx.resolver.resolve(tok).entity
    if ref is None or ref.type != "person" or gender(ctx, ref) not in (None, want):
        return None
    return ref


def body_owner(ctx: Context, tok: Token) -> EntityRef | None:
    """The body or country a possessive "its" opening a sentence stands for: the subject of
    the sentence before, when that names one ("The IMF cut its forecast. Its managing
    director, Ann Lee, said" → the IMF); None for any other word or place."""
    if tok.lower_ != "its" or tok.dep_ != "poss" or tok.i != tok.sent.start or tok.i == 0:
        return None
    before = ctx.doc[tok.i - 1].sent
    subj = subject_of(before.root) if before.root.pos_ in ("VERB", "AUX") else None
    ref = ctx.ent(subj) if subj is not None else None
    return ref if ref is not None and ref.type in ("organization", "country", "media") else None


def whole_document(ctx: Context) -> None:
    """Titles of every named person, then names listed after one title and comma titles."""
    seen_spans: set[tuple[int, int]] = set()
    for ent in ctx.index.layout.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE") and (ent.start, ent.end) not in seen_spans:
            seen_spans.add((ent.start, ent.end))
            title_compound(ctx, ent)
    for c in ctx.index.clusters:
        if c.type != "person":
            continue
        for m in c.mentions:  # names the model left untagged ("Chilean President Ana Ruiz")
            span = ctx.doc.char_span(m.start, m.end)
            if span is not None and (span.start, span.end) not in seen_spans \
                    and all(t.pos_ == "PROPN" for t in span) \
                    and (all(not t.ent_type_ for t in span) or _cut_from_org(span)):
                seen_spans.add((span.start, span.end))
                title_compound(ctx, span)


def _cut_from_org(span: SpacySpan) -> bool:
    """Whether a person's name is the tail of a longer ORG the model ran over an office's
    words ("National Intelligence Tulsi Gabbard" after "Director of"): the title is read there."""
    return span[0].ent_iob_ == "I" and span[0].ent_type_ == "ORG" \
        and all(t.ent_type_ == "ORG" and t.ent_iob_ == "I" for t in span)


def successor_in(ctx: Context, holder: EntityRef, appos: Token, head: Token) -> None:
    """ "Chancellor Olaf Scholz, Merkel's successor in Germany" → ROLE chancellor → Germany:
    the holder's own title, held where the succession took place."""
    place = next((g for p in appos.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for g in p.children if g.dep_ == "pobj"), None)
    ref = ctx.ent(place)
    if ref is None or ref.type not in STATE_ACTORS or holder.type != "person":
        return
    start = _name_start(ctx, head)
    title = [t for t in title_words(ctx, start, lowercase=False) if t.lower_.rstrip(".") not in HONORIFICS]
    if not title or not title[0].text[:1].isupper():
        return
    ctx.role_and_principal(holder, title[-1], role_text(title), [place],
                            Span.of(ctx.text, title[0].idx, place.idx + len(place)), 0.7)


def _name_start(ctx: Context, tok: Token) -> int:
    """The first token of the name whose token ``tok`` is (the words before it naming the same
    entity): where the title written before the whole name ends."""
    c = ctx.index.cluster_at(tok)
    start = tok.i
    while c is not None and start > 0 and ctx.index.cluster_at(ctx.doc[start - 1]) is c:
        start -= 1
    return start


def has_own_title(ctx: Context, name: Token, title: Token) -> bool:
    """Whether the name ``name`` has a title of its own written after ``title``."""
    start = _name_start(ctx, name)
    words = title_words(ctx, start, lowercase=True)
    return bool(words) and words[0].i > title.i


# A person's own organisation, named by the person before a title: "Clinton campaign spokesman".
_OWNED_BODIES = {"campaign", "administration", "camp", "transition"}
# Posts held for a person, which news writes with that person's surname before them ("Cruz
# spokeswoman X", "top Clinton aide Y", "Trump pollster Z"); the title words stop at a name,
# so the owner stands right before them.
_PERSONAL_POSTS = (SPEAKS_NOUNS - {"minister", "ministers", "office", "ministry", "embassy", "mission",
                                   "delegation", "press"}) \
    | {"manager", "chairman", "chairwoman", "strategist", "pollster", "lawyer", "attorney", "counsel",
       "staffer", "consultant", "speechwriter", "surrogate", "donor", "fundraiser", "confidant", "chief",
       "director", "secretary", "deputy", "bodyguard", "biographer", "press"}


def campaign_owner(ctx: Context, tok: Token | None) -> Token | None:
    """The person whose own body ``tok`` names: "the Smith campaign", "Smith's presidential
    campaign", "the Lee administration" → the token naming Smith / Lee; None otherwise. A
    post in a person's campaign is held for that person, as readers list it."""
    if tok is None or tok.lower_ not in _OWNED_BODIES or ctx.index.at(tok) is not None:
        return None
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN":
            ref = ctx.ent(c)
            if ref is not None and ref.type == "person":
                return c
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("poss", "compound", "nmod", "amod") for c in tok.children):
        # "a spokeswoman for the campaign": the one person whose campaign the text named before
        owners = [c for t in ctx.doc[:tok.i] if t.lower_ == tok.lower_ for c in t.children
                  if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"
                  and ctx.ent(c) is not None and ctx.ent(c).type == "person"]
        if owners and len({ctx.ent(o).id for o in owners}) == 1:
            return owners[-1]
    return None


def title_compound(ctx: Context, ent: SpacySpan) -> None:
    """ "German Foreign Minister Johann Wadephul" → ROLE foreign minister → Germany;
    "White House special envoy Steve Witkoff"; "President Donald Trump's envoy Steve
    Witkoff" → Donald Trump."""
    holder = ctx.ent(ent.root)
    if holder is None or holder.type != "person":
        return
    titles = title_tokens(ent)
    inner = [t for t in ent if t.i < ent.root.i and t.dep_ in ("compound", "amod") and ctx.index.cluster_at(t) is None]
    titles = titles + inner
    if not titles:
        _title_of(ctx, ent, holder)
        return
    role_toks = [t for t in titles if ctx.ent(t) is None and not gazetteer.demonym_token(t)
                 and t.lower_.rstrip(".") not in HONORIFICS]
    # "Trump rival Sen. Ted Cruz", "his longtime critic Gov. X": what comes before a word of
    # stance belongs to the stance (whom the rival is rival to), not to the post after it
    stance = [t for t in role_toks[:-1] if t.lower_ in NOT_ROLES - COUNTERPART_NOUNS]
    if stance:
        role_toks = [t for t in role_toks if t.i > stance[-1].i]
        titles = [t for t in titles if t.i > stance[-1].i]
    if not role_toks:
        return
    role_noun = role_toks[-1]
    if role_noun.dep_ == "pobj" and role_noun.head.lower_ == "of" and role_noun.head.head in role_toks:
        role_noun = role_noun.head.head  # "chief of staff": the post is the chief
    surname_owner, surname_tok = _surname_owner(ctx, role_toks, role_noun, holder, stance)
    if surname_owner is not None:
        role_toks = [t for t in role_toks if t.i != surname_tok.i]
    if role_noun.pos_ not in ("NOUN", "PROPN"):
        return  # "a poll shows Trump leading Clinton": a participle before a name holds no post
    role = _role_words(ctx, role_toks)
    objects = _named_in_title(ctx, titles, holder)
    first = titles[0]
    owned_by, role = _owners_before_title(ctx, titles, holder, role_noun, role, stance)
    objects += owned_by
    # "her senior policy adviser Jake Sullivan": the person the pronoun stands for
    said_by_pronoun = pronoun_owner(ctx, ctx.doc[first.i - 1]) if first.i >= 1 else None
    ev_first = ctx.doc[first.i - 1] if first.i >= 1 else first
    if said_by_pronoun is None and surname_owner is not None:
        said_by_pronoun, ev_first = surname_owner, min(surname_tok, first, key=lambda t: t.i)
    owners = (said_by_pronoun,) if said_by_pronoun is not None and said_by_pronoun.id != holder.id else ()
    if owners and not objects:
        ev = Span.of(ctx.text, ev_first.idx, ent.end_char)
        ctx.role_and_principal(holder, role_noun, role, [], ev, 0.75, owners=owners)
        return
    # "President Xi Jinping of the PRC": a postmodifier names the principal
    post = [g for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i >= ent.end
            for g in p.children if g.dep_ == "pobj" and ctx.ent(g) is not None and ctx.ent(g).type in STATE_ACTORS]
    if not objects:
        objects = _joined_body(ctx, ent, titles)
    if not objects and not post:
        body = _body_just_named(ctx, ent, role_toks)
        if body is not None:  # "America Rising called him … “…,” spokesman X said"
            ctx.role_and_principal(holder, role_noun, role, [], ctx.evidence(titles[0], *ent), 0.6,
                                   speaks_for=False, owners=(body,))
        return
    ev = Span.of(ctx.text, _evidence_start(ctx, objects, titles), ent.end_char)
    if objects:
        # the person a counterpart mirrors ("his Chinese counterpart"): no post held toward
        # them, but their representation is the counterpart's too (``role_and_principal``)
        mirrored = owners if role_noun.lower_ in COUNTERPART_NOUNS else ()
        ctx.role_and_principal(holder, role_noun, role, objects, ev, 0.85, owners=mirrored)
        if role_noun.tag_ in ("NNS", "NNPS"):  # "Trump's envoys Steve Witkoff and Jared Kushner"
            for t, other in ctx.actors(ent.root, ("person",))[1:]:
                ctx.role_and_principal(other, role_noun, role, objects, ctx.evidence(titles[0], t), 0.75)
    for g in post:
        ctx.role_and_principal(holder, role_noun, role, [g], ctx.evidence(titles[0], g), 0.8)


def _named_in_title(ctx: Context, titles: list[Token], holder: EntityRef) -> list[Token]:
    """The words of a title that name another entity than its holder, one word each ("German
    Foreign Minister X" → "German"; "President Donald Trump's envoy X" → Trump's word)."""
    objects = []
    seen_refs: set[str] = set()
    for t in titles:
        ref = ctx.ent(t)
        if ref is not None and ref.id != holder.id and ref.id not in seen_refs:
            seen_refs.add(ref.id)
            objects.append(t)
    return objects


def _evidence_start(ctx: Context, objects: list[Token], titles: list[Token]) -> int:
    """Where a title's evidence starts: its first word or owner, widened to the owner's whole
    name ("President Donald Trump's envoy X" from "President")."""
    ev_start = min(ctx.doc[o.i].idx for o in objects + titles)
    for o in objects:
        c = ctx.index.cluster_at(o)
        if c is not None:
            around = ctx.index.mention_start_around(c, o.idx)
            if around is not None:
                ev_start = min(ev_start, around)
    return ev_start


# A spokesperson's bare title, whose body a reader takes from the sentence before.
_SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}


def _body_just_named(ctx: Context, ent: SpacySpan, role_toks: list[Token]) -> EntityRef | None:
    """The organisation a bare "spokesman X" speaks for when the sentence says none: the
    subject of the writer's sentence just before, in the same paragraph, when that is an
    organisation ("America Rising, a political action committee, called him a liability.
    “…,” spokesman Jeff Bell said" → America Rising); None when this sentence names a body of
    its own or the sentence before is about anyone else."""
    if len(role_toks) != 1 or role_toks[0].lower_ not in _SPOKES_NOUNS:
        return None
    sent = ent.sent
    if any(ctx.ent(t) is not None and ctx.ent(t).type in STATE_ACTORS + ("media",) for t in sent):
        return None
    k = sent.start - 1
    while k >= 0 and ctx.words_of(ctx.doc[k].sent.root) is not None:
        k = ctx.doc[k].sent.start - 1  # past the quotation the spokesperson's words open with
    if k < 0:
        return None
    before = ctx.doc[k].sent
    end = max((t.idx + len(t) for t in before if not t.is_space), default=before.end_char)
    if "\n" in ctx.text[end:ent.start_char]:
        return None  # another paragraph: another topic
    subj = subject_of(before.root) if before.root.pos_ in ("VERB", "AUX") else None
    ref = ctx.ent(subj) if subj is not None else None
    return ref if ref is not None and ref.type == "organization" else None


def _surname_owner(ctx: Context, role_toks: list[Token], role_noun: Token, holder: EntityRef,
                   stance: list[Token]) -> tuple[EntityRef | None, Token | None]:
    """The person whose surname, left untagged by the model, stands before a personal post
    ("Trump pollster Tony Fabrizio"), and that surname's token (the last word before the post,
    or the last capitalised one before lowercase words: "Trump senior communications adviser
    X"); no person when the words do not read so."""
    # "Trump pollster Tony Fabrizio" where the model left "Trump" untagged: a person's
    # surname before a personal post is that person, as it is where the model tags it
    before_post = [t for t in role_toks if t.i < role_noun.i]
    surname_owner, surname_tok = None, before_post[-1] if before_post else None
    capitals = [t for t in before_post if t.text[:1].isupper()]
    if surname_tok is not None and surname_tok.text.islower() and capitals \
            and all(t.text.islower() for t in ctx.doc[capitals[-1].i + 1:role_noun.i]):
        surname_tok = capitals[-1]  # "Trump senior communications adviser X": lowercase words between
    if surname_tok is not None and all(t.text.islower() for t in ctx.doc[surname_tok.i + 1:role_noun.i]) \
            and role_noun.lower_ in _PERSONAL_POSTS and not stance:
        surname_owner = _person_by_surname(ctx, surname_tok, holder)
    return surname_owner, surname_tok


def _role_words(ctx: Context, role_toks: list[Token]) -> str:
    """The role as written, lowercased; words apart in the text stay apart."""
    # words apart in the text stay apart ("former\u00a0Gov.": a space token between them)
    return "".join(t.lower_ + (" " if t.whitespace_ or any(c.isspace() for c in ctx.doc[t.i + 1:nxt.i].text)
                               else "")
                   for t, nxt in zip(role_toks, [*role_toks[1:], role_toks[-1]])).strip()


def _owners_before_title(ctx: Context, titles: list[Token], holder: EntityRef, role_noun: Token, role: str,
                         stance: list[Token]) -> tuple[list[Token], str]:
    """The tokens naming whom a post is held for, before the title: a possessor ("Trump's envoy
    X", "the Smith campaign's press secretary X") or a person's name hung on the title ("Clinton
    campaign spokesman X", "former Cruz spokeswoman X", which makes the role a former one).
    None after a word of stance, whose owner is the stance's. Returns them and the role."""
    # a possessor before the title: "Trump's envoy Steve Witkoff", "Putin's chief … advisor Ushakov"
    first = titles[0]
    objects: list[Token] = []
    if stance:
        pass  # the owner before the stance word is the stance's
    elif first.i >= 2 and ctx.doc[first.i - 1].dep_ == "case":
        owner = ctx.doc[first.i - 2]
        if ctx.ent(owner) is not None:
            objects.append(owner)
        elif campaign_owner(ctx, owner) is not None:  # "the Smith campaign's press secretary X"
            objects.append(campaign_owner(ctx, owner))
        elif leader_state(ctx, owner) is not None:  # "Israeli Prime Minister's spokesman X"
            objects.append(leader_state(ctx, owner))
    # "Clinton campaign spokesman Nick Merrill": a person's campaign or administration is theirs
    # (the title words stop at a person's name, so the owner is just before them)
    # "former Cruz spokeswoman Katrina Pierson", "top Clinton aide Huma Abedin": a post held for
    # the person named before the title, when that name hangs on the title
    before = ctx.doc[first.i - 1] if first.i >= 1 else None
    if before is not None and before.ent_type_ == "PERSON" and not stance and (
            first.lower_ in _OWNED_BODIES or role_noun.lower_ in _PERSONAL_POSTS
            and before.dep_ in ("compound", "nmod") and before.head.i in {t.i for t in titles}):
        owner = ctx.ent(before)
        if owner is not None and owner.type == "person" and owner.id != holder.id:
            objects.append(before)
            start = _name_start(ctx, before)  # the owner's whole name: "top Hillary Clinton aide"
            if start >= 1 and ctx.doc[start - 1].lower_ in _TIME_WORDS and "former" not in role.split():
                role = f"former {role}"  # "former Cruz spokeswoman": held before, not now
    return objects, role


def _joined_body(ctx: Context, ent: SpacySpan, titles: list[Token]) -> list[Token]:
    """ "NBC anchor and news correspondent X": the parse joins the name to the first post; the
    body named before that post is where the second is held too."""
    from .roles import is_post  # (roles reads titles: imported here, not at the top)
    first = ent.root.head
    if ent.root.dep_ != "conj" or first.pos_ != "NOUN" or not is_post(first) or first.i >= titles[0].i:
        return []
    if not all(t.dep_ == "cc" for t in ctx.doc[first.i + 1:titles[0].i]):
        return []
    return [c for c in first.lefts if c.dep_ in ("compound", "poss", "nmod") and ctx.ent(c) is not None
            and ctx.ent(c).type in ("organization", "media")]


def _person_by_surname(ctx: Context, tok: Token, holder: EntityRef) -> EntityRef | None:
    """The one person of the document (not ``holder``) whose name ends with the capitalised,
    untagged word ``tok`` ("Trump" for Donald Trump); None when none or several do."""
    if not tok.text[:1].isupper() or not tok.is_alpha or ctx.index.at(tok) is not None \
            or tok.lower_.rstrip(".") in HONORIFICS:
        return None
    found = {r.id: r for r in map(ctx.index.ref, ctx.index.clusters)
             if r.type == "person" and r.id != holder.id and r.name.split()[-1:] == [tok.text]}
    return next(iter(found.values())) if len(found) == 1 else None


def _title_of(ctx: Context, ent: SpacySpan, holder: EntityRef) -> None:
    """ "U.S. Secretary of State Anna Lee": a title with an "of" complement, whose principal
    is named before it; without one ("Secretary of State Anna Lee") no principal is said."""
    for title in ent.root.lefts:
        if title.i >= ent.start or title.dep_ not in ("nmod", "compound") or title.pos_ not in ("PROPN", "NOUN"):
            continue
        of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or pobj.i >= ent.start:
            continue
        # the owner written right before the title ("U.S. Secretary of State"), not a dateline
        before = ctx.ent(ctx.doc[title.i - 1]) if title.i > 0 else None
        owners = [c for c in title.lefts if before is not None and before.type in STATE_ACTORS
                  and ctx.ent(c) is not None and ctx.ent(c).id == before.id]
        if not owners:
            continue
        mods = [c for c in title.lefts if c.dep_ in ("amod", "compound") and ctx.ent(c) is None]
        role = " ".join([t.lower_ for t in mods] + [title.lower_, "of"] +
                        [t.lower_ for t in ctx.doc[of.i + 1:pobj.i + 1] if t.dep_ != "det"])
        ctx.role_and_principal(holder, title, role, owners, ctx.evidence(owners[0], *ent), 0.8)
