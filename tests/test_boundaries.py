"""Content boundaries: what was said stops where the clause its cue governs stops
(sentences invented)."""

from __future__ import annotations

import pytest

from quotegraph import extract_text


def _contents(text):
    return [c.text for q in extract_text(text).quotes for c in q.contents]


def _quote(text, words):
    for q in extract_text(text).quotes:
        if any(words in c.text for c in q.contents):
            return q
    raise AssertionError(f"no quote with {words!r}: {_contents(text)}")


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
    q = _quote(text, said)
    assert not any(act in c.text for c in q.contents), q.text
    assert all(act not in c for c in _contents(text) if said in c)


@pytest.mark.parametrize("text, said", [
    ("Officials said the attack killed five people and wounded twenty others.",
     "the attack killed five people and wounded twenty others"),
    ("The minister said the plan was dead and would never return.", "the plan was dead and would never return"),
    ("The agency said the ship had either sunk or drifted out of range.", "had either sunk or drifted out of range"),
    ("Analysts say the currency has fallen and may fall further.", "has fallen and may fall further"),
])
def test_a_conjunct_of_the_clause_itself_stays_in_it(text, said):
    assert any(said in c for c in _contents(text)), _contents(text)


def test_the_speakers_next_act_keeps_the_speaker():
    text = "Mayor Ines Berg says the port will reopen in May and has asked the navy to clear the mines."
    q = _quote(text, "to clear the mines")
    assert q.speaker is not None and q.speaker.name == "Ines Berg"


