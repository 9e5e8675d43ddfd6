"""a seal over every row's stored values, and sealed lists of which rows exist

Revision ID: 0004
Revises: 0003

Adds the `row_seal` column (app/models/row_seal.py) to every table and the `record_index`
table (app/models/record_index.py). Seals and lists need the vault's keys, which a migration
does not have: the vault seals every existing row and writes the lists right after unlocking,
once (app/services/row_seals.py), and from then on every row must carry a seal.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = (
    "agreement_version", "checklist", "checklist_item", "checklist_template", "client",
    "client_key", "disclosure", "exercise", "feedback", "goal", "goal_rating", "journal_entry",
    "measure", "practice_profile", "private_note", "session_amendment", "therapy_session",
    "vault_meta",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_seal", sa.LargeBinary(), nullable=True))
    op.create_table(
        "record_index",
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_seal", sa.LargeBinary(), nullable=True),
        sa.Column("entries", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_record_index_client_id_client"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_index")),
    )
    with op.batch_alter_table("record_index") as batch_op:
        batch_op.create_index(batch_op.f("ix_record_index_client_id"), ["client_id"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("record_index")
    # SQLite (3.35+) drops a column in place. Not batch mode: it rebuilds each table, and
    # dropping the old `client` table would cascade-delete every client's records.
    for table in TABLES:
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN row_seal')
