"""The recovery sheet of an unlocked vault, as PDF bytes: its recovery key (shown once, so the
caller passes it in), its backup key, and the practice's letterhead and paper size.

The UI asks for it here rather than building it itself, so it never reads the backup identity
or imports the handout layer. Reads the vault: run it on the database worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup.atomic import write_atomically
from app.handouts.document import Letterhead
from app.handouts.recovery_sheet import build_recovery_sheet

if TYPE_CHECKING:
    from app.services.vault import Vault


def recovery_sheet_pdf(vault: Vault, recovery_key_text: str, paper: str | None = None) -> bytes:
    """One page (A4 or Letter; ``None`` = the practice profile's paper size). Raises BadInput
    if ``recovery_key_text`` is not a valid recovery key."""
    identity = vault.backup_identity()
    profile = vault.services.profile.get()
    letterhead = Letterhead(
        practice_name=profile.practice_name,
        therapist_name=profile.therapist_name,
        credentials=profile.credentials,
        contact=profile.contact,
        footer=profile.handout_footer,
    )
    return build_recovery_sheet(recovery_key_text, identity, vault.vault_id, date.today(),
                                paper or profile.paper_size, letterhead)


def save_recovery_sheet(path: Path, pdf: bytes) -> None:
    """Write the sheet (it holds both keys) readable by its owner only, through a temporary
    file and a rename, even over an existing file. Raises DiskFull, BadInput or BackupError."""
    write_atomically(path, lambda out: out.write(pdf), what="recovery sheet")
