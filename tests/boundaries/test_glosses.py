"""The words after what was said that are not the speaker's (graph/boundaries/glosses.py):
another's report, the speaker's act after a dash, the reporter's gloss after a closed
quotation (sentences invented)."""

from __future__ import annotations

import pytest

from conftest import contents_of, quote_of


@pytest.mark.parametrize("text, said, other, speaker", [
    ('Ortiz accuses Lee of running an "artful smear" about her donors while Lee suggests the '
     'councilwoman is a captive of developers.', "artful smear", "captive of developers", "Lee"),
    ("Lee said the plan would fail while critics argue it will save money.", "the plan would fail",
     "it will save money", "critics"),
    ("Ortiz claims the mayor ignored the warnings, whereas the mayor insists he was never told.",
     "the mayor ignored the warnings", "he was never told", "the mayor"),
])
def test_a_contrasting_report_of_someone_else_is_its_own_quote(text, said, other, speaker):
    q = quote_of(text, said)
    assert other not in q.contents[0].text
    o = quote_of(text, other)
    assert o is not q and [s.text for s in o.sources] == [speaker]


@pytest.mark.parametrize("text, said, other, speaker", [
    ('The mayor, Ana Pell, said the budget was "dead on arrival" and Councilman Tom Reyes said it was '
     '"not yet final."', "dead on arrival", "not yet final", "Tom Reyes"),
    ('Pell said the harbour plan was "a waste of money" but the governor insisted that it would "pay '
     'for itself."', "a waste of money", "pay for itself", "the governor"),
])
def test_a_second_speakers_report_after_and_or_but_is_its_own_quote(text, said, other, speaker):
    q = quote_of(text, said)
    assert other not in q.contents[0].text, q.contents[0].text
    o = quote_of(text, other)
    assert o is not q and [s.text for s in o.sources] == [speaker]


def test_a_pronoun_after_and_is_the_speaker_going_on_not_a_second_speaker():
    # a "he" or "she" after "and" may be the speaker: both reports stay the speaker's
    text = 'Lee said the vote was "a turning point" and she said the city must now deliver.'
    for said in ("turning point", "the city must now deliver"):
        q = quote_of(text, said)
        assert q.speaker is not None and q.speaker.name == "Lee", (said, q.speaker)


def test_a_reason_with_a_speech_verb_stays_in_what_was_said():
    assert any("because voters say they want change" in c
               for c in contents_of("Lee said he would win because voters say they want change."))


@pytest.mark.parametrize("text, said, act", [
    ('Lee said the mayor had been misled by "insiders" running his office — and he singled out the '
     'deputy mayor, a longtime ally.', "misled by", "singled out"),
    ('Lee said he would "fight like hell for" the farms owned by the families - said at a rally that '
     'the state should also help.', "fight like hell", "at a rally"),
])
def test_the_speakers_act_after_a_dash_is_not_what_was_said(text, said, act):
    q = quote_of(text, said)
    assert act not in q.contents[0].text, q.contents[0].text


@pytest.mark.parametrize("text, said, gloss", [
    # a non-restrictive relative after the closing mark: the reporter explains the term
    ("The senator said the bill would close the so-called “harbour exemption,” which lets shipping firms "
     "skip the port tax.", "harbour exemption", "lets shipping firms"),
    # a concession after the closing mark: the reporter sets other facts beside the words
    ("Most farmers say the new quotas are “fair enough,” though many of them voted against the scheme.",
     "fair enough", "voted against"),
    # a participle after the closing mark on what the words set off
    ("According to two aides, the minister was “furious about the leak,” prompting a late meeting of "
     "the cabinet.", "furious about the leak", "prompting"),
    # a dash aside after the closing mark that the clause does not come back from
    ("Ortega said she was ready to debate the “grain baron” — a nickname her rival has long resented.",
     "grain baron", "nickname"),
])
def test_the_reporters_gloss_after_a_quotation_is_not_what_was_said(text, said, gloss):
    q = quote_of(text, said)
    assert not any(gloss in c.text for c in q.contents), [c.text for c in q.contents]


