"""The words after what was said that are not the speaker's: a report of someone else set
after it in a clause of its own ("… while critics argue …", "…, which she called “…”"), the
speaker's act after a dash, a report set after the first by "while" or "before", and the
reporter's gloss after a quotation closes (a relative, a concession, a dash aside, a participle
on the occasion, a noun summing the report up).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import CONTRASTING_MARKS, is_dash, is_speech_verb
from ._words import COMPLEMENTS, EMPTY_SUBJECTS, OWN_SUBJECT, PERSONAL, channel_phrase, own_report


# CONTRASTING_MARKS set a clause against what was said, or beside it: "while critics argue …",
# "whereas the mayor insists …". ("because voters say …" gives the speaker's reason: it stays.)
def drop_other_reports(tokens: list[Token], cue: Token) -> list[Token]:
    """``tokens`` of what ``cue`` reports without a report of someone else set after it in a
    clause of its own: "accuses Lee of running a “smear” while Lee suggests the councilwoman is
    a captive of developers", "said the plan would fail while critics argue it will save
    money". A clause with its own subject and its own speech verb, opened by a contrasting
    conjunction, is another attribution (read on its own), not part of this one; so is a
    named speaker's report after "and" or "but" ("said the plan was “dead” and Councilman
    Reyes said …", ``_second_speakers_report``)."""
    if len(tokens) < 4:
        return tokens
    first, present = tokens[0].i, {t.i for t in tokens}
    for t in tokens:
        if t.i == cue.i or t.pos_ != "VERB" or t.dep_ not in ("advcl", "conj") or not is_speech_verb(t.lemma_):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("he", "she"):
            continue  # ("…, though he contended …": most often the speaker going on)
        opener = next((c for c in t.children if c.dep_ in ("mark", "cc") and c.i < subj.i
                       and c.lower_ in CONTRASTING_MARKS), None)
        if opener is None or opener.i <= first + 1 or opener.i not in present:
            continue
        return [x for x in tokens if x.i < opener.i]
    second = _second_speakers_report(tokens, cue)
    if second is not None:
        kept = [x for x in tokens if x.i < second]
        while kept and kept[-1].is_punct and (kept[-1].is_quote or kept[-1].text in (",", ";")):
            kept.pop()  # (the comma and closing mark before the "and" are no words said)
        return kept
    for k, t in enumerate(tokens[2:-2], 2):
        if is_dash(t) and _dash_act(tokens[k + 1:]):
            return tokens[:k]
        if (t.text == "," or is_dash(t)) and _relative_report(tokens[k + 1:], cue) \
                and not _hangs_on_later(tokens[:k], tokens[k:]):
            # "said the city had met its target, which she called “a big step”": the relative
            # holds a report of its own, read apart ("which she called …")
            return tokens[:k]
    for k, t in enumerate(tokens[3:-1], 3):
        # "insisted it was “premature” to back her while adding, “…”", "said the ruling had
        # “kept us safe” before claiming that …": the speaker's next report, set after the first
        if t.lower_ in ("while", "before", "after") and _occasion_participle(tokens[k:]) is not None \
                and is_speech_verb(tokens[k + 1].lemma_) and tokens[k + 1].i != cue.i \
                and not _doer_before(tokens[k + 1], speaking_only=True):
            return tokens[:k]
    return tokens


def _hangs_on_later(before: list[Token], after: list[Token]) -> bool:
    """Whether a token of ``before`` hangs on one of ``after``."""
    later = {d.i for d in after}
    return any(x.head.i in later for x in before)


def _second_speakers_report(tokens: list[Token], cue: Token) -> int | None:
    """Where a second speaker's report starts inside ``tokens``, at its "and" or "but": "said
    the plan was “dead” and Councilman Reyes said it was “not yet final”", "… but the governor
    insisted that …". The parse hangs the second report on the first one's clause; a speech
    verb in a finite tense with a named subject of its own (a name, or a noun with its
    determiner), set after the conjunction, is someone else's report, read on its own. (A
    pronoun may be the speaker going on; one of the speaker's own words stays.)"""
    if len(tokens) < 4:
        return None
    first, present = tokens[0].i, {t.i for t in tokens}
    spoke = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for t in tokens:
        if t.i == cue.i or t.pos_ != "VERB" or t.dep_ not in ("conj", "ccomp") or t.tag_ not in ("VBD", "VBZ") \
                or not is_speech_verb(t.lemma_):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None or not _named_subject(subj) or spoke is not None and subj.lower_ == spoke.lower_:
            continue
        if not any(c.dep_ in ("ccomp", "dobj", "xcomp") or c.is_quote for c in t.children if c.i > t.i):
            continue  # ("… and Lee said so": no words of its own)
        k = subj.left_edge.i - 1
        while k > first and t.doc[k].is_punct:
            k -= 1
        opener = t.doc[k]
        if opener.lower_ not in ("and", "but") or opener.i <= first + 1 or opener.i not in present:
            continue
        if any(x.is_quote for x in t.doc[opener.i:t.i]):
            continue  # the second speaker named inside marks is the speaker's own words
        return opener.i
    return None


