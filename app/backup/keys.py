"""Keys that open backups: plain age identity files, and the backup key files.

A backup key file is the vault's backup identity, written as an ordinary age identity file and
encrypted with the vault's passphrase (age's scrypt mode). Each vault writes its own,
``backup-key-<first 8 hex digits of the vault id>-<6 hex digits of its backup identity>.age``,
so two vaults backing up into one folder keep both, and renewing a vault's keys (which makes a
new backup identity) leaves the file that opens the older backups in place. Folders written by
earlier versions hold ``backup-key.age`` or ``backup-key-<8 hex digits>.age``, which are still
found and read. The ``age`` tool opens either directly: ``age -d -i backup-key-….age
backup.age`` asks for the passphrase and decrypts the backup.

A key knows whether it is a practice's own backup identity (`BackupKey.own`): one from a backup
key file (or a decrypted copy of one, which keeps its comment naming the vault), typed from the
recovery sheet, or taken from an unlocked vault. Opened with such a key, a backup must name that
identity as its own and carry its seal (app/backup/reader.py); any other key (a records
custodian's) opens a backup without being able to say who made it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.backup.encryption import looks_like_age
from app.backup.errors import BackupDamaged, BackupKeyPassphraseWrong, NotABackup
from app.backup.seal import secret_for
from app.errors import BackupError, BadInput

# The one name of earlier versions, for every vault: still found beside backups, and read.
BACKUP_KEY_NAME = "backup-key.age"
MAX_KEY_FILE_BYTES = 64 * 1024
_SECRET_PREFIX = "AGE-SECRET-KEY-1"
_KEY_FILE_NAME = re.compile(r"backup-key(?:-[0-9a-f]{8}(?:-[0-9a-f]{6})?)?\.age\Z")
# The first comment line of every identity file Reciprocal writes (`identity_file_text`).
_OURS = re.compile(r"#\s*Reciprocal backup key of vault [0-9a-fA-F-]{32,36}\b")


def backup_key_name(vault_id: UUID, recipient: str) -> str:
    """The name of this vault's backup key file: ``backup-key-``, the first 8 hex digits of
    the vault id (the first group of the id on the recovery sheet), 6 hex digits of a hash of
    the backup identity's public key ``recipient`` (new after a key renewal), then ``.age``."""
    generation = hashlib.sha256(recipient.encode()).hexdigest()[:6]
    return f"backup-key-{vault_id.hex[:8]}-{generation}.age"


def backup_key_files(folder: Path) -> list[Path]:
    """The backup key files in ``folder``: each vault's ``backup-key-XXXXXXXX-YYYYYY.age``, newest
    first, then an earlier version's ``backup-key.age``. An unreadable folder has none."""
    try:
        found = [p for p in folder.iterdir() if _KEY_FILE_NAME.match(p.name) and p.is_file()]
    except OSError:
        return []

    def newest_first(path: Path) -> tuple[bool, float]:
        try:
            written = path.stat().st_mtime
        except OSError:
            written = 0.0
        return path.name == BACKUP_KEY_NAME, -written

    return sorted(found, key=newest_first)


@dataclass(frozen=True, slots=True)
class BackupKey:
    """Identities that may open a backup. ``protected`` says they came from a passphrase-
    protected backup key file (the passphrase can then become a restored vault's). ``own`` says
    they are a practice's own backup identity, not a custodian's: a backup they open must be
    that practice's, sealed by it, or it is refused."""

    identities: tuple[x25519.Identity, ...]
    protected: bool
    own: bool = False

    @property
    def recipients(self) -> tuple[str, ...]:
        return tuple(str(i.to_public()) for i in self.identities)

    def secret_for(self, recipient: str) -> str | None:
        """The secret identity whose public key is ``recipient``, if it is one of these."""
        return secret_for(self.identities, recipient)


def _normalize(passphrase: str) -> str:
    """NFC, like the vault's own passphrase, so the same typed text opens both."""
    return unicodedata.normalize("NFC", passphrase)


def _read_key_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder, not a key file.") from None
    except FileNotFoundError:
        raise BadInput(f"There is no key file at {path}.") from None
    except OSError as exc:
        raise BadInput(f"The key file {path} cannot be read ({exc.strerror}).") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise BadInput(f"{path} is too large to be an age identity file.")
    return data


