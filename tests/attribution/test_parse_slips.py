"""Speakers and contents where the small model's parse slips (graph/attribution/reported.py
with its reported_* modules, settling.py): a report the parse hangs on the wrong clause, a
quotation opening or closing a reported clause, a verb under another's label or object. A
subject the parse misreads is in test_misparsed_subjects.py. Sentences written for these
tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


def speaker(text: str, words: str) -> str | None:
    q = quote_with(extract_text(text), words)
    return q.speaker.name if q.speaker else None


def test_a_report_the_parse_made_a_conjunct_of_the_clause_before_the_cue():
    # regression: "…, he told reporters." hung on the clause before as its conjunct reported nothing
    text = ("Officials met in Oslo.\n\nPeople should provide evidence for their accusations and not wave around "
            "speculative words like “maybe” and “perhaps”, he told reporters.\n")
    q = quote_with(extract_text(text), "provide evidence")
    assert q.cue is not None and q.cue.text == "told"
    assert q.contents[0].text.startswith("People should provide evidence")
    assert "he told" not in q.contents[0].text


def test_a_clause_of_the_verbs_own_before_it_is_not_its_report():
    text = ("The seven cousins have lived in this suburb for three months, and though they speak barely a word "
            "of English, their smiles said a lot.")
    assert not extract_text(text).quotes


@pytest.mark.parametrize("text, words, who", [
    ('Storm leaves town in the dark.\n\n"We are tired and angry" about the slow repairs to the power lines that '
     'have left hundreds of homes without heat, Marta Dunn said. She said the crews "have not come back since '
     'Friday."', "slow repairs", "Marta Dunn"),
    ('Storm leaves town in the dark.\n\n"It is a disgrace" that the company waited three days to send help, said '
     'Tom Avery, a local shop owner.', "three days", "Tom Avery"),
    ('Storm leaves town in the dark.\n\n"Nobody was ready" for a storm this size, the mayor told reporters on '
     'Monday.', "this size", "mayor"),
])
def test_a_quotation_opening_a_clause_the_cue_follows_is_part_of_that_clause(text, words, who):
    # regression: the parse left the opening mark out of the clause, so the quoted words stood
    # alone as a direct quote (with no speaker or a wrong one) and the rest of the clause was lost
    q = quote_with(extract_text(text), words)
    assert q.kind == "mixed" and q.contents[0].text.startswith('"')
    assert q.speaker is not None and q.speaker.name == who


@pytest.mark.parametrize("text, words, end", [
    ('Ann Pell spoke to farmers. She also said she was best placed to get a new water deal because she\'s a '
     'farmer, "like you folks."', "water deal", 'farmer, "like you folks'),
    ('Tom Reade met the builders. He also said he was best positioned to get a housing deal because he\'s a '
     'builder, "like you guys."', "housing deal", 'builder, "like you guys'),
])
def test_a_quoted_fragment_closing_the_reported_clause_goes_on_with_it(text, words, end):
    # regression: the fragment after the comma stood as a direct quote of its own and the
    # clause it ends was lost
    q = quote_with(extract_text(text), words)
    assert q.kind == "mixed" and q.contents[0].text.endswith(end)


def test_a_verb_hung_on_the_label_before_it_shares_that_verbs_subject():
    # regression: "called on leaders “…”" was hung on "shameful" and left with no speaker
    text = ("The mayor spoke after the vote.\n\n"
            "Ann Pell called it \"shameful\" and called on leaders \"not to feed that dark impulse.\"")
    assert speaker(text, "not to feed") == "Ann Pell"


@pytest.mark.parametrize("text, words", [
    ("Ann Pell has endured criticism for telling the farmers that they would be better off staying put.",
     "better off"),
    ("And Ann Pell made a point of saying the old mill \"was a place of work and pride.\"", "place of work"),
])
def test_a_verb_under_the_objects_preposition_is_the_subjects(text, words):
    assert speaker(text, words) == "Ann Pell"


def test_an_infinitive_past_another_verb_does_not_stand_for_a_quoted_label():
    # regression: "called" took the far "to oppose …" (a purpose of "commenting …") as what was
    # called for, and the quoted label "a “clown”" was lost
    text = ("Ortega and Whitfield had been allies for years.\n\n"
            "Last spring, Ortega called Whitfield a “clown” on her podcast when commenting on his remarks "
            "following Lee’s at a Denver rally to oppose the new water deal. She apologized later.")
    ex = extract_text(text)
    q = quote_with(ex, "clown")
    assert q.cue.text == "called" and q.speaker.name == "Ortega"
    assert not any("to oppose" in c.text for q in ex.quotes if q.cue and q.cue.text == "called" for c in q.contents)


def test_a_cue_the_parse_hangs_on_the_clause_after_its_comma_reports_that_clause():
    # regression: "Instead, Holt told CNN, his policy …" (the cue made an aside of the clause after
    # it) and "In both years, …said, those grants paid for …" (the clause's subject read as the
    # object of "said") reported nothing
    text = ("Holt said on Thursday that he does not really want to shut every shelter in the county.\n\n"
            "Instead, Holt told CNN, his policy would merely be “to go after them” if he wins the county seat.\n\n"
            "In both years, Mayor Dana Holt said, those grants paid for \"community programs\" at the city's "
            "youth centers.")
    ex = extract_text(text)
    q = quote_with(ex, "his policy would merely be")
    assert q.cue.text == "told" and "Holt" in q.speaker.name and not q.contents[0].text.startswith("CNN")
    q = quote_with(ex, "those grants paid for")
    assert q.cue.text == "said" and q.speaker.name == "Dana Holt"


def test_a_clause_reported_by_a_later_cue_is_not_read_the_other_way_round():
    text = ("Turnout was high.\n\nIn contrast, Lund has maintained support among older voters in the north, "
            "the Herald found.\n\nIn Bergen, organizers added 40 guards along the route, the Tribune reported.")
    ex = extract_text(text)
    assert not any(c.text.strip() in ("the Herald found", "the Tribune reported") for q in ex.quotes
                   for c in q.contents)


def test_a_naming_verb_after_a_dash_or_in_a_series_speaks_for_the_subject():
    # regression: the clause before the dash was taken for what "called" said; a finite verb
    # coordinated with one that has the subject ("mocked …, called her “…” and skipped") had none
    text = ("The primary was close.\n\n"
            "Ana Moreno backed the bill. For that vote she earned Ruiz's anger - he called her \"spineless\" and said she had \"no base\" "
            "in Maine.\n\n"
            "He later mocked her accent, called her “second-rate” and skipped one of the forums at which she spoke.")
    ex = extract_text(text)
    q = quote_with(ex, "spineless")
    assert q.cue.text == "called" and q.kind == "mixed"
    assert not any("earned Ruiz" in c.text for q in ex.quotes for c in q.contents)
    q = quote_with(ex, "second-rate")
    assert q.cue.text == "called" and q.kind == "mixed"


def test_a_clause_right_after_the_one_told_is_what_was_told_wherever_the_parse_hangs_it():
    # regression: "with X telling reporters on Thursday she viewed …" hung the clause told on an
    # earlier verb, leaving "telling" nothing
    text = ("Ryan was endorsed on Friday.\n\n"
            "The outcry grew louder, with Senator Dana Moreno telling reporters on Thursday she viewed the mayor "
            "as “directly responsible” for the delays.")
    q = quote_with(extract_text(text), "directly responsible")
    assert q.cue.text == "telling" and q.speaker.name == "Dana Moreno"
    assert q.contents[0].text.startswith("she viewed")


def test_a_clause_after_a_comma_is_not_what_was_promised():
    text = ("The office is small.\n\nWhile campaign aides have been promising a larger field staff for months, "
            "though, that has yet to happen.")
    assert not any("yet to happen" in c.text for q in extract_text(text).quotes for c in q.contents)


def test_a_gapped_relative_before_a_quoted_predicate_is_not_the_speaker():
    # regression: "Nothing the governor said “…,” the senator said" gave the words to the governor
    text = ("Senator Paula Greer appeared on a morning show after the address.\n\n"
            "Nothing the governor said \"will calm the voters,\" the Ohio senator said.\n")
    q = quote_with(extract_text(text), "calm the voters")
    assert q.speaker is not None and q.speaker.name == "Paula Greer"


@pytest.mark.parametrize("text, words", [
    ("The day the governor said the plant would close, workers gathered at the gate in Toledo.\n", "plant would close"),
    ("Crews kept digging in the ravine - a search the county sheriff said was still ongoing on Monday.\n", "still ongoing"),
    ("Hale named a list of towns the governor said had lost their clinics over the winter.\n", "lost their clinics"),
])
def test_a_relative_with_its_own_reported_clause_still_reports(text, words):
    q = quote_with(extract_text(text), words)
    assert [s.text for s in q.sources] in (["the governor"], ["the county sheriff"])

