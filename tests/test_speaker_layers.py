"""Who speaks when several people stand around a quotation (issue 13, round 6): the audience
of a message is not its speaker, a report inside the cue's sentence does not take over the
next quotation, a new sentence after a closed quotation is not its cue, the nearest reporting
layer speaks, a paragraph of narration introduces the quotation after it, and a name with a
colon after a sentence speaks. Sentences written for these tests; names invented."""

import pytest

from conftest import quote_of
from quotegraph import extract_text


def quotes(text):
    return extract_text(text).quotes


def sources(q):
    return [s.text for s in q.sources]


# -- the audience of a message does not speak -------------------------------------------------

def test_participle_on_the_emailed_audience_is_the_senders():
    q = quote_of("The senator emailed supporters saying: “The fight goes on and on.”", "fight goes on")
    assert sources(q) == ["The senator"]


def test_participle_after_a_letter_to_someone_is_the_writers():
    text = ("The mayor, Ann Lott, wrote a letter to Governor Paul Brent asking the state to investigate "
            "the \"fiasco.\" Brent did not reply.")
    q = quote_of(text, "fiasco")
    assert q.speaker is not None and q.speaker.name == "Ann Lott"


def test_telling_the_crowd_is_said_by_the_subject_before():
    text = ("Lena Ortiz seemed ready to joke about the incident, telling the crowd, “Some people get "
            "carried away, have you noticed?”")
    q = quote_of(text, "carried away")
    assert q.speaker is not None and q.speaker.name == "Lena Ortiz"


def test_someone_shown_saying_still_speaks():
    q = quote_of("A video shows Pat Lowe saying, “We never wanted this fight.”", "this fight")
    assert q.speaker is not None and q.speaker.name == "Pat Lowe"


# -- a closed quotation and the report after it -------------------------------------------------

def test_a_new_report_after_a_closed_quotation_is_not_its_cue():
    text = ("“Prices will climb this year,” said Lena Ortiz, an analyst at a consultancy. “And the board has "
            "been dropping hints all spring.” Ortiz added that the board wants to act.")
    q = quote_of(text, "dropping hints")
    assert sources(q) == ["Lena Ortiz"]
    reported = quote_of(text, "board wants to act")
    assert reported.kind == "indirect"


def test_a_bare_cue_after_a_closed_quotation_still_attributes_it():
    q = quote_of("“We will win this race.” She said it twice. “Count on it, friends.”", "win this race")
    assert q.cue is not None and q.cue.text == "said"


# -- what others are reported to say inside the speaker's sentence ----------------------------

def test_report_nested_in_the_cues_sentence_does_not_take_the_next_quotation():
    text = ('"Nobody should be able to bypass the treaty without approval," Senator Bob Corwin said in a '
            'telephone interview, pointing out that 98 senators voted last year to insist on a chance to '
            'review the deal. "Most members agree that a president should not be able to do that."')
    q = quote_of(text, "Most members agree")
    assert q.speaker is not None and q.speaker.name == "Bob Corwin"


def test_report_in_a_relative_clause_after_the_cue_is_narration():
    text = ('"And I am not being paid!" Levin declared, a point he likes to make after a radio show during '
            'which callers asked how much money he was getting. "I make my own money and run my own shop."')
    q = quote_of(text, "my own money")
    assert sources(q) == ["Levin"]


def test_a_second_speakers_clause_in_the_sentence_takes_over():
    text = ('"We have done all we could," said Ana Vale, while Tom Ruiz said the plan was a failure. '
            '"It will cost us dearly in the years to come."')
    q = quote_of(text, "cost us dearly")
    assert q.speaker is not None and q.speaker.name == "Tom Ruiz"


# -- the nearest reporting layer ----------------------------------------------------------------

def test_a_cue_inside_what_someone_said_gives_the_quote_to_the_teller():
    q = quote_of("Mayor Ida Dunn said she responded: “When you have incoming, you cannot be too polite.”",
                 "incoming")
    assert sources(q) == ["Ida Dunn"]


def test_according_to_after_a_named_speaker_is_the_outlet():
    q = quote_of("“I would never do that,” Ana Vale told reporters, according to a transcript.", "never do that")
    assert q.speaker is not None and q.speaker.name == "Ana Vale"


@pytest.mark.parametrize("text, words, speaker, outlet", [
    ("A spokesman for the navy said on Friday that the fleet would stay in port, Reuters reported.",
     "fleet would stay", "spokesman for the navy", "Reuters"),
    ("Defence Minister Tom Reyes said the patrols would go on, the Baltic Times reported on Saturday.\n\n"
     "Officials said the drills were routine, the newspaper reported, citing a ministry statement.",
     "drills were routine", "Officials", "Baltic Times"),
    ("Officials said the drills were routine, the newspaper reported.", "drills were routine", "Officials", None),
])
def test_an_outlets_report_of_a_report_is_the_inner_speakers(text, words, speaker, outlet):
    """Regression: the outlet spoke, and what it said was "A spokesman … said …"; the outlet
    only carried the words."""
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == speaker
    assert (q.reported_by.name if q.reported_by is not None else None) == outlet
    assert not any(words in c.text and "said" in c.text for x in quotes(text) for c in x.contents)


