"""ADVERSARY_OF from ads and messages made to attack someone: "X released an ad attacking Y",
"X aired a new spot that slams Y", "X's campaign ran ads that attack Y", "the new X ad hits Y
for …" — the one who puts the ad out attacks the one it attacks (the ad itself is no side).

Also the "anti-X" of campaign news: "X launched anti-Trump ads" (the ads' maker against Trump),
"an anti-Trump super PAC called Y", "Y, a new anti-Trump outfit," (the named body against Trump).

Only a fact: "X may air ads attacking Y" and "X did not run ads that attack Y" stay out."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import HYPHENS
from ..model import EntityRef
from ._context import STATE_ACTORS, Context
from ._facts import told_as_fact
from .criticism import ATTACK_VERBS, FOR_ATTACKS
from .rivals import acting_sides, name_before, object_sides, only_person_surnamed, possessor, quarrel_pairs, whose_words
from .support import BARE_BODIES, glued_hyphen, pro_body, side_named_after

_SIDES = STATE_ACTORS + ("person",)
# what an ad does to its target (not attacks made "for" a cause)
_AD_ATTACKS = ATTACK_VERBS - FOR_ATTACKS

# What a side puts out to attack another
_AD_NOUNS = {"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "spot", "spots", "commercial",
             "commercials", "video", "videos", "mailer", "mailers", "flier", "fliers", "flyer", "flyers"}
# Putting it out
_RELEASE_VERBS = {"release", "run", "air", "launch", "unveil", "post", "publish", "debut", "broadcast", "put",
                  "send", "distribute", "roll", "produce", "cut", "buy"}

# Putting ads out with money: "spent $1 million on ads attacking Y", "dropped $3 million worth of anti-X ads"
_MONEY_VERBS = {"spend", "drop", "pour", "fund", "finance", "bankroll"}
# Air time bought for ads: "purchased $2 million of time for ads attacking Y"
_AIRTIME_NOUNS = {"time", "airtime", "air", "slots"}
_BOOKING_VERBS = {"buy", "purchase", "reserve", "book"}
_PUT_OUT_VERBS = _RELEASE_VERBS | _MONEY_VERBS | _BOOKING_VERBS
# Bodies an "anti-X" phrase describes: "an anti-Trump super PAC called Y", "Y, an anti-Trump outfit"
_BODY_NOUNS = {"pac", "pacs", "group", "groups", "outfit", "committee", "organization", "organisation",
               "nonprofit", "coalition"}

TRIGGER_WORDS = frozenset(_AD_NOUNS | {"anti"})


def at_token(ctx: Context, tok: Token) -> None:
    """The attack-ad rule that starts at ``tok``."""
    if tok.pos_ == "NOUN" and tok.lower_ in _AD_NOUNS and tok.dep_ in ("dobj", "pobj"):
        ad_attacking(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in _AD_NOUNS and tok.dep_ == "nsubj":
        owned_ad_attacks(ctx, tok)
    if tok.lower_ == "anti":
        anti_side(ctx, tok)


def _against(ctx: Context, tok: Token) -> tuple[list[tuple[Token, EntityRef]], set[int]]:
    """The one "anti-X" is against, and the tokens of its name: a capitalised run glued to the
    hyphen ("anti-Trump"); "anti-immigrant" or "anti-Semitic" name no one."""
    nxt = glued_hyphen(tok)
    if nxt is None:
        return [], set()
    run = []
    for t in tok.doc[nxt.i + 1:nxt.i + 4]:
        if not t.text[:1].isupper() or t.lower_ in _BODY_NOUNS:
            break
        run.append(t)
        if t.whitespace_ == "" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].text in HYPHENS:
            break  # "anti-Trump-Clinton": stop at the next hyphen
    if not run:
        return [], set()
    return side_named_after(ctx, run[-1], "anti")[:1], {t.i for t in run} | {tok.i, nxt.i}


def _ad_maker(host: Token) -> Token | None:
    """The verb that puts ads out: "launched anti-Trump ads", "aired a trio of anti-Trump
    ads", "dropped $3 million worth of anti-Trump ads", "spent $1 million on ads"."""
    t = host
    for _ in range(3):
        if t.dep_ == "dobj" and t.head.pos_ == "VERB":
            return t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            t = t.head.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_.lower() in _MONEY_VERBS:
            return t.head.head  # money spent on ads, not "aired on Fox"
        if t.dep_ == "pobj" and t.head.lower_ == "for":
            # "bought air time for ads", "purchased $2 million of time for ads" (not "asked for ads")
            booked = t.head.head
            if booked.lower_ in _AIRTIME_NOUNS and booked.dep_ == "dobj":
                booked = booked.head
            return booked if booked.pos_ == "VERB" and booked.lemma_.lower() in _BOOKING_VERBS else None
        return None
    return None


