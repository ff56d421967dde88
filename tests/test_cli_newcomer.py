"""What a newcomer following the README trips on, through click's CliRunner."""

from click.testing import CliRunner

from quotegraph.cli import main

def test_run_help_names_all_three_outputs():
    result = CliRunner().invoke(main, ["run", "--help"])
    assert result.exit_code == 0
    assert "write both files" not in result.output
    assert "graph.html" in " ".join(result.output.split())  # --out's help, wrapped


def test_serve_help_has_an_example():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "quotegraph load out/quotes.jsonl" in result.output
