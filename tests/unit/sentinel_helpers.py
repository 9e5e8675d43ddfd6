"""Helpers shared by the vault-level tests: fill every encrypted column of every model with
distinctive values, reach into the file with plain sqlite3, and scan files for leaked text.

Everything is driven by `ALL_MODELS` and `Model.__encrypted__`, so a model or column added later
is covered by these tests without anyone touching them.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    TypeDecorator,
    Uuid,
    select,
)
from sqlalchemy import inspect as sa_inspect

from app.models import ALL_MODELS, Base, Client, ClientKey, RecordIndex, VaultMeta, WriteCounter
from app.services.clients import ClientDraft
from app.services.vault import Vault

# Distinctive non-ASCII text: Latin with diacritics, CJK and an emoji outside the BMP.
NON_ASCII = "Ångström-ñandú-日本語-🙂"
# Pieces long enough (>= 6 bytes in every encoding) that finding one by chance in ciphertext is
# practically impossible, so a partial leak is caught too.
NON_ASCII_PIECES = (NON_ASCII, "Ångström", "ñandú", "日本語")
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")

# Models whose rows the vault makes itself and that must stay single (the key record).
CREATED_BY_VAULT = (VaultMeta, ClientKey, RecordIndex, WriteCounter)  # kept by the vault itself


def encrypted_columns() -> list[tuple[type[Base], str]]:
    """Every (model, encrypted attribute) pair, in ALL_MODELS order."""
    return [(model, name) for model in ALL_MODELS for name in model.__encrypted__]


def column_id(pair: tuple[type[Base], str]) -> str:
    model, name = pair
    return f"{model.__tablename__}.{name}"


@dataclass
class Practice:
    """What `populate` made: row ids per model (in creation order) and the text it stored."""

    marker: str
    clients: list[UUID] = field(default_factory=list)
    rows: dict[type[Base], list[UUID]] = field(default_factory=dict)
    owner: dict[UUID, UUID | None] = field(default_factory=dict)  # row id -> client id or None
    tokens: dict[str, str] = field(default_factory=dict)  # unique ASCII token -> "table.column#n"

    def rows_of_client(self, client_id: UUID) -> list[tuple[type[Base], UUID]]:
        return [(m, r) for m, ids in self.rows.items() for r in ids if self.owner[r] == client_id]

    def tokens_of(self, rows: Iterable[tuple[type[Base], UUID]]) -> list[str]:
        wanted = {f"{m.__tablename__}:{r}" for m, r in rows}
        return [t for t, where in self.tokens.items() if where.split("#")[0] in wanted]


def _plain_value(column: Any) -> Any:
    """A valid value for a required plaintext column, chosen by its SQL type."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    for sql_type, value in (
        (Boolean, False),
        (Integer, 1),
        (DateTime, datetime(2026, 1, 2, 3, 4, 5)),
        (Date, date(2026, 1, 2)),
        (String, "x"),
        (LargeBinary, b"\0"),
        (Uuid, uuid4()),
    ):
        if isinstance(kind, sql_type):
            return value
    raise TypeError(f"sentinel_helpers cannot fill a {kind!r} column yet; teach _plain_value")


def _build_row(model: type[Base], parents: dict[str, UUID]) -> Base:
    """A row with every foreign key pointing at an existing parent and every required plain
    column filled; encrypted attributes are left for the caller."""
    mapper = sa_inspect(model)
    kwargs: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.primary_key or column.name in model.__encrypted__:
            continue
        key = mapper.get_property_by_column(column).key
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table.name
            if target in parents:
                kwargs[key] = parents[target]
            elif not column.nullable:
                raise AssertionError(f"{model.__tablename__}.{column.name} needs a {target} row")
        elif not column.nullable and column.default is None and column.server_default is None:
            kwargs[key] = _plain_value(column)
    return model(**kwargs)


