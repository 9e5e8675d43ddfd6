"""the language a client's handouts are printed in

Revision ID: 0008
Revises: 0007

Adds `client.handout_language` (encrypted with the client's key, like everything about them:
the language someone reads can say where they come from). Empty or absent: the practice's
language. The client's row seal covers every column, so a client sealed before this revision is
checked as it was sealed and sealed again over the new column at the first unlock after it
(app/services/row_seals.py, ADDED_SINCE).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("client", sa.Column("handout_language", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place (not batch mode: see 0004).
    op.execute('ALTER TABLE "client" DROP COLUMN handout_language')
