"""every row one envelope

Revision ID: 0010
Revises: 0009

No schema change. Until this revision each encrypted field was its own AES-GCM envelope and
the row's seal an envelope of nothing over the plain values and the fields' tags; from it, all
the encrypted fields of a row are one envelope over its plain values, each column holding its
stretch of the ciphertext (app/models/row_seal.py): one decryption opens a whole row. The first
unlock after this revision converts every row, checking each as it was sealed
(app/services/row_seals.py, `convert_to_envelopes`); the keys are needed, so it cannot run here.
It also repairs rows that versions before 7a8c0db wrote with an "updated" time a second later
than they sealed, which read as damaged with their data intact.
"""

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the conversion runs at the first unlock (see above)


def downgrade() -> None:
    pass
