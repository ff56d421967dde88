"""Delayed identification (described_speakers.py): a lede describes who spoke, the next paragraph
names them; sentences written for these tests, names invented."""

from conftest import quote_with
from quotegraph import extract_text


def speaker(text, words):
    q = quote_with(extract_text(text), words)
    return q.speaker.name if q.speaker else None


def test_the_lede_description_is_the_person_named_in_the_next_paragraph():
    text = ("Port deal close, senator says\n\n"
            "WASHINGTON (AP) — A deal on the harbour bill is \"very close,\" the top Democrat on the "
            "Senate Commerce Committee said Tuesday.\n\n"
            "\"We are down to one issue,\" Sen. Ida Brennan of Maine told reporters.")
    assert speaker(text, "very close") == "Ida Brennan"


def test_a_described_former_minister_in_the_lede_is_the_one_quoted_next():
    text = ("LISBON (AFP) - A former Portuguese fisheries minister warned on Monday that new trawling "
            "rules would empty the coast.\n\n"
            "\"Every village will lose its boats,\" Tomas Arruda told AFP in an interview.")
    assert speaker(text, "new trawling rules") == "Tomas Arruda"


def test_an_unnamed_source_stays_unnamed():
    text = ("A senior official said on Monday that the talks had stalled.\n\n"
            "\"We will keep trying,\" Foreign Minister Ida Brennan told reporters.")
    assert speaker(text, "the talks had stalled") != "Ida Brennan"


def test_no_delayed_name_when_someone_is_named_before():
    text = ("Mayor Tomas Arruda met the union on Monday, and a former minister said the deal was fair.\n\n"
            "\"We will keep trying,\" Ida Brennan told reporters.")
    assert speaker(text, "the deal was fair") != "Ida Brennan"