def test_a_mixed_quote_stops_at_its_clause():
    text = "Governor Tom Reyes insists he is \u201cwinning\u201d and is urging his supporters to vote early."
    q = _quote(text, "winning")
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
    q = _quote(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_a_participle_act_keeps_the_speaker():
    text = "Mayor Ines Berg praised the police, telling reporters that the city was safer and thanking the officers."
    for q in extract_text(text).quotes:
        if q.cue is not None and q.cue.text == "thanking":
            assert q.speaker is not None and q.speaker.name == "Ines Berg"


def test_a_progressive_clause_keeps_its_participle_conjunct():
    text = "Critics say the officials are ignoring the law and putting lives at risk."
    assert any("ignoring the law and putting lives at risk" in c for c in _contents(text)), _contents(text)


def test_a_trailing_participle_after_a_quoted_comma_is_not_what_was_said():
    text = ("Speaking in Leeds, Governor Tom Reyes insisted that he has \u201cdoubled the number of jobs,\u201d "
            "claiming that his rivals had done nothing.")
    q = _quote(text, "doubled the number")
    assert not any("claiming" in c.text for c in q.contents), q.text


@pytest.mark.parametrize("text, said, act", [
    # a speech verb of the speaker's own after "but"/"and" opens a new report
    ("Okafor said it was too soon to name a winner but added, \"I think you can all guess the result.\"",
     "it was too soon to name a winner", "added"),
    ("The coach did say he found the new stadium \"very impressive\" and called the price of the tickets \"a scandal.\"",
     "he found the new stadium", "called the price"),
])
def test_a_coordinated_report_of_the_speaker_is_its_own_quote(text, said, act):
    q = _quote(text, said)
    assert not any(act in c.text for c in q.contents), q.text
    assert len(extract_text(text).quotes) == 2, _contents(text)


def test_the_speakers_next_report_keeps_the_speaker():
    text = "Mayor Ines Berg said it was too soon to reopen the port but added, \"We will know more by Friday.\""
    q = _quote(text, "We will know more")
    assert q.speaker is not None and q.speaker.name == "Ines Berg"


def test_a_report_by_someone_named_in_the_clause_stays_in_it():
    text = "The envoy said the minister denied the story and called it \"pure fiction.\""
    assert any("called it" in c for c in _contents(text)), _contents(text)


@pytest.mark.parametrize("text, said, act", [
    # the parse hangs the speaker's next act on the object's predicate
    ("The senator called the budget \"reckless\" and called on her colleagues to vote against it.",
     "the budget \"reckless", "called on her colleagues"),
    ("In a late post, Ruiz called his rival the \"worst mayor in history,\" linking to an old article about the bridge.",
     "his rival the \"worst mayor in history", "linking"),
])
def test_an_object_cue_stops_before_the_speakers_next_act(text, said, act):
    q = _quote(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_a_quoted_sequel_of_the_speaker_stays_in_the_report():
    text = "Okafor said he had received offers for the painting, but \u201cnone of them came from a serious buyer.\u201d"
    q = _quote(text, "he had received offers")
    assert any("none of them came from a serious buyer" in c.text for c in q.contents), q.text


def test_a_clause_of_the_reporter_with_a_quoted_name_is_not_the_report():
    text = 'Lee said the plan was dead, and the "reform" wing walked out of the hall.'
    assert not any("walked out" in c for c in _contents(text)), _contents(text)


def test_a_clause_cut_inside_a_quotation_runs_to_its_closing_mark():
    text = 'The senator has said that she would "flatten [the smugglers] into the sand. I do not know if sand can burn."'
    q = _quote(text, "flatten")
    assert q.contents[-1].text.endswith("if sand can burn."), q.contents[-1].text


def test_the_speakers_words_after_a_parenthetical_cue_are_part_of_the_report():
    text = "The rules are clear, Ana Lee said, but \u201cnobody on the council reads them anyway.\u201d"
    q = _quote(text, "The rules are clear")
    assert q.kind == "mixed" and q.contents[0].text == "The rules are clear"
    assert "nobody on the council reads them anyway." in q.contents[1].text
    assert [f.text for f in q.fragments] == ["nobody on the council reads them anyway"]
    assert q.speaker is not None and q.speaker.name == "Ana Lee"


def test_the_reporters_own_clause_after_a_parenthetical_cue_is_not():
    text = "The rules are clear, Ana Lee said, but nobody on the council reads them anyway."
    assert not any("nobody" in c for c in _contents(text)), _contents(text)


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
    ('The mayor promised to build "a stadium fit for a final" by 2030, leaving residents worried about the cost.',
     'to build "a stadium fit for a final" by 2030'),
    ("The chancellor pledged to double the defence budget, reversing years of cuts.",
     "to double the defence budget"),
])
def test_a_participle_after_a_comma_is_no_part_of_an_infinitive_report(text, said):
    (q,) = extract_text(text).quotes
    assert [c.text for c in q.contents] == [said]


def test_a_stance_taken_after_and_is_still_what_was_said():
    # "disagrees with the decision" is no report of the speaker's own with words after it: the
    # clause goes on, with the speaker's own words at its end
    text = ('Lee has said he has read the files and disagrees with the ministry\'s decision to seal '
            'them, because "I do not see what makes them secret."')
    q = _quote(text, "he has read the files")
    assert "disagrees with the ministry" in q.contents[0].text
    assert "I do not see" in q.contents[0].text and q.kind == "mixed"


def test_an_as_label_after_an_adjunct_stays_with_its_object():
    # the parse hangs "as" on "interview"; the label is still what the governor called the plan
    text = 'The governor described the plan during a radio interview as "a relic of another time."'
    q = _quote(text, "the plan")
    assert q.contents[0].text.endswith("a relic of another time")
    assert [f.text for f in q.fragments] == ["a relic of another time"]


def test_a_quotation_running_over_two_sentences_keeps_its_lead_in():
    # the parse gives the cue only the second sentence of the quotation; the utterance starts
    # at its opening mark, and the paraphrase before the mark introduces it
    text = ('Small towns along the coast "need a doctor who stays. That is the whole problem," '
            'said the woman who runs the clinic.')
    q = _quote(text, "That is the whole problem")
    assert q.contents[0].text.startswith("Small towns along the coast")
    assert q.kind == "mixed"


