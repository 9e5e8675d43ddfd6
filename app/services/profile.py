"""The practice profile: who the practice is (as printed on handouts, with its logo if it has
one), paper size, how long records are kept, and any extra people backups are encrypted to (for
instance the colleague named as records custodian)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pyrage import RecipientError, x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.models import PracticeProfile
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import one_of, rating, text

PAPER_SIZES = ("A4", "Letter")
RETENTION_YEARS = (1, 100)
LOGO_MAX_BYTES = 1024 * 1024  # a letterhead logo is a few kilobytes; 1 MB is plenty


@dataclass(frozen=True, slots=True)
class ProfileDraft:
    therapist_name: str = ""
    credentials: str = ""
    practice_name: str = ""
    contact: str = ""
    handout_footer: str = ""
    crisis_resources: str = ""
    paper_size: str = "A4"
    locale: str = "en"
    retention_years: int = 7
    backup_recipients: tuple[str, ...] = ()  # extra age public keys (age1…)
    # A PNG or JPEG for the handouts' letterhead; empty: remove it; None: keep it as it is
    # (what every save of the other details sends, so none can undo a logo change).
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class ProfileView:
    therapist_name: str
    credentials: str
    practice_name: str
    contact: str
    handout_footer: str
    crisis_resources: str
    paper_size: str
    locale: str
    retention_years: int
    backup_recipients: tuple[str, ...]
    updated_at: datetime
    logo: bytes  # empty: none


def _view(row: PracticeProfile) -> ProfileView:
    return ProfileView(
        text(row.therapist_name), text(row.credentials), text(row.practice_name),
        text(row.contact), text(row.handout_footer), text(row.crisis_resources),
        row.paper_size, row.locale, row.retention_years,
        tuple(row.backup_recipients or ()), row.updated_at, row.logo or b"",
    )


def check_recipient(value: str) -> str:
    """An age public key, tidied; BadInput if it is not one."""
    key = value.strip()
    try:
        x25519.Recipient.from_str(key)
    except (RecipientError, ValueError) as exc:
        raise BadInput(
            "That is not an age public key; it starts with \"age1\" and is one word."
        ) from exc
    return key


def check_logo(data: bytes) -> bytes:
    """The logo as given, if it is one a handout can print (at most `LOGO_MAX_BYTES`, a picture
    reportlab can draw); BadInput in one sentence otherwise. Empty means no logo."""
    if not data:
        return b""
    if len(data) > LOGO_MAX_BYTES:
        raise BadInput("The logo is larger than 1 MB; choose a smaller picture.")
    # Imported here: the handouts import reportlab, which nothing else needs at start-up.
    from app.handouts.document import logo_image
    logo_image(data)  # BadInput if reportlab cannot read it
    return _clean_picture(data)


LOGO_MAX_PIXELS = 4000  # on its longest side: a letterhead logo is drawn at most 45 x 20 mm


def _clean_picture(data: bytes) -> bytes:
    """The picture again as a PNG of its pixels only: a photo's hidden details (EXIF: the
    camera, where and when it was taken) never reach a handout, and a picture of absurd size
    is refused rather than slowing every handout."""
    import io

    from PIL import Image  # reportlab's own dependency, loaded only here

    with Image.open(io.BytesIO(data)) as picture:
        if max(picture.size) > LOGO_MAX_PIXELS:
            raise BadInput("The logo is more than 4000 pixels across; choose a smaller "
                           "picture.")
        out = io.BytesIO()
        rgba = picture.convert("RGBA") if picture.mode not in ("RGB", "RGBA", "L") else picture
        rgba.save(out, format="PNG", optimize=True)
    if out.tell() > LOGO_MAX_BYTES:
        raise BadInput("The logo is larger than 1 MB; choose a smaller picture.")
    return out.getvalue()


def _validate(draft: ProfileDraft) -> list[str]:
    one_of(draft.paper_size, PAPER_SIZES, "The paper size")
    rating(draft.retention_years, *RETENTION_YEARS, "The number of years records are kept")
    if not draft.locale.strip() or len(draft.locale) > 20:
        raise BadInput("The language setting is a short code such as \"en\" or \"en-GB\".")
    recipients: list[str] = []
    for value in draft.backup_recipients:
        key = check_recipient(value)
        if key not in recipients:
            recipients.append(key)
    return recipients


class Profile:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    @staticmethod
    def _row(s: Session) -> PracticeProfile:
        row = s.scalars(select(PracticeProfile)).first()
        if row is None:  # a vault made before the profile existed: start a blank one
            row = PracticeProfile(backup_recipients=[])
            s.add(row)
            s.flush()
        return row

    def get(self) -> ProfileView:
        with self._db.begin() as s:
            return _view(self._row(s))

    def update(self, draft: ProfileDraft) -> ProfileView:
        recipients = _validate(draft)
        with self._db.begin() as s:
            row = self._row(s)
            row.therapist_name = draft.therapist_name.strip()
            row.credentials = draft.credentials.strip()
            row.practice_name = draft.practice_name.strip()
            row.contact = draft.contact
            row.handout_footer = draft.handout_footer
            row.crisis_resources = draft.crisis_resources
            row.paper_size = draft.paper_size
            row.locale = draft.locale.strip()
            row.retention_years = draft.retention_years
            row.backup_recipients = recipients
            if draft.logo is not None and draft.logo != (row.logo or b""):  # only if changed
                row.logo = check_logo(draft.logo) or None
            s.flush()
            view = _view(row)
        self._changed(None, RecordKind.PROFILE)
        return view
