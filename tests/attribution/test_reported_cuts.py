"""What a report's phrases hold that was said (graph/attribution/reported_cuts.py and the
trimming in contents.py): a participle commenting on the report is not the report, the day
right after the cue is not its content (sentences invented)."""

from __future__ import annotations

import pytest

from conftest import contents_of, quote_of
from quotegraph import extract_text


def test_a_trailing_participle_after_a_quoted_comma_is_not_what_was_said():
    text = ("Speaking in Leeds, Governor Tom Reyes insisted that he has \u201cdoubled the number of jobs,\u201d "
            "claiming that his rivals had done nothing.")
    q = quote_of(text, "doubled the number")
    assert not any("claiming" in c.text for c in q.contents), q.text


@pytest.mark.parametrize("text, said", [
    ('The mayor promised to build "a stadium fit for a final" by 2030, leaving residents worried about the cost.',
     'to build "a stadium fit for a final" by 2030'),
    ("The chancellor pledged to double the defence budget, reversing years of cuts.",
     "to double the defence budget"),
])
def test_a_participle_after_a_comma_is_no_part_of_an_infinitive_report(text, said):
    (q,) = extract_text(text).quotes
    assert [c.text for c in q.contents] == [said]


def test_a_participle_with_the_speakers_quoted_words_stays_in_the_report():
    text = ('Ortiz said the mayor has already been tested, coming from far behind in the polls to a '
            '"dead heat" in the spring.')
    q = quote_of(text, "already been tested")
    assert q.contents[0].text.endswith('"dead heat" in the spring') and q.kind == "mixed"


def test_a_participle_of_the_reporters_after_a_quotation_is_still_not_the_report():
    q = quote_of('Lee said the vote was "rigged," prompting calls for a recount.', "the vote was")
    assert "prompting" not in q.contents[0].text


def test_a_speech_participle_with_a_quotation_is_its_own_report():
    text = 'Lee said the port would reopen in May, adding that the delay was "nobody\'s fault."'
    q = quote_of(text, "the port would reopen")
    assert "adding" not in q.contents[0].text


@pytest.mark.parametrize("text, said", [
    ("Gorvia's army said on Tuesday it had retaken the bridge over the river.", "it had retaken the bridge over the river"),
    ("The minister said on Friday the talks would resume in the spring.", "the talks would resume in the spring"),
])
def test_the_day_right_after_the_cue_is_when_it_was_said(text, said):
    # regression: the parse hung "on Tuesday" on the reported clause, and it opened the content
    assert contents_of(text) == [said]
