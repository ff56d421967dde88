"""The speaker's next act is not what was said (graph/boundaries/acts.py): a coordinated verb
in the cue's form, a participle after a participle cue, a report of the speaker's own, a
semicolon's next sentence (sentences invented)."""

from __future__ import annotations

import pytest

from conftest import contents_of, quote_of
from quotegraph import extract_text


@pytest.mark.parametrize("text, said, act", [
    # the speaker's next act, in the cue's tense, after a clause in another
    ("The ministry denies that the shelling took place and goes to great lengths to hide the damage.",
     "that the shelling took place", "goes to great lengths"),
    ("The mayor says the port will reopen in May and has asked the navy to clear the mines.",
     "the port will reopen in May", "has asked the navy"),
    # a state said, then an act of the speaker
    ("Rasmussen said the interference was unacceptable and ordered the ministry to summon the envoy.",
     "the interference was unacceptable", "ordered the ministry"),
    ("Kovac claimed the election had been stolen and refused to concede the race to his rival.",
     "the election had been stolen", "refused to concede"),
    ("He says the border is closed and wants the army to stay in the barracks.",
     "the border is closed", "wants the army"),
    ("Lee told reporters the vote was rigged and then left the building.", "the vote was rigged", "left the building"),
])
def test_a_coordinated_act_of_the_speaker_is_not_what_was_said(text, said, act):
    q = quote_of(text, said)
    assert not any(act in c.text for c in q.contents), q.text
    assert all(act not in c for c in contents_of(text) if said in c)


