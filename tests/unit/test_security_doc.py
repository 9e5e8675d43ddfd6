"""docs/security.md lists every table with exactly its encrypted and its plaintext columns, and
the key that seals it, so the document cannot silently fall behind the models."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.models import ALL_MODELS, Base
from app.models.row_seal import SEAL_COLUMN

DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"


def _table_rows() -> dict[str, list[str]]:
    """The cells of each row of the "what is encrypted" table, by table name."""
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `(\w+)` \|", line)
        if match:
            assert match.group(1) not in rows, f"{match.group(1)} is listed twice"
            rows[match.group(1)] = [cell.strip() for cell in line.strip("|").split("|")]
    return rows


def _names(cell: str) -> set[str]:
    return set(re.findall(r"`(\w+)`", cell))


ROWS = _table_rows()


def test_every_table_is_listed_and_nothing_else():
    assert set(ROWS) == {model.__tablename__ for model in ALL_MODELS}


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__tablename__)
def test_each_table_lists_exactly_its_encrypted_and_plaintext_columns(model: type[Base]):
    table, sealed_with, encrypted, plaintext, why = ROWS[model.__tablename__]
    assert _names(encrypted) == set(model.__encrypted__), "encrypted columns differ"
    plain = {c.name for c in model.__table__.columns} - set(model.__encrypted__) - {SEAL_COLUMN}
    assert _names(plaintext) == plain, "plaintext columns differ"
    assert why, "say why those columns are plaintext"
    if model.__encrypted__:
        expected = "data key" if model.__key_owner__ is None else "client key"
        assert sealed_with.startswith(expected), f"{table} is sealed with the {expected}"


def test_every_encrypted_column_is_named_in_the_document():
    text = DOC.read_text(encoding="utf-8")
    for model in ALL_MODELS:
        for name in model.__encrypted__:
            assert f"`{name}`" in text, f"{model.__tablename__}.{name}"


def test_the_row_seal_every_table_has_is_explained():
    text = DOC.read_text(encoding="utf-8")
    assert f"`{SEAL_COLUMN}`" in text and "every table" in text
