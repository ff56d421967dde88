"""Names listed after one title, and titles inside the list: "Trump's envoys Steve Witkoff
and his son-in-law Jared Kushner", "Putin and his aide Yuri Ushakov"."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef, Span
from ._context import LIST_ROLE_NOUNS, STATE_ACTORS, Context
from ._title_words import POSSESSIVE_PRONOUNS, gender, role_text, title_words
from .titles import pronoun_owner


def _mention_runs(ctx: Context) -> list[tuple[int, int, EntityRef]]:
    """(first token, end token, entity) of each stretch of tokens naming one entity."""
    runs: list[tuple[int, int, EntityRef]] = []
    for i, ref in ctx.index.refs():
        if runs and runs[-1][1] == i and runs[-1][2].id == ref.id:
            runs[-1] = (runs[-1][0], i + 1, ref)
        else:
            runs.append((i, i + 1, ref))
    return runs


def _agrees(ctx: Context, pron: str, ref: EntityRef) -> bool:
    """Whether a possessive pronoun can stand for ``ref``: "his"/"her" for a person of
    that gender (or unknown), "its"/"their" for a country or body."""
    want = POSSESSIVE_PRONOUNS[pron]
    if want in ("m", "f"):
        return ref.type == "person" and gender(ctx, ref) in (None, want)
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
        title = title_words(ctx, s1, lowercase=False) if first.type == "person" else []
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
        listed = _names_listed_after(ctx, runs, starts, e1)
        if not listed:
            continue
        owner = owner_run[2] if owner_run is not None else None
        owner_tok = ctx.doc[owner_run[1] - 1] if owner_run is not None else None
        pron_owner, pron_at = _pronoun_before_title(ctx, s1) if owner_run is None else (None, s1)
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
                    if principal_tok is None and pron_owner is not None and pron_owner.id != person.id:
                        # "her campaign chairman A, communications director B and senior adviser
                        # C": the titles listed after the first are hers too
                        ev = Span.of(ctx.text, ctx.doc[pron_at].idx, ctx.doc[e2 - 1].idx + len(ctx.doc[e2 - 1]))
                        ctx.role_and_principal(person, words[-1], role_text(words), [], ev, 0.7,
                                                head=role_text(words).split()[-1], owners=(pron_owner,),
                                                speaks_for=False)  # (read off a list, as "including X")
                if principal_tok is not None:
                    start = owner_run[0] if principal_tok is owner_tok else s1
                    ev = Span.of(ctx.text, ctx.doc[start].idx, ctx.doc[e2 - 1].idx + len(ctx.doc[e2 - 1]))
                    role = role_text(words)
                    ctx.role_and_principal(person, words[-1], role, [principal_tok], ev, 0.75,
                                            head=role.split()[-1])
            # a plural title covers every name listed after it
            if plural and owner is not None:
                ev = Span.of(ctx.text, ctx.doc[owner_run[0]].idx, ctx.doc[e2 - 1].idx + len(ctx.doc[e2 - 1]))
                ctx.role_and_principal(person, title[-1], role_text(title), [owner_tok], ev, 0.75,
                                        head=head)
        if plural and owner is not None:  # the first name, when the parse missed its title
            ev = Span.of(ctx.text, ctx.doc[owner_run[0]].idx, ctx.doc[e1 - 1].idx + len(ctx.doc[e1 - 1]))
            ctx.role_and_principal(first, title[-1], role_text(title), [owner_tok], ev, 0.8, head=head)


def _names_listed_after(ctx: Context, runs: list[tuple[int, int, EntityRef]], starts: dict[int, tuple[int, int, EntityRef]],
                        end: int) -> list[tuple[int, int, EntityRef, str | None, list[Token]]]:
    """The persons listed right after the name ending at ``end`` (", X and his deputy Y"), each
    with its span, the possessive pronoun before its title, if any, and its title words: up to
    six, as long as nothing but a comma, "and", a pronoun and a listed title stands between."""
    j = end
    listed: list[tuple[int, int, EntityRef, str | None, list[Token]]] = []
    while j < len(ctx.doc) and len(listed) < 6:
        k = j
        if ctx.doc[k].text == ",":
            k += 1
        if k < len(ctx.doc) and ctx.doc[k].lower_ == "and":
            k += 1
        if k == j:
            break
        pron = ctx.doc[k].lower_ if k < len(ctx.doc) and ctx.doc[k].lower_ in POSSESSIVE_PRONOUNS else None
        nxt = next((r for r in runs if r[0] > k), None) if pron or k not in starts else starts[k]
        if nxt is None or nxt[2].type != "person":
            break
        words = title_words(ctx, nxt[0], lowercase=True)
        if (words and words[0].i != k + (1 if pron else 0)) or (not words and (pron or nxt[0] != k)):
            break  # other words between: not a list of titled names
        if words and role_text(words).split()[-1] not in LIST_ROLE_NOUNS:
            break
        listed.append((nxt[0], nxt[1], nxt[2], pron, words))
        j = nxt[1]
    return listed


def _pronoun_before_title(ctx: Context, start: int) -> tuple[EntityRef | None, int]:
    """The person "his"/"her" before the lowercase title of the name at ``start`` stands for
    ("her campaign chairman A") and where the pronoun is; None when no such pronoun opens
    the title."""
    words = title_words(ctx, start, lowercase=True)
    k = words[0].i - 1 if words else -1
    if k < 0 or ctx.doc[k].lower_ not in ("his", "her"):
        return None, start
    return pronoun_owner(ctx, ctx.doc[k]), k
