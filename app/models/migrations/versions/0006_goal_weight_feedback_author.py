"""a goal's weight in the GAS T-score, and who gave a session's feedback

Revision ID: 0006
Revises: 0005

Adds `goal.weight` (encrypted: empty means 1) and `feedback.given_by` ("client" when the
client gave it alone, in hand-over mode). Every row's seal covers every column, so the rows of
these tables sealed before this revision are checked as they were sealed and sealed again
over the new columns at the first unlock after it (app/services/row_seals.py, ADDED_SINCE).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("goal", sa.Column("weight", sa.LargeBinary(), nullable=True))
    op.add_column("feedback", sa.Column("given_by", sa.String(length=10), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place (not batch mode: see 0004).
    op.execute('ALTER TABLE "feedback" DROP COLUMN given_by')
    op.execute('ALTER TABLE "goal" DROP COLUMN weight')
