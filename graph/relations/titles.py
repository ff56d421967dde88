"""ROLE and SPEAKS_FOR said by titles: "German Foreign Minister Johann Wadephul" → Germany,
"President Donald Trump's envoy Steve Witkoff" → Donald Trump, names listed after one title
("Trump's envoys X and his son-in-law Y"), "Sweden's chief of defense, Gen. X," and
"Chancellor X, Merkel's successor in Germany"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from .. import gazetteer
from ..entities import title_tokens
from ..gender import forename_gender
from ..model import EntityRef, Span
from ..speakers import subject_of
from ._context import (COUNTERPART_NOUNS, HONORIFICS, KIN_NOUNS, LIST_ROLE_NOUNS, NOT_ROLES, SPEAKS_NOUNS, STATE_ACTORS,
                       Context, represents)

_POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "its": "thing", "their": "plural"}
_TIME_WORDS = {"former", "ex", "onetime", "one-time", "erstwhile"}


def pronoun_owner(ctx: Context, tok: Token) -> EntityRef | None:
    """The person a possessive "his"/"her" before a title stands for ("her senior policy
    adviser, Jake Sullivan"), as a reader takes it (the most salient person of the last
    sentences), unless that person is known to be of the other gender."""
    want = _POSSESSIVE_PRONOUNS.get(tok.lower_)
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
        if ref is not None and ref.type == "person" and _gender(ctx, ref) in (None, want):
            return ref
    for verb in tok.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject_of(verb)
        if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
            continue  # "her campaign manager, X, said": the pronoun is inside the subject
        if subj.lower_ in ("he", "she") and _POSSESSIVE_PRONOUNS.get("his" if subj.lower_ == "he" else "her") != want:
            return None  # "she praised X and his son": not hers, and whose is not said here
        ref = ctx.ent(subj, resolve=True)
        if ref is None and subj.pos_ == "NOUN":
            ref = ctx.resolver.resolve(subj).entity  # "the former president said"
        if ref is not None and ref.type == "person" and _gender(ctx, ref) in (None, want):
            return ref
        break
    ref = ctx.resolver.resolve(tok).entity
    if ref is None or ref.type != "person" or _gender(ctx, ref) not in (None, want):
        return None
    return ref


def _gender(ctx: Context, ref: EntityRef) -> str | None:
    """A person's gender as the document says it (a title, a pronoun), else as the forename
    does ("Jim Comey" is not the "her" of "her aide")."""
    return ctx.index.gender(ref.id) or forename_gender(ref.name)


def whole_document(ctx: Context) -> None:
    """Titles of every named person, then names listed after one title and comma titles."""
    seen_spans: set[tuple[int, int]] = set()
    for ent in ctx.index.layout.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE") and (ent.start, ent.end) not in seen_spans:
            seen_spans.add((ent.start, ent.end))
            title_compound(ctx, ent)


def owned_names(ctx: Context) -> None:
    """A name with no title, owned by an outlet or a country: "The Atlantic's Jeffrey
    Goldberg" and "Jeffrey Goldberg at The Atlantic" → ROLE staff → The Atlantic; "Germany's
    Angela Merkel" → ROLE → Germany (the country's own figure, whatever the post)."""
    for ent, holder in ctx.named_persons():
        titles = title_tokens(ent)
        if titles and titles[-1].lower_ in _MEDIA_POSTS:
            _media_post_on(ctx, ent, holder, titles)
        if titles or ent.start < 2:
            continue
        owner_tok, owner = None, None
        if ctx.doc[ent.start - 1].tag_ == "POS" and ctx.doc[ent.start - 2].dep_ == "poss" \
                and ctx.doc[ent.start - 2].head.i in range(ent.start, ent.end):
            owner_tok = ctx.doc[ent.start - 2]
            owner = ctx.ent(owner_tok)
            if owner is not None and owner.type not in ("media", "country") and not _plain_body(ctx, owner):
                owner = None  # a lone ORG may be a mistyped person
        if owner is None:
            # "my friend Andy McCarthy at National Review": at an outlet, one works there
            owner_tok = next((g for p in ent.root.children if p.dep_ == "prep" and p.lower_ == "at" and p.i == ent.end
                              for g in p.children if g.dep_ == "pobj"), None)
            owner = ctx.ent(owner_tok)
            if owner is None or owner.type != "media":
                continue
        if owner.id == holder.id:
            continue
        role = "national figure" if owner.type == "country" else "staff"
        ev = ctx.evidence(*sorted((owner_tok, ent.root), key=lambda t: t.i))
        ctx.add(holder, "ROLE", owner, ev, 0.6, role=role)


