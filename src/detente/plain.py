"""Machine output as plain JSON, written in one place for the CLI and the library.

:func:`plain` turns detente's records into JSON-ready data: a dataclass becomes a dict of its
fields (in declaration order, the names of the dataclass), a set or frozenset a sorted list, a
tuple a list, a date or datetime its ISO string, a path its string, and a float is rounded to
``FLOAT_DIGITS`` decimals (so a sum prints ``146.4``, not ``146.40000000000003``); a float that
is not finite becomes ``null``. Anything else is refused with a ``TypeError`` naming its type, so
no ``repr`` ever leaks into the output.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

FLOAT_DIGITS = 4  # Goldstein scores have one decimal, confidences two or three, mediator scores more


def plain(value: Any) -> Any:
    """``value`` as plain JSON data: dicts, lists, strings, ints, rounded floats, booleans, ``None``."""
    kind: type = type(value)
    if kind in _AS_IS:  # the common cases first, by exact type: a coded article has thousands of values
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if kind is list or kind is tuple:
        return [plain(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return round(value, FLOAT_DIGITS) + 0.0 if math.isfinite(value) else None
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Mapping):
        return {_key(k): plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, PurePath):
        return str(value)
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


_AS_IS = frozenset({type(None), bool, int, str})


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, in declaration order (``dataclasses.fields`` is slow
    to call once per value); None for any other type."""
    if not dataclasses.is_dataclass(kind) or issubclass(kind, (type, int, str, float, dt.date)):
        # a class itself, or a dataclass that is also a scalar: as before, the scalar rules come first
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


def _key(key: Any) -> str | int | float | bool | None:
    if key is None or isinstance(key, bool | int | float | str):
        return key
    if isinstance(key, dt.date):
        return key.isoformat()
    raise TypeError(f"cannot write a {type(key).__name__} as a JSON object key")


def dumps(value: Any, indent: int | None = 2) -> str:
    """``value`` as a JSON document (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(plain(value), ensure_ascii=False, indent=indent, allow_nan=False)


# Characters that are line breaks to str.splitlines (and to JavaScript) but that JSON may leave raw:
# escaped in JSON lines, so that a reader splitting on any line break still sees one object a line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps_line(value: Any) -> str:
    """``value`` as one line of JSON (for JSON-lines output); characters other programs read as line
    breaks (U+0085, U+2028, U+2029) are escaped, so the line stays one line for every reader."""
    return escape_line_breaks(dumps(value, indent=None))


def escape_line_breaks(json_text: str) -> str:
    """JSON text with U+0085, U+2028 and U+2029 written as escapes: JSON allows them raw only inside
    strings, where the escape means the same character."""
    return json_text.translate(_LINE_BREAKS)


def counted(n: int, noun: str) -> str:
    """A count and its noun for people to read: ``1 event``, ``2 events``, ``0 events``."""
    return f"{n} {noun if n == 1 else noun + 's'}"
