"""ROLE said by a choice of someone for a post: an election or appointment ("Omar Haddad was
elected mayor of Leeds", "the board named Ana Ruiz chairman of the Tarn Group"), and a post
given right after the chosen one's name with "as his/her …" ("naming businesswoman Dana Reyes
as his running mate", "Ann Ruiz's selection of Tom Hale as her running mate"). The post's
place or body is its own phrase's; a possessive pronoun makes the post the chooser's."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef, Span
from ._context import Context, asserted
from ._title_words import POSSESSIVE_PRONOUNS, gender
from . import roles, seats
from .titles import pronoun_owner

TRIGGER_WORDS = frozenset({"as"})  # (the verbs pass the sieve anyway)

# Verbs of choosing someone for a post; "X was named mayor of Y", "voters elected X governor".
CHOOSE_VERBS = {"elect", "reelect", "re-elect", "appoint", "name", "choose", "select", "pick", "tap",
                 "install", "nominate", "promote"}
# Nouns of a choice whose "of X" is the one chosen ("her selection of X as …").
_CHOICE_NOUNS = {"selection", "choice", "pick", "appointment", "nomination", "naming"}


def at_token(ctx: Context, tok: Token) -> None:
    """The appointment rules that start at ``tok``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in CHOOSE_VERBS:
        chosen_for(ctx, tok)
    if tok.lower_ == "as" and tok.dep_ == "prep":
        as_after_name(ctx, tok)


def chosen_for(ctx: Context, verb: Token) -> None:
    """ "X was elected mayor of Leeds", "X was appointed as director of the Tarn Group",
    "voters elected X governor of Ohio" → ROLE of X at the place or body of the post."""
    if not asserted(verb):
        return  # "may name X chairman", "refused to elect X": no post held
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    holder_tok = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if holder_tok is not None and holder_tok.lower_ in ("who", "that") and verb.dep_ == "relcl":
        holder_tok = verb.head  # "X, who was elected mayor of Leeds,"
    holder = ctx.ent(holder_tok, resolve=True) if holder_tok is not None else None
    if holder is None or holder.type != "person":
        return
    nouns = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    nouns += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for noun in nouns:
        if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children):
            continue  # "named X as its envoy": the chooser's post (roles.appointed_as)
        if not _seat(ctx, holder, noun, holder_tok) and roles.is_post(noun):
            roles.role_phrase(ctx, holder, noun, holder_tok)


def _seat(ctx: Context, holder: EntityRef, noun: Token, holder_tok: Token) -> bool:
    """ROLE at the place a seat office names ("mayor of Leeds", "Ohio's governor"): the index
    leaves places out, so the place is named here. True when the noun is such an office."""
    office = seats.office_of(noun)
    if office is None:
        return False
    gpe = next((c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.ent_type_ == "GPE"), None)
    if gpe is None:
        gpe = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                    for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
    words = seats.state_words(gpe) if gpe is not None else []
    place = seats.state_entity(ctx, words, seats.state_named(words)) if words else None
    if place is not None:
        lo, hi = min(holder_tok.i, words[0].i, noun.i), max(holder_tok.i, words[-1].i, noun.i)
        ctx.add(holder, "ROLE", place, Span.of(ctx.text, ctx.doc[lo].idx, ctx.doc[hi].idx + len(ctx.doc[hi])), 0.7,
                role=office)
    return True


def as_after_name(ctx: Context, prep: Token) -> None:
    """ "… naming Dana Reyes as his running mate", "Ruiz's selection of Tom Hale as her running
    mate": a name right before "as his/her <post>" holds the post, for the one the pronoun
    stands for; a running mate is that one's ally too."""
    name = ctx.doc[prep.i - 1] if prep.i > 0 else None
    holder = ctx.ent(name) if name is not None else None
    noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None) \
        if noun is not None else None
    if holder is None or holder.type != "person" or poss is None:
        return
    running_mate = noun.lower_ == "mate" and any(c.lower_ == "running" for c in noun.lefts)
    if not running_mate and not roles.is_post(noun):
        return
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and not asserted(verb):
        return  # "may name X as his running mate": no post held yet
    principal = _chooser(ctx, name, holder) or pronoun_owner(ctx, poss) or _earlier_person(ctx, name, holder, poss)
    if principal is None or principal.id == holder.id:
        return
    role = "running mate" if running_mate else " ".join(
        t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i)
    ev = ctx.evidence(name, noun)
    ctx.role_and_principal(holder, noun, role, [], ev, 0.7, owners=(principal,))
    if running_mate:
        ctx.add(principal, "ALLY_OF", holder, ev, 0.65)


def _chooser(ctx: Context, name: Token, holder: EntityRef) -> EntityRef | None:
    """Whose choice a name is in "Ruiz's selection of Hale": the noun of choice's possessor."""
    root = name
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lemma_.lower() not in _CHOICE_NOUNS:
        return None
    owner = next((c for c in root.head.head.children if c.dep_ == "poss"), None)
    ref = ctx.ent(owner) if owner is not None else None
    return ref if ref is not None and ref.type == "person" and ref.id != holder.id else None


def _earlier_person(ctx: Context, name: Token, holder: EntityRef, poss: Token) -> EntityRef | None:
    """The nearest other person named before ``name`` in its sentence, of the pronoun's gender."""
    want = POSSESSIVE_PRONOUNS.get(poss.lower_)
    for t in reversed(ctx.doc[name.sent.start:name.i]):
        ref = ctx.ent(t)
        if ref is not None and ref.type == "person" and ref.id != holder.id and gender(ctx, ref) in (None, want):
            return ref
    return None
