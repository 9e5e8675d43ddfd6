"""The shapes of encrypted JSON fields (app/models/shapes.py), which a restored or verified backup
is checked against: each predicate accepts what the services write and refuses the rest, never
raises on any JSON value, every JSON field of every model declares one, and the format document
describes each."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models import ALL_MODELS
from app.models.base import Encrypted
from app.models.shapes import (
    AGE_RECIPIENT,
    GAS_LEVELS,
    TEXT,
    UUID_TEXT,
    Fields,
    ListOf,
    MapOf,
    Nullable,
    Shape,
    Whole,
)
from app.services.backup_tables import NOT_BACKED_UP, SHAPES
from tests.unit.backup_helpers import IDENTITY

DOC = Path(__file__).resolve().parents[2] / "docs" / "backup-format.md"
JSON_FIELDS = [(model.__tablename__, name, getattr(model, name))
               for model in ALL_MODELS for name in model.__encrypted__
               if getattr(model, name).codec == "json"
               # a table never written to a backup (its rows are remade on restore)
               and not (model.__tablename__ in NOT_BACKED_UP
                        and NOT_BACKED_UP[model.__tablename__] is None)]


@pytest.mark.parametrize("table,name,descriptor", JSON_FIELDS,
                         ids=[f"{t}.{n}" for t, n, _ in JSON_FIELDS])
def test_every_json_field_declares_its_shape_and_the_backup_checks_it(
        table: str, name: str, descriptor: Encrypted[Any]):
    assert isinstance(descriptor.shape, Shape), f"{table}.{name}: encrypted_json(shape=...)"
    assert SHAPES[table][name] is descriptor.shape


def _doc_shapes() -> dict[str, str]:
    """The format document's table of JSON shapes: "`table.field`" -> described shape."""
    found = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `(\w+\.\w+)` \| (.+?) \|", line)
        if match:
            found[match.group(1)] = match.group(2).strip().strip("`")
    return found


def test_the_format_document_describes_every_shape_exactly():
    assert _doc_shapes() == {f"{t}.{n}": str(d.shape) for t, n, d in JSON_FIELDS}


@pytest.mark.parametrize("shape,good,bad", [
    (Whole(-2, 2), [-2, 0, 2], [3, -3, True, False, 1.0, "1", None, [1]]),
    (TEXT, ["", "words"], [1, None, ["a"], {"a": "b"}]),
    (UUID_TEXT, ["5e3789f0-929a-49fa-a9fa-ec58fe40fbf4"],
     ["5E3789F0-929A-49FA-A9FA-EC58FE40FBF4", "5e3789f0929a49faa9faec58fe40fbf4", "x", 5]),
    (AGE_RECIPIENT, [str(IDENTITY.to_public()), str(IDENTITY.to_public()).upper()],
     ["age1", str(IDENTITY), "", 1]),
    (GAS_LEVELS, [{}, {"-2": "worse", "2": "much better"}],
     [{"3": "x"}, {"+1": "x"}, {"1": 1}, ["1"], "1"]),
    (Nullable(TEXT), [None, "x"], [1]),
    (ListOf(Whole(0, 3)), [[], [0, 3, 1]], [[4], [0, "1"], [True], {"0": 1}, 0]),
    (MapOf(TEXT, Whole(0, 10)), [{}, {"sleep": 7}], [{"sleep": 11}, {"sleep": "7"}, [7]]),
    (Fields.of(on=TEXT, note=TEXT), [{"on": "2026-03-04", "note": "called"}],
     [{"on": "2026-03-04"}, {"on": "x", "note": "y", "extra": "z"}, {"on": 1, "note": "y"},
      [["on", "x"]]]),
])
def test_each_shape_accepts_what_fits_and_refuses_the_rest(shape: Shape, good: list[Any],
                                                           bad: list[Any]):
    assert [shape(v) for v in good] == [True] * len(good), shape
    assert [shape(v) for v in bad] == [False] * len(bad), shape


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=4),
    max_leaves=12,
)


@settings(max_examples=300)
@given(value=JSON)
def test_no_shape_raises_on_any_json_value(value: Any):
    for _table, _name, descriptor in JSON_FIELDS:
        assert descriptor.shape(value) in (True, False)
