"""rows written a second later than they were sealed are repaired

Revision ID: 0009
Revises: 0008

No schema change. Before 7a8c0db, a save made in the same second as a row's stored "updated"
time could write that time one second later than the row's seal says, if the clock ticked
during the write; the row then read as damaged ever after, its data intact. The first unlock
after this revision puts back the time each such row's own seal vouches for; since revision
0010 that is part of its conversion (app/services/row_seals.py, `convert_to_envelopes`), which
any vault from before 0010 goes through.
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the repair runs at the first unlock (see above)


def downgrade() -> None:
    pass