def test_a_lead_in_with_a_cue_of_its_own_is_not_taken_into_the_next_report():
    text = ('Ortiz, who says the repairs were "far too slow," described the winter as "grim. . . . '
            'It really wears you down," he said.')
    for q in extract_text(text).quotes:
        if any("wears you down" in c.text for c in q.contents):
            assert not any("repairs" in c.text for c in q.contents)


@pytest.mark.parametrize("text, obj, words", [
    # a sentence break inside the marks: the parse leaves the object alone
    ('Lee called Ortiz "a real smart guy. I think he understands the data."', "Ortiz",
     "I think he understands the data"),
    ('Lee praised the plan, calling it "a real step forward for the city. We have waited years for this."',
     "it", "We have waited years for this"),
    # a second root inside the marks
    ('Ortiz used the hearing to demand wealthy landlords "pay their fair share into the fund. . . . '
     'My plan would lift the cap on rents."', "wealthy landlords", "My plan would lift the cap"),
    ('At the rally, Lee introduced her running mate, calling Ann Ortiz "my partner in this campaign and in '
     'the statehouse ... to make the city safe again."', "Ann Ortiz", "to make the city safe again"),
])
def test_a_quotation_right_after_an_object_cues_object_is_what_was_said(text, obj, words):
    q = _quote(text, words)
    assert q.kind == "mixed" and q.contents[0].text.startswith(obj + ' "'), q.contents[0].text
    assert q.speaker is not None and q.speaker.name in ("Lee", "Ortiz")
    assert any(words in f.text for f in q.fragments)


def test_a_quotation_after_the_object_stops_at_its_own_closing_mark():
    text = ('Ortiz called the mayor “unhinged.” “So the mayor, you know, is great at the one-liners, '
            'but he is a chaos candidate,” Ortiz said.')
    q = _quote(text, "unhinged")
    assert "chaos" not in q.contents[0].text
    assert any(c.text.startswith("So the mayor") for x in extract_text(text).quotes for c in x.contents)


@pytest.mark.parametrize("text, said, other, speaker", [
    ('Ortiz accuses Lee of running an "artful smear" about her donors while Lee suggests the '
     'councilwoman is a captive of developers.', "artful smear", "captive of developers", "Lee"),
    ("Lee said the plan would fail while critics argue it will save money.", "the plan would fail",
     "it will save money", "critics"),
    ("Ortiz claims the mayor ignored the warnings, whereas the mayor insists he was never told.",
     "the mayor ignored the warnings", "he was never told", "the mayor"),
])
def test_a_contrasting_report_of_someone_else_is_its_own_quote(text, said, other, speaker):
    q = _quote(text, said)
    assert other not in q.contents[0].text
    o = _quote(text, other)
    assert o is not q and [s.text for s in o.sources] == [speaker]


def test_a_reason_with_a_speech_verb_stays_in_what_was_said():
    assert any("because voters say they want change" in c
               for c in _contents("Lee said he would win because voters say they want change."))


@pytest.mark.parametrize("text, said, act", [
    ('Lee said the mayor had been misled by "insiders" running his office — and he singled out the '
     'deputy mayor, a longtime ally.', "misled by", "singled out"),
    ('Lee said he would "fight like hell for" the farms owned by the families - said at a rally that '
     'the state should also help.', "fight like hell", "at a rally"),
])
def test_the_speakers_act_after_a_dash_is_not_what_was_said(text, said, act):
    q = _quote(text, said)
    assert act not in q.contents[0].text, q.contents[0].text


def test_a_participle_with_the_speakers_quoted_words_stays_in_the_report():
    text = ('Ortiz said the mayor has already been tested, coming from far behind in the polls to a '
            '"dead heat" in the spring.')
    q = _quote(text, "already been tested")
    assert q.contents[0].text.endswith('"dead heat" in the spring') and q.kind == "mixed"


def test_a_participle_of_the_reporters_after_a_quotation_is_still_not_the_report():
    q = _quote('Lee said the vote was "rigged," prompting calls for a recount.', "the vote was")
    assert "prompting" not in q.contents[0].text


