"""The cue in the frame around a direct quotation: the speech verb or "according to" nearest
the quotation, skipping subordinate and closed relative clauses; for a colon intro, the verb
that owns the colon ("Johnstone analyzed: “…”"); "SUBJECT VERB, “…”" with any verb ("Hilda
shot back, “…”", "As the magazine put it, “…”"); a speech verb after a quotation that is
not its cue (a title inside the verb's subject, the next sentence's own report); a quotation
set off by dashes as an aside; a name or a possessor before a colon ("Tamsin: ‘…’", "Lee's
answer was: “…”"); a dash and a name signing a quotation (“…” ― Pamela Padilla).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..cues import ADDRESSEE_VERBS, SPEAKER_PRONOUNS, SUBORDINATORS, is_dash, is_speech_noun, is_speech_verb
from ..entities import EntityIndex, fold
from ..layout import Layout
from ..model import Cue, Span
from ..quotes import QUOTE_MARKS, Quoted
from ..speaker_words import SOURCE_OR_PERSON_NOUNS
from ..speakers import SUBJECT_DEPS
from .drafts import ENDS, span_of_tokens, speech_word, word_count
from .misparsed_subjects import written_as_a_surname
from .speaker_candidates import fits, name_head


def name_before_colon(before: list[Token], index: EntityIndex) -> Token | None:
    """"Tamsin: ‘We will not give up the harbour’": a name alone at the start of a line
    before the colon speaks (a headline's or a transcript's form); the head of the name. It
    must name someone of the document ("Exclusive:", "Analysis:" name no one)."""
    if len(before) < 2 or before[-1].text != ":":
        return None
    name = before[:-1]
    first = name[0]
    doc = first.doc
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and not _sentence_ends_at(doc[first.i - 1]):
        return None  # a name opening a line or a sentence ("… ISIS.” Bush: “…”"), not one inside it
    if len(name) > 4 or not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in name):
        return _titled_name(name)
    words = {fold(t.text) for t in name}
    if any(index.at(t) is not None for t in name) or any(
            c.type in ("person", "organization", "country") and words & {fold(w) for w in c.name.split()}
            for c in index.clusters):
        return name[-1]
    return None


def role_before_colon(before: list[Token]) -> Token | None:
    """"The president: ‘We will not walk away.’": a definite description of one person by
    their role alone before the colon, at the start of a line or a sentence, speaks as "the
    president said" does (the coreference step gives the role to the person the article named);
    the role noun. Not a thing ("The problem: …") nor a description inside a sentence."""
    if not 3 <= len(before) <= 5 or before[-1].text != ":" or before[0].lower_ != "the":
        return None
    first = before[0]
    doc = first.doc
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and not _sentence_ends_at(doc[first.i - 1]):
        return None
    head = before[-2]
    if head.tag_ not in ("NN", "NNP") or head.lower_ not in SOURCE_OR_PERSON_NOUNS \
            or not all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in before[1:-2]):
        return None
    return head


# The words of a title set before a name on a speaker's line ("Former secretary of state Ann
# Lund:"): a noun phrase of role words, lower case but for its first word and the name.
_TITLE_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADP", "DET"})


def _titled_name(name: list[Token]) -> Token | None:
    """"Former governor Ann Lund: “…”": a speaker's line whose name carries its title, the
    name itself the person the parse found at its end; the head of the name."""
    last = name[-1]
    if len(name) > 8 or last.ent_type_ != "PERSON" or not last.text[:1].isupper() \
            or not all(t.pos_ in _TITLE_POS for t in name) \
            or any(t.pos_ == "ADP" and t.lower_ != "of" for t in name):
        return None
    start = last
    while start.i > name[0].i and start.doc[start.i - 1].ent_type_ == "PERSON":
        start = start.doc[start.i - 1]
    return last if start.i > name[0].i or len(name) == 1 else None


def _sentence_ends_at(tok: Token) -> bool:
    """True when a sentence ends with ``tok``: a full stop, or a quotation closed after one."""
    if tok.text in ENDS:
        return True
    return tok.text in QUOTE_MARKS and tok.i > 0 and tok.doc[tok.i - 1].text in ENDS


def dash_aside(before: list[Token], after: list[Token]) -> bool:
    """True when a quotation stands between two dashes after a clause of its own ("X lamented
    the delays - “why now?” - and …")."""
    if len(before) < 3 or not after or not is_dash(before[-1]):
        return False
    k = 0
    while k < len(after) and after[k].is_punct and not is_dash(after[k]):
        k += 1  # the closing mark and the quotation's own stop
    return k < len(after) and is_dash(after[k])


def possessor_intro(before: list[Token], in_quote: set[int]) -> Token | None:
    """"Lee's answer was: “…”", "Her reply: “…”": a colon intro whose subject is someone's
    words (a noun with a possessor, and no verb of its own but a copula) is the possessor's.
    A person the possessor has ("Kenya's president: ‘…’", "Lee's spokesman:") speaks
    themself: the noun, not its possessor."""
    if len(before) < 3 or before[-1].text != ":":
        return None
    ids = {b.i for b in before}
    heads = [t for t in before[:-1] if t.head.i == t.i or t.head.i not in ids]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ == "AUX" or head.lemma_ == "be":
        head = next((c for c in head.children if c.dep_ in ("nsubj", "attr") and c.i < head.i), None)
    elif head.lower_ == "from" and head.i == before[0].i:
        # "From Lee's Facebook post: “…”": the words quoted from what someone wrote or said
        head = next((c for c in head.children if c.dep_ == "pobj"), None)
    if head is None or head.pos_ != "NOUN":
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ not in ("PROPN", "PRON") or not fits(poss, head, in_quote):
        return None
    if head.lower_ in SOURCE_OR_PERSON_NOUNS:
        return head
    return poss


# Prepositions that make a speech noun the channel of another verb ("said in his statement")
# or the topic of someone else's words ("wrote about her claim"), not the intro of the quotation.
_NOT_THE_WORDS = frozenset("in via through on about of over regarding concerning at for against".split())


def speech_noun_intro(before: list[Token], in_quote: set[int]) -> tuple[Token, Token] | None:
    """(noun, possessor) when a quotation follows someone's words named by a speech noun and
    a comma or colon: "after her comment that, “…”", "angered by his remark: “…”", "the
    senator's promise, “…”". The noun is the cue, its possessor speaks."""
    if len(before) < 3 or before[-1].text not in (",", ":"):
        return None
    noun = before[-2]
    if (said := _in_their_words(noun, in_quote)) is not None:
        return said
    if noun.lower_ == "that" and len(before) >= 4:
        noun = before[-3]
    if noun.pos_ != "NOUN" or not is_speech_noun(noun.lemma_):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _NOT_THE_WORDS:
        return None  # "said in his statement: “…”" (the verb is the cue), "had this to say about his plan: “…”"
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ not in ("PROPN", "PRON", "NOUN") or not fits(poss, noun, in_quote):
        return None
    return noun, poss


def _in_their_words(last: Token, in_quote: set[int]) -> tuple[Token, Token] | None:
    """(words, owner) when the frame ends "in Lund's words," or "in the words of the Tribune,"
    (``last`` its last word): the idiom gives the quotation that follows to the owner of the
    words."""
    noun = last
    if noun.lower_ != "words" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        noun = noun.head.head  # "the words of the Tribune": up from the owner
    if noun.lower_ != "words" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    # (not "in her words": a pronoun's owner is the one the sentence is about, found as before)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN") or not fits(owner, noun, in_quote) \
            or last.i not in (noun.i, owner.i):
        return None
    return noun, owner


def not_its_cue(doc: Doc, qspan: Span, verb: Token, content_end: str) -> bool:
    """A speech verb after a quotation that is not its cue: the quotation stands inside the
    verb's subject (a title: 'Lee, host of "The Hour," who …, said'), or it closed its
    sentence and the verb's clause stands inside the next one ('“… bully.” The state, he
    said, was “…”': the parenthetical cue is the next sentence's)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.left_edge.i <= qspan.start and qspan.end <= subj.right_edge.i + 1 \
            and any(t.i < qspan.start and not (t.is_punct or t.is_space) for t in subj.subtree):
        # a title stands inside a subject that opens before it; a quotation opening the
        # sentence that the parse hangs on the name after it (“…,” Lee, 69, told NBC) is
        # the name's own words
        return True
    if not content_end.endswith("."):
        return False
    return word_count(list(doc[qspan.end:verb.left_edge.i])) > 0


def verb_before_comma(before: list[Token], in_quote: set[int], relative: bool = False) -> tuple[Token, Token] | None:
    """(verb, subject) when the frame before a quotation ends "SUBJECT VERB [back/out], ":
    a finite verb of a main clause with its subject, nothing of its own after it; with
    ``relative``, of a relative clause too ("…, to which Lee replied: “…”")."""
    k = len(before) - 2
    it = None
    if k > 1 and before[k].lower_ == "it" and before[k].dep_ == "dobj" and before[k].head.i == before[k - 1].i \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in before[k - 1].children):
        # "As the magazine put it, “…”": the "it" of an as-clause stands for the quotation
        it = before[k]
        k -= 1
    while k > 0 and (before[k].dep_ in ("prt", "advmod") and before[k].pos_ in ("ADV", "ADP", "PART")):
        k -= 1
    if k < 1:
        return None
    if (asked := _question_frame(before[k], before[-1].i)) is not None:
        verb, subj = asked
        return (before[k], subj) if fits(subj, verb, in_quote) and not _subordinate_before(verb, before) else None
    verb = _past_adjuncts(before[k]) or before[k]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_ in ("be", "have") \
            or _subordinate_before(verb, before) or verb.dep_ == "acl" or verb.dep_ == "relcl" and not relative:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and c.i < before[-1].i
           and (it is None or c.i != it.i) for c in verb.children):
        return None  # "Trump went after Bush, calling …": the verb has words of its own
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subj is None or subj.pos_ not in (("PROPN", "PRON") if it is None else ("PROPN", "PRON", "NOUN")) \
            and not _surname_read_as_noun(subj) or subj.lower_ in ("it", "there", "this", "that", "which", "what") \
            or not fits(subj, verb, in_quote):
        return None  # a name or a person's pronoun: "the doors opened, “…”" is narration
    return verb, subj


# Verbs of wanting that, with "to know", ask a question ("Lee wanted to know, “…?”").
_WANTING_TO_KNOW = frozenset("want demand".split())


def _question_frame(know: Token, comma: int) -> tuple[Token, Token] | None:
    """(verb, subject) of "SUBJECT wanted to know" ending right before a quotation's comma:
    the quotation is the question its subject put, as after "asked"; the finite verb of
    wanting and its subject, a name or a person's pronoun."""
    verb = know.head
    if know.lower_ != "know" or know.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in know.children) \
            or any(c.dep_ in ("dobj", "ccomp") and c.i < comma for c in know.children) \
            or verb.lemma_ not in _WANTING_TO_KNOW or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or verb.dep_ in ("acl", "relcl"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") or subj.lower_ in ("it", "there", "this", "that", "which", "what"):
        return None
    return verb, subj


# Verbs that take a stance on their object, whose subject a quotation after a dash that ends
# the sentence goes on to speak: "Ruiz defended the cuts -- “We had no choice.”" (the verbs of
# speech before a dash are cues in their own right).
_STANCE_VERBS = frozenset("defend justify attack condemn decry denounce dismiss reject applaud laud".split())


def stance_before_dash(before: list[Token], in_quote: set[int]) -> tuple[Token, Token] | None:
    """(verb, subject) when the frame before a quotation is a main clause ending in a dash,
    "SUBJECT VERB …, -- ", whose finite verb takes a stance on its object; its subject a name
    or a person's pronoun. None for a clause opened by a subordinator ("When Lee defended the
    cuts -- “…”") or a verb of another kind ("Lee left the room -- “…”": narration)."""
    if len(before) < 3 or not is_dash(before[-1]):
        return None
    inside = {t.i for t in before}
    tops = [t for t in before[:-1] if t.head.i == t.i or t.head.i not in inside]
    if len(tops) != 1:
        return None
    verb = tops[0]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in _STANCE_VERBS \
            or subordinated(verb) or verb.dep_ in ("acl", "relcl", "advcl"):
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") \
            or subj.lower_ in ("it", "there", "this", "that", "which", "what") or not fits(subj, verb, in_quote):
        return None
    return verb, subj


# Verbs of ending or opening one's own speech, said with no object ("When Lee finally wrapped up
# —", "As she began —"): the quotation set off by dashes after them is that speech.
_SPEECH_EDGE_VERBS = frozenset("finish conclude wrap close end begin start open".split())


def speech_edge_before_dash(before: list[Token], in_quote: set[int]) -> tuple[Token, Token] | None:
    """(verb, subject) when the frame before a dashed aside ends in a verb of ending or opening
    one's speech with no object, main or subordinate ("When Lee finally finished — “…!” — the
    confetti fell"): its subject, a name or a person's pronoun, says the words. None otherwise
    ("When the band finished its set — “…” —": an object makes it something else)."""
    if len(before) < 3 or not is_dash(before[-1]):
        return None
    verb = before[-2]
    if verb.dep_ == "prt" and verb.head.i == verb.i - 1:
        verb = verb.head  # "wrapped up"
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in _SPEECH_EDGE_VERBS \
            or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") \
            or subj.lower_ in ("it", "there", "this", "that", "which", "what", "they") or not fits(subj, verb, in_quote):
        return None
    return verb, subj


def _surname_read_as_noun(tok: Token) -> bool:
    """"Sanders shot back, “…”": the small model tags a surname as a common noun now and then;
    a capitalised word the article also writes as the end of a person's name is that name."""
    return tok.pos_ == "NOUN" and tok.is_title and not tok.ent_type_ and written_as_a_surname(tok)


def _past_adjuncts(last: Token) -> Token | None:
    """The verb a frame's adjuncts close ("Ruiz proclaimed at a town meeting, “…”", "Lee
    said on Monday, “…”"): when ``last`` ends a prepositional phrase or a time word hanging
    on a verb, that verb; else None."""
    tok = last
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("prep", "npadvmod") and tok.head.pos_ == "VERB" and tok.right_edge.i == last.i:
            return tok.head
        if tok.dep_ not in ("pobj", "compound", "amod", "det", "nummod", "poss", "prep", "case"):
            return None
        tok = tok.head
    return None


def says_its_own(verb: Token) -> bool:
    """True when a speech verb has a clause of its own after it ("added that the Fed …",
    "said the talks failed"): after a quotation closed by a full stop it opens a new report
    rather than attributing the quotation. So does one with an object of its own ("“….” She
    demands written guarantees"), unless the object is whom it is said to ("He told reporters")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i or c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        or any(c.dep_ == "prep" and c.i > verb.i and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children) \
        or (verb.lemma_.lower() not in ADDRESSEE_VERBS
            and any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
            and any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children))  # (not "wrote Ann Lee")


_DASH = re.compile(r"[^\S\n]*(?:[\u2015\u2014\u2013]|--)[^\S\n]*")


def dash_byline(doc: Doc, q: Quoted, after_tok: int, in_quote: set[int],
                layout: Layout) -> tuple[Cue, Token, str] | None:
    """“…” ― Pamela Padilla: a dash and a name after a quote sign it."""
    text = layout.text
    m = _DASH.match(text, q.end)
    if m is None:
        return None
    name = doc.char_span(m.end(), min(len(text), m.end() + 60), alignment_mode="expand")
    if name is None or not len(name) or name[0].pos_ != "PROPN":
        return None
    head = name[0]
    for ent in layout.ents_in(name.start, name.end):
        if ent.start == name.start and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            head = ent[-1]
            break
    else:
        head = name_head(head)
    if head.i in getattr(in_quote, "anywhere", in_quote):
        return None
    dash = text[m.start():m.end()].strip()
    start = text.index(dash, m.start())
    return Cue(start, start + len(dash), dash, "dash"), head, "dash"


def cue_in(frame: list[Token], side: str, colon_intro: bool) -> tuple[Token, Span, str] | None:
    """The speech cue in a frame nearest the quote: a speech verb, "according to", or (for a
    colon intro) the verb that owns the colon."""
    if not frame:
        return None
    doc = frame[0].doc
    ordered = frame if side == "after" else list(reversed(frame))
    for tok in ordered:
        if side == "after" and (tok.lower_ in SUBORDINATORS and tok.dep_ in ("mark", "advmod")):
            # "“…,” when Clinton blasted him": another clause; unless the sentence ends with its
            # cue past that clause ("“…,” since most cases were close, said Ann Roe")
            return _cue_past_aside(frame, tok)
        if side == "before" and _subordinate_before(tok, frame):
            continue  # "After Brown criticized Dane, Hilda shot back, “…”": Brown's verb is no cue
        if colon_intro and any(t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB"
                               and (t.i > tok.right_edge.i or _own_conjunct(t, tok, frame)) for t in frame):
            # "hammered X, calling him “…,” and contrasted Y with Z: “…”": the speech verb's
            # clause closed before another finite verb, whose the colon is; so in "Lee said
            # X, but she gave them a hint: “…”", where the parse hangs that verb on the cue
            continue
        if side == "before" and _closed_relative(tok, frame):
            continue  # "contrasted Kerr, whom he described as “rash,” with Lee: “…”"
        if side == "after" and _closed_relative(tok, frame) and any(
                t.i > tok.right_edge.i and speech_word(t) for t in frame):
            # "“…,” the survivor, who asked not to be named, told Reuters": the relative clause
            # tells of the speaker; the main clause's speech verb after it is the cue
            continue
        if side == "before" and _describing_relative(tok, frame):
            continue  # "Saul tweeted back, noting it came from a man who promised mass deportation: “…”"
        if tok.dep_ == "amod" and tok.head.i > tok.i and is_speech_noun(tok.head.lemma_):
            continue  # "told the Herald in a written statement, “…”": an adjective, the verb is "told"
        if speech_word(tok) or side == "after" and _verb_read_as_noun(tok, frame):
            return tok, span_of_tokens(doc, tok, tok), tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            return tok, span_of_tokens(doc, tok, tok.nbor()), "according to"
    if colon_intro:
        # "Johnstone … analyzed: “…”": the verb that owns the colon speaks; in "Lee has
        # apologized for what happened: “…”" the main verb, not the one nearest the colon
        colon = frame[-1]
        inside = {t.i for t in frame}
        verbs = [t for t in ordered if (t.pos_ == "VERB" or _person_copula(t, inside)) and not _closed_relative(t, frame)]
        # the top of the frame's parse, else the first verb
        tok = next((t for t in verbs if t.head.i not in inside or t.pos_ == "AUX"), verbs[0] if verbs else None)
        if tok is not None:
            return tok, span_of_tokens(doc, tok, tok), tok.lemma_.lower()
        return colon, Span(colon.idx, colon.idx + 1, colon.text[:1]), ":"
    return None


# What may stand between a quotation and a cue the parse took for a noun: a noun phrase,
# with a prepositional phrase of its own ("a voice-over in the ad").
_PHRASE_POS = frozenset("DET ADJ NOUN PROPN NUM PUNCT ADP".split())


def _verb_read_as_noun(tok: Token, frame: list[Token]) -> bool:
    """"“…,” the document states.", "“…,” a voice-over in the ad states", "“…,” the Saudis
    state in the paper": a speech verb after a noun phrase that the small model tags as a
    plural noun ("states", "notes") or, after a plural subject, as a singular one ("state").
    Only right after a quotation handed on by its comma, with nothing but that noun phrase
    between, and the clause ending at the word (or going on with a preposition)."""
    doc = tok.doc
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower():
        return False
    if not (is_speech_verb(tok.lemma_) or tok.lower_.endswith("s") and is_speech_verb(tok.lower_[:-1])):
        return False  # (a word tagged a proper noun keeps its ending as its lemma)
    k = frame.index(tok)
    words = [t for t in frame[:k] if not (t.is_punct or t.is_space)]
    if not words or words[0].i > frame[0].i + 2 or words[0].pos_ not in ("DET", "PROPN", "PRON"):
        return False
    if frame[0].i < 2 or doc[frame[0].i - 2].text != "," or any(t.pos_ not in _PHRASE_POS for t in frame[:k]):
        return False
    before = doc[tok.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    if not (tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s")
            or tok.tag_ == "NN" and before.tag_ in ("NNS", "NNPS") and before.lower_.endswith("s")):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.text in (",", ".", ";", ":") or nxt.pos_ == "ADP" and nxt.lower_ in ("in", "on")


def _own_conjunct(verb: Token, cue: Token, frame: list[Token]) -> bool:
    """True when ``verb`` heads a new clause after the speech verb ``cue`` and its complement:
    a conjunct of the cue with a subject of its own ("said …, but he gave …"), or such a verb
    the parse hangs on the quotation after the colon."""
    inside = {t.i for t in frame}
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None or verb.i < cue.i or subj.left_edge.i == 0:
        return False
    # joined by "but"/"and", not a "that"-clause of the cue's own ("said he hoped that Lee wins:")
    joined = subj.doc[subj.left_edge.i - 1].pos_ == "CCONJ"
    return joined and (verb.dep_ == "conj" and verb.head.i == cue.i or verb.head.i not in inside) \
        and any(c.dep_ in ("ccomp", "dobj") and c.i < verb.i for c in cue.children)


def _cue_past_aside(frame: list[Token], sub: Token) -> tuple[Token, Span, str] | None:
    """The inverted cue closing an after-frame past a subordinate clause the writer set between
    the quotation and its cue: ", said NAME" right after one of the clause's commas."""
    doc = sub.doc
    for k, comma in enumerate(frame):
        if comma.i <= sub.i or comma.text != ",":
            continue
        words = [t for t in frame[k + 1:] if not t.is_punct and not t.is_space]
        if len(words) >= 2 and speech_word(words[0]) and words[0].tag_ in ("VBD", "VBZ") \
                and words[1].pos_ in ("PROPN", "DET") and words[0].i == comma.i + 1:
            return words[0], span_of_tokens(doc, words[0], words[0]), words[0].lemma_.lower()
    return None


def aside_end(doc: Doc, first: int, verb: Token) -> int:
    """Where the words between a quotation (ending at token ``first``) and its cue ``verb``
    start to name the speaker: past a subordinate clause set between them, at the comma
    before the cue; ``first`` when there is none."""
    span = doc[first:verb.i]
    if not any(t.lower_ in SUBORDINATORS and t.dep_ in ("mark", "advmod") for t in span):
        return first
    commas = [t.i for t in span if t.text == ","]
    return commas[-1] + 1 if commas else first


def subordinated(verb: Token) -> bool:
    """A verb of a clause opened by a subordinator: in "Lee said it best when he blogged: “…”"
    the colon's quotation is what Lee said, the main clause's."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS
                                        for c in verb.children)


def _person_copula(tok: Token, inside: set[int]) -> bool:
    """A copula at the top of a colon's frame with a person as its subject: "she is sure that
    …: “…”" is hers, not the subject of a clause inside what she is sure of."""
    return tok.pos_ == "AUX" and (tok.head.i not in inside or tok.head.i == tok.i) and any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in SPEAKER_PRONOUNS) for c in tok.children)


