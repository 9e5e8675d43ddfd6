"""the practice's logo, printed on the letterhead of every handout

Revision ID: 0007
Revises: 0006

Adds `practice_profile.logo` (encrypted with the vault's data key: the picture's bytes, empty
when the practice has none). The profile's row seal covers every column, so a profile sealed
before this revision is checked as it was sealed and sealed again over the new column at the
first unlock after it (app/services/row_seals.py, ADDED_SINCE).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("practice_profile", sa.Column("logo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place (not batch mode: see 0004).
    op.execute('ALTER TABLE "practice_profile" DROP COLUMN logo')
