"""Writing backups of the whole practice from an unlocked vault, the backup folder (rotation,
the vault's own backup key file ``backup-key-XXXXXXXX-YYYYYY.age``) and the reminder. The archive format lives in `app.backup`; the mapping of the
vault's models to it in `app.services.backup_tables`.

Reading a backup back is elsewhere, so that this service (which every unlocked vault offers)
never needs the vault module: verifying in `app.services.backup_check`, restoring into a new
vault in `app.services.restore`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import __version__
from app.backup.atomic import write_atomically
from app.backup.encryption import looks_like_age, parse_recipient
from app.backup.keys import (
    BACKUP_KEY_NAME,
    backup_key_name,
    identity_file_text,
    protect_identity,
    read_identity_file,
)
from app.backup.manifest import DamagedRecord, Manifest
from app.backup.reader import Progress
from app.backup.rotation import (
    DEFAULT_KEEP,
    BackupFile,
    list_backups,
    next_backup_path,
    rotate,
    vault_tag,
)
from app.backup.writer import ArchiveHeader, ArchiveWriter
from app.crypto import kdf
from app.crypto.backup_identity import recipient_of
from app.errors import BadInput, IntegrityFailure, ReciprocalError
from app.models import ALL_MODELS, PracticeProfile, VaultMeta
from app.models import schema as migrations
from app.services import record_lists
from app.services.backup_tables import BATCH, TABLES, BackupTable, Export
from app.services.database import Database
from app.services.disclosures import Disclosures
from app.services.passphrase import check_passphrase

__all__ = [
    "BACKUP_KEY_NAME",
    "DEFAULT_KEEP",
    "REMINDER_DAYS",
    "BackupFile",
    "BackupResult",
    "Backups",
    "list_backups",
]

REMINDER_DAYS = 7


# -- results --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    made_at: datetime
    records: int
    size_bytes: int
    recipients: tuple[str, ...]  # the vault's backup key first, then any extra people
    damaged: tuple[DamagedRecord, ...]  # records whose unreadable fields are empty in it
    removed: tuple[Path, ...] = ()  # older backups removed by rotation


def _recipients(own: str, *extra: Iterable[str]) -> list[x25519.Recipient]:
    """The vault's own backup key, always first, then the extra people, without repeats."""
    seen: list[str] = []
    for key in (own, *(k.strip() for group in extra for k in group)):
        if key and key not in seen:
            seen.append(key)
    return [parse_recipient(k) for k in seen]


def _profile_recipients(profile: PracticeProfile | None) -> list[str]:
    """The extra recipients from Settings (the profile service stores a list of age keys)."""
    stored = profile.backup_recipients if profile is not None else None
    return [k for k in stored if isinstance(k, str)] if isinstance(stored, list) else []


def _describe_recipients(recipients: Sequence[x25519.Recipient], own: str) -> str:
    others = [str(r) for r in recipients if str(r) != own]
    text = f"the practice's own backup key ({own})"
    return text if not others else f"{text} and {', '.join(others)}"


