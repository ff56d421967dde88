"""``--param KEY=VALUE`` values read as Cypher literals, as cypher-shell's ``:param`` reads them.

Numbers, ``true``/``false``, ``null``, quoted strings (``'…'`` or ``"…"``, with backslash
escapes), lists ``[…]`` and maps ``{key: …}`` become the value they write; anything that is not
one whole literal is taken as the text it is, so ``--param name=Anika Solberg`` needs no quotes.
Digits with a leading zero (``007``, an id or a postcode) stay text, as Cypher has no such number.

>>> [parse_literal(v) for v in ("0.8", "-3", "true", "NULL", "'x'", "[1, 'a', [2.5e1]]", "Anika Solberg")]
[0.8, -3, True, None, 'x', [1, 'a', [25.0]], 'Anika Solberg']
>>> parse_literal("{since: '2025-03-01', n: 2}")
{'since': '2025-03-01', 'n': 2}
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable

__all__ = ["parse_literal", "is_quoted_string", "parse_json_value"]

_NUMBER = re.compile(r"-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WORDS = {"true": True, "false": False, "null": None}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "\\": "\\", "'": "'", '"': '"'}


class _NotLiteral(ValueError):
    pass


def parse_literal(text: str) -> Any:
    """The value of ``text`` as a Cypher literal, or ``text`` itself when it is not one."""
    try:
        value, end = _value(text, _skip(text, 0))
        if _skip(text, end) != len(text):
            raise _NotLiteral
        return value
    except _NotLiteral:
        return text


def is_quoted_string(text: str) -> bool:
    """Whether ``text`` is one quoted Cypher string literal (``'x'``, ``"x"``)."""
    t = text.strip()
    if t[:1] not in ("'", '"'):
        return False
    try:
        return _string(t, 0)[1] == len(t)
    except _NotLiteral:
        return False


def parse_json_value(text: str, key: str) -> Any:
    """``--param-json`` values: JSON; ValueError naming the parameter when it is not."""
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ValueError(f"--param-json {key}: not JSON ({exc})") from None


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _value(text: str, i: int) -> tuple[Any, int]:
    if i >= len(text):
        raise _NotLiteral
    c = text[i]
    if c in "'\"":
        return _string(text, i)
    if c == "[":
        return _list(text, i)
    if c == "{":
        return _map(text, i)
    m = _NUMBER.match(text, i)
    if m:
        digits = m.group().lstrip("-")
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            raise _NotLiteral  # 007: text, not a number
        end = m.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            raise _NotLiteral  # 12abc
        return _number(m.group()), end
    m = _IDENT.match(text, i)
    if m and m.group().lower() in _WORDS:
        return _WORDS[m.group().lower()], m.end()
    raise _NotLiteral


def _number(token: str) -> int | float:
    sign = -1 if token.startswith("-") else 1
    body = token.lstrip("-").lower()
    if body.startswith("0x"):
        return sign * int(body[2:], 16)
    if body.startswith("0o"):
        return sign * int(body[2:], 8)
    if any(ch in body for ch in ".e"):
        return float(token)
    return int(token)


def _string(text: str, i: int) -> tuple[str, int]:
    quote, i, out = text[i], i + 1, []
    while i < len(text):
        c = text[i]
        if c == quote:
            return "".join(out), i + 1
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2:i + 6]):
                out.append(chr(int(text[i + 2:i + 6], 16)))
                i += 6
                continue
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            raise _NotLiteral
        out.append(c)
        i += 1
    raise _NotLiteral  # unterminated


def _items(text: str, i: int, close: str, read_item: Callable[[str, int], int]) -> int:
    """Read comma-separated items up to ``close``; ``read_item`` stores one and returns the index after it."""
    i = _skip(text, i + 1)
    if i < len(text) and text[i] == close:
        return i + 1
    while True:
        i = _skip(text, read_item(text, i))
        if i < len(text) and text[i] == ",":
            i = _skip(text, i + 1)
            continue
        if i < len(text) and text[i] == close:
            return i + 1
        raise _NotLiteral


def _list(text: str, i: int) -> tuple[list[Any], int]:
    items: list[Any] = []

    def read(text: str, i: int) -> int:
        value, i = _value(text, i)
        items.append(value)
        return i

    return items, _items(text, i, "]", read)


def _map(text: str, i: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}

    def read(text: str, i: int) -> int:
        if i < len(text) and text[i] == "`":
            end = text.find("`", i + 1)
            if end < 0:
                raise _NotLiteral
            key, i = text[i + 1:end], end + 1
        else:
            m = _IDENT.match(text, i)
            if not m:
                raise _NotLiteral
            key, i = m.group(), m.end()
        i = _skip(text, i)
        if i >= len(text) or text[i] != ":":
            raise _NotLiteral
        out[key], i = _value(text, _skip(text, i + 1))
        return i

    return out, _items(text, i, "}", read)


