"""Titles and names with a named owner, read on the words where the parse did not hang the
title on the name: "Russia's top diplomat Sergei Lavrov", "Sweden's chief of defense, Gen.
X,", and a name with no title owned by an outlet or a country ("The Atlantic's Jeffrey
Goldberg", "host X on WIBC radio", "Germany's Angela Merkel")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from ..entities import title_tokens
from ..entity_ids import ORG_WORDS, fold
from ..entities.datelines import in_title_line
from ..gender import is_forename
from ..model import EntityRef
from ._context import HONORIFICS, KIN_NOUNS, LIST_ROLE_NOUNS, STATE_ACTORS, Context
from ._title_words import role_text, title_words


def owned_names(ctx: Context) -> None:
    """A name with no title, owned by an outlet or a country: "The Atlantic's Jeffrey
    Goldberg" and "Jeffrey Goldberg at The Atlantic" → ROLE staff → The Atlantic; "Germany's
    Angela Merkel" → ROLE → Germany (the country's own figure, whatever the post)."""
    for ent, holder in _persons_named(ctx):
        titles = title_tokens(ent)
        if titles and titles[-1].lower_ in _MEDIA_POSTS:
            _media_post_on(ctx, ent, holder, titles)
        if titles or ent.start < 2:
            continue
        if in_title_line(ctx.index, ent.start_char) and ent[0].text not in holder.name.split():
            continue  # "CNN's Fault Ted Cruz": a title-case headline glued a word to the name
        owner_tok, owner = None, None
        pos = ctx.doc[ent.start - 1]
        # "France's Francois Hollande": the owner's "'s" before the name, however the parse hangs
        # the owner ("neither Germany's X nor France's Y" may make France a conjunct)
        if pos.tag_ == "POS" and (ctx.doc[ent.start - 2].dep_ == "poss" and ctx.doc[ent.start - 2].head.i
                                  in range(ent.start, ent.end) or pos.head.i == ent.start - 2):
            owner_tok = ctx.doc[ent.start - 2]
            owner = ctx.ent(owner_tok)
            if owner is not None and owner.type not in ("media", "country") and not _plain_body(ctx, owner):
                owner = None  # a lone ORG may be a mistyped person
        elif pos.text in ("'", "\u2019") and not ctx.doc[ent.start - 2].whitespace_ and pos.whitespace_ \
                and ctx.doc[ent.start - 2].text.endswith("s"):
            # "Reuters' Luciana Lopez": a name ending in "s" takes a bare apostrophe, which the
            # parse reads as a closing quote; the owner is still the outlet or body before it
            owner_tok = ctx.doc[ent.start - 2]
            owner = ctx.ent(owner_tok)
            if owner is not None and owner.type not in ("media", "country") and not _plain_body(ctx, owner):
                owner = None
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


def _persons_named(ctx: Context) -> list[tuple[SpacySpan, EntityRef]]:
    """Every name of a person, the model's PERSON names and the names it mislabelled that the
    index reads as people ("France's Francois Hollande" tagged ORG)."""
    out = list(ctx.named_persons())
    seen = {(e.start, e.end) for e, _ in out}
    for ent in ctx.index.layout.ents:
        if ent.label_ in ("ORG", "FAC", "NORP") and (ent.start, ent.end) not in seen and len(ent) >= 2:
            holder = ctx.ent(ent.root)
            if holder is not None and holder.type == "person":
                out.append((ent, holder))
                seen.add((ent.start, ent.end))
    # names the model left untagged that the index found ("… nor France's Francois Hollande")
    tagged = {i for e in ctx.index.layout.ents for i in range(e.start, e.end)}
    for cluster in ctx.index.clusters:
        if cluster.type != "person":
            continue
        for m in cluster.mentions:
            span = ctx.doc.char_span(m.start, m.end)
            if span is not None and len(span) >= 2 and not any(t.i in tagged for t in span) \
                    and (span.start, span.end) not in seen:
                out.append((span, ctx.index.ref(cluster)))
                seen.add((span.start, span.end))
    return out


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
    """Whether the organisation ``ref`` cannot be a mistyped person: a name that neither starts
    with a forename nor ends with the surname of a person of the document ("Democracy Corps'
    Stan Greenberg", not "Clinton's Tim Kaine" typed ORG); a name of one word also named twice.
    A body named for a person says what it is ("the Ann Lund Group's Tom Brand", "Ann Lund's
    campaign"): only a name of capitalised words and no word of a body may be a person's."""
    words = ref.name.split()
    if ref.type != "organization" or is_forename(ref.name) and all(w[:1].isupper() for w in words) \
            and not any(fold(w) in ORG_WORDS for w in words):
        return False
    if len(words) < 2:
        # "Gallup's Jeffrey Jones": a one-word body the text names again, whose word is no
        # word of a person's name here ("Clinton's Tim Kaine" with "Clinton" typed ORG is not)
        cluster = ctx.index.cluster_by_id(ref.id)
        return cluster is not None and len(cluster.mentions) >= 2 and not ctx.index.is_person_word(fold(words[0]))
    return not any(r.type == "person" and r.name.split()[-1] == words[-1]
                   for r in map(ctx.index.ref, ctx.index.clusters))


def possessed_titles(ctx: Context) -> None:
    """ "Russia's top diplomat Sergei Lavrov" where the parse did not hang the title on the
    name (the small model often reads "X and Russia's top diplomat Y" as two phrases): read on
    the words, an owner, "'s", lowercase title words ending in a post noun, the name."""
    for ent, holder in ctx.named_persons():
        words = title_words(ctx, ent.start, lowercase=True)
        if not words or words[-1].lower_ not in LIST_ROLE_NOUNS or words[0].i < 2:
            continue
        if ctx.doc[words[0].i - 1].tag_ != "POS":
            continue
        owner_tok = ctx.doc[words[0].i - 2]
        owner = ctx.ent(owner_tok)
        if owner is None or owner.id == holder.id or owner.type not in STATE_ACTORS + ("person", "media"):
            continue
        ev = ctx.evidence(owner_tok, *ent)
        ctx.role_and_principal(holder, words[-1], role_text(words), [owner_tok], ev, 0.75)


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
