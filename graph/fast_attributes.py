"""The model's attribute ruler, made cheap: the same annotations at a fraction of the cost.

en_core_web_sm maps fine-grained tags to POS, morphology and a few lemma exceptions with an
``AttributeRuler``: about 180 Matcher rules tried on every token, some 13% of the whole parse.
Almost all of those rules look at one token only, and only at its tag, lower form, dependency
label or whitespace-ness, so their outcome is a function of those four values: computed once
per distinct combination here and then looked up. The few rules spanning several tokens
("gon na", "let 's") still go through a small Matcher, and every rule keeps its precedence
(a later rule overrides an earlier one, as in spaCy). A pattern this module cannot read makes
it hand the whole document to spaCy's own ruler, so the output is never different, only
faster; ``tests/test_fast_attributes.py`` checks that against the original.

The model's rule lemmatizer gets the same treatment. Its lemma is a function of what it
reads of a token, the word, its part of speech and its morphology (``Lemmatizer.rule_lemmatize``
keys its own cache by those three), and of its lookup tables; spaCy still spends a Python call
per token. Here a token's lemma is one lookup in a table keyed by the same three values and
filled by the model's own lemmatizer the first time a key is met: which documents came first
changes how full the table is, never a lemma (``tests/test_fast_attributes.py`` compares every
token of PolNeAR dev, read in two orders, with spaCy's own lemmatizer).

Both are registered spaCy factories that save and load with the pipeline (``nlp.to_disk``,
``spacy.load``); only public spaCy API is used.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language
from spacy.attrs import DEP, LEMMA, MORPH, NORM, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

FACTORY = "quotegraph_fast_attribute_ruler"
LEMMATIZER_FACTORY = "quotegraph_fast_lemmatizer"

# Token attributes a one-token rule may test, and how to read them off a token.
_READERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
_KEY_ATTRS = tuple(_READERS)

# Token attributes a rule may set, and how this module sets them: with the token's public
# setters, which write the token's field as spaCy's ruler does (none of these is a lexeme
# attribute, so the ruler writes nothing else). A rule that sets anything else (extension
# attributes, lexeme flags) leaves the whole document to spaCy's own ruler.
_SETTERS: dict[int, Callable[[Any, int], None]] = {
    POS: lambda t, v: setattr(t, "pos", v),
    TAG: lambda t, v: setattr(t, "tag", v),
    DEP: lambda t, v: setattr(t, "dep", v),
    LEMMA: lambda t, v: setattr(t, "lemma", v),
    NORM: lambda t, v: setattr(t, "norm", v),
    MORPH: lambda t, v: t.set_morph(v),
}


def _value_test(spec: Any) -> Callable[[Any], bool] | None:
    """A predicate for one attribute's pattern value, or None when it is not understood."""
    if isinstance(spec, (str, bool, int)):
        return lambda v: v == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN" and isinstance(arg, list):
            allowed = set(arg)
            return lambda v: v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = set(arg)
            return lambda v: v not in banned
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: isinstance(v, str) and rx.search(v) is not None
    return None


def _token_test(pattern: dict[str, Any]) -> Callable[[tuple], bool] | None:
    tests = []
    for attr, spec in pattern.items():
        if attr not in _READERS:
            return None
        test = _value_test(spec)
        if test is None:
            return None
        tests.append((_KEY_ATTRS.index(attr), test))
    return lambda key: all(test(key[i]) for i, test in tests)