def test_an_agency_named_before_as_no_outlet_keeps_its_report():
    # regression: "the agency" was taken for an outlet carrying the inner report, so the
    # health agency lost its words to the one it reported
    text = ("The Tarn Health Agency inspected the plant on Monday. The agency said the company "
            "told inspectors that it had fixed the leak.")
    q = quote_of(text, "fixed the leak")
    assert q.speaker is not None and q.speaker.name == "Tarn Health Agency"


def test_a_trailing_outlet_report_is_no_part_of_what_was_said():
    q = quote_of("Defence Minister Tom Reyes said the patrols would continue, the Coast Herald reported "
                 "on Saturday.", "patrols would continue")
    assert q.speaker is not None and q.speaker.name == "Tom Reyes"
    assert q.contents[-1].text == "the patrols would continue"


def test_a_request_to_comment_is_no_quote():
    """Regression: "Lund" became the speaker of "the plan"."""
    text = ("Erik Lund, who heads the growers' union, did not respond to requests to comment on the plan. "
            "The ministry ignored a request to comment on the figures.")
    assert not quotes(text)


# -- introduced by the narration before ---------------------------------------------------------

def test_one_sentence_paragraph_introduces_the_quotation_after_it():
    text = ("“She will lose,” said Ann Roe.\n\nMr. Bob Kerr continued his scathing remarks about the race.\n\n"
            "“Eight years ago she was the presumed nominee, and a fellow came along and beat her.”")
    q = quote_of(text, "Eight years ago")
    assert q.speaker is not None and q.speaker.name == "Bob Kerr"


def test_inherited_quotation_points_at_the_nearer_mention():
    text = ("“We are going to build a wall,” Ray Dunn added. He then had a question for the crowd.\n\n"
            "“Who is going to pay for it, my friends?”")
    q = quote_of(text, "Who is going to pay")
    assert sources(q) == ["He"] and q.speaker.name == "Ray Dunn"


# -- colon intros ---------------------------------------------------------------------------------

def test_name_and_colon_after_a_sentence_speaks():
    text = ('Senator Ann Wells and Governor Tom Bush spoke on Sunday. Wells: "We must not only contain the '
            'group, we must destroy it." Bush: "The mission is to destroy the group, not to contain it."')
    assert quote_of(text, "The mission").speaker.name == "Tom Bush"
    assert quote_of(text, "We must not only").speaker.name == "Ann Wells"


def test_colon_intro_takes_the_main_verb_not_the_nearest():
    text = ('Senator Ann Wells has since apologized for what happened: "Yes, I should have kept my two '
            'accounts apart for my work."')
    q = quote_of(text, "two accounts apart")
    assert q.speaker is not None and q.speaker.name == "Ann Wells"


def test_colon_intro_with_a_loose_parse_finds_the_subject_before():
    q = quote_of('Lena Holt, exasperated, famously responded: "What difference, at this point, does it make?"',
                 "What difference")
    assert q.speaker is not None and q.speaker.name == "Lena Holt"


# -- the cue's own clause ---------------------------------------------------------------------------

def test_a_name_does_not_run_over_the_cue_into_the_addressee():
    q = quote_of('"I think parental leave is important - and it is a personal decision," Trent told '
                 'Business Insider in March.', "parental leave")
    assert sources(q) == ["Trent"]


def test_speech_verb_of_a_subordinate_clause_is_not_the_cue():
    text = ("After former Governor Jerry Brown criticized Bill Dane during a debate, Hilda shot back, "
            "“I suppose I could have chosen to bake cookies, but I chose my profession.”")
    q = quote_of(text, "bake cookies")
    assert sources(q) == ["Hilda"]


def test_subject_and_verb_before_the_comma_speak():
    q = quote_of('In his hit song, Billy Jonas sings, "Do not go changing to try and please me."', "please me")
    assert q.speaker is not None and q.speaker.name == "Billy Jonas"


def test_narration_before_the_comma_does_not_speak():
    text = "The crowd waited for an hour. Then the doors opened, “and everyone rushed in at once.”"
    assert all(not sources(q) or sources(q) != ["the doors"] for q in quotes(text))


# -- round 7: a participle goes on with the report, asides, colon intros, channels -------------

def test_participle_hung_on_the_reported_clause_is_the_reporters():
    text = ("Mara Hill said her plan would work, stating in the interview that voters want "
            "“a clean break from the past.”")
    q = quote_of(text, "clean break")
    assert q.speaker is not None and q.speaker.name == "Mara Hill"