# -- writing (needs the unlocked vault) -----------------------------------------------------
class Backups:
    """Backups of this (unlocked) vault. Slow work: run it off the UI thread."""

    def __init__(self, db: Database, disclosures: Disclosures) -> None:
        self._db = db
        self._disclosures = disclosures

    def _vault_path(self) -> Path:
        return Path(self._db.engine.url.database or "").absolute()

    def _check_target(self, out: Path) -> None:
        vault = self._vault_path().resolve()
        if out.resolve() in {vault, *(vault.with_name(vault.name + s)
                                      for s in ("-wal", "-shm", ".lock"))}:
            raise BadInput("A backup cannot be written over the vault or its working files.")
        if out.is_dir():
            raise BadInput(f"{out} is a folder; give a file name for the backup.")
        if not out.parent.is_dir():
            raise BadInput(f"The folder {out.parent} does not exist.")
        if out.exists():
            try:
                with out.open("rb") as handle:
                    head = handle.read(64)
            except OSError:
                head = b""
            if not looks_like_age(head):
                raise BadInput(
                    f"{out} already exists and is not a backup; choose another file name."
                )

    def write(self, out: Path | str, *, extra_recipients: Iterable[str] = (),
              progress: Progress | None = None) -> BackupResult:
        """Write a backup of every record to ``out`` (atomically: complete or not there),
        encrypted to the vault's backup key, the profile's extra recipients and
        ``extra_recipients``, and log it in the disclosure log."""
        out = Path(out).expanduser().absolute()
        self._check_target(out)
        extra = list(extra_recipients)
        for key in extra:
            parse_recipient(key)
        writer: ArchiveWriter | None = None
        try:
            with self._db.begin() as s:  # one read transaction: a consistent snapshot
                meta = s.scalars(select(VaultMeta)).one()
                profile = s.scalars(select(PracticeProfile)).first()
                # The plaintext column could be rewritten by anyone who can write the file;
                # the identity is sealed and bound to the vault, so the recipient comes from it.
                identity = meta.backup_identity
                if not identity or recipient_of(identity) != meta.backup_recipient:
                    raise IntegrityFailure(
                        "The vault's backup key record has been changed, so no backup was "
                        "written; run a check and restore from a backup if needed.",
                        (("vault settings", str(meta.id)),),
                    )
                own = meta.backup_recipient
                recipients = _recipients(own, _profile_recipients(profile), extra)
                header = ArchiveHeader(
                    app_version=__version__,
                    created_at=datetime.now().astimezone().replace(microsecond=0),
                    vault_id=meta.id,
                    backup_recipient=own,
                    schema_revision=migrations.current_revision(s.connection()) or "",
                )
                writer = ArchiveWriter(header)
                manifest = self._write_parts(s, writer, progress, identity)
            writer.encrypt_to(out, recipients)
        finally:
            if writer is not None:
                writer.discard()
        size = out.stat().st_size
        self._disclosures.log(
            "backup",
            f"Encrypted backup of the whole practice ({manifest.total_records} records), "
            f"file {out.name}",
            f"Whoever holds {_describe_recipients(recipients, own)}",
        )
        return BackupResult(out, header.created_at.replace(tzinfo=None), manifest.total_records,
                            size, tuple(str(r) for r in recipients), manifest.damaged)

    def _write_parts(self, s: Session, writer: ArchiveWriter, progress: Progress | None,
                     identity: str) -> Manifest:
        """Every part, in the read transaction ``s``. Only what the vault would accept as
        genuine is written: each row's seal is checked and the sealed record lists compared
        with the file, as `check` does (`BackupTable.export`); what fails is listed as damaged
        in the manifest and the result, with each record the lists say was deleted."""
        keyring = self._db.keyring
        assert keyring is not None
        conn = s.connection()
        total = sum(s.scalar(select(func.count()).select_from(t.model)) or 0 for t in TABLES)
        done = 0
        doubtful, missing = _listed_problems(s)
        run = Export(keyring, doubtful)

        def rows(table: BackupTable) -> Iterator[Sequence[Any]]:
            nonlocal done
            query = select(*table.read_columns).order_by(table.read_columns[0])
            for row in conn.execute(query.execution_options(yield_per=BATCH)):
                yield row
                done += 1
                if progress is not None and done % BATCH == 0:
                    progress(done, total)

        for table in TABLES:
            writer.add_part(table.name, table.fields, table.export(rows(table), run),
                            encoded=True)
        if progress is not None:
            progress(done, total)
        return writer.finish([*run.damaged, *missing], identity=identity)

    def write_to_folder(self, folder: Path | str, *, keep: int = DEFAULT_KEEP,
                        progress: Progress | None = None) -> BackupResult:
        """Write ``reciprocal-backup-XXXXXXXX-YYYYmmdd-HHMMSS.age`` (XXXXXXXX: the start of the
        vault id) into ``folder``, then keep only this vault's newest ``keep`` backups there
        (another vault's are never removed). Extra recipients come from the practice profile."""
        folder = Path(folder).expanduser().absolute()
        if not folder.is_dir():
            raise BadInput(f"The backup folder {folder} does not exist (is the drive plugged in?).")
        with self._db.begin() as s:
            vault = vault_tag(s.scalars(select(VaultMeta.id)).one())
        result = self.write(next_backup_path(folder, datetime.now(), vault), progress=progress)
        removed = rotate(folder, keep, vault=vault, protect=result.path)
        return BackupResult(result.path, result.made_at, result.records, result.size_bytes,
                            result.recipients, result.damaged, tuple(removed))

    def backup_key_path(self, folder: Path | str) -> Path:
        """Where this vault's backup key file goes in ``folder``: ``backup-key-XXXXXXXX-YYYYYY.age``,
        named after the vault id, so another vault backing up into the same folder never
        overwrites it."""
        with self._db.begin() as s:
            vault_id, recipient = s.execute(
                select(VaultMeta.id, VaultMeta.backup_recipient)).one()
        return Path(folder).expanduser().absolute() / backup_key_name(vault_id, recipient)

    def write_backup_key(self, folder: Path | str, passphrase: str) -> Path:
        """Write this vault's ``backup-key-XXXXXXXX-YYYYYY.age`` into ``folder`` (`backup_key_path`):
        the vault's backup identity, protected by the vault's passphrase, so a backup opens with
        the passphrase alone (or with ``age -d -i backup-key-XXXXXXXX-YYYYYY.age``). Call it after
        unlocking and after a passphrase change. An earlier version's ``backup-key.age`` there
        is removed once the new file is written, but only if this passphrase opens it and it
        holds this vault's identity (so nothing is lost); another vault's is left alone.
        Raises WrongPassphrase if ``passphrase`` is not the vault's."""
        folder = Path(folder).expanduser().absolute()
        if not folder.is_dir():
            raise BadInput(f"The backup folder {folder} does not exist.")
        with self._db.begin() as s:
            meta = s.scalars(select(VaultMeta)).one()
            _check_passphrase(meta, passphrase)
            identity = meta.backup_identity or ""
            text = identity_file_text(identity, meta.id, datetime.now())
            path = folder / backup_key_name(meta.id, meta.backup_recipient)
            own = meta.backup_recipient
        data = protect_identity(text, passphrase)
        write_atomically(path, lambda handle: handle.write(data), what="backup key")
        _remove_legacy_key(folder / BACKUP_KEY_NAME, passphrase, own)
        return path

    def backup_key_current(self, folder: Path | str) -> bool:
        """True when ``folder`` holds this vault's backup key file written since the passphrase
        last changed, so it opens with today's passphrase; False when it is missing or older
        (an earlier version's ``backup-key.age`` counts as missing: the app then writes the
        vault's own). Lets the app rewrite it only when needed (writing costs a second of
        scrypt). The change is stored to the second, so a file from that same second counts as
        older."""
        path = self.backup_key_path(folder)
        with self._db.begin() as s:
            changed = s.scalars(select(VaultMeta.passphrase_changed_at)).one()
        try:
            written = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return False
        return written >= changed + timedelta(seconds=1)

    def last_backup_at(self) -> datetime | None:
        """When the last backup was made, from the disclosure log (so it is known even when
        the backup drive is not plugged in)."""
        made = [d.at for d in self._disclosures.list() if d.action == "backup" and not d.damaged]
        return max(made, default=None)

    def reminder_due(self, today: date | None = None) -> bool:
        """True when there is no backup yet or the last is older than REMINDER_DAYS."""
        last = self.last_backup_at()
        today = today or date.today()
        return last is None or last.date() < today - timedelta(days=REMINDER_DAYS)


