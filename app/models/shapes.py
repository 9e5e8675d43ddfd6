"""What an encrypted JSON field holds, declared once beside the field:
``note = encrypted_json(shape=MapOf(TEXT, TEXT))``.

The services only ever write these shapes, and their views rely on them (a note is a mapping of
text, a rating a whole number). Data that did not come through the services — a restored backup
— is checked against them, so a crafted or damaged record is refused as damage instead of
reaching a service as, say, a note that is a number. A shape is a predicate (``shape(value)``
is True when the JSON value fits) whose ``str()`` describes it for the backup format's reader.
Null is handled by the caller: any encrypted field may be unset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


class Shape:
    """A JSON value's expected form; subclasses say what fits and how to describe it."""

    def __call__(self, value: Any) -> bool:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Whole(Shape):
    """A whole number (JSON true/false are not numbers here) from ``low`` to ``high``."""

    low: int
    high: int

    def __call__(self, value: Any) -> bool:
        return type(value) is int and self.low <= value <= self.high

    def __str__(self) -> str:
        return f"whole number {self.low}…{self.high}"


@dataclass(frozen=True, slots=True)
class Text(Shape):
    """A string, optionally one matching ``pattern`` (described as ``label``)."""

    label: str = "text"
    pattern: str | None = None
    _compiled: re.Pattern[str] | None = field(init=False, repr=False, compare=False,
                                             default=None)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            object.__setattr__(self, "_compiled", re.compile(self.pattern))

    def __call__(self, value: Any) -> bool:
        if type(value) is not str:
            return False
        return self._compiled is None or self._compiled.fullmatch(value) is not None

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, slots=True)
class OneOf(Shape):
    """One of a few fixed strings."""

    choices: tuple[str, ...]

    def __call__(self, value: Any) -> bool:
        return type(value) is str and value in self.choices

    def __str__(self) -> str:
        return "/".join(f'"{c}"' for c in self.choices)


@dataclass(frozen=True, slots=True)
class Nullable(Shape):
    """``inner``, or null."""

    inner: Shape

    def __call__(self, value: Any) -> bool:
        return value is None or self.inner(value)

    def __str__(self) -> str:
        return f"{self.inner} or null"


@dataclass(frozen=True, slots=True)
class ListOf(Shape):
    """A JSON array whose every item fits ``item``."""

    item: Shape

    def __call__(self, value: Any) -> bool:
        return type(value) is list and all(map(self.item, value))

    def __str__(self) -> str:
        return f"list of {self.item}"


@dataclass(frozen=True, slots=True)
class MapOf(Shape):
    """A JSON object whose every key fits ``key`` and every value fits ``value``."""

    key: Shape
    value: Shape

    def __call__(self, value: Any) -> bool:
        return (type(value) is dict and all(map(self.key, value))
                and all(map(self.value, value.values())))

    def __str__(self) -> str:
        return f"object {{{self.key}: {self.value}}}"


@dataclass(frozen=True, slots=True)
class Fields(Shape):
    """A JSON object with exactly these keys, each value fitting its shape."""

    fields: tuple[tuple[str, Shape], ...]

    @classmethod
    def of(cls, **shapes: Shape) -> Fields:
        """In keyword form: ``Fields.of(on=TEXT, note=TEXT)``."""
        return cls(tuple(shapes.items()))

    def __call__(self, value: Any) -> bool:
        return (type(value) is dict and len(value) == len(self.fields)
                and all(name in value and shape(value[name]) for name, shape in self.fields))

    def __str__(self) -> str:
        return "{" + ", ".join(f'"{name}": {shape}' for name, shape in self.fields) + "}"


TEXT = Text()
UUID_TEXT = Text("UUID text", r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
AGE_RECIPIENT = Text("age public key (age1…)", r"(?i)age1[02-9ac-hj-np-z]{58}")  # bech32, either case
# Goal Attainment Scaling: the client's words for each level, keyed "-2" … "2".
GAS_LEVELS = MapOf(OneOf(("-2", "-1", "0", "1", "2")), TEXT)
GAS_WEIGHT = Whole(1, 10)