def test_participle_after_a_closed_quotation_is_the_reporters():
    text = ("Ann Cole said last week that Ben Reed represents “Boston values,” stating at the debate "
            "that they are “soft on crime.”")
    q = quote_of(text, "soft on crime")
    assert sources(q) == ["Ann Cole"]


def test_participle_after_a_subordinate_clause_with_its_own_subject_is_that_subjects():
    text = ("Governor Tim Lane has been criticized for his caution, though at a briefing he used "
            "stronger words, saying the gang “must be stopped.”")
    q = quote_of(text, "must be stopped")
    assert sources(q) == ["he"]


def test_quotation_set_off_by_dashes_is_the_clause_befores():
    text = ("Jon Pike lamented his rival's habit of making mistakes - “why does he keep doing this?” - "
            "and voters in Maine agreed.")
    q = quote_of(text, "keep doing this")
    assert sources(q) == ["Jon Pike"]


def test_someones_answer_before_a_colon_is_theirs():
    q = quote_of("Ruth Lane's response was: “Is the budget done yet?” Nobody answered.", "budget done")
    assert q.speaker is not None and q.speaker.name == "Ruth Lane"


def test_video_that_said_is_the_releasers():
    text = "Mayor Carl Moss released a video that said, “We will hire the best people in the country.”"
    q = quote_of(text, "hire the best")
    assert q.speaker is not None and q.speaker.name == "Carl Moss"


def test_one_of_a_group_speaks():
    text = "“It was a mess: he kept calling her a liar,” said one of two witnesses who asked not to be named."
    q = quote_of(text, "calling her a liar")
    assert sources(q) == ["one of two witnesses"]


def test_he_said_after_a_named_report_is_the_reporter():
    text = ("“I won't discuss it,” Ben Cole said.\n\nCole spokesman Rick Tate said that the campaign will "
            "stress that Cole has “the values to lead,” he said.")
    q = quote_of(text, "values to lead")
    assert q.speaker is not None and q.speaker.name == "Rick Tate"


def test_as_someone_put_it_speaks():
    q = quote_of("As Ann Lee put it, “We are done waiting for them.”", "done waiting")
    assert sources(q) == ["Ann Lee"]


def test_colon_intro_is_the_main_clauses_not_a_closed_relative_clauses():
    text = ("Tom Perez hammered Kerr, calling him a “train wreck” and “outsourcer in chief,” and contrasted "
            "the candidate, whom he described as “volatile,” with Ann Lee: “What I have seen working with "
            "her is a steady hand.”")
    q = quote_of(text, "steady hand")
    assert sources(q) == ["Tom Perez"]
    called = quote_of(text, "train wreck")
    assert sources(called) == ["Tom Perez"]


def test_object_control_the_object_speaks():
    text = "The remark prompted Ann Lee to make a joke about yoga and call Tom Reed “very flexible,” a nod to his past."
    q = quote_of(text, "very flexible")
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


def test_inverted_cue_the_parse_takes_for_transitive_still_speaks():
    text = ("Then came the loudest cheer of the night: “It's about time that we had a woman running this "
            "city,” exhorted the mayor's introducer, actress Ann Cole.")
    q = quote_of(text, "woman running")
    assert q.speaker is not None and q.speaker.name == "Ann Cole"


# -- an aside with a voice of its own inside a report (attribution.layers) ---------------------

@pytest.mark.parametrize("text,words,who,outer", [
    ("Talks go on.\n\nRuiz criticised the ministry's plan, which an audit said was \u201cbadly costed\u201d.",
     "badly costed", "audit", "Ruiz"),
    ("Talks go on.\n\nLund suggested that a leader who dodges questions cannot govern, while Ortiz said the "
     "\u201cstakes are too high\u201d for that.", "stakes are too high", "Ortiz", "Lund"),
])
def test_a_report_in_an_aside_of_another_report_is_its_own_subjects(text, words, who, outer):
    q = quote_of(text, words)
    assert any(who in s.text for s in q.sources)
    first = next(x for x in extract_text(text).quotes if x.speaker is not None and x.speaker.name == outer)
    assert words not in first.contents[-1].text


@pytest.mark.parametrize("text,words,owner,outer", [
    ("Senator Ruth Vance criticized reporters for seizing on Governor Paul Ames's claim that the port "
     "\"was sold in secret.\"", "sold in secret", "Paul Ames", "Ruth Vance"),
    ("Mayor Ida Crane mocked the council for repeating Judge Olu Banks's warning that the bridge "
     "\"will not last the winter.\"", "last the winter", "Olu Banks", "Ida Crane"),
])
def test_an_owned_claim_inside_another_report_is_its_owners(text, words, owner, outer):
    # the outer verb reports on the claim; the claim's clause is what its owner said
    q = quote_of(text, words)
    assert q.speaker.name == owner and q.contents[0].text.startswith("that")
    first = next(x for x in extract_text(text).quotes if x.speaker is not None and x.speaker.name == outer)
    assert words not in first.contents[-1].text