def test_a_quotation_inside_a_dash_aside_leaves_the_clause_going_on():
    # the dash after the marks closes the aside the first dash opened; the clause resumes
    text = "Aides said that her careful slogans - like “I get results” - were weaker than his promises."
    q = quote_of(text, "careful slogans")
    assert any("were weaker than his promises" in c.text for c in q.contents), [c.text for c in q.contents]


def test_a_dash_aside_the_clause_resumes_after_stays_in_what_was_said():
    text = "Ortega said that “every member of the board” - even the chair - backed the new quotas."
    q = quote_of(text, "every member")
    assert any("backed the new quotas" in c.text for c in q.contents), [c.text for c in q.contents]


@pytest.mark.parametrize("text, said", [
    # regression: the gloss rule cut a quoted subject's relative clause and the verb after it
    ("Senator Ana Ruiz said the so-called \u201cgang of eight,\u201d which drafted the bill, would meet again on Monday.",
     "would meet again on Monday"),
    ("Mayor Erik Lund said the \u201cRiverside Four,\u201d who were arrested in May, had done nothing wrong.",
     "had done nothing wrong"),
    ("Ana Ruiz told reporters that the \u201cfreeze,\u201d which began in March, will end next week.", "will end next week"),
])
def test_a_relative_after_a_quoted_subject_is_no_gloss_when_the_clause_goes_on(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said, rest", [
    # a subordinated participle after the quotation: when or how it was said, the reporter's
    ('The senator said the new budget had "protected working families" before claiming that the '
     'opposition wanted to raise taxes.', '"protected working families"', "before claiming"),
    ('Mayor Dana Quill insisted it was "too early" to judge the plan while adding, "I have no doubt '
     'the council will back it."', "to judge the plan", "while adding"),
    # a participle after the closing marks whose own quoted words are someone else's
    ('The two unions argue that "the contract is void," citing a clause in which the company '
     'promised "no layoffs."', "the contract is void", "citing"),
    # a noun phrase summing the report up, right after the marks or a phrase later
    ('Tom Lee says the governor is "running scared," part of a string of attacks he has aimed at '
     'the statehouse this month.', "running scared", "part of a string"),
    ('Councilwoman Rita Moss said the vote was "a disgrace," a charge the mayor\'s office rejected on '
     'Friday.', "a disgrace", "a charge"),
    ('Okoro said the new rules would cost farmers "a bit more" each year, an admission that his rivals '
     'seized on at once.', "a bit more", "an admission"),
])
def test_the_reporters_words_after_a_closed_quotation_are_not_what_was_said(text, said, rest):
    q = quote_of(text, said)
    assert not any(rest in c.text for c in q.contents), q.contents[0].text


def test_a_report_set_after_the_first_by_while_keeps_the_speaker():
    text = ('Mayor Dana Quill insisted it was "too early" to judge the plan while adding, "I have no doubt '
            'the council will back it."')
    q = quote_of(text, "I have no doubt")
    assert q.speaker is not None and q.speaker.name == "Dana Quill"
    q = quote_of('The senator, Ann Pike, said the new budget had "protected working families" before claiming '
               'that the opposition wanted to raise taxes.', "the opposition wanted")
    assert q.speaker is not None and q.speaker.name == "Ann Pike"


def test_a_time_clause_with_its_own_subject_after_the_marks_stays():
    text = 'The coach said his team would be "ready to win" when the season starts in April.'
    q = quote_of(text, "ready to win")
    assert "when the season starts" in q.contents[0].text


