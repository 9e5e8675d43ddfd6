"""the between-session exercise table: "practice" becomes "exercise"

"Practice" now means only the therapist's practice. The table is rebuilt under its new name
(SQLite keeps constraint names inside the table's own SQL, so renaming in place would leave
``pk_practice`` and ``fk_practice_*`` behind), every row copied as stored, byte for byte. The
ciphertexts stay valid: the model's ``__ad_table__`` keeps the name they were sealed with
("practice"), so nothing is re-encrypted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("client_id", "session_id", "status", "created_at", "updated_at", "title",
           "instructions", "kind", "frequency", "report_back", "id")


def _create(name: str) -> None:
    op.create_table(
        name,
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.LargeBinary(), nullable=True),
        sa.Column("instructions", sa.LargeBinary(), nullable=True),
        sa.Column("kind", sa.LargeBinary(), nullable=True),
        sa.Column("frequency", sa.LargeBinary(), nullable=True),
        sa.Column("report_back", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f(f"fk_{name}_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["therapy_session.id"],
            name=op.f(f"fk_{name}_session_id_therapy_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_client_id"), name, ["client_id"], unique=False)


def _move(old: str, new: str) -> None:
    _create(new)
    columns = ", ".join(COLUMNS)
    op.execute(f"INSERT INTO {new} ({columns}) SELECT {columns} FROM {old}")
    op.drop_index(op.f(f"ix_{old}_client_id"), table_name=old)
    op.drop_table(old)


def upgrade() -> None:
    _move("practice", "exercise")


def downgrade() -> None:
    _move("exercise", "practice")