def _body_named(ctx: Context, host: Token, name: set[int]) -> list[tuple[Token, EntityRef]]:
    """The named body an "anti-X" body noun describes: "an anti-X super PAC called Y" (Y what it
    is called), "Y, a new anti-X outfit," and "the anti-X super PAC Y" (as ``support`` reads "pro-X")."""
    called = next((c for c in host.children if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name")), None)
    if called is None and host.dep_ == "nsubj" and host.head.lemma_.lower() in ("call", "name") \
            and not any(c.dep_ == "dobj" for c in host.head.children):
        called = host.head  # the parser may make "called" the clause's verb ("… called Y is ramping up"),
        # but "the anti-X group called Z a hero" names Z, no body
    body = None
    names = [c for c in called.children if c.dep_ in ("oprd", "attr", "dobj")] if called is not None else []
    if len(names) == 1 and names[0].pos_ == "PROPN" and names[0].dep_ != "dobj":
        body = names[0]  # one name given ("called Z a hero" gives two: a name for Z)
    if body is None and name:
        body = pro_body(host.doc[min(name)])
    if body is None or body.i in name:
        return []
    # an apposition stays in its own item of a list ("Y, an anti-X outfit; Z, ...": not Z), and
    # a name after the noun is the noun's own ("the anti-X super PAC Y"), nothing further on
    lo, hi = sorted((body.i, host.i))
    between = host.doc[lo + 1:hi]
    if any(t.text == ";" for t in between) or body.i > host.i and any(t.is_punct for t in between):
        return []
    # the body named itself, not the ones listed after it ("Y, an anti-X outfit; Z, ...")
    found = [a for a in ctx.actors(body, ("organization", "person")) if a[0].i not in name and a[0].i <= body.i]
    return [a for a in found if a[1].name.lower() not in BARE_BODIES and not a[1].name.lower().startswith("anti")]


def anti_side(ctx: Context, tok: Token) -> None:
    """ "Y launched anti-Trump ads", "an anti-Trump super PAC called Y", "Y, an anti-Trump outfit,"
    → ADVERSARY_OF (Y, Trump); "anti-Trump protesters" or "the anti-Trump forces" name no one."""
    against, name = _against(ctx, tok)
    if not against:
        return
    host = tok.head
    while host.i in name and host.head.i != host.i:
        host = host.head
    if host.lower_ in _AD_NOUNS:
        verb = _ad_maker(host)
        if verb is not None and verb.lemma_.lower() in _PUT_OUT_VERBS and told_as_fact(verb):
            quarrel_pairs(ctx, _makers(ctx, verb), against, verb, host, conf=0.55)
        return
    if host.lower_ in _BODY_NOUNS:
        backers = _body_named(ctx, host, name)
        if backers:
            quarrel_pairs(ctx, backers[:1], against, tok, host, conf=0.55)


def ad_attacking(ctx: Context, ad: Token) -> None:
    """ "X released an ad attacking Y", "X aired an ad that slams Y", "X spent $1 million on ads
    attacking Y", "X ran ads against Y" → ADVERSARY_OF (X, Y)."""
    verb = _ad_maker(ad)
    if verb is None or verb.lemma_.lower() not in _PUT_OUT_VERBS or not told_as_fact(verb):
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
    # "ran ads against Y"
    targets += [a for p in ad.children if p.dep_ == "prep" and p.lower_ == "against"
                for g in p.children if g.dep_ == "pobj" for a in object_sides(ctx, g, _SIDES)]
    if targets:
        quarrel_pairs(ctx, _makers(ctx, verb), targets, verb, ad, conf=0.55)


# What an attack that says what for is made over: "the ad hits Y for …", "hammers Y over …", "hits Y on …"
_REASONS = {"for", "over", "on"}


def owned_ad_attacks(ctx: Context, ad: Token) -> None:
    """ "The new Lee ad slams Ortiz", "Lee's latest spot hits Ortiz for his vote" → ADVERSARY_OF
    (Lee, Ortiz): an ad whose maker is named in its own phrase, as the subject of an attack
    ("the ad slams Y" names no maker; "an ad about Lee slams Y" is no one's). A verb that
    attacks only with its reason ("hits", "hammers") needs it."""
    verb = ad.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ATTACK_VERBS or not told_as_fact(verb):
        return
    if lemma in FOR_ATTACKS and not any(c.dep_ == "prep" and c.lower_ in _REASONS for c in verb.children):
        return
    makers = [a for a in possessor(ctx, ad) + name_before(ctx, ad) if a[0].pos_ == "PROPN"]
    if not makers:  # a surname the tagger left untagged or read as an adjective ("the new Lopez ad")
        makers = [a for c in ad.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()
                  for a in only_person_surnamed(ctx, c)]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    targets = object_sides(ctx, obj, _SIDES) or whose_words(ctx, obj, _SIDES)
    if makers and targets:
        quarrel_pairs(ctx, makers[:1], targets, ad, verb, conf=0.55)


def _makers(ctx: Context, verb: Token) -> list[tuple[Token, EntityRef]]:
    """Who puts the ads out: the clause's side, or the body its subject calls by name ("a group
    called Y launched ads")."""
    found = acting_sides(ctx, verb)[:1]
    if found:
        return found
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _body_named(ctx, subj, set())[:1] if subj is not None and subj.lower_ in _BODY_NOUNS else []