class FastAttributeRuler:
    """Applies an AttributeRuler's rules with a lookup table (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict[str, Any]]) -> None:
        self.name = name
        self.ruler = AttributeRuler(nlp.vocab, name)
        self.ruler.add_patterns(patterns)
        self._compile()

    def _compile(self) -> None:
        """Sort the ruler's rules into one-token tests and a Matcher for the rest."""
        vocab = self.ruler.vocab
        self._single: list[tuple[int, Callable[[tuple], bool], dict]] = []
        self._single_patterns: list[tuple[int, dict[str, Any]]] = []
        self._multi = Matcher(vocab)
        self._has_multi = False
        self._multi_ids: dict[int, int] = {}
        self._exact = True
        for rule_id, attrs in enumerate(self.ruler.attrs):
            if not set(attrs) <= set(_SETTERS):
                self._exact = False
            index = self.ruler.indices[rule_id]
            for token_patterns in self.ruler.matcher.get(str(rule_id))[1]:
                if len(token_patterns) == 1 and index in (0, -1):
                    test = _token_test(token_patterns[0])
                    if test is None:
                        self._exact = False
                    self._single.append((rule_id, test, attrs))
                    self._single_patterns.append((rule_id, token_patterns[0]))
                else:
                    self._multi.add(str(rule_id), [token_patterns])
                    self._multi_ids[vocab.strings.add(str(rule_id))] = rule_id
                    self._has_multi = True
        self._table: dict[tuple, list[tuple[int, dict]]] = {}
        self._merged: dict[tuple, dict] = {}
        self._by_tag: dict[str, list[tuple[int, Callable[[tuple], bool], dict]]] = {}
        # Only the lower forms some rule names are told apart in the table, so that its size
        # is bounded by the rules, not by the vocabulary of the corpus.
        self._lowers = _named_lowers(vocab, [p for _, p in self._single_patterns])

    def _candidates(self, tag: str) -> list[tuple[int, Callable[[tuple], bool], dict]]:
        """The one-token rules that can match a token tagged ``tag``, in rule order."""
        found = self._by_tag.get(tag)
        if found is None:
            found = self._by_tag[tag] = [
                rule for rule, (_, pattern) in zip(self._single, self._single_patterns)
                if _tag_allows(pattern.get("TAG"), tag)]
        return found

    def _rules_for(self, key: tuple, strings: Any) -> list[tuple[int, dict]]:
        # ``key`` holds hashes (cheap to read off a token); the rules test strings.
        rules = self._table.get(key)
        if rules is None:
            readable = (strings[key[0]] if key[0] else "", strings[key[1]] if key[1] > 0 else _OTHER,
                        strings[key[2]] if key[2] else "", key[3])
            rules = [(rule_id, attrs) for rule_id, test, attrs in self._candidates(readable[0])
                     if test(readable)]
            self._table[key] = rules
        return rules

    def __call__(self, doc: Doc) -> Doc:
        if not self._exact:
            return self.ruler(doc)
        strings = doc.vocab.strings
        extra: dict[int, list[tuple[int, dict]]] = {}
        if self._has_multi:
            for match_id, start, end in self._multi(doc, allow_missing=True, as_spans=False):
                rule_id = self._multi_ids[match_id]
                extra.setdefault(start + self.ruler.indices[rule_id] % (end - start), []).append(
                    (rule_id, self.ruler.attrs[rule_id]))
        merged_cache = self._merged
        lowers = self._lowers
        for tok in doc:
            lower = tok.lower
            if lowers is not None and lower not in lowers:
                lower = -1  # no rule names this word: all such words behave alike
            key = (tok.tag, lower, tok.dep, tok.is_space)
            if tok.i in extra:
                rules = sorted(self._rules_for(key, strings) + extra[tok.i], key=lambda r: r[0])
                attrs = _merge(rules)
            else:
                attrs = merged_cache.get(key)
                if attrs is None:
                    attrs = merged_cache[key] = _merge(self._rules_for(key, strings))
            for attr, value in attrs.items():
                _SETTERS[attr](tok, value)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The rules, as ``AttributeRuler.patterns`` gives them."""
        return self.ruler.patterns

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add rules after the others, as ``AttributeRuler.add_patterns`` does."""
        self.ruler.add_patterns(patterns)
        self._compile()

    # spaCy calls these when a pipeline is saved or copied; the ruler holds the state.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.ruler.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> "FastAttributeRuler":
        self.ruler.from_bytes(data, **kwargs)
        self._compile()
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        self.ruler.to_disk(path, **kwargs)

    def from_disk(self, path: Any, **kwargs: Any) -> "FastAttributeRuler":
        self.ruler.from_disk(path, **kwargs)
        self._compile()
        return self


