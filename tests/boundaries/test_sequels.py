"""What was said going on where the parse hangs it apart from the clause (graph/boundaries/
sequels.py): a clause after an adjunct, a quoted sequel after "but", an object cue's second
object or reason, an adverbial clause in the speaker's words (sentences invented)."""

from __future__ import annotations

import pytest

from conftest import contents_of, quote_of
from quotegraph import extract_text


def test_a_quoted_sequel_of_the_speaker_stays_in_the_report():
    text = "Okafor said he had received offers for the painting, but \u201cnone of them came from a serious buyer.\u201d"
    q = quote_of(text, "he had received offers")
    assert any("none of them came from a serious buyer" in c.text for c in q.contents), q.text


def test_a_clause_of_the_reporter_with_a_quoted_name_is_not_the_report():
    text = 'Lee said the plan was dead, and the "reform" wing walked out of the hall.'
    assert not any("walked out" in c for c in contents_of(text)), contents_of(text)


def test_a_clause_cut_inside_a_quotation_runs_to_its_closing_mark():
    text = 'The senator has said that she would "flatten [the smugglers] into the sand. I do not know if sand can burn."'
    q = quote_of(text, "flatten")
    assert q.contents[-1].text.endswith("if sand can burn."), q.contents[-1].text


def test_the_speakers_words_after_a_parenthetical_cue_are_part_of_the_report():
    text = "The rules are clear, Ana Lee said, but \u201cnobody on the council reads them anyway.\u201d"
    q = quote_of(text, "The rules are clear")
    assert q.kind == "mixed" and q.contents[0].text == "The rules are clear"
    assert "nobody on the council reads them anyway." in q.contents[1].text
    assert [f.text for f in q.fragments] == ["nobody on the council reads them anyway"]
    assert q.speaker is not None and q.speaker.name == "Ana Lee"


def test_the_reporters_own_clause_after_a_parenthetical_cue_is_not():
    text = "The rules are clear, Ana Lee said, but nobody on the council reads them anyway."
    assert not any("nobody" in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said", [
    ("Ms. Haddad argued at the hearing that the agency had failed its own inspectors.",
     "that the agency had failed its own inspectors"),
    ('Governor Rui Tavares predicted at the last debate that his party will win "every district" in May.',
     'that his party will win "every district" in May'),
    ("Senator Amal Idris said following a vote in 2019 that she had serious doubts about the treaty.",
     "that she had serious doubts about the treaty"),
])
def test_a_that_clause_after_a_phrase_between_it_and_its_cue_is_what_was_said(text, said):
    # the parse hangs the clause on the phrase's noun as if it were a relative clause of it
    (q,) = extract_text(text).quotes
    assert [c.text for c in q.contents] == [said]
    assert q.speaker is not None


@pytest.mark.parametrize("text", [
    "Mr. Osei spoke at a rally that drew five thousand people.",
    "Mr. Osei spoke at the summit that leaders attended last year.",
])
def test_a_real_relative_clause_after_the_cue_is_no_report(text):
    assert not extract_text(text).quotes


def test_a_clause_of_its_own_after_a_comma_is_not_taken_for_a_trailing_cue():
    # "…, X called her to meet again" is what was disclosed, not an attribution of it
    text = "On Sunday, she disclosed for the first time that after the trial, Mr. Doyle called her to meet again."
    (q,) = extract_text(text).quotes
    assert q.contents[0].text == "that after the trial, Mr. Doyle called her to meet again"


@pytest.mark.parametrize("text, said", [
    ('Ortiz called the governor "the most extreme pick in a generation" and someone who had '
     '"threatened the port" by signing the bill.',
     'the governor "the most extreme pick in a generation" and someone who had "threatened the port" by '
     'signing the bill'),
    ('Lee called them "very boring tax returns" because "I remain one of the poor members of the council."',
     'them "very boring tax returns" because "I remain one of the poor members of the council'),
])
def test_an_object_cues_report_goes_on_in_the_speakers_quoted_words(text, said):
    q = quote_of(text, said.split('"')[1])
    assert q.contents[0].text == said and len(q.fragments) == 2


