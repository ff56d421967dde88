"""Cues in the frame before a quotation (graph/attribution/frame_cues.py). Sentences written
for these tests; names invented."""

from conftest import quote_with
from quotegraph import extract_text


def test_a_colon_clause_joined_after_a_report_is_the_colon_quotes_cue():
    # regression: in "X said …, but he gave …: “…”" the parse hung "gave" on the quotation and
    # the colon quote took "said", leaving the report before it with no cue of its own
    text = ("The Senate leader spoke to reporters on Wednesday.\n\n"
            "Reid said both Rubio and Cruz are \"non-entities in the Senate,\" but he gave the Texan a "
            "back-handed compliment: \"You never have to guess where he is. He is not winning contests here.\"")
    q = quote_with(extract_text(text), "never have to guess")
    assert q.cue.text == "gave"
    assert q.speaker.name == "Reid"


def test_a_that_clause_of_the_report_leaves_the_speech_verb_the_cue():
    text = ("Readers online were split.\n\n"
            "Another said he hoped with his \"whole heart\" that Lee wins the election: "
            "\"Then I can laugh at the show for years.\"")
    q = quote_with(extract_text(text), "laugh at the show")
    assert q.cue.text == "said"