def _tag_allows(spec: Any, tag: str) -> bool:
    """False only when the TAG part of a pattern surely rules ``tag`` out."""
    if isinstance(spec, str):
        return spec == tag
    if isinstance(spec, dict) and list(spec) == ["IN"]:
        return tag in spec["IN"]
    return True


_OTHER = "\x00other"  # stands for any lower form no rule names


def _named_lowers(vocab: Any, patterns: list[dict[str, Any]]) -> set[int] | None:
    """Hashes of every lower form a one-token rule names, or None when some rule tests the
    lower form otherwise than by naming it (then every form is told apart)."""
    named: set[int] = set()
    for pattern in patterns:
        spec = pattern.get("LOWER")
        if spec is None:
            continue
        if isinstance(spec, str):
            named.add(vocab.strings.add(spec))
        elif isinstance(spec, dict) and list(spec) == ["IN"]:
            named.update(vocab.strings.add(w) for w in spec["IN"])
        else:
            return None
    return named


def _merge(rules: list[tuple[int, dict]]) -> dict:
    """Later rules override earlier ones attribute by attribute, as spaCy applies them."""
    merged: dict = {}
    for _, attrs in rules:
        merged.update(attrs)
    return merged


@Language.factory(FACTORY, default_config={"patterns": []})
def make_fast_attribute_ruler(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> FastAttributeRuler:
    """The factory behind ``quotegraph_fast_attribute_ruler``; its rules come with the saved
    pipeline (``from_disk``) or from ``speed_up``."""
    return FastAttributeRuler(nlp, name, patterns)


def speed_up(nlp: Language, name: str = "attribute_ruler", lemmatizer: str = "lemmatizer") -> bool:
    """Replace the pipeline's AttributeRuler ``name`` by the table-driven one, and its rule
    Lemmatizer ``lemmatizer`` by a table over it; True if the ruler was replaced."""
    rule_lemmatizer = nlp.get_pipe(lemmatizer) if lemmatizer in nlp.pipe_names else None
    if isinstance(rule_lemmatizer, Lemmatizer) and rule_lemmatizer.mode == "rule" and not rule_lemmatizer.overwrite:
        nlp.replace_pipe(lemmatizer, LEMMATIZER_FACTORY)
        nlp.get_pipe(lemmatizer).lemmatizer = rule_lemmatizer  # with the lookup tables it loaded
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    ruler = nlp.get_pipe(name)
    # The rules travel in the component's saved data (as the AttributeRuler's do), not in the
    # pipeline's config.
    nlp.replace_pipe(name, FACTORY)
    nlp.get_pipe(name).from_bytes(ruler.to_bytes())
    return True


class FastLemmatizer:
    """The model's rule lemmatizer (``lemmatizer``), one table lookup per token."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        # (word, part of speech, morphology) -> lemma, all as string hashes: exactly what
        # Lemmatizer.rule_lemmatize reads of a token (see the module docstring).
        self._table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        if not len(rows):
            return doc
        table, strings, rule_lemmatize = self._table, doc.vocab.strings, self.lemmatizer.rule_lemmatize
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute ruler, which spaCy's lemmatizer leaves alone too
            key = (orth, pos, morph)
            found = table.get(key)
            if found is None:
                found = table[key] = strings.add(rule_lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # spaCy calls these when a pipeline is saved, loaded or copied: the lemmatizer's lookup
    # tables are the state.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.lemmatizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> "FastLemmatizer":
        self.lemmatizer.from_bytes(data, **kwargs)
        self._table.clear()
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        self.lemmatizer.to_disk(path, **kwargs)

    def from_disk(self, path: Any, **kwargs: Any) -> "FastLemmatizer":
        self.lemmatizer.from_disk(path, **kwargs)
        self._table.clear()
        return self


@Language.factory(LEMMATIZER_FACTORY)
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    """The factory behind ``quotegraph_fast_lemmatizer``: the language's own rule lemmatizer
    (``EnglishLemmatizer`` for English), whose tables come with the saved pipeline."""
    rule = nlp.create_pipe("lemmatizer", name=name, config={"mode": "rule", "overwrite": False, "model": None})
    return FastLemmatizer(rule)