def _named_subject(subj: Token) -> bool:
    """A subject that names someone: a proper name, or a noun with a determiner or a
    possessive ("the governor", "his rival"); not a pronoun, a relative or a bare noun."""
    if subj.pos_ == "PROPN":
        return True
    return subj.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in subj.children)


def _relative_report(rest: list[Token], cue: Token) -> bool:
    """``rest`` opens a relative clause whose verb reports with a subject of its own: "which
    she called “…”", "who he described as …", "which he argued would …", "— which she added
    “…”". The relative word is the object or subject of what that verb says, not of the clause
    the content is."""
    if len(rest) < 4 or rest[0].lower_ not in _RELATIVES or rest[0].tag_ not in ("WDT", "WP"):
        return False
    subj = rest[1]
    verb = subj.head
    if not (subj.dep_ == "nsubj" and subj.tag_ not in ("WDT", "WP") and verb.i == rest[2].i and verb.i != cue.i
            and verb.pos_ == "VERB" and is_speech_verb(verb.lemma_)
            and verb.dep_ in ("relcl", "advcl", "ccomp", "conj") and verb.tag_ in ("VBD", "VBZ", "VBP")):
        return False
    if not _runs_to_the_end(rest, verb):
        return False
    # the object a cue reports through keeps its relative ("blasted the delegate system, which
    # he said …" reports the system as he sees it)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "oprd") and c.i > cue.i), None)
    return obj is None or rest[0].i not in {t.i for t in obj.subtree}


def _runs_to_the_end(rest: list[Token], clause: Token) -> bool:
    """The clause ``clause`` heads is all of ``rest`` (punctuation aside): "…, whom he called
    “…,” or “throw away his vote”" goes on past the relative in what was said."""
    inside = {t.i for t in clause.subtree}
    return all(t.i in inside or t.is_punct or t.is_space for t in rest)


def _dash_act(rest: list[Token]) -> bool:
    """The words after a dash are the speaker's next act, not what was said: a speech verb
    of no subject ("… seized by the militia - said at a rally that …") or a clause of the
    speaker's own after "and" ("… by “insiders” — and he singled out the manager")."""
    words = [t for t in rest if not t.is_punct]
    if not words:
        return False
    w = words[0]
    if w.pos_ == "VERB" and is_speech_verb(w.lemma_) and w.tag_ in ("VBD", "VBZ") \
            and not any(c.dep_ in OWN_SUBJECT for c in w.children):
        return True
    return len(words) > 2 and w.lower_ == "and" and words[1].lower_ in PERSONAL \
        and words[2].pos_ == "VERB" and words[1].head.i == words[2].i and words[1].dep_ == "nsubj"


# Words that open the reporter's gloss on a quotation just closed: a non-restrictive relative
# ("…, “self-deportation,” which is …") or a concession ("“about right,” though voters …").
_GLOSS_OPENERS = frozenset({"which", "who", "whom", "whose", "where"}) | CONTRASTING_MARKS


