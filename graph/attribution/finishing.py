"""Finishing a draft: the Quote made from it, with whole quotations and verbatim fragments
read off the text, a dash-opened passage in the speaker's own voice as direct speech, its
sources, and a confidence from how it was found (the origin) and how its speaker was named,
inherited along a chain of continued quotes, lowered in the title line.
"""

from __future__ import annotations

import re

from .. import continuation
from ..fragments import verbatim_fragments, whole_quotations
from ..model import Quote, Span, quote_id
from ..quotes import Quoted, dash_opened
from .drafts import Draft


_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|us|[Oo]ur|[Yy]ou|[Yy]our)\b")  # not "US"


def _own_voice(contents: list[Span]) -> bool:
    """Words in the first or second person: the speaker's own, not a paraphrase."""
    return any(_OWN_VOICE.search(c.text.replace("\u2019", "'")) for c in contents)


# How often each way of finding a quote is right, roughly, from the quality benchmark
# (bench/quality.py prints precision by confidence band to keep these honest).
_ORIGIN_CONF = {"dash": 0.9, "after": 0.95, "frame": 0.85, "introduced": 0.6, "signature": 0.85, "headline": 0.85, "before": 0.9, "colon": 0.85, "transcript": 0.85, "clause": 0.85,
                "preposed": 0.8, "aside": 0.7, "according": 0.85, "infinitive": 0.7, "prep": 0.6, "object": 0.55,
                "noun": 0.6, "none": 0.5}
_HOW_CONF = {"name": 1.0, "office": 0.95, "group": 0.9, "nominal": 0.85, "pronoun": 0.85, "unknown": 0.6}


def finish(d: Draft, doc_id: str, text: str, quoted: list[Quoted]) -> Quote:
    speaker = d.speaker
    whole = whole_quotations(text, d.contents, quoted) if d.kind != "direct" else None
    if whole is not None:
        # "described it as “news to me”": the object is all quoted, the speaker's words
        d.contents, d.kind = list(whole), "direct"
    if d.kind == "indirect" and dash_opened(text, d.contents[0].start) and _own_voice(d.contents):
        # "— We won respect, said Ndlovu.": a dash sets the words off as quoted; a dash
        # bullet of the reporter's ("— Taxes will rise, the office said.") is not in the
        # first or second person
        d.kind = "direct"
    fragments = verbatim_fragments(text, d.contents, quoted) if d.kind != "direct" else ()
    kind = "mixed" if fragments else d.kind
    confidence = _ORIGIN_CONF.get(d.origin, 0.5)
    if speaker is None:
        confidence *= 0.5
    else:
        confidence *= _HOW_CONF.get(speaker.how, 0.7)
        if speaker.entity is None:
            confidence *= 0.7
    if d.floating:  # inherited: the confidence of a chain's link, whatever the origin said
        confidence = continuation.chain_confidence(d.chain) * (0.7 if speaker.entity is None else 1.0)
    if d.headline:
        confidence *= 0.8  # a title shortens and paraphrases: less sure than the body's quotes
    first = d.contents[0]
    sources: tuple[Span, ...] = ()
    if speaker is not None:
        sources = (speaker.source,) if d.floating else (*speaker.extra_sources, speaker.source)
    return Quote(
        id=quote_id(doc_id, first),
        kind=kind,
        contents=tuple(d.contents),
        cue=d.cue,
        sources=sources,
        speaker=speaker.entity if speaker else None,
        addressee=d.addressee,
        reported_by=d.reported_by,
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        fragments=fragments,
    )