@pytest.mark.parametrize("text, said", [
    # the clause's own subject does the participle: still what was said
    ('Nurse Ann Cole said one of the workers had "nearly drowned" while fixing the pump.',
     'had "nearly drowned" while fixing the pump'),
    ("The panel asked prosecutors to find out whether Mr. Dunn lied to the committee while testifying in March.",
     "lied to the committee while testifying in March"),
])
def test_a_participle_the_clauses_subject_does_stays_in_the_report(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


def test_a_participle_after_an_infinitive_report_is_the_speakers_act():
    text = 'On her blog, Ms. Hale vows to "protect every public library" before sketching out her own plan for schools.'
    q = quote_of(text, "protect every public library")
    assert "sketching" not in q.contents[0].text, q.contents[0].text


def test_quoted_words_in_a_participle_after_the_marks_go_on_with_the_report():
    text = 'Ms. Hale called her rival a "decent man" when forced to "stand up and read a script."'
    q = quote_of(text, "decent man")
    assert "read a script" in q.contents[0].text, q.contents[0].text


@pytest.mark.parametrize("text, said, gloss", [
    # a non-restrictive relative a phrase after the closing mark: the reporter's background
    ('Mayor Ann Ruiz said the council would "look closely" at the proposal, which would raise parking fees '
     'across the city center.', "at the proposal", "parking fees"),
    # a noun phrase set off by a dash a phrase after the closing mark
    ("Judge Ola Lindqvist said she was “deeply troubled” by the ruling — a rare rebuke from a judge who has "
     "served on the court since 1998.", "by the ruling", "rare rebuke"),
])
def test_the_reporters_gloss_a_phrase_after_a_quotation_is_not_what_was_said(text, said, gloss):
    q = quote_of(text, said)
    assert not any(gloss in c.text for c in q.contents), [c.text for c in q.contents]


@pytest.mark.parametrize("text, said", [
    # the speaker's quoted words go on in the relative
    ('Mayor Ann Ruiz said the council would "look again" at the plan, which "nobody in this city wants."',
     "nobody in this city wants"),
    # a relative set in the clause, which goes on after it
    ('Senator Hal Ruiz said the so-called "river tax" on shipping, which began in March, will end next week.',
     "will end next week"),
])
def test_a_relative_the_speakers_words_go_on_in_stays_in_the_report(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, outer, inner, gone", [
    ("Councilman Ed Delgado repeated that voters must back the governor in March to defeat Senator Paul Hewitt, "
     'who he described as a "reckless showman" who had no plan for the state.',
     "to defeat Senator Paul Hewitt", "reckless showman", "who he described"),
    ("Ruth Amsel spoke after the vote. She declared that as long as the opposition stayed split, Mark Tully "
     "would keep his seat, which she said was “a sad joke” for the region.",
     "Mark Tully would keep his seat", "a sad joke", "which she said"),
])
def test_a_report_in_a_relative_clause_is_read_apart_with_the_same_speaker(text, outer, inner, gone):
    q = quote_of(text, outer)
    assert not any(gone in c.text for c in q.contents), [c.text for c in q.contents]
    r = quote_of(text, inner)
    assert r is not q and r.speaker is not None and r.speaker.name == q.speaker.name, r.speaker


def test_a_relative_report_in_the_object_a_cue_reports_stays_with_it():
    text = "Senator Hal Ruiz has blasted the new zoning code, which he said would push families out of the old town."
    q = quote_of(text, "the new zoning code")
    assert "push families out" in q.contents[0].text, q.contents[0].text


def test_an_as_clause_of_the_speaker_after_the_marks_is_the_reporters():
    text = "Senator Tom Brennan says he is “proud of where we are” as he heads into a difficult week of votes."
    q = quote_of(text, "proud of where we are")
    assert "heads into" not in q.contents[0].text, q.contents[0].text


@pytest.mark.parametrize("text, said", [
    ('Dr. Lena Moss said prices would "keep climbing" as long as the port stays shut.', "as long as the port"),
    ('The mayor said the budget was "in good shape" as revenues rose.', "as revenues rose"),
])
def test_an_as_clause_of_its_own_subject_stays_in_the_report(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said, occasion", [
    ("The governor said her party did not need “that kind of donor” in an interview with the Gazette on "
     "Friday.", "that kind of donor", "interview"),
    ("The coach described his rival as “the best tactician in the league” in a post on his blog.",
     "best tactician", "post"),
    ("Okafor said the new levy was “a tax on hope” during his speech.", "a tax on hope", "speech"),
])
def test_the_occasion_after_a_closed_quotation_is_not_what_was_said(text, said, occasion):
    q = quote_of(text, said)
    assert said in q.contents[0].text and not any(occasion in c.text for c in q.contents), \
        [c.text for c in q.contents]


def test_an_occasion_the_clause_goes_on_after_stays_in_what_was_said():
    # the letter is no end of the report: the speaker's words go on after it
    text = "Pell said the board had made “grave errors” in a letter that it later withdrew."
    assert "letter" in quote_of(text, "grave errors").contents[0].text
