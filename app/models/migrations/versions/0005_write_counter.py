"""a sealed count of the vault's writes, to notice a file put back to an older copy

Revision ID: 0005
Revises: 0004

Adds the `write_counter` table (app/models/write_counter.py). Its one row is sealed with the
vault's data key, which a migration does not have: the vault writes it right after the first
unlock that follows this upgrade (app/services/vault.py), and from then on `check` reports a
missing counter as damage.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "write_counter",
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_seal", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_counter")),
    )


def downgrade() -> None:
    op.drop_table("write_counter")