@pytest.mark.parametrize("text,words,speaker", [
    ("The marchers denounced Senator Ivo Pratt's call for \"a full ban on imports\" at the rally.",
     "full ban on imports", "marchers"),
    ("Mayor Lena Ortiz again repeated her claim that \"greedy landlords\" caused the housing crisis.",
     "greedy landlords", "Lena Ortiz"),
])
def test_a_call_denounced_or_ones_own_claim_repeated_stays_with_the_outer_report(text, words, speaker):
    q = quote_of(text, words)
    assert q.cue.text in ("denounced", "repeated") and speaker in sources(q)[0]


def test_a_claim_the_outer_report_judges_stays_in_it():
    # the claim is the subject of what the aide said: "… is “simply false”" is the aide's verdict
    q = quote_of("An aide to Ann Lee said Thursday that Tom Bell's claim that Lee backs the levy is "
                 "\"simply false.\"", "simply false")
    assert q.cue.text == "said" and sources(q) == ["An aide to Ann Lee"]


@pytest.mark.parametrize("text,words", [
    ("Kim said the man, who told police he was innocent, had \u201cnothing to hide\u201d.", "nothing to hide"),
    ("Kim said the plan, which Lee said was costly, would \u201cpass easily\u201d next week.", "pass easily"),
    ("Kim said Lee told him the deal was \u201cdead\u201d.", "dead"),
])
def test_a_report_the_outer_verb_reports_or_that_the_outer_sentence_goes_on_past_stays_whole(text, words):
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == "Kim"


@pytest.mark.parametrize("text,words", [
    ("Kim said the new rules would \u201chelp small firms\u201d, though she noted banks are beginning to demand "
     "more paperwork.", "more paperwork"),
    ("Kim said the party needs \u201ca new story\u201d that humanizes its voters and demands respect.",
     "demands respect"),
])
def test_an_aside_in_the_same_voice_or_about_a_noun_stays_in_the_report(text, words):
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == "Kim"
    assert [s.text for s in q.sources] == ["Kim"]


# -- a described speaker goes on ------------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Ola Berg spoke on Monday. The Prime Minister's spokesman insisted the cuts were fair. Asked about "
     "the vote, he said: “We are listening to colleagues.”", "listening to colleagues", "Prime Minister's spokesman"),
    ("The Prime Minister's spokesman insisted the cuts were fair. Asked whether Ola Berg would offer "
     "concessions, he said the party was listening.", "party was listening", "Prime Minister's spokesman"),
    ("The mayor's spokeswoman said the road would reopen. She added that crews were working.",
     "crews were working", "mayor's spokeswoman"),
])
def test_he_after_a_described_speaker_is_that_speaker(text, words, speaker):
    """Regression: "he" went to a man named earlier, or in the question put ("Asked whether
    Ola Berg would …"), though the sentence before was the spokesman's."""
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == speaker


def test_the_spokesman_is_not_the_last_person_named():
    """Regression: "Tom Lee met voters. The spokesman said …" gave the words to Tom Lee."""
    q = quote_of("Tom Lee met voters on Monday. The spokesman said the road would reopen.", "road would reopen")
    assert q.speaker is None or q.speaker.name != "Tom Lee"


@pytest.mark.parametrize("text, words", [
    ("The report said that Governor Ana Ruiz, who must make the final call, has revealed almost nothing "
     "about her plans.", "has revealed almost nothing"),
    ("He said he was pleased that lately, when he gives speeches, he is often asked about her views.",
     "often asked about her views"),
    ("Mayor Ola Dahl, 61, said he had been flooded with angry email, some of it mentioning Ana Ruiz by name.",
     "some of it mentioning"),
])
def test_a_clause_going_on_after_a_comma_is_no_trailing_attribution(words, text):
    """Regression: the cut for "…, the Times reported" also cut clauses that go on with a
    speech verb of their own."""
    q = quote_of(text, words)
    assert words in q.contents[-1].text


def test_an_outlets_own_words_and_a_report_of_a_things_forecast_stay_the_outlets():
    """Regression: the outlet's report was dropped for an inner "report" that was the outlet's
    own ("adding that it condemns …") or no report of words ("the poll has predicted …")."""
    text = ("“Our work goes on,” Twitter said in a statement, adding that it “condemns the use of "
            "Twitter to promote terrorism.” The magazine said the cookie poll has correctly predicted "
            "the winner in five of the past six elections.")
    assert quote_of(text, "condemns the use").speaker.name == "Twitter"
    assert "cookie poll" in quote_of(text, "correctly predicted").contents[0].text