def is_protected_key_file(path: Path) -> bool:
    """True for a passphrase-protected identity file such as ``backup-key.age``."""
    return looks_like_age(_read_key_file(path))


def parse_identities(text: str) -> tuple[x25519.Identity, ...]:
    """The identities in age's identity-file format: ``AGE-SECRET-KEY-1…`` lines, ``#``
    comments and blank lines. Raises BadInput for anything else."""
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not line.upper().startswith(_SECRET_PREFIX):
            raise BadInput("This is not an age identity file (its keys start with AGE-SECRET-KEY-1).")
        try:
            identities.append(x25519.Identity.from_str(line.upper()))
        except Exception as exc:  # pyrage's IdentityError
            raise BadInput("An age identity in this file is mistyped or incomplete.") from exc
    if not identities:
        raise BadInput("This identity file holds no age identity (AGE-SECRET-KEY-1…).")
    return tuple(identities)


def read_identity_file(path: Path | str, passphrase: str | None = None) -> BackupKey:
    """Load a plain age identity file, or ``backup-key.age`` with its passphrase.

    Raises BadInput (not a key file, or a passphrase is needed but missing),
    BackupKeyPassphraseWrong (exit 2) or BackupDamaged (exit 3)."""
    path = Path(path)
    data = _read_key_file(path)
    if not looks_like_age(data):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise BadInput("This is not an age identity file.") from None
        # A decrypted backup key file keeps the comment naming its vault: the practice's own.
        return BackupKey(parse_identities(text), protected=False, own=_is_ours(text))
    if passphrase is None:
        raise BadInput(f"{path.name} is protected by a passphrase; please give it.")
    try:
        plain = age_passphrase.decrypt(data, _normalize(passphrase))
    except pyrage.DecryptError as exc:
        message = str(exc).lower()
        if "decryption failed" in message:
            raise BackupKeyPassphraseWrong(
                f"That passphrase does not open {path.name}."
            ) from None
        if "no matching keys" in message:
            raise NotABackup(
                f"{path.name} is encrypted to a key, not a passphrase, so it is not a backup key."
            ) from None
        raise BackupDamaged(f"The key file {path.name} is damaged or cut short.") from None
    try:
        return BackupKey(parse_identities(plain.decode("utf-8")), protected=True, own=True)
    except (UnicodeDecodeError, BadInput):
        raise BackupDamaged(
            f"{path.name} opened, but it does not hold an age identity."
        ) from None


def _is_ours(text: str) -> bool:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return bool(_OURS.match(first))


def read_key_files(paths: Sequence[Path], passphrase: str) -> BackupKey:
    """Every key file in ``paths`` that ``passphrase`` opens, as one key: the backup key files
    found beside a backup, one for each vault backed up into that folder (age then tries each
    identity). Files the passphrase does not open are skipped; if it opens none, the first
    file's error is raised (BackupKeyPassphraseWrong, exit 2, when the passphrase is wrong)."""
    keys: list[BackupKey] = []
    first: BaseException | None = None
    for path in paths:
        try:
            keys.append(read_identity_file(path, passphrase))
        except (BackupError, BadInput) as exc:
            first = first or exc
    if not keys:
        if first is None:
            raise BadInput("No backup key file was given.")
        raise first
    identities = tuple(i for key in keys for i in key.identities)
    return BackupKey(identities, protected=any(k.protected for k in keys),
                     own=all(k.own for k in keys))


def identity_file_text(identity: str, vault_id: UUID, created: datetime) -> str:
    """An identity file as ``age-keygen`` writes it, with a comment saying what it opens."""
    public = str(x25519.Identity.from_str(identity).to_public())
    return (
        f"# Reciprocal backup key of vault {vault_id}: it opens that vault's backups.\n"
        f"# created: {created.isoformat(timespec='seconds')}\n"
        f"# public key: {public}\n"
        f"{identity}\n"
    )


def protect_identity(text: str, passphrase: str) -> bytes:
    """Encrypt an identity file with a passphrase (age scrypt; slow on purpose, ~1-3 s)."""
    return age_passphrase.encrypt(text.encode("utf-8"), _normalize(passphrase))