@pytest.mark.parametrize("text", [
    'Lee called the plan "a disaster" and the mayor agreed.',
    # (a "because" after the label is the labeller's reason, marks or not: see
    # test_the_reason_for_a_quoted_label_is_the_labellers)
])
def test_an_object_cues_report_stops_before_words_not_in_marks(text):
    q = quote_of(text, "a disaster")
    assert q.contents[0].text == 'the plan "a disaster'


def test_a_that_clause_after_an_address_is_what_the_cue_said():
    # regression: the parse read "that the war would end soon" as a complement of "address" (acl)
    # and the sentence gave no quote at all
    text = "President Ana Ruiz visited the border. Ruiz told the nation in a televised address that the war would end soon."
    q = quote_of(text, "the war would end soon")
    assert q.speaker.name == "Ana Ruiz"


def test_a_that_clause_of_news_after_the_cue_is_not_what_was_said():
    # regression: "called for … following news that the ministry would sue" gave the news to the caller
    contents = contents_of("Former state senator Ana Ruiz called for the impeachment of Attorney General Tom Bell "
                         "following news that the department would sue the province over its new law.")
    assert not any("would sue the province" in c for c in contents), contents


@pytest.mark.parametrize("text, said, reason", [
    ('In fighting the inquiry, his lawyer, Ann Ross, wrote in a filing that such a motion was "pointless," '
     "because if any more records existed, the agency, not the mayor, now holds them.", "pointless",
     "the agency, not the mayor, now holds them"),
    ("Ms. Hale told reporters on Monday that the talks were \"going nowhere,\" because the union would not "
     "move on pensions.", "going nowhere", "the union would not move on pensions"),
])
def test_a_because_after_what_was_said_is_the_speakers_reason(text, said, reason):
    # regression: the parse hangs the reason on the cue, and the content stopped before it
    q = quote_of(text, said)
    assert reason in q.contents[-1].text


def test_a_because_with_a_report_of_its_own_stays_out():
    text = "Ms. Hale said the talks had stalled, because the union said it would not move."
    assert "union" not in quote_of(text, "the talks had stalled").contents[-1].text


def test_a_quoted_sequel_after_the_cue_may_hold_a_speech_verb_of_its_own_words():
    # regression: "ask" inside the marks made "but “we don't ask …”" look like a report of its own
    text = ("Grants are vetted to make sure they follow the rules, Holt said, but \"we don't ask every family "
            "what they earn.\"")
    assert any("we don't ask every family" in c for c in contents_of(text))


@pytest.mark.parametrize("text, reason", [
    ('Professor Anna Kell, who studies ports at Leeds University, calls the new terminal "a costly error" '
     "because hardly any ships stop there.", "hardly any ships stop there"),
    ('The union rejected the offer as "insulting" because it would freeze wages for three more years.',
     "freeze wages"),
])
def test_the_reason_for_a_quoted_label_is_the_labellers(text, reason):
    q = quote_of(text, reason)
    assert q.contents[0].text.startswith(("the new terminal", "the offer")), q.contents[0].text


def test_an_adverbial_clause_with_the_speakers_quoted_words_goes_on_with_the_report():
    text = ("Writing in a local paper, Professor Mei Lan urged readers not to panic, even if rivals and pundits "
            'alike see the plan as "reckless and doomed."')
    q = quote_of(text, "not to panic")
    assert "reckless and doomed" in q.contents[0].text, q.contents[0].text


def test_an_adverbial_clause_reporting_on_its_own_is_not_the_report():
    text = 'Mayor Tom Reyes urged residents to stay calm, although critics called the plan "a reckless gamble" on Monday.'
    q = quote_of(text, "to stay calm")
    assert "reckless gamble" not in q.contents[0].text, q.contents[0].text


def test_a_clause_hung_on_a_passive_participle_of_the_occasion_is_the_cues():
    text = "The president told CNN in an interview aired on Sunday that he was confident of a deal."
    q = quote_of(text, "confident of a deal")
    assert q.cue.text == "told"
    assert q.speaker is not None and q.speaker.name == "president"