# Posts held at an outlet, which news follows with the outlet: "host X on WIBC radio".
_MEDIA_POSTS = {"host", "anchor", "commentator", "correspondent", "reporter", "columnist", "presenter",
                "producer", "contributor", "editor"}


def _media_post_on(ctx: Context, ent: SpacySpan, holder: EntityRef, titles: list[Token]) -> None:
    """ "conservative host Greg Garrison on WIBC radio", "anchor X at Channel 4": a media post
    before the name and an outlet hung on the name itself is where the post is held."""
    outlet_tok = next((g for p in ent.root.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "of")
                       and p.i == ent.end for g in p.children if g.dep_ == "pobj"), None)
    outlet = ctx.ent(outlet_tok)
    if outlet is None or outlet.type != "media" or outlet.id == holder.id:
        return
    role = " ".join(t.lower_ for t in titles if t.pos_ == "NOUN" or t.i == titles[-1].i)
    ctx.add(holder, "ROLE", outlet, ctx.evidence(titles[0], outlet_tok), 0.7, role=role)


def _plain_body(ctx: Context, ref: EntityRef) -> bool:
    """Whether the organisation ``ref`` cannot be a mistyped person: a name of two words or
    more that neither starts with a forename nor ends with the surname of a person of the
    document ("Democracy Corps' Stan Greenberg", not "Clinton's Tim Kaine" typed ORG)."""
    words = ref.name.split()
    if ref.type != "organization" or len(words) < 2 or forename_gender(words[0]) is not None:
        return False
    return not any(r.type == "person" and r.name.split()[-1] == words[-1]
                   for r in map(ctx.index.ref, ctx.index.clusters))


def possessed_titles(ctx: Context) -> None:
    """ "Russia's top diplomat Sergei Lavrov" where the parse did not hang the title on the
    name (the small model often reads "X and Russia's top diplomat Y" as two phrases): read on
    the words, an owner, "'s", lowercase title words ending in a post noun, the name."""
    for ent, holder in ctx.named_persons():
        words = _title_words(ctx, ent.start, lowercase=True)
        if not words or words[-1].lower_ not in LIST_ROLE_NOUNS or words[0].i < 2:
            continue
        if ctx.doc[words[0].i - 1].tag_ != "POS":
            continue
        owner_tok = ctx.doc[words[0].i - 2]
        owner = ctx.ent(owner_tok)
        if owner is None or owner.id == holder.id or owner.type not in STATE_ACTORS + ("person", "media"):
            continue
        ev = ctx.evidence(owner_tok, *ent)
        ctx.role_and_principal(holder, words[-1], _role_text(words), [owner_tok], ev, 0.75)


def comma_titles(ctx: Context) -> None:
    """ "Sweden's chief of defense, Gen. Michael Claesson," when the parse did not hang the
    name on the title: a person named right after a comma, closed by a comma or a stop, and
    before the comma a role noun ("chief of defense") with a named owner."""
    for ent in ctx.index.layout.ents:
        if ent.label_ != "PERSON" or ent.root.dep_ == "appos":
            continue
        holder = ctx.ent(ent.root)
        if holder is None or holder.type != "person":
            continue
        k = ent.start - 1
        while k > 0 and ctx.doc[k].lower_.rstrip(".") in HONORIFICS:
            k -= 1
        if k < 1 or ctx.doc[k].text != "," or ent.end >= len(ctx.doc) or ctx.doc[ent.end].text not in (",", "."):
            continue
        t = ctx.doc[k - 1]
        while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            t = t.head.head  # "chief of defense": the role noun heads the phrase
        if t.pos_ != "NOUN" or any(c.dep_ == "appos" for c in t.children):
            continue  # named in apposition: read by ``apposition``
        if t.lower_ not in LIST_ROLE_NOUNS - KIN_NOUNS and t.lower_ not in ("head", "chief"):
            continue
        # a named owner only: "the president's chief of staff" may be any president's
        owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN" and ctx.ent(c) is not None), None)
        if owner is None:
            continue
        words = [c for c in t.subtree if c.i < k and (c.i >= t.i or c.dep_ in ("amod", "compound") and c.head.i == t.i)
                 and c.dep_ != "det"]
        role = " ".join(c.lower_ for c in words)
        ctx.role_and_principal(holder, t, role, [owner], ctx.evidence(owner, *ent), 0.65)