def test_a_lead_in_before_a_colon_is_not_what_an_object_cue_says():
    text = ('Even people who backed the plan sounded cautious: Former Rep. Ann Lee called it '
            '"the least bad option we have."')
    q = _quote(text, "least bad option")
    assert q.contents[0].text.startswith('it "the least bad') and q.speaker.name == "Ann Lee"
    assert not any("sounded cautious" in c for c in _contents(text))


def test_a_speech_participle_with_a_quotation_is_its_own_report():
    text = 'Lee said the port would reopen in May, adding that the delay was "nobody\'s fault."'
    q = _quote(text, "the port would reopen")
    assert "adding" not in q.contents[0].text


@pytest.mark.parametrize("text, said", [
    ('Lee described the plan as "reckless."', 'the plan as "reckless'),
    ('Lee criticized the mayor for "dithering."', 'the mayor for "dithering'),
])
def test_a_one_word_quoted_label_reads_with_its_object(text, said):
    q = _quote(text, said)
    assert q.kind == "mixed" and q.contents[0].text == said and q.speaker.name == "Lee"


@pytest.mark.parametrize("text, said", [
    ('Ortiz called the governor "the most extreme pick in a generation" and someone who had '
     '"threatened the port" by signing the bill.',
     'the governor "the most extreme pick in a generation" and someone who had "threatened the port" by '
     'signing the bill'),
    ('Lee called them "very boring tax returns" because "I remain one of the poor members of the council."',
     'them "very boring tax returns" because "I remain one of the poor members of the council'),
])
def test_an_object_cues_report_goes_on_in_the_speakers_quoted_words(text, said):
    q = _quote(text, said.split('"')[1])
    assert q.contents[0].text == said and len(q.fragments) == 2


@pytest.mark.parametrize("text", [
    'Lee called the plan "a disaster" and the mayor agreed.',
    # (a "because" after the label is the labeller's reason, marks or not: see
    # test_the_reason_for_a_quoted_label_is_the_labellers)
])
def test_an_object_cues_report_stops_before_words_not_in_marks(text):
    q = _quote(text, "a disaster")
    assert q.contents[0].text == 'the plan "a disaster'


@pytest.mark.parametrize("text, said, next_sentence", [
    ("Lena Holm said the deal was fair; critics disagree.", "the deal was fair", "critics"),
    ("Chilean officials say the closure is about safety; Peruvian officials call it a punishment.",
     "the closure is about safety", "Peruvian officials"),
])
def test_a_clause_after_a_semicolon_is_the_reporters_next_sentence(text, said, next_sentence):
    # regression: the content ran on past the semicolon into the reporter's next clause
    q = _quote(text, said)
    assert not any(next_sentence in c.text for c in q.contents), q.text


def test_a_list_after_a_semicolon_stays_what_was_said():
    q = _quote("Lena Holm said the plan had three aims: to cut costs; to hire staff; and to build homes.",
               "three aims")
    assert "to build homes" in q.contents[-1].text


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
    q = _quote(text, said)
    assert not any(gloss in c.text for c in q.contents), [c.text for c in q.contents]


def test_a_dash_aside_the_clause_resumes_after_stays_in_what_was_said():
    text = "Ortega said that “every member of the board” - even the chair - backed the new quotas."
    q = _quote(text, "every member")
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
    assert any(said in c for c in _contents(text)), _contents(text)


def test_that_clauses_after_semicolons_stay_what_was_said():
    # regression: the semicolon rule cut a series of "that" clauses after the first
    text = "Minister Lena Holm said costs had risen sharply; that wages had fallen; and that the budget was in trouble."
    q = _quote(text, "costs had risen")
    assert any("the budget was in trouble" in c.text for c in q.contents), [c.text for c in q.contents]