def populate(
    vault: Vault, *, clients: int = 2, rows_per_model: int = 2, marker: str | None = None
) -> Practice:
    """Make `clients` clients (through the service, so each gets its key) and, for each client
    and for the vault-wide tables, `rows_per_model` rows of every model with every encrypted
    column holding a unique ASCII token (starting with `marker`) plus NON_ASCII."""
    practice = Practice(marker=marker or "Snt" + secrets.token_hex(5))
    for n in range(clients):
        view = vault.services.clients.create(ClientDraft(f"Client {n}"))
        practice.clients.append(view.id)

    def fill(row: Base) -> None:
        for name in type(row).__encrypted__:
            token = f"{practice.marker}{len(practice.tokens):05d}x"
            practice.tokens[token] = f"{row.__tablename__}:{row.id}#{name}"
            text = f"{token} {NON_ASCII}"
            codec = getattr(type(row), name).codec
            value = {"text": text, "bytes": text.encode("utf-8")}.get(codec, {"words": text})
            setattr(row, name, value)

    with vault._database().begin() as s:
        for client_id in practice.clients:
            row = s.get(Client, client_id)
            fill(row)
            practice.rows.setdefault(Client, []).append(client_id)
            practice.owner[client_id] = client_id
        for _ in range(rows_per_model):
            vault_wide: dict[str, UUID] = {}
            for owner in [None, *practice.clients]:
                # Vault-wide rows first, so clients' rows can point at them (e.g. a template).
                parents = vault_wide if owner is None else {**vault_wide, "client": owner}
                for model in ALL_MODELS:
                    if model in CREATED_BY_VAULT or model is Client:
                        continue
                    client_fks = [
                        col.nullable
                        for col in model.__table__.columns
                        for fk in col.foreign_keys
                        if fk.column.table.name == "client"
                    ]
                    # A vault-wide row has no client; a client's row is any that can have one.
                    if (owner is None and False in client_fks) or (owner and not client_fks):
                        continue
                    row = _build_row(model, parents)
                    fill(row)
                    s.add(row)
                    s.flush()  # no ORM relationships: parents go first
                    parents[model.__tablename__] = row.id
                    practice.rows.setdefault(model, []).append(row.id)
                    practice.owner[row.id] = owner
        meta = s.get(VaultMeta, vault.vault_id)
        assert meta is not None and meta.backup_identity
        practice.rows[VaultMeta] = [vault.vault_id]
        practice.rows[WriteCounter] = [vault.vault_id]  # (the same id: the vault's)
        practice.owner[vault.vault_id] = None
    with vault._database().begin() as s:  # the record lists the vault keeps by itself
        for index in s.scalars(select(RecordIndex).order_by(RecordIndex.client_id)):
            practice.rows.setdefault(RecordIndex, []).append(index.id)
            practice.owner[index.id] = index.client_id
    return practice


# -- the file, seen with plain sqlite3 (the vault must be closed) ----------------------------
@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A bare sqlite3 connection that commits on success and always closes."""
    with closing(sqlite3.connect(path)) as conn, conn:
        yield conn


def read_blob(path: Path, table: str, column: str, row_id: UUID) -> bytes:
    with raw(path) as conn:
        (value,) = conn.execute(
            f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id.hex,)
        ).fetchone()
    assert isinstance(value, bytes), f"{table}.{column} of {row_id} is not a BLOB"
    return value


def write_blob(path: Path, table: str, column: str, row_id: UUID, value: bytes) -> None:
    with raw(path) as conn:
        changed = conn.execute(
            f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id.hex)
        ).rowcount
    assert changed == 1


def snapshot(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of every table, by table and id, as stored (bytes stay bytes)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with raw(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, values, strict=True)) for values in cursor]
            out[table] = {(row["id"] if "id" in names else str(n)): row for n, row in enumerate(rows)}
    return out


# -- scanning files for leaked text --------------------------------------------------------
def needles(texts: Iterable[str]) -> dict[bytes, str]:
    """Each text in UTF-8 and UTF-16 (both byte orders), mapped back to a readable label."""
    return {t.encode(enc): f"{t!r} as {enc}" for t in texts for enc in ENCODINGS}


def files_under(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*") if p.is_file())


def find_leaks(files: Iterable[Path], wanted: dict[bytes, str]) -> list[str]:
    """Every (file, text) pair where the text's bytes occur in the file."""
    hits = []
    for path in files:
        try:
            data = path.read_bytes()
        except FileNotFoundError:  # a -wal or -shm that SQLite removed meanwhile
            continue
        hits += [f"{path.name}: {label}" for needle, label in wanted.items() if needle in data]
    return hits


def assert_one_sentence(message: str) -> None:
    """What a therapist may see: one plain sentence, no traceback, no SQL, no Python repr."""
    assert message and message == message.strip(), message
    assert "\n" not in message, message
    assert message[0].isupper() or message[0] in "/~", message
    assert message.endswith((".", "?", "!")), message
    assert not re.search(r"[.!?]\s+[A-Z]", message), f"more than one sentence: {message}"
    assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WHERE|FROM)\b", message), message
    lowered = message.lower()
    assert not re.search(r'File "[^"]*", line \d+', message), message
    for leak in ("traceback", "sqlite", "sqlalchemy", "error(", "exception", "errno",
                 "background on this error"):
        assert leak not in lowered, message
