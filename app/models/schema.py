"""Schema migrations, run programmatically (no alembic.ini: it works the same from a wheel or a
PyInstaller bundle).

Opening a vault only compares its revision with `REVISIONS`; Alembic itself (about 11 MB and
70 ms to import, and every migration script parsed) is loaded only when a vault needs upgrading.
`tests/unit/test_migrations.py` checks `REVISIONS` against Alembic's own list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config

# The revisions in app/models/migrations/versions, oldest first: a new migration adds its own.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "app.models:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(connection: Connection) -> str | None:
    """The revision the vault's schema is at (None: before any, or not one single revision)."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
    if has_table is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