@pytest.mark.parametrize("text, said", [
    ("Gorvia's army said on Tuesday it had retaken the bridge over the river.", "it had retaken the bridge over the river"),
    ("The minister said on Friday the talks would resume in the spring.", "the talks would resume in the spring"),
])
def test_the_day_right_after_the_cue_is_when_it_was_said(text, said):
    # regression: the parse hung "on Tuesday" on the reported clause, and it opened the content
    assert _contents(text) == [said]


def test_a_that_clause_after_an_address_is_what_the_cue_said():
    # regression: the parse read "that the war would end soon" as a complement of "address" (acl)
    # and the sentence gave no quote at all
    text = "President Ana Ruiz visited the border. Ruiz told the nation in a televised address that the war would end soon."
    q = _quote(text, "the war would end soon")
    assert q.speaker.name == "Ana Ruiz"


def test_a_that_clause_of_news_after_the_cue_is_not_what_was_said():
    # regression: "called for … following news that the ministry would sue" gave the news to the caller
    contents = _contents("Former state senator Ana Ruiz called for the impeachment of Attorney General Tom Bell "
                         "following news that the department would sue the province over its new law.")
    assert not any("would sue the province" in c for c in contents), contents


def test_the_programme_told_is_no_part_of_what_was_said():
    # regression: "told NBC's “Today” show that …" put the programme's title in the content
    q = _quote("Senator Ana Kalvor has opposed the levy. But she told NBC’s “Today” show that she backs a smaller tax.",
               "she backs a smaller tax")
    assert q.contents[0].text.startswith("that she backs") and "Today" not in q.text, q.contents


@pytest.mark.parametrize("text, said", [
    # regression: the parse hung the interview on the object and the content ran into it
    ("Vance dismissed the attacks in a Fox News interview on Sunday.", "the attacks"),
    ("Ines Dahl dismissed the report in a television interview.", "the report"),
])
def test_the_occasion_an_object_was_said_on_is_not_what_was_said(text, said):
    assert said in _contents(text) and not [c for c in _contents(text) if "interview" in c]


@pytest.mark.parametrize("text, said, reason", [
    ('In fighting the inquiry, his lawyer, Ann Ross, wrote in a filing that such a motion was "pointless," '
     "because if any more records existed, the agency, not the mayor, now holds them.", "pointless",
     "the agency, not the mayor, now holds them"),
    ("Ms. Hale told reporters on Monday that the talks were \"going nowhere,\" because the union would not "
     "move on pensions.", "going nowhere", "the union would not move on pensions"),
])
def test_a_because_after_what_was_said_is_the_speakers_reason(text, said, reason):
    # regression: the parse hangs the reason on the cue, and the content stopped before it
    q = _quote(text, said)
    assert reason in q.contents[-1].text


def test_a_because_with_a_report_of_its_own_stays_out():
    text = "Ms. Hale said the talks had stalled, because the union said it would not move."
    assert "union" not in _quote(text, "the talks had stalled").contents[-1].text


def test_a_quoted_sequel_after_the_cue_may_hold_a_speech_verb_of_its_own_words():
    # regression: "ask" inside the marks made "but “we don't ask …”" look like a report of its own
    text = ("Grants are vetted to make sure they follow the rules, Holt said, but \"we don't ask every family "
            "what they earn.\"")
    assert any("we don't ask every family" in c for c in _contents(text))


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
    q = _quote(text, said)
    assert not any(rest in c.text for c in q.contents), q.contents[0].text


def test_a_report_set_after_the_first_by_while_keeps_the_speaker():
    text = ('Mayor Dana Quill insisted it was "too early" to judge the plan while adding, "I have no doubt '
            'the council will back it."')
    q = _quote(text, "I have no doubt")
    assert q.speaker is not None and q.speaker.name == "Dana Quill"
    q = _quote('The senator, Ann Pike, said the new budget had "protected working families" before claiming '
               'that the opposition wanted to raise taxes.', "the opposition wanted")
    assert q.speaker is not None and q.speaker.name == "Ann Pike"


