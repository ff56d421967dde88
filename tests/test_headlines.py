"""Headline forms of attribution that drop a verb or a copula (titles invented)."""

from __future__ import annotations

import pytest

from conftest import quote_with
from quotegraph import extract_text

_BODY = "\n\nPrime Minister Lena Tamsin spoke in Rovena on Monday. The talks resume next week.\n"


def _headline_quotes(title):
    return [q for q in extract_text(title + _BODY).quotes if q.contents[0].end <= len(title)]


def test_a_says_clause_without_its_copula_is_a_mixed_quote():
    # the parse reads "strike" as the object of "says" and finds no clause
    qs = _headline_quotes("Union chief says strike 'inevitable'")
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "mixed" and q.contents[0].text == "strike 'inevitable'"
    assert [f.text for f in q.fragments] == ["inevitable"]
    assert [s.text for s in q.sources] == ["Union chief"]


def test_a_says_clause_without_its_copula_runs_to_the_end_of_the_title():
    qs = _headline_quotes("Tamsin says ferry plan 'absolutely right' despite the cost")
    assert [q.contents[0].text for q in qs] == ["ferry plan 'absolutely right' despite the cost"]
    assert qs[0].speaker.name == "Lena Tamsin"


def test_a_says_clause_with_its_verb_is_read_as_before():
    qs = _headline_quotes("Tamsin says the ferry plan is 'a disaster'")
    assert [q.contents[0].text for q in qs] == ["the ferry plan is 'a disaster"]
    assert qs[0].cue.lemma == "say"


def test_a_name_on_a_topic_and_a_colon_signs_the_title():
    qs = _headline_quotes("Tamsin on the budget: cuts 'a price worth paying'")
    assert len(qs) == 1 and qs[0].contents[0].text == "cuts 'a price worth paying'"
    assert qs[0].speaker.name == "Lena Tamsin"


def test_a_role_and_a_colon_before_a_quotation_sign_it_for_whoever_holds_the_role():
    text = ("Mayor: \u201cThe ferry will run again by spring\u201d\n\n"
            "The mayor of Dunmore, Oskar Feld, promised on Monday to restore the ferry service.\n")
    q = quote_with(extract_text(text), "ferry will run again")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Oskar Feld"


def test_a_role_word_heading_a_title_is_the_body_person_who_holds_it():
    # regression: "Minister" stayed a group because its name was no shorter than "Lena Tamsin"'s
    title = "Minister 'will not tolerate' attacks on police"
    ex = extract_text(title + "\n\nInterior Minister Ana Lund spoke in Rovena on Monday.\n")
    assert [q.speaker.name for q in ex.quotes if q.contents[0].end <= len(title)] == ["Ana Lund"]


def test_a_pages_rubric_before_a_colon_signs_nothing():
    # regression: "WATCH: …" made a speaker (and an organisation) "WATCH"
    for rubric in ("WATCH", "Analysis", "LIVE"):
        doc = extract_text(f"{rubric}: Prime Minister Tamsin opens the ferry terminal" + _BODY)
        assert not [q for q in doc.quotes if q.speaker is not None and q.speaker.name.upper() == rubric.upper()]
        assert rubric.upper() not in {e.name.upper() for e in doc.entities}


def test_a_bare_role_in_the_title_is_the_first_person_the_body_quotes():
    # the body never calls her "leader": the title's role is the one the story is about
    text = ("Leader 'will not bargain' over fishing quotas\n\n"
            "Prime Minister Ilse Varnholt said on Monday she would \"not bargain\" over the quotas.\n\n"
            "\"Our waters are not for sale,\" Varnholt told parliament.\n")
    q = quote_with(extract_text(text), "over fishing quotas")
    assert q.speaker is not None and q.speaker.name == "Ilse Varnholt"


def test_an_anonymous_source_in_the_title_is_not_the_first_person_quoted():
    text = ("Official says ceasefire talks 'stalled'\n\n"
            "A senior official said on Tuesday that the talks had \"stalled\" over prisoners.\n\n"
            "Foreign Minister Tomas Rell said he remained hopeful.\n")
    q = quote_with(extract_text(text), "ceasefire talks")
    assert q.speaker is None or q.speaker.name != "Tomas Rell"


def test_a_plural_role_in_the_title_is_not_the_first_person_quoted():
    # "Senators say": many, the group, not the one senator the body quotes first
    text = ("Senators say budget deal is close\n\n"
            "WASHINGTON \u2014 Budget talks moved forward on Tuesday as both parties met for a third day.\n\n"
            "\u201cWe are very near an agreement,\u201d said Senator Ana Lund, a Democrat from Ohio.\n\n"
            "Other lawmakers were less sure. \u201cThere is a long way to go,\u201d Representative Tom Berg said.\n")
    q = quote_with(extract_text(text), "budget deal is close")
    assert q.speaker is None or q.speaker.name != "Ana Lund"


def test_a_name_closing_the_title_after_a_colon_signs_it():
    text = ("Talks on the port deal to resume next week: Tomas Rell\n\n"
            "Trade Minister Tomas Rell said on Monday that negotiators would meet again.\n")
    q = quote_with(extract_text(text), "port deal to resume")
    assert q.speaker is not None and q.speaker.name == "Tomas Rell"
    text = ("'We will rebuild every home': Mayor Ana Lund\n\n"
            "Mayor Ana Lund spoke on Monday in the flooded town.\n")
    q = quote_with(extract_text(text), "rebuild every home")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Ana Lund"


def test_a_topic_after_the_colon_signs_nothing():
    ex = extract_text("Port strike enters third week: What happens next\n\nDockers walked out on May 2.\n")
    assert not any(q.speaker is not None and "What" in q.speaker.name for q in ex.quotes)