_TABLE_OF_LABEL = {m.__label__: m.__tablename__ for m in ALL_MODELS}
_EVERY_FIELD = {t.name: tuple(t.fields)[1:] for t in TABLES}


def _listed_problems(s: Session) -> tuple[dict[str, set[str]], list[DamagedRecord]]:
    """What the sealed record lists say about the file (`record_lists.all_problems`, what
    `check` reports): the rows there that the lists do not confirm (added behind the vault's
    back, or an older version of themselves), by table and id as stored, for the export to
    leave out; and a damaged record for each row deleted (and each list itself damaged or
    gone), which the backup cannot hold."""
    doubtful: dict[str, set[str]] = {}
    missing: list[DamagedRecord] = []
    for _owner, problems in record_lists.all_problems(s):
        for problem in problems:
            table = _TABLE_OF_LABEL.get(problem.kind, problem.kind)
            if problem.what == "missing":
                missing.append(DamagedRecord(table, problem.id, _EVERY_FIELD.get(table, ())))
            else:
                doubtful.setdefault(table, set()).add(problem.id.replace("-", ""))
    return doubtful, missing


def _remove_legacy_key(path: Path, passphrase: str, own_recipient: str) -> None:
    """Remove an earlier version's ``backup-key.age`` that the vault's own key file, just
    written, replaces: only when ``passphrase`` opens it and it holds this vault's identity.
    Another vault's, or one under an older passphrase, stays (best effort, never an error)."""
    if not path.is_file():
        return
    try:
        key = read_identity_file(path, passphrase)
    except (ReciprocalError, OSError):
        return
    if key.secret_for(own_recipient) is None:
        return
    try:
        path.unlink()
    except OSError:
        pass


def _check_passphrase(meta: VaultMeta, passphrase: str) -> None:
    params = kdf.KdfParams(meta.kdf_memory_kib, meta.kdf_iterations, meta.kdf_lanes)
    check_passphrase(passphrase, meta.id, meta.kdf_salt, params, meta.dek_by_passphrase)