def test_a_time_clause_with_its_own_subject_after_the_marks_stays():
    text = 'The coach said his team would be "ready to win" when the season starts in April.'
    q = _quote(text, "ready to win")
    assert "when the season starts" in q.contents[0].text


@pytest.mark.parametrize("text, said", [
    # the clause's own subject does the participle: still what was said
    ('Nurse Ann Cole said one of the workers had "nearly drowned" while fixing the pump.',
     'had "nearly drowned" while fixing the pump'),
    ("The panel asked prosecutors to find out whether Mr. Dunn lied to the committee while testifying in March.",
     "lied to the committee while testifying in March"),
])
def test_a_participle_the_clauses_subject_does_stays_in_the_report(text, said):
    assert any(said in c for c in _contents(text)), _contents(text)


def test_a_participle_after_an_infinitive_report_is_the_speakers_act():
    text = 'On her blog, Ms. Hale vows to "protect every public library" before sketching out her own plan for schools.'
    q = _quote(text, "protect every public library")
    assert "sketching" not in q.contents[0].text, q.contents[0].text


def test_quoted_words_in_a_participle_after_the_marks_go_on_with_the_report():
    text = 'Ms. Hale called her rival a "decent man" when forced to "stand up and read a script."'
    q = _quote(text, "decent man")
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
    q = _quote(text, said)
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
    assert any(said in c for c in _contents(text)), _contents(text)


@pytest.mark.parametrize("text, outer, inner, gone", [
    ("Councilman Ed Delgado repeated that voters must back the governor in March to defeat Senator Paul Hewitt, "
     'who he described as a "reckless showman" who had no plan for the state.',
     "to defeat Senator Paul Hewitt", "reckless showman", "who he described"),
    ("Ruth Amsel spoke after the vote. She declared that as long as the opposition stayed split, Mark Tully "
     "would keep his seat, which she said was “a sad joke” for the region.",
     "Mark Tully would keep his seat", "a sad joke", "which she said"),
])
def test_a_report_in_a_relative_clause_is_read_apart_with_the_same_speaker(text, outer, inner, gone):
    q = _quote(text, outer)
    assert not any(gone in c.text for c in q.contents), [c.text for c in q.contents]
    r = _quote(text, inner)
    assert r is not q and r.speaker is not None and r.speaker.name == q.speaker.name, r.speaker


def test_a_relative_report_in_the_object_a_cue_reports_stays_with_it():
    text = "Senator Hal Ruiz has blasted the new zoning code, which he said would push families out of the old town."
    q = _quote(text, "the new zoning code")
    assert "push families out" in q.contents[0].text, q.contents[0].text


def test_a_participle_act_after_the_clauses_own_conjunct_is_the_speakers_next_report():
    text = ("Carter defended the plan on Friday, saying that the budget had been balanced but was held up by a "
            'dispute over pensions - and arguing that he and the governor agreed on "almost every single point."')
    q = _quote(text, "the budget had been balanced")
    assert not any("arguing" in c.text for c in q.contents), [c.text for c in q.contents]
    r = _quote(text, "almost every single point")
    assert r.speaker is not None and r.speaker.name == "Carter"


@pytest.mark.parametrize("text, reason", [
    ('Professor Anna Kell, who studies ports at Leeds University, calls the new terminal "a costly error" '
     "because hardly any ships stop there.", "hardly any ships stop there"),
    ('The union rejected the offer as "insulting" because it would freeze wages for three more years.',
     "freeze wages"),
])
def test_the_reason_for_a_quoted_label_is_the_labellers(text, reason):
    q = _quote(text, reason)
    assert q.contents[0].text.startswith(("the new terminal", "the offer")), q.contents[0].text


def test_an_as_clause_of_the_speaker_after_the_marks_is_the_reporters():
    text = "Senator Tom Brennan says he is “proud of where we are” as he heads into a difficult week of votes."
    q = _quote(text, "proud of where we are")
    assert "heads into" not in q.contents[0].text, q.contents[0].text