def test_a_title_case_title_closed_with_a_stop_is_still_the_title():
    # some converters close the title line with a full stop; title case still marks it a title
    qs = _headline_quotes("Tamsin: Ferry Plan Will Go Ahead, \u2018We Have The Money\u2019 for It.")
    assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.name == "Lena Tamsin"
    assert qs[0].kind == "mixed" and qs[0].contents[0].text.endswith("for It")
    qs = _headline_quotes("Tamsin: \u2018The Ferry Will Sail in May\u2019.")
    assert [(q.kind, q.contents[0].text) for q in qs] == [("direct", "The Ferry Will Sail in May")]



def test_a_thing_heading_a_title_signs_nothing_for_a_person_described_beside_it():
    # regression: "Poll: …" was signed by the candidate the body called "poll leader", the word
    # before her name read as her role
    title = "Poll: Ola Brekke Overtakes Ana Lund With First National Lead."
    text = (title + "\n\nLongtime poll leader Ana Lund trails Ola Brekke for the first time.\n\n"
            "A Nordic Herald poll shows Brekke with 47 percent versus Lund, who has 44 percent.\n")
    ex = extract_text(text)
    assert not [q for q in ex.quotes if q.contents[0].end <= len(title)], [(q.text, q.speaker) for q in ex.quotes]


@pytest.mark.parametrize("title", ["Minister: talks 'constructive'", 'Ruiz: talks "constructive"'])
def test_a_two_word_signed_title_with_a_quoted_word_is_a_mixed_quote(title):
    text = title + "\n\nForeign Minister Ana Ruiz met her counterpart in Geneva on Monday."
    q = quote_with(extract_text(text), "constructive")
    assert q.kind == "mixed"
    assert [f.text for f in q.fragments] == ["constructive"]
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_a_signed_title_opening_with_a_quotation_that_stops_short_is_one_mixed_quote():
    qs = _headline_quotes("Lena Tamsin: 'No Plan' to Raise Ferry Fares")
    assert [(q.kind, q.contents[0].text) for q in qs] == [("mixed", "'No Plan' to Raise Ferry Fares")]
    assert [f.text for f in qs[0].fragments] == ["No Plan"]
    assert qs[0].speaker.name == "Lena Tamsin"


def test_a_name_and_its_verb_after_the_quoted_words_sign_the_title():
    qs = _headline_quotes("Ferries Are 'a Lifeline for the Islands,' Tamsin Tells Harbour Board")
    assert [(q.kind, q.contents[0].text) for q in qs] == [("mixed", "Ferries Are 'a Lifeline for the Islands,'")]
    assert qs[0].speaker.name == "Lena Tamsin"


@pytest.mark.parametrize("title, said", [
    ("Tamsin 'will not bow' to unions as ferry queues grow", "'will not bow' to unions"),
    ("Tamsin 'will not bow' to unions amid protests", "'will not bow' to unions"),
    ("Tamsin says ferry plan 'absolutely right' as talks collapse", "ferry plan 'absolutely right'"),
])
def test_the_titles_own_setting_after_the_quoted_words_is_not_what_was_said(title, said):
    qs = _headline_quotes(title)
    assert [q.contents[0].text for q in qs] == [said]


@pytest.mark.parametrize("title, said, word", [
    ("Tamsin slams \u2018reckless\u2019 ferry cuts", "\u2018reckless\u2019 ferry cuts", "reckless"),
    ('Tamsin slams "absurd" port tariffs', '"absurd" port tariffs', "absurd"),
])
def test_a_quoted_modifier_of_the_verbs_object_is_a_mixed_quote_of_the_object(title, said, word):
    # the quoted word is a word of what was slammed, not the whole of what was said
    qs = _headline_quotes(title)
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "mixed" and q.contents[0].text == said
    assert [f.text for f in q.fragments] == [word]
    assert q.speaker is not None and q.speaker.name == "Lena Tamsin"


@pytest.mark.parametrize("title, said, word, verb", [
    ("Harbour Board slams 'unacceptable' ferry cuts", "'unacceptable' ferry cuts", "unacceptable", "slams"),
    ("Minister attacks 'shameful' dock strike", "'shameful' dock strike", "shameful", "attacks"),
    ("Council slams 'reckless' port plan", "'reckless' port plan", "reckless", "slams"),
])
def test_a_headlines_verb_read_as_a_plural_noun_before_a_quoted_modifier_still_reports(title, said, word, verb):
    # regression: the parse read the verb as a plural noun and the straight opening mark as its
    # possessive ("slams'"), or the object as an apposition, so the title reported nothing (or
    # a report without its opening mark)
    qs = _headline_quotes(title)
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "mixed" and q.contents[0].text == said
    assert [f.text for f in q.fragments] == [word]
    assert q.cue is not None and q.cue.text == verb


def test_a_plural_noun_before_a_quoted_word_with_no_object_after_it_reports_nothing():
    assert _headline_quotes("Shark attacks 'rising' in Rovena") == []


def test_a_quoted_clause_right_after_a_headlines_verb_stays_direct():
    qs = _headline_quotes("Tamsin says 'ferry deal is close'")
    assert [(q.kind, q.contents[0].text) for q in qs] == [("direct", "ferry deal is close")]


@pytest.mark.parametrize("title", ["Marek slams 'unfair' levies, vows retaliation",
                                   "Ilva slams 'absurd' port fees, vows retaliation"])
def test_a_titles_second_verb_has_the_first_ones_subject_not_its_object(title):
    # regression: "retaliation", the object of "vows", was the speaker of the clause before it
    ex = extract_text(title)
    assert not any(s.text == "retaliation" for q in ex.quotes for s in q.sources)
    assert not any(q.cue is not None and q.cue.lemma == "vow" for q in ex.quotes)