@pytest.mark.parametrize("text, said", [
    ("Officials said the attack killed five people and wounded twenty others.",
     "the attack killed five people and wounded twenty others"),
    ("The minister said the plan was dead and would never return.", "the plan was dead and would never return"),
    ("The agency said the ship had either sunk or drifted out of range.", "had either sunk or drifted out of range"),
    ("Analysts say the currency has fallen and may fall further.", "has fallen and may fall further"),
])
def test_a_conjunct_of_the_clause_itself_stays_in_it(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said, act", [
    ('The prime minister told parliament the reforms were "overdue" and stormed out of the chamber.',
     "overdue", "stormed out"),
    ('Voss said the offer was "an insult to every farmer" and hung up.', "an insult to every farmer", "hung up"),
])
def test_an_exit_of_no_object_after_the_closed_quotation_is_not_what_was_said(text, said, act):
    q = quote_of(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_an_intransitive_conjunct_of_the_clause_without_leaving_stays_in_it():
    q = quote_of('Lee said the economy was "in trouble" and slowed sharply in March.', "in trouble")
    assert "slowed sharply" in q.contents[0].text


def test_the_speakers_next_act_keeps_the_speaker():
    text = "Mayor Ines Berg says the port will reopen in May and has asked the navy to clear the mines."
    q = quote_of(text, "to clear the mines")
    assert q.speaker is not None and q.speaker.name == "Ines Berg"


def test_a_mixed_quote_stops_at_its_clause():
    text = "Governor Tom Reyes insists he is \u201cwinning\u201d and is urging his supporters to vote early."
    q = quote_of(text, "winning")
    assert q.kind == "mixed" and [f.text for f in q.fragments] == ["winning"]
    assert not any("urging" in c.text for c in q.contents)


@pytest.mark.parametrize("text, said, act", [
    # a participle cue takes its next act as a participle: "the city was safer and thanking" is
    # not one clause
    ("The mayor praised the police, telling reporters that the city was safer and thanking the officers "
     "for their work.", "that the city was safer", "thanking the officers"),
    ("Ms. Okafor hit back on Monday, telling the radio host that the senator is a \u201cfraud\u201d and accusing "
     "him of lying.", "the senator is a", "accusing him"),
])
def test_a_participle_act_after_a_participle_cue_is_not_what_was_said(text, said, act):
    q = quote_of(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_a_participle_act_keeps_the_speaker():
    text = "Mayor Ines Berg praised the police, telling reporters that the city was safer and thanking the officers."
    for q in extract_text(text).quotes:
        if q.cue is not None and q.cue.text == "thanking":
            assert q.speaker is not None and q.speaker.name == "Ines Berg"


def test_a_progressive_clause_keeps_its_participle_conjunct():
    text = "Critics say the officials are ignoring the law and putting lives at risk."
    assert any("ignoring the law and putting lives at risk" in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said, act", [
    # a speech verb of the speaker's own after "but"/"and" opens a new report
    ("Okafor said it was too soon to name a winner but added, \"I think you can all guess the result.\"",
     "it was too soon to name a winner", "added"),
    ("The coach did say he found the new stadium \"very impressive\" and called the price of the tickets \"a scandal.\"",
     "he found the new stadium", "called the price"),
])
def test_a_coordinated_report_of_the_speaker_is_its_own_quote(text, said, act):
    q = quote_of(text, said)
    assert not any(act in c.text for c in q.contents), q.text
    assert len(extract_text(text).quotes) == 2, contents_of(text)


def test_the_speakers_next_report_keeps_the_speaker():
    text = "Mayor Ines Berg said it was too soon to reopen the port but added, \"We will know more by Friday.\""
    q = quote_of(text, "We will know more")
    assert q.speaker is not None and q.speaker.name == "Ines Berg"


def test_a_report_by_someone_named_in_the_clause_stays_in_it():
    text = "The envoy said the minister denied the story and called it \"pure fiction.\""
    assert any("called it" in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said, act", [
    # the parse hangs the speaker's next act on the object's predicate
    ("The senator called the budget \"reckless\" and called on her colleagues to vote against it.",
     "the budget \"reckless", "called on her colleagues"),
    ("In a late post, Ruiz called his rival the \"worst mayor in history,\" linking to an old article about the bridge.",
     "his rival the \"worst mayor in history", "linking"),
])
def test_an_object_cue_stops_before_the_speakers_next_act(text, said, act):
    q = quote_of(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_a_stance_taken_after_and_is_still_what_was_said():
    # "disagrees with the decision" is no report of the speaker's own with words after it: the
    # clause goes on, with the speaker's own words at its end
    text = ('Lee has said he has read the files and disagrees with the ministry\'s decision to seal '
            'them, because "I do not see what makes them secret."')
    q = quote_of(text, "he has read the files")
    assert "disagrees with the ministry" in q.contents[0].text
    assert "I do not see" in q.contents[0].text and q.kind == "mixed"


@pytest.mark.parametrize("text, said, next_sentence", [
    ("Lena Holm said the deal was fair; critics disagree.", "the deal was fair", "critics"),
    ("Chilean officials say the closure is about safety; Peruvian officials call it a punishment.",
     "the closure is about safety", "Peruvian officials"),
])
def test_a_clause_after_a_semicolon_is_the_reporters_next_sentence(text, said, next_sentence):
    # regression: the content ran on past the semicolon into the reporter's next clause
    q = quote_of(text, said)
    assert not any(next_sentence in c.text for c in q.contents), q.text


def test_a_list_after_a_semicolon_stays_what_was_said():
    q = quote_of("Lena Holm said the plan had three aims: to cut costs; to hire staff; and to build homes.",
               "three aims")
    assert "to build homes" in q.contents[-1].text


def test_that_clauses_after_semicolons_stay_what_was_said():
    # regression: the semicolon rule cut a series of "that" clauses after the first
    text = "Minister Lena Holm said costs had risen sharply; that wages had fallen; and that the budget was in trouble."
    q = quote_of(text, "costs had risen")
    assert any("the budget was in trouble" in c.text for c in q.contents), [c.text for c in q.contents]


@pytest.mark.parametrize("text, said", [
    # regression: the parse hung the interview on the object and the content ran into it
    ("Vance dismissed the attacks in a Fox News interview on Sunday.", "the attacks"),
    ("Ines Dahl dismissed the report in a television interview.", "the report"),
])
def test_the_occasion_an_object_was_said_on_is_not_what_was_said(text, said):
    assert said in contents_of(text) and not [c for c in contents_of(text) if "interview" in c]


def test_a_participle_act_after_the_clauses_own_conjunct_is_the_speakers_next_report():
    text = ("Carter defended the plan on Friday, saying that the budget had been balanced but was held up by a "
            'dispute over pensions - and arguing that he and the governor agreed on "almost every single point."')
    q = quote_of(text, "the budget had been balanced")
    assert not any("arguing" in c.text for c in q.contents), [c.text for c in q.contents]
    r = quote_of(text, "almost every single point")
    assert r.speaker is not None and r.speaker.name == "Carter"


def test_a_report_after_quoted_words_closed_with_a_comma_is_the_speakers_next():
    text = ("Rick Olsen, a senior fundraiser and veteran Albany lobbyist close to the governor's staff in Manhattan, "
            "says the real purpose of the tour is “to pin the senator down,” but conceded that the polling numbers "
            "were a growing worry.")
    q = quote_of(text, "to pin the senator down")
    assert "conceded" not in q.contents[0].text, q.contents[0].text
    r = quote_of(text, "the polling numbers were a growing worry")
    assert r.speaker is not None and r.speaker.name == "Rick Olsen"


@pytest.mark.parametrize("text, said, words", [
    ('At the last forum before the vote and at one town hall, she only hinted at Governor Lane by mentioning the '
     'need for a fence on the northern border and adding, "I\'ve got an idea of who should pay for it."',
     "the need for a fence", "I've got an idea"),
    ('In his speech, the mayor hinted at the council by mentioning the need for a tax on the new casino and '
     'adding, "I have a guess about who will fight it."', "the need for a tax", "I have a guess"),
])
def test_a_speech_participle_hung_on_the_objects_noun_is_the_speakers_next_report(text, said, words):
    q = quote_of(text, said)
    assert words not in q.contents[0].text and "adding" not in q.contents[0].text, q.contents[0].text
    r = quote_of(text, words)
    assert r.kind == "direct" and r.contents[0].text.startswith(words), r.contents[0].text


def test_a_past_act_after_a_clause_in_would_is_the_speakers_next_act():
    text = ("Lee has said that given her feud with the union it would be “very awkward” for the chief to attend, "
            "but downplayed the issue.")
    q = quote_of(text, "very awkward")
    assert "downplayed" not in q.contents[0].text, q.contents[0].text


@pytest.mark.parametrize("text, said", [
    ("Lee said the talks would be hard but worth it.", "hard but worth it"),
])
def test_what_the_clause_in_would_goes_on_with_stays_in_it(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


def test_a_speech_participle_hung_on_a_gerund_is_the_speakers_next_report():
    # the parse hangs the speaker's next report on a gerund deep in what a participle cue says
    text = ("Lena Marsh defended the museum, saying its director had been a pioneer in hiring young artists and "
            "calling the board \u201ccowards.\u201d")
    q = quote_of(text, "had been a pioneer in hiring young artists")
    assert not any("calling" in c.text for c in q.contents), q.text
    r = quote_of(text, "cowards")
    assert r.speaker is not None and r.speaker.name == "Lena Marsh", r.speaker


def test_a_speech_participle_hung_on_a_gerund_in_an_object_keeps_the_speaker():
    text = ("Tom Reyes is noting the trouble his rival had with explaining the tax plan and saying the rival "
            "could not name a single cut.")
    assert not any("trouble" in c and "saying" in c for c in contents_of(text)), contents_of(text)
    r = quote_of(text, "could not name a single cut")
    assert r.speaker is not None and r.speaker.name == "Tom Reyes", r.speaker


@pytest.mark.parametrize("text, said, act", [
    # a present-tense act whose number is the cue's and not the clause's: the speaker's
    ("The mayor says the rebels have retreated from the valley and wants the talks to resume next week.",
     "the rebels have retreated from the valley", "wants the talks"),
    ("Aid groups warn that the border crossing remains closed and urge both sides to open a corridor.",
     "the border crossing remains closed", "urge both sides"),
])
def test_an_act_in_the_cues_number_is_not_what_was_said(text, said, act):
    q = quote_of(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_an_act_in_the_cues_number_keeps_the_speaker():
    text = ("Farm leaders in Tulsa believe the governor has lost control of the water board and admit that "
            "the state may have to step in.")
    q = quote_of(text, "the state may have to step in")
    assert q.speaker is not None and "governor" not in q.speaker.name.lower(), q.speaker


@pytest.mark.parametrize("text, said", [
    # in the clause's own number, what was said goes on
    ("The union leader says the managers have broken every promise and want the workers to take less pay.",
     "have broken every promise and want the workers"),
    ("Analysts say the central bank watches prices closely and plans to raise rates in June.",
     "watches prices closely and plans to raise rates"),
])
def test_an_act_in_the_clauses_own_number_stays_in_it(text, said):
    assert any(said in c for c in contents_of(text)), contents_of(text)


@pytest.mark.parametrize("text, said, note", [
    ('The spokeswoman said the mayor was "deeply saddened" but did not elaborate.',
     "the mayor was", "elaborate"),
    ('The ministry said the talks had been "useful" but would not say when they would resume.',
     "the talks had been", "would not say"),
    ('The port authority said it was "reviewing the decision" and declined further comment.',
     "reviewing the decision", "declined"),
    ('Harbour police said the driver was "known to officers" but gave no further details.',
     "known to officers", "gave no"),
])
def test_saying_no_more_is_the_speakers_act_not_what_was_said(text, said, note):
    q = quote_of(text, said)
    assert not any(note in c.text for c in q.contents), q.text


def test_a_refusal_after_a_reported_refusal_stays_in_what_was_said():
    # the clause itself tells of a refusal: the second one goes on with it, as what Lee said
    # of the minister, not as the reporter's note that Lee said no more
    q = quote_of("Lee said the minister had refused to answer and would not explain the delay.",
                 "the minister had refused")
    assert any("would not explain the delay" in c.text for c in q.contents), q.text
    assert q.speaker is not None and q.speaker.name == "Lee"
