"""The clause a cue reports (graph/attribution/reported_clauses.py): not a lead-in closed off
by a colon, not the programme told (sentences invented)."""

from __future__ import annotations

from conftest import contents_of, quote_of


def test_a_lead_in_before_a_colon_is_not_what_an_object_cue_says():
    text = ('Even people who backed the plan sounded cautious: Former Rep. Ann Lee called it '
            '"the least bad option we have."')
    q = quote_of(text, "least bad option")
    assert q.contents[0].text.startswith('it "the least bad') and q.speaker.name == "Ann Lee"
    assert not any("sounded cautious" in c for c in contents_of(text))


def test_the_programme_told_is_no_part_of_what_was_said():
    # regression: "told NBC's “Today” show that …" put the programme's title in the content
    q = quote_of("Senator Ana Kalvor has opposed the levy. But she told NBC’s “Today” show that she backs a smaller tax.",
               "she backs a smaller tax")
    assert q.contents[0].text.startswith("that she backs") and "Today" not in q.text, q.contents
