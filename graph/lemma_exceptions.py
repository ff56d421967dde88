"""The right lemmas of forms the model's rule lemmatizer gets wrong, set by its attribute ruler.

spaCy's English rule lemmatizer strips every suffix rule that fits and, when several stems
are words of its index, keeps the last rule's: "hopes", "hoped" and "hoping" strip "-es",
"-ed" and "-ing" to "hop" after "-s", "-d" and "-ing"+"e" gave "hope", so "hop" wins (as do
"wag" for "waged", "slat" for "slated", "din" for "dined", "stag" for "staged"). Every rule of
quotegraph tests lemmas against word lists, so such a lemma silently disables a rule for
the forms that carry it. English settles most of these by spelling alone:

- "-es" follows a stem only when it ends in s, x, z, ch, sh or o ("taxes", "goes"), so
  "hopes" is "hope" + "s", never "hop" + "es";
- a one-syllable verb ending in one vowel and one consonant doubles it before "-ed" and
  "-ing" ("hop", "hopped", "hopping"), so "hoped" and "hoping" are "hope"'s.

spaCy's own exceptions cannot reorder stems the rules found already, so these forms get their
lemma from the attribute ruler (whose lemma the lemmatizer keeps): patterns by word and tag,
computed from the model's own index of verbs, saved with the ruler by ``nlp.to_disk``.
A few plural nouns whose "-ses" the same rules read as a junk stem ("uses" as "us",
"senses" as "sens") or whose exception lists the rarer lemma last ("taxes" as "taxis",
"bases" as "basis") are named: no spelling rule tells them apart from "buses" or "lenses";
so are a few verbs the index lacks ("texted" as "texte").
Preparing a prepared pipeline adds nothing.
"""

from __future__ import annotations

import re
from typing import Any

_SIBILANT_OR_O = ("s", "x", "z", "ch", "sh", "o")
# a one-syllable stem ending in one vowel and a consonant that doubles ("hop", "wag", "star")
_DOUBLING_STEM = re.compile(r"[^aeiouy]*[aeiou][bdfgklmnprtvz]")

# verbs the model's index lacks, whose "-ed" and "-ing" forms get the stem plus an "e" of
# the first suffix rule ("texted" as "texte", "cofounded" as "cofounde"): form -> lemma
OOV_VERB_EXCEPTIONS: dict[str, list[str]] = {
    "texted": ["text"], "texting": ["text"], "retweeted": ["retweet"], "retweeting": ["retweet"],
    "livestreamed": ["livestream"], "livestreaming": ["livestream"], "blogged": ["blog"], "blogging": ["blog"],
    "cofounded": ["cofound"], "cofounding": ["cofound"], "outpolled": ["outpoll"], "outpolling": ["outpoll"],
    "reconnected": ["reconnect"], "reconnecting": ["reconnect"],
}
# plural noun -> its lemma
NOUN_EXCEPTIONS: dict[str, list[str]] = {
    "uses": ["use"], "senses": ["sense"], "eases": ["ease"], "muses": ["muse"], "doses": ["dose"],
    "corpses": ["corpse"], "ruses": ["ruse"], "vases": ["vase"], "reverses": ["reverse"],
    "taxes": ["tax"], "bases": ["base"],
}


def verb_exceptions(verbs: set[str]) -> dict[str, list[str]]:
    """Inflected forms of the verbs ``verbs`` (an index of base forms) that the rule
    lemmatizer would give the stem without the final "e", each with its right lemma."""
    found: dict[str, list[str]] = {}
    for verb in verbs:
        stem = verb[:-1]
        if not (verb.endswith("e") and stem in verbs and stem.isalpha()):
            continue
        if not stem.endswith(_SIBILANT_OR_O):
            found[verb + "s"] = [verb]  # "hopes", never "hop" + "es"
        if _DOUBLING_STEM.fullmatch(stem):
            found[verb + "d"] = [verb]  # "hoped": "hop" would be "hopped"
            found[stem + "ing"] = [verb]  # "hoping": "hop" would be "hopping"
    return found


_VERB_TAGS = ["VBZ", "VBD", "VBN", "VBG", "VBP"]
_NOUN_TAGS = ["NNS"]


def lemma_patterns(verbs: set[str]) -> list[dict[str, Any]]:
    """Attribute ruler patterns that set the right lemma of each form above, by its word and
    its tag (one pattern per lemma, in a stable order)."""
    forms: dict[tuple[str, str], list[str]] = {}
    for form, lemmas in sorted({**verb_exceptions(verbs), **OOV_VERB_EXCEPTIONS}.items()):
        forms.setdefault(("verb", lemmas[-1]), []).append(form)
    for form, lemmas in sorted(NOUN_EXCEPTIONS.items()):
        forms.setdefault(("noun", lemmas[-1]), []).append(form)
    return [{"patterns": [[{"LOWER": {"IN": words}, "TAG": {"IN": _VERB_TAGS if pos == "verb" else _NOUN_TAGS}}]],
             "attrs": {"LEMMA": lemma}}
            for (pos, lemma), words in sorted(forms.items())]


def correct_lemmas(nlp: Any, ruler: str = "attribute_ruler", lemmatizer: str = "lemmatizer") -> bool:
    """Add the patterns to the attribute ruler ``ruler`` of ``nlp`` (spaCy's or quotegraph's
    table-driven one), whose lemmas the lemmatizer keeps, the verbs read off the index of
    the rule lemmatizer ``lemmatizer``; True if they were added (not when they were there)."""
    from spacy.pipeline import Lemmatizer

    from .fast_attributes import FastLemmatizer

    if ruler not in nlp.component_names or lemmatizer not in nlp.component_names:
        return False
    rule = nlp.get_pipe(lemmatizer)
    rule = rule.lemmatizer if isinstance(rule, FastLemmatizer) else rule
    if not (isinstance(rule, Lemmatizer) and rule.mode == "rule" and rule.lookups.has_table("lemma_index")):
        return False
    patterns = lemma_patterns(set(rule.lookups.get_table("lemma_index").get("verb", ())))
    component = nlp.get_pipe(ruler)
    if not patterns or not hasattr(component, "add_patterns") or patterns[0] in _plain(component.patterns):
        return False  # prepared before: the patterns are saved with the ruler
    component.add_patterns(patterns)
    return True


def _plain(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rules without the "index" key the ruler adds to each, so that one can be compared
    with a pattern as ``lemma_patterns`` writes it."""
    return [{"patterns": p["patterns"], "attrs": p["attrs"]} for p in patterns]
