"""ADVERSARY_OF from ads and messages made to attack someone: "X released an ad attacking Y",
"X aired a new spot that slams Y", "X's campaign ran ads that attack Y" — the one who puts the
ad out attacks the one it attacks (the ad itself is no side).

Only a fact: "X may air ads attacking Y" and "X did not run ads that attack Y" stay out."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import STATE_ACTORS, Context
from ._facts import told_as_fact
from .criticism import _ATTACK_VERBS, _FOR_ATTACKS
from .rivals import acting_sides, object_sides, quarrel_pairs, whose_words

_SIDES = STATE_ACTORS + ("person",)
# what an ad does to its target (not attacks made "for" a cause)
_AD_ATTACKS = _ATTACK_VERBS - _FOR_ATTACKS

# What a side puts out to attack another
_AD_NOUNS = {"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "spot", "spots", "commercial",
             "commercials", "video", "videos", "mailer", "mailers", "flier", "fliers", "flyer", "flyers"}
# Putting it out
_RELEASE_VERBS = {"release", "run", "air", "launch", "unveil", "post", "publish", "debut", "broadcast", "put",
                  "send", "distribute", "roll", "produce", "cut", "buy"}

TRIGGER_WORDS = frozenset(_AD_NOUNS)


def at_token(ctx: Context, tok: Token) -> None:
    """The attack-ad rule that starts at ``tok``."""
    if tok.pos_ == "NOUN" and tok.lower_ in _AD_NOUNS and tok.dep_ == "dobj":
        ad_attacking(ctx, tok)


def ad_attacking(ctx: Context, ad: Token) -> None:
    """ "X released an ad attacking Y", "X aired an ad that slams Y" → ADVERSARY_OF (X, Y)."""
    verb = ad.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RELEASE_VERBS or not told_as_fact(verb):
        return
    attacks = [c for c in ad.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AD_ATTACKS]
    attacks += [g for c in ad.children if c.dep_ in ("acl", "relcl")
                for g in c.children if g.dep_ == "conj" and g.lemma_.lower() in _AD_ATTACKS]
    targets = []
    for a in attacks:
        if not told_as_fact(a):
            continue  # "an ad that does not attack Y"
        obj = next((c for c in a.children if c.dep_ == "dobj"), None)
        targets += object_sides(ctx, obj, _SIDES) or whose_words(ctx, obj, _SIDES)
    if targets:
        quarrel_pairs(ctx, acting_sides(ctx, verb)[:1], targets, verb, ad, conf=0.55)