def successor_in(ctx: Context, holder: EntityRef, appos: Token, head: Token) -> None:
    """ "Chancellor Olaf Scholz, Merkel's successor in Germany" → ROLE chancellor → Germany:
    the holder's own title, held where the succession took place."""
    place = next((g for p in appos.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for g in p.children if g.dep_ == "pobj"), None)
    ref = ctx.ent(place)
    if ref is None or ref.type not in STATE_ACTORS or holder.type != "person":
        return
    c = ctx.index.cluster_at(head)
    start = head.i
    while c is not None and start > 0 and ctx.index.cluster_at(ctx.doc[start - 1]) is c:
        start -= 1
    title = [t for t in _title_words(ctx, start, lowercase=False) if t.lower_.rstrip(".") not in HONORIFICS]
    if not title or not title[0].text[:1].isupper():
        return
    ctx.role_and_principal(holder, title[-1], _role_text(title), [place],
                            Span.of(ctx.text, title[0].idx, place.idx + len(place)), 0.7)


def has_own_title(ctx: Context, name: Token, title: Token) -> bool:
    """Whether the name ``name`` has a title of its own written after ``title``."""
    c = ctx.index.cluster_at(name)
    start = name.i
    while c is not None and start > 0 and ctx.index.cluster_at(ctx.doc[start - 1]) is c:
        start -= 1
    words = _title_words(ctx, start, lowercase=True)
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
    role_toks = [t for t in titles if ctx.ent(t) is None and not gazetteer.demonym(t.text)
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
        if surname_owner is not None:
            role_toks = [t for t in role_toks if t.i != surname_tok.i]
    if role_noun.pos_ not in ("NOUN", "PROPN"):
        return  # "a poll shows Trump leading Clinton": a participle before a name holds no post
    role = "".join(t.lower_ + (t.whitespace_ and " ") for t in role_toks).strip()
    objects = []
    seen_refs: set[str] = set()
    for t in titles:
        ref = ctx.ent(t)
        if ref is not None and ref.id != holder.id and ref.id not in seen_refs:
            seen_refs.add(ref.id)
            objects.append(t)
    # a possessor before the title: "Trump's envoy Steve Witkoff", "Putin's chief … advisor Ushakov"
    first = titles[0]
    if stance:
        pass  # the owner before the stance word is the stance's
    elif first.i >= 2 and ctx.doc[first.i - 1].dep_ == "case":
        owner = ctx.doc[first.i - 2]
        if ctx.ent(owner) is not None:
            objects.append(owner)
        elif campaign_owner(ctx, owner) is not None:  # "the Smith campaign's press secretary X"
            objects.append(campaign_owner(ctx, owner))
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
            c, start = ctx.index.cluster_at(before), before.i
            while c is not None and start > 0 and ctx.index.cluster_at(ctx.doc[start - 1]) is c:
                start -= 1  # the owner's whole name: "top Hillary Clinton aide"
            if start >= 1 and ctx.doc[start - 1].lower_ in _TIME_WORDS and "former" not in role.split():
                role = f"former {role}"  # "former Cruz spokeswoman": held before, not now
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
    if not objects and not post:
        return
    ev_start = min(ctx.doc[o.i].idx for o in objects + titles)
    for o in objects:  # widen to the owner's whole name
        c = ctx.index.cluster_at(o)
        if c is not None:
            around = ctx.index.mention_start_around(c, o.idx)
            if around is not None:
                ev_start = min(ev_start, around)
    ev = Span.of(ctx.text, ev_start, ent.end_char)
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


def _person_by_surname(ctx: Context, tok: Token, holder: EntityRef) -> EntityRef | None:
    """The one person of the document (not ``holder``) whose name ends with the capitalised,
    untagged word ``tok`` ("Trump" for Donald Trump); None when none or several do."""
    if not tok.text[:1].isupper() or not tok.is_alpha or ctx.index.at(tok) is not None \
            or tok.lower_.rstrip(".") in HONORIFICS:
        return None
    found = {r.id: r for r in map(ctx.index.ref, ctx.index.clusters)
             if r.type == "person" and r.id != holder.id and r.name.split()[-1:] == [tok.text]}
    return next(iter(found.values())) if len(found) == 1 else None


def _mention_runs(ctx: Context) -> list[tuple[int, int, EntityRef]]:
    """(first token, end token, entity) of each stretch of tokens naming one entity."""
    runs: list[tuple[int, int, EntityRef]] = []
    for i, ref in ctx.index.refs():
        if runs and runs[-1][1] == i and runs[-1][2].id == ref.id:
            runs[-1] = (runs[-1][0], i + 1, ref)
        else:
            runs.append((i, i + 1, ref))
    return runs


def _title_words(ctx: Context, end: int, lowercase: bool) -> list[Token]:
    """The title written right before token ``end``: plain words and hyphens, no name,
    article, possessive or punctuation ("special envoy", "son-in-law"), nearest last."""
    out: list[Token] = []
    i = end - 1
    while i >= 0 and len(out) < 6:
        t = ctx.doc[i]
        hyphen = t.text in ("-", "\u2010", "\u2011") and out and i > 0 and not t.whitespace_
        if not hyphen and (not t.is_alpha or ctx.index.cluster_at(t) is not None or gazetteer.demonym(t.text)
                           or t.lower_ in _POSSESSIVE_PRONOUNS or t.pos_ in ("DET", "CCONJ", "ADP", "PART", "NUM")
                           and t.lower_ != "in" or lowercase and not t.is_lower):
            break
        out.insert(0, t)
        i -= 1
    while out and not out[0].is_alpha:
        out.pop(0)
    if out and out[0].lower_ == "in":  # "in" belongs only inside "son-in-law"
        return []
    return out


def _role_text(words: list[Token]) -> str:
    return "".join(t.lower_ + t.whitespace_ for t in words if t.lower_.rstrip(".") not in HONORIFICS).strip()


def _agrees(ctx: Context, pron: str, ref: EntityRef) -> bool:
    """Whether a possessive pronoun can stand for ``ref``: "his"/"her" for a person of
    that gender (or unknown), "its"/"their" for a country or body."""
    want = _POSSESSIVE_PRONOUNS[pron]
    if want in ("m", "f"):
        return ref.type == "person" and _gender(ctx, ref) in (None, want)
    return ref.type in STATE_ACTORS


def titled_lists(ctx: Context) -> None:
    """Names listed after one title, and titles inside the list: "Trump's envoys Steve
    Witkoff and his son-in-law Jared Kushner" → both envoys of Trump (the plural covers
    every name), Kushner also son-in-law of Trump ("his" is the owner named first);
    "Putin and his aide Yuri Ushakov" → aide of Putin. Read on the words, since the
    small model often parses such lists wrongly (a plural title as a verb)."""
    runs = _mention_runs(ctx)
    starts = {r[0]: r for r in runs}
    for s1, e1, first in runs:
        if first.type not in ("person",) + STATE_ACTORS:
            continue
        title = _title_words(ctx, s1, lowercase=False) if first.type == "person" else []
        head = title[-1].lower_ if title else ""
        if title and head not in LIST_ROLE_NOUNS and head.rstrip("s") not in LIST_ROLE_NOUNS:
            title, head = [], ""
        owner_run = None
        if title:
            k = title[0].i
            if k >= 2 and ctx.doc[k - 1].tag_ == "POS":  # "Trump's envoys"
                owner_run = next((r for r in runs if r[0] <= k - 2 < r[1]), None)
            elif k >= 1:  # "Trump envoys", "U.S. envoys"
                owner_run = next((r for r in runs if r[1] == k), None)
        plural = bool(title) and (title[-1].tag_ in ("NNS", "NNPS") or head.endswith("s") and head[:-1] in LIST_ROLE_NOUNS)
        j = e1
        listed: list[tuple[int, int, EntityRef, str | None, list[Token]]] = []
        while j < len(ctx.doc) and len(listed) < 6:
            k = j
            if ctx.doc[k].text == ",":
                k += 1
            if k < len(ctx.doc) and ctx.doc[k].lower_ == "and":
                k += 1
            if k == j:
                break
            pron = ctx.doc[k].lower_ if k < len(ctx.doc) and ctx.doc[k].lower_ in _POSSESSIVE_PRONOUNS else None
            nxt = next((r for r in runs if r[0] > k), None) if pron or k not in starts else starts[k]
            if nxt is None or nxt[2].type != "person":
                break
            words = _title_words(ctx, nxt[0], lowercase=True)
            if (words and words[0].i != k + (1 if pron else 0)) or (not words and (pron or nxt[0] != k)):
                break  # other words between: not a list of titled names
            if words and _role_text(words).split()[-1] not in LIST_ROLE_NOUNS:
                break
            listed.append((nxt[0], nxt[1], nxt[2], pron, words))
            j = nxt[1]
        if not listed:
            continue
        owner = owner_run[2] if owner_run is not None else None
        owner_tok = ctx.doc[owner_run[1] - 1] if owner_run is not None else None
        for s2, e2, person, pron, words in listed:
            # whose the listed name's own title is: "his son-in-law" → the owner named
            # before (else the first name); "envoy X and son-in-law Y" → the shared owner
            if words:
                if pron is not None:
                    # "U.S. envoy Anna Lee and her deputy": the first name; with a person
                    # owner both may fit ("Putin's aide X and his deputy Y"), unless the plural
                    # title makes every name the owner's ("Trump's envoys X and his son-in-law Y")
                    fits = [t for t, ref in ((owner_tok, owner), (ctx.doc[e1 - 1], first))
                            if ref is not None and _agrees(ctx, pron, ref)]
                    principal_tok = fits[0] if len(fits) == 1 or fits and plural else None
                else:
                    principal_tok = owner_tok
                if principal_tok is not None:
                    start = owner_run[0] if principal_tok is owner_tok else s1
                    ev = Span.of(ctx.text, ctx.doc[start].idx, ctx.doc[e2 - 1].idx + len(ctx.doc[e2 - 1]))
                    role = _role_text(words)
                    ctx.role_and_principal(person, words[-1], role, [principal_tok], ev, 0.75,
                                            head=role.split()[-1])
            # a plural title covers every name listed after it
            if plural and owner is not None:
                ev = Span.of(ctx.text, ctx.doc[owner_run[0]].idx, ctx.doc[e2 - 1].idx + len(ctx.doc[e2 - 1]))
                ctx.role_and_principal(person, title[-1], _role_text(title), [owner_tok], ev, 0.75,
                                        head=head)
        if plural and owner is not None:  # the first name, when the parse missed its title
            ev = Span.of(ctx.text, ctx.doc[owner_run[0]].idx, ctx.doc[e1 - 1].idx + len(ctx.doc[e1 - 1]))
            ctx.role_and_principal(first, title[-1], _role_text(title), [owner_tok], ev, 0.8, head=head)


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


def owner_from_earlier_title(ctx: Context) -> None:
    """ "The Chinese finance minister jabbed back … The finance minister, Lou Jiwei, said":
    a title given once with its country and then, without it, to a name. The name holds the
    title of the earlier mention when every earlier mention of that title gives one owner."""
    for ent, holder in ctx.named_persons():
        titles = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end]
        if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" and ent.root.head.i < ent.start:
            titles.append(ent.root.head)  # "The finance minister, Lou Jiwei,"
        for title in titles:
            if title.lower_ not in _TITLE_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
                continue  # "a finance minister" may be anyone's
            if any(ctx.ent(c) is not None and ctx.ent(c).id != holder.id
                   for c in title.subtree if not ent.start <= c.i < ent.end):
                continue  # its owner is said here: the apposition rules read it
            mods = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound")}
            owners = _earlier_owners(ctx, title, mods)
            if len({ctx.named_country(o.text, o).id for o in owners}) != 1:
                continue
            country = ctx.named_country(owners[-1].text, owners[-1])
            role = _role_text([c for c in title.lefts if c.dep_ in ("amod", "compound")] + [title])
            ev = Span.of(ctx.text, owners[-1].idx, max(ent.end_char, title.idx + len(title)))
            # added here, not through role_and_principal: the earlier description may already
            # stand for this very name, so its words resolve to the person, not the country
            ctx.add(holder, "ROLE", country, ev, 0.6, role=role)
            if represents(role, title.lower_):
                ctx.add(holder, "SPEAKS_FOR", country, ev, 0.55)


# Titles whose holder a definite description names once: "the finance minister", "the governor".
_TITLE_HEADS = (LIST_ROLE_NOUNS | {"president", "premier", "chancellor", "governor", "mayor", "secretary"}) \
    - KIN_NOUNS - {"official", "officials", "partner", "partners", "lawyer", "lawyers"}


def _earlier_owners(ctx: Context, title: Token, mods: set[str]) -> list[Token]:
    """The country owners of the earlier mentions of ``title`` with at least its modifiers
    ("the Chinese finance minister" for "the finance minister"), named or not."""
    out: list[Token] = []
    for t in ctx.doc[:title.i]:
        if t.lower_ != title.lower_ or t.pos_ != "NOUN":
            continue
        kids = [c for c in t.children if c.dep_ in ("amod", "compound", "poss")]
        if not mods <= {c.lower_ for c in kids}:
            continue
        # the owner by its own word: the description itself may already stand for the name
        owner = next((c for c in kids if c.text[:1].isupper() and (gazetteer.country(c.text) or gazetteer.demonym(c.text))
                      and ctx.named_country(c.text, c) is not None), None)
        if owner is not None:
            out.append(owner)
    return out