def drop_gloss_after_quotation(tokens: list[Token]) -> list[Token]:
    """``tokens`` of a report without the reporter's gloss after a quotation that closes it:
    "said he was “excited where we stand” — a test for his campaign", "called it a
    “loophole,” which lets companies …", "rated the plan “about right,” though most voters
    …". The marks close the speaker's words; a comma or a dash after them and a relative
    pronoun, a concession or a dash aside start the reporter's own words, and so does the
    occasion it was said on when it ends the report ("…” in an interview with the Herald"). (A
    relative right after the marks with no comma, "a “plan” which nobody read", restricts the
    quoted words and stays.)"""
    for k, tok in enumerate(tokens[:-2]):
        if not (tok.is_quote and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and tok.whitespace_):
            continue  # a closing mark: set right after a word, a space after it
        nxt = tokens[k + 1]
        comma_before = tok.i >= 2 and tok.doc[tok.i - 1].text == ","
        part = _occasion_participle(tokens[k + 1:])
        if part is not None and not _doer_before(part, speaking_only=False) \
                and (is_speech_verb(part.lemma_) or not any(t.is_quote for t in tokens[k + 2:])):
            # (quoted words after it go on with the speaker's: "a “talented guy” when required to
            # “give a speech”"; a speech verb's are a report of its own)
            cut = k + 1  # "“We'll see,” when asked whether …", "“rapists” while calling for …"
        elif channel_phrase(nxt) and not any(t.pos_ in ("VERB", "AUX") for t in nxt.subtree) \
                and all(t.is_punct or _of_the_day(t) for t in tokens if t.i > nxt.right_edge.i):
            # "did not want “that kind of money” in an interview with the Herald (on Sunday)"; a
            # clause in it ("in a letter that it later withdrew") may tell of the words' own setting
            cut = k + 1
        elif tok.text not in ("'", "\u2019") and _as_the_speaker_does(tokens[k + 1:]):
            cut = k + 1  # "says he is “proud of where we are” as he heads into a hard week"
        elif is_dash(nxt):
            if any(is_dash(t) for t in tokens[k + 2:]):
                continue  # "“every candidate” - even Cruz - favored …": an aside the clause resumes after
            if sum(is_dash(t) for t in tokens[:k]) % 2 and k + 2 < len(tokens) \
                    and tokens[k + 2].tag_ in ("VBD", "VBZ", "VBP", "MD"):
                # "her messages - like “I get results” - were weaker": the dash closes an aside
                # and the clause's own verb follows it
                continue
            cut = k + 1
        elif nxt.text == "," or comma_before:
            j = k + 2 if nxt.text == "," else k + 1  # the word after the comma and the mark
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            # ("…,” in which a company …": a preposition before the relative pronoun)
            if not (tokens[j].lower_ in _GLOSS_OPENERS
                    or tokens[j].pos_ == "ADP" and after is not None and after.lower_ in ("which", "whom")
                    # "…,” sparking a row": a participle on what the words did, unless the
                    # speaker's quoted words go on in it
                    # ("including", "regarding": a participle as a preposition lists more of it)
                    or tokens[j].tag_ == "VBG" and tokens[j].dep_ != "prep"
                    and tokens[j].lower_ not in ("including", "regarding", "concerning")
                    and (not any(t.is_quote for t in tokens[j:]) or not is_speech_verb(tokens[j].lemma_))
                    or _summing_noun(tokens[j:])):
                continue
            cut = k + 1
        else:
            continue
        dropped = {t.i for t in tokens[cut:]}
        if any(t.head.i in dropped for t in tokens[:cut]):
            continue  # "the “gang of eight,” which drafted it, would meet": the clause goes on past the gloss
        if any(t.is_alpha for t in tokens[cut:]) and any(t.is_alpha for t in tokens[:k]):
            return tokens[:cut]
    cut = _gloss_a_phrase_after(tokens)
    if cut is not None:
        return tokens[:cut]
    closed = False
    for k, tok in enumerate(tokens[:-2]):
        closed = closed or tok.is_quote and k > 0 and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
        # "would pay “slightly more” in taxes, an acknowledgment that …": the sum-up may come a
        # phrase after the marks
        if closed and tok.text == "," and _summing_noun(tokens[k + 1:]) \
                and not any(t.head.i > tok.i and t.head.i != t.i for t in tokens[:k]):
            return tokens[:k]
    return tokens


_RELATIVES = frozenset({"which", "who", "whom", "whose"})


def _gloss_a_phrase_after(tokens: list[Token]) -> int | None:
    """Where the reporter's gloss starts a phrase after a quotation that closes the speaker's
    words: "said the council would “look closely” at the proposal, which would raise fees …",
    "said she was “deeply troubled” by the ruling — a rare rebuke from …". The phrase between
    the marks and the comma or dash (no verb of its own) completes the quoted words; a
    non-restrictive relative, or a noun phrase set off by a dash, after it is the reporter's
    background (unless the relative goes on in the speaker's quoted words: "…, which she said
    was “a scandal”" is a report of its own, and one a reader reads apart). None when there is
    no such gloss."""
    doc = tokens[0].doc if tokens else None
    marks = 0
    for k, tok in enumerate(tokens[:-3]):
        if not tok.is_quote:
            continue
        marks += 1
        if marks % 2 or k == 0 or tok.i == 0 or doc[tok.i - 1].whitespace_:
            continue  # an opening mark, or one inside the words
        j = k + 1
        while j < len(tokens) and j - k <= 9 and tokens[j].text != "," and not is_dash(tokens[j]):
            j += 1
        phrase = tokens[k + 1:j]
        if j >= len(tokens) - 1 or not any(t.is_alpha for t in phrase) or j - k > 9 \
                or any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in phrase):
            continue
        rest = tokens[j + 1:]
        w = rest[0]
        if w.lower_ in _RELATIVES and w.tag_ in ("WDT", "WP", "WP$"):
            clause = next((a for a in w.ancestors if a.dep_ == "relcl"), None)
            if clause is None or not _runs_to_the_end(rest, clause):
                continue
            if any(t.is_quote for t in rest) and not own_report(rest):
                continue  # "…, which “nobody wants”": the speaker's words go on
        elif is_dash(tokens[j]) and (w.lower_ in ("a", "an") or w.pos_ == "NOUN" and w.tag_ == "NN"):
            if any(is_dash(t) or t.is_quote for t in rest):
                continue  # an aside the clause resumes after, or quoted words in it
        else:
            continue
        dropped = {t.i for t in rest}
        if any(t.head.i in dropped for t in tokens[:j]):
            continue  # the clause goes on past it
        return j
    return None