@pytest.mark.parametrize("text, said", [
    ('Dr. Lena Moss said prices would "keep climbing" as long as the port stays shut.', "as long as the port"),
    ('The mayor said the budget was "in good shape" as revenues rose.', "as revenues rose"),
])
def test_an_as_clause_of_its_own_subject_stays_in_the_report(text, said):
    assert any(said in c for c in _contents(text)), _contents(text)


def test_an_adverbial_clause_with_the_speakers_quoted_words_goes_on_with_the_report():
    text = ("Writing in a local paper, Professor Mei Lan urged readers not to panic, even if rivals and pundits "
            'alike see the plan as "reckless and doomed."')
    q = _quote(text, "not to panic")
    assert "reckless and doomed" in q.contents[0].text, q.contents[0].text


def test_an_adverbial_clause_reporting_on_its_own_is_not_the_report():
    text = 'Mayor Tom Reyes urged residents to stay calm, although critics called the plan "a reckless gamble" on Monday.'
    q = _quote(text, "to stay calm")
    assert "reckless gamble" not in q.contents[0].text, q.contents[0].text


def test_a_report_after_quoted_words_closed_with_a_comma_is_the_speakers_next():
    text = ("Rick Olsen, a senior fundraiser and veteran Albany lobbyist close to the governor's staff in Manhattan, "
            "says the real purpose of the tour is “to pin the senator down,” but conceded that the polling numbers "
            "were a growing worry.")
    q = _quote(text, "to pin the senator down")
    assert "conceded" not in q.contents[0].text, q.contents[0].text
    r = _quote(text, "the polling numbers were a growing worry")
    assert r.speaker is not None and r.speaker.name == "Rick Olsen"


@pytest.mark.parametrize("text, words, lead", [
    # a parenthesis or a dash opens an utterance of its own: the trailing cue frames just that
    ('The plant closing drew some anger from local workers ("We were never asked," wrote Jane Doe, a nurse '
     "in Dayton, on the union's page), and more complaints are expected this week.",
     "We were never asked", "plant closing"),
    ('Council member Tom Reyes argued that the new budget was reckless - "We cannot keep borrowing like this," '
     "he said - and urged the council to vote it down.", "We cannot keep borrowing", "budget was reckless"),
    # a comma after a report with a speech verb of its own, the words in the marks a clause
    ('Governor Ann Miller weighed in as well, telling reporters at a briefing on Tuesday, "But frankly, both of '
     'them are ready," she said, adding, "I trust them both."', "But frankly, both of them", "weighed in"),
])
def test_a_quotation_set_off_before_a_trailing_cue_starts_at_its_mark(text, words, lead):
    q = _quote(text, words)
    assert q.kind == "direct" and q.contents[0].text.startswith(words[:8]), q.contents[0].text
    assert lead not in q.contents[0].text


def test_a_gloss_between_two_pieces_of_one_quotation_stays_in_it():
    text = ("The campaign's pollster, Dana Fisk, says her candidate has the money and the time. \"I don't think the "
            'old view" -- that the senator is a creature of Washington -- "is going to hold," she says. '
            '"Voters will come around."')
    q = _quote(text, "is going to hold")
    assert q.contents[0].text.startswith("\"I don't think"), q.contents[0].text


@pytest.mark.parametrize("text, said, words", [
    ('At the last forum before the vote and at one town hall, she only hinted at Governor Lane by mentioning the '
     'need for a fence on the northern border and adding, "I\'ve got an idea of who should pay for it."',
     "the need for a fence", "I've got an idea"),
    ('In his speech, the mayor hinted at the council by mentioning the need for a tax on the new casino and '
     'adding, "I have a guess about who will fight it."', "the need for a tax", "I have a guess"),
])
def test_a_speech_participle_hung_on_the_objects_noun_is_the_speakers_next_report(text, said, words):
    q = _quote(text, said)
    assert words not in q.contents[0].text and "adding" not in q.contents[0].text, q.contents[0].text
    r = _quote(text, words)
    assert r.kind == "direct" and r.contents[0].text.startswith(words), r.contents[0].text