def _closed_relative(tok: Token, frame: list[Token]) -> bool:
    """True for the verb of a relative clause that closes before the end of the frame, with
    words of the main clause after it ("contrasted Kerr, whom he described as “rash,” with
    Lee: “…”"): what it says is about its noun, not the quotation's cue."""
    return tok.dep_ == "relcl" and tok.right_edge.i < frame[-1].i - 1 \
        and any(t.i > tok.right_edge.i and t.pos_ in ("NOUN", "PROPN", "VERB", "ADP") for t in frame)


def _describing_relative(tok: Token, frame: list[Token]) -> bool:
    """True for the verb of a "who" clause with its own object, hung on a noun under a speech
    verb earlier in the frame ("noting it came from a man who promised open trade: “…”"):
    the clause tells what the man is known for; the speech verb above it is the cue."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return False
    if not any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
        return False
    inside = {t.i for t in frame}
    return any(a.i in inside and a.i < tok.i and speech_word(a) for a in tok.ancestors)


def _subordinate_before(tok: Token, frame: list[Token]) -> bool:
    """A verb of a subordinate clause ("after/when/because X criticized …") followed, within
    the frame, by the main clause with a subject of its own: not the quotation's cue ("as X
    put it" is one: "as" introduces the speaker)."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and c.lower_ != "as"
                                      for c in tok.children):
        return False
    head = tok.head
    return head.i > tok.i and any(t.i == head.i for t in frame) and any(c.dep_ in SUBJECT_DEPS for c in head.children)