# Subordinators that set the occasion of the saying: "when asked …", "while calling for …".
_OCCASION_MARKS = frozenset({"when", "while", "before", "after"})


def _of_the_day(tok: Token) -> bool:
    """A word of the day something was said on ("Sunday", "on Sunday", "last week")."""
    return tok.ent_type_ in ("DATE", "TIME") \
        or tok.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children)


def _occasion_participle(rest: list[Token]) -> Token | None:
    """``rest`` (the words after a quotation closes) opens with a subordinated participle of no
    subject: "“We'll see,” when asked whether …", "“rapists” while calling for a wall": the
    reporter's word on when or how it was said (a clause of its own subject, "“ready” when the
    games start", may be the speaker's). The participle, or None."""
    words = [t for t in rest[:3] if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[0].lower_ not in _OCCASION_MARKS:
        return None
    part = words[1]
    linked = words[0].head.i == part.i or part.head.i == words[0].i  # (the parse may take "before" for a preposition)
    return part if part.tag_ in ("VBG", "VBN") and part.pos_ == "VERB" and linked \
        and not any(c.dep_ in OWN_SUBJECT for c in part.children) else None


def _as_the_speaker_does(rest: list[Token]) -> bool:
    """``rest`` (the words right after a quotation closes) is "as" and a clause of a personal
    pronoun's: "“…” as he faces a hard test", "“…” as she left the stage" — the reporter sets
    the words in the speaker's moment (an "as" clause of the speaker's own would be a comparison
    or a cause inside the marks, or with a subject of its own: "“…” as prices rise")."""
    if len(rest) < 4 or rest[0].lower_ != "as" or rest[0].dep_ != "mark" or rest[1].lower_ not in ("he", "she", "they"):
        return False
    verb = rest[1].head
    return rest[1].dep_ == "nsubj" and rest[0].head.i == verb.i and verb.tag_ in ("VBZ", "VBD", "VBP") \
        and verb.i == rest[2].i


def _doer_before(part: Token, speaking_only: bool) -> bool:
    """The clause a participle hangs on has a subject of its own, outside the quotation, that
    may be the one doing it: "that one of them had “even died” while volunteering …" (the
    participle's doer is the clause's, and it is still what was said), "Clinton perjured
    herself while testifying". With ``speaking_only`` (a speech participle) a subject that
    cannot speak does not count: "the ruling has “kept us safe” before claiming …" (the
    speaker claims). A subject inside the quotation is the speaker's own word, not the
    reporter's, so the reporter's participle cannot take it."""
    clause = part.head if part.dep_ != "pcomp" else part.head.head
    start = clause
    while clause.dep_ in ("conj", "xcomp") and not any(c.dep_ in OWN_SUBJECT for c in clause.children):
        clause = clause.head
    if clause is not start and is_speech_verb(clause.lemma_):
        return False  # "vows to “defend the law” before sketching …": up to the cue, whose speaker does it
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > part.i or _inside_marks(subj):
        return False
    if subj.lower_ in EMPTY_SUBJECTS:
        return False
    if not speaking_only:
        return True
    return subj.pos_ == "PROPN" or subj.lower_ in PERSONAL or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)


def _inside_marks(tok: Token) -> bool:
    """``tok`` stands between an opening and a closing quotation mark of its sentence (an odd
    number of marks before it)."""
    sent = tok.sent
    return sum(1 for t in tok.doc[sent.start:tok.i] if t.is_quote) % 2 == 1


def _summing_noun(rest: list[Token]) -> bool:
    """``rest`` (the words after a comma that follows a quotation) is a noun phrase summing up
    the report, hung on the report's verb: "…,” part of a string of attacks on …", "…,” a
    charge the campaign denies". The verb already has what it needs before the comma, so the
    noun is the reporter's comment, not more of the speaker's words."""
    if not rest:
        return False
    noun = rest[0] if rest[0].pos_ == "NOUN" else rest[1] if len(rest) > 1 and rest[0].lower_ in ("a", "an") \
        and rest[1].pos_ == "NOUN" else None
    if noun is None or noun.dep_ not in ("appos", "npadvmod", "dobj", "attr", "dep", "advcl") \
            or noun.head.pos_ not in ("VERB", "AUX") or noun.head.i > noun.i:
        return False
    verb = noun.head
    filled = any(c.dep_ in COMPLEMENTS + ("acomp", "ccomp") and c.i < rest[0].i for c in verb.children)
    return filled and any(c.dep_ in ("prep", "relcl", "acl") and c.i > noun.i for c in noun.children)
