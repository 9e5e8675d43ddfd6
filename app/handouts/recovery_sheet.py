"""The recovery sheet printed when a therapist creates their vault (docs/design.md §3, §4).

It carries the two secrets that open everything without the passphrase: the recovery key (type
it into Reciprocal to set a new passphrase) and the vault's backup key, an age identity that opens
every backup with the standard ``age`` tool, with or without this app. One page, A4 or Letter.
The secrets appear on the page and in its text layer only, never in the PDF's metadata.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pyrage import IdentityError
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, Paragraph

from app.crypto.backup_identity import recipient_of
from app.crypto.envelope import wipe
from app.crypto.errors import BadRecoveryKey
from app.crypto.recovery import format_recovery_key, parse_recovery_key
from app.errors import BadInput
from app.handouts.document import (
    BODY,
    HEADING,
    INK,
    MUTED,
    SMALL,
    TITLE,
    Letterhead,
    boxed,
    build_pdf,
    text,
)
from app.handouts.fonts import MONO, SANS, SANS_BOLD

_GROUPS_PER_ROW = 7
_DETAILS = ParagraphStyle("details", parent=SMALL, spaceAfter=3 * mm)
_WARNING = ParagraphStyle("warning", parent=BODY, fontName=SANS_BOLD, textColor=INK, spaceAfter=0)
_IDENTITY = ParagraphStyle("identity", parent=BODY, fontName=MONO, fontSize=10, leading=13,
                           spaceAfter=0)
_COMMAND = ParagraphStyle("command", parent=BODY, fontName=MONO, fontSize=9, leading=12,
                          spaceAfter=0)


class _KeyGroups(Flowable):
    """The recovery key, large and monospaced, in rows of groups joined by dashes.

    Each row is drawn as one string, so copying it from the PDF gives exactly what is printed;
    small numbers under the groups match the app's "group 5 has a typing mistake" messages.
    """

    FONT_SIZE = 19
    NUMBER_SIZE = 7
    ROW_HEIGHT = FONT_SIZE + NUMBER_SIZE + 9

    def __init__(self, key: str) -> None:
        super().__init__()
        groups = key.split("-")
        self._rows = [groups[i : i + _GROUPS_PER_ROW] for i in range(0, len(groups), _GROUPS_PER_ROW)]
        self._cell = stringWidth("0", MONO, self.FONT_SIZE)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.ROW_HEIGHT * len(self._rows)

    def draw(self) -> None:
        canv = self.canv
        number = 0
        for r, groups in enumerate(self._rows):
            line = "-".join(groups)
            x = (self.width - len(line) * self._cell) / 2
            y = self.ROW_HEIGHT * (len(self._rows) - r) - self.FONT_SIZE
            canv.setFillColor(INK)
            canv.setFont(MONO, self.FONT_SIZE)
            canv.drawString(x, y, line)
            canv.setFillColor(MUTED)
            canv.setFont(SANS, self.NUMBER_SIZE)
            for group in groups:
                number += 1
                canv.drawCentredString(x + len(group) * self._cell / 2, y - self.NUMBER_SIZE - 4,
                                       str(number))
                x += (len(group) + 1) * self._cell


def _canonical_recovery_key(recovery_key: str) -> str:
    """The key as the app shows it (14 dashed groups), refusing anything that is not one: a
    wrong key on paper would only be found out on the day it is needed."""
    try:
        raw = parse_recovery_key(recovery_key)
    except BadRecoveryKey:
        raise BadInput("This is not a valid recovery key, so no recovery sheet was made.") from None
    try:
        return format_recovery_key(raw)
    finally:
        wipe(raw)


def _checked_identity(backup_identity: str) -> str:
    identity = backup_identity.strip()
    try:
        recipient_of(identity)
    except (IdentityError, ValueError):
        raise BadInput("This is not a valid backup key, so no recovery sheet was made.") from None
    return identity


def build_recovery_sheet(recovery_key: str, backup_identity: str, vault_id: str | UUID,
                         created_on: date, paper: str = "A4",
                         letterhead: Letterhead | None = None) -> bytes:
    """The one-page recovery sheet as PDF bytes, ready to print or save.

    ``recovery_key`` is the text ``Vault.create`` returned; ``backup_identity`` the vault's
    ``AGE-SECRET-KEY-1…``. Both are checked first: BadInput if either is not valid. Pure CPU
    work with plain arguments, safe to run in a worker thread.
    """
    key = _canonical_recovery_key(recovery_key)
    identity = _checked_identity(backup_identity)
    story = [
        Paragraph("Recovery sheet", TITLE),
        Paragraph(f"For the Reciprocal vault created on {created_on.isoformat()} · "
                  f"vault ID {text(str(vault_id))}", _DETAILS),
        Paragraph("This sheet lets you back into your records if you forget your passphrase, "
                  "and opens your backups if this computer is lost or stops working.", BODY),
        boxed(Paragraph("Keep this sheet secret: anyone with it can open your records.",
                        _WARNING),
              background=colors.HexColor("#fdf3e1"), border=colors.HexColor("#d9a54a"),
              padding=3 * mm),
        Paragraph("Your recovery key", HEADING),
        Paragraph("Forgot your passphrase? In Reciprocal, choose <b>Forgot it? Use the recovery "
                  "key</b>, type these 14 groups and choose a new passphrase.", BODY),
        boxed(_KeyGroups(key), padding=3 * mm),
        Paragraph("Only digits and capital letters, never O, I, L or U: 0 is always zero and 1 "
                  "is always one. Dashes and spaces don't matter when you type it.", SMALL),
        Paragraph("Your backup key", HEADING),
        Paragraph("Every backup Reciprocal makes is locked with this key, so this sheet alone "
                  "opens any of your backups, even without Reciprocal. Keep it as secret as the "
                  "recovery key.", BODY),
        boxed(Paragraph(text(identity), _IDENTITY), padding=3 * mm),
        Paragraph(
            "To open a backup without the app, type the line above, exactly and as one line, "
            f"into a plain text file named <font face='{MONO}'>key.txt</font> and run the free "
            "tool <b>age</b> (age-encryption.org), with your backup's name in place of "
            "BACKUP-FILE:", BODY),
        boxed(Paragraph("age -d -i key.txt -o opened-backup BACKUP-FILE", _COMMAND),
              padding=2.5 * mm),
        Paragraph("Delete key.txt when you are done.", SMALL),
        Paragraph("Where to keep this sheet", HEADING),
        Paragraph(
            "In a locked drawer or a safe, away from your computer, or with your professional "
            "will; not in your laptop bag, and not as a photo on your phone. A colleague who "
            "will look after your records if you cannot may keep a copy in a sealed envelope. "
            "Changing your passphrase later does not change this sheet: it stays valid.", BODY),
    ]
    # One page always: a long letterhead on Letter paper shrinks the sheet slightly instead.
    one_page = KeepInFrame(0, 0, story, mode="shrink")
    return build_pdf([one_page], letterhead=letterhead, paper=paper,
                     title="Reciprocal recovery sheet")
