"""--param values are Cypher literals, as cypher-shell's :param reads them; --param-json is JSON."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quotegraph.cli import main
from quotegraph.cli.database_cmds import _parse_params
from quotegraph.params import is_quoted_string, parse_literal


@pytest.mark.parametrize("text, value", [
    ("0.8", 0.8), ("3", 3), ("-12", -12), ("1e3", 1000.0), (".5", 0.5), ("0x1F", 31), ("0", 0),
    ("true", True), ("FALSE", False), ("null", None),
    ("'Steve Witkoff'", "Steve Witkoff"), ('"it\'s"', "it's"), (r"'a\nb'", "a\nb"), (r"'\u00e9'", "é"),
    ("[1, 2.5, 'x', [true, null]]", [1, 2.5, "x", [True, None]]), ("[]", []),
    ("{since: '2025-03-01', n: 2, `odd key`: [1]}", {"since": "2025-03-01", "n": 2, "odd key": [1]}),
    # not one whole literal: the text as typed
    ("Steve Witkoff", "Steve Witkoff"), ("007", "007"), ("12abc", "12abc"), ("'unterminated", "'unterminated"),
    ("[1, 2", "[1, 2"), ("1 2", "1 2"), ("", ""), ("truex", "truex"),
])
def test_values_read_as_cypher_literals(text, value):
    assert parse_literal(text) == value and type(parse_literal(text)) is type(value)


def test_quoted_strings_are_told_apart():
    assert is_quoted_string("'x'") and is_quoted_string('"x y"')
    assert not is_quoted_string("x") and not is_quoted_string("'x") and not is_quoted_string("'a' + 'b'")


def test_param_json_and_bad_pairs():
    values, raw = _parse_params(("c=0.8", "name=Anika Solberg"), ('ids=["a", "b"]', 'm={"k": 1}'))
    assert values == {"c": 0.8, "name": "Anika Solberg", "ids": ["a", "b"], "m": {"k": 1}}
    assert raw == {"c": "0.8", "name": "Anika Solberg"}
    result = CliRunner().invoke(main, ["cypher", "RETURN 1", "--param-json", "x={bad"])
    assert result.exit_code == 2 and "--param-json x: not JSON" in result.output
    result = CliRunner().invoke(main, ["cypher", "RETURN 1", "--param", "novalue"])
    assert result.exit_code == 2 and "expected KEY=VALUE" in result.output