def test_a_past_act_after_a_clause_in_would_is_the_speakers_next_act():
    text = ("Lee has said that given her feud with the union it would be “very awkward” for the chief to attend, "
            "but downplayed the issue.")
    q = _quote(text, "very awkward")
    assert "downplayed" not in q.contents[0].text, q.contents[0].text


@pytest.mark.parametrize("text, said", [
    ("Lee said the talks would be hard but worth it.", "hard but worth it"),
])
def test_what_the_clause_in_would_goes_on_with_stays_in_it(text, said):
    assert any(said in c for c in _contents(text)), _contents(text)


def test_a_relative_label_takes_all_the_words_in_its_marks():
    # regression: "what the governor called “the loudest, most bitter, …”" stopped at "most bitter",
    # where the parse breaks the rest of the quotation off the label
    text = ("As the city prepares for what the governor called “the loudest, most bitter, most costly and, in some "
            "ways, most curious race in modern memory,” the former mayor is weighing a run.")
    q = _quote(text, "the loudest")
    assert "most curious race in modern memory" in q.contents[0].text
    assert q.speaker is not None and q.speaker.name.endswith("governor")


def test_a_clause_hung_on_a_passive_participle_of_the_occasion_is_the_cues():
    text = "The president told CNN in an interview aired on Sunday that he was confident of a deal."
    q = _quote(text, "confident of a deal")
    assert q.cue.text == "told"
    assert q.speaker is not None and q.speaker.name == "president"



def test_a_speech_participle_hung_on_a_gerund_is_the_speakers_next_report():
    # the parse hangs the speaker's next report on a gerund deep in what a participle cue says
    text = ("Lena Marsh defended the museum, saying its director had been a pioneer in hiring young artists and "
            "calling the board \u201ccowards.\u201d")
    q = _quote(text, "had been a pioneer in hiring young artists")
    assert not any("calling" in c.text for c in q.contents), q.text
    r = _quote(text, "cowards")
    assert r.speaker is not None and r.speaker.name == "Lena Marsh", r.speaker


def test_a_speech_participle_hung_on_a_gerund_in_an_object_keeps_the_speaker():
    text = ("Tom Reyes is noting the trouble his rival had with explaining the tax plan and saying the rival "
            "could not name a single cut.")
    assert not any("trouble" in c and "saying" in c for c in _contents(text)), _contents(text)
    r = _quote(text, "could not name a single cut")
    assert r.speaker is not None and r.speaker.name == "Tom Reyes", r.speaker


@pytest.mark.parametrize("text, said, act", [
    # a present-tense act whose number is the cue's and not the clause's: the speaker's
    ("The mayor says the rebels have retreated from the valley and wants the talks to resume next week.",
     "the rebels have retreated from the valley", "wants the talks"),
    ("Aid groups warn that the border crossing remains closed and urge both sides to open a corridor.",
     "the border crossing remains closed", "urge both sides"),
])
def test_an_act_in_the_cues_number_is_not_what_was_said(text, said, act):
    q = _quote(text, said)
    assert not any(act in c.text for c in q.contents), q.text


def test_an_act_in_the_cues_number_keeps_the_speaker():
    text = ("Farm leaders in Tulsa believe the governor has lost control of the water board and admit that "
            "the state may have to step in.")
    q = _quote(text, "the state may have to step in")
    assert q.speaker is not None and "governor" not in q.speaker.name.lower(), q.speaker


@pytest.mark.parametrize("text, said", [
    # in the clause's own number, what was said goes on
    ("The union leader says the managers have broken every promise and want the workers to take less pay.",
     "have broken every promise and want the workers"),
    ("Analysts say the central bank watches prices closely and plans to raise rates in June.",
     "watches prices closely and plans to raise rates"),
])
def test_an_act_in_the_clauses_own_number_stays_in_it(text, said):
    assert any(said in c for c in _contents(text)), _contents(text)
