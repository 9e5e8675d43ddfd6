"""Typing whose save failed just before a lock (a full disk, a read-only file), kept sealed in
memory until the next unlock, when the window saves it or puts it back in its editor.

The lock must happen and the text must not be lost, yet no client text may stay readable in
memory while the vault is locked. So the failed saves' drafts (plain dataclasses) are
serialised, sealed with AES-256-GCM under a fresh random key, and the plaintext buffer is wiped;
the jobs and drafts themselves are dropped. The key (a bytearray) and the ciphertext live only
in this object — never on disk, in the settings or in a log — and `open()` wipes both. As for the
vault's keys this is best effort: Python may leave copies of strings in memory it has freed.

The serialisation is pickle: the bytes are our own, made and read by this process, and the
authentication tag under a key that never leaves this object refuses any other bytes.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from uuid import uuid4

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto.envelope import new_key, open_sealed_into, seal, wipe
from app.ui.kit.error_dialog import error_sentence
from app.ui.kit.save_job import RecordRef, SaveJob

_AD = b"reciprocal/v1/kept-typing"


class KeptTyping:
    def __init__(self, jobs: list[SaveJob], vault_path: Path, reason: str = "") -> None:
        """Seal what `jobs` would save in the vault at `vault_path`; the caller drops `jobs`.
        `reason` is the sentence of the last failure, if it is to be told (no client text)."""
        self.count = len(jobs)
        self.vault_path = vault_path
        self.reason = reason
        self._key_id = uuid4()
        self._key = new_key()
        plain = bytearray(pickle.dumps([(job.save, job.record_id, job.draft) for job in jobs]))
        try:
            self._blob = seal(AESGCM(self._key), self._key_id, plain, _AD)
        finally:
            wipe(plain)

    @property
    def sealed(self) -> bytes:
        """The ciphertext (for tests: it must not contain what was typed)."""
        return self._blob

    def open(self, services: Any) -> list[SaveJob]:
        """The save jobs again, on the unlocked vault's `services`. Wipes the key: once only."""
        plain = open_sealed_into(AESGCM(self._key), self._key_id, self._blob, _AD)
        try:
            kept = pickle.loads(plain)
        finally:
            wipe(plain)
            wipe(self._key)
            self._blob = b""
        return [SaveJob(services, save, draft, RecordRef(record_id))
                for save, record_id, draft in kept]


Job = Callable[[], Any]


def _run_all(saves: Sequence[Job]) -> list[tuple[Job, Exception]]:
    """Run every save, going on after a failure; the ones that failed, with their error."""
    failed = []
    for save in saves:
        try:
            save()
        except Exception as exc:
            failed.append((save, exc))
    return failed


def save_or_keep(saves: list[Job], vault_path: Path) -> tuple[KeptTyping | None, Exception | None]:
    """Before a lock (on the database worker): run the saves; seal the drafts of those that
    failed. Empties `saves` and drops the failures' errors (their tracebacks hold the drafts),
    so no plaintext draft outlives this call. Returns the kept typing and the first error of a
    job that is not a `SaveJob` (that one cannot be kept)."""
    failed = _run_all(saves)
    saves.clear()
    jobs = [job for job, _ in failed if isinstance(job, SaveJob)]
    other = next((exc for job, exc in failed if not isinstance(job, SaveJob)), None)
    del failed
    return (KeptTyping(jobs, vault_path) if jobs else None), other


def save_kept(kept: list[KeptTyping], services: Any, vault_path: Path) -> KeptTyping | None:
    """After unlock (on the database worker): save the kept typing. What fails again is sealed
    again, with the reason, to be put back in its editor; None when everything is saved."""
    jobs = [job for one in kept for job in one.open(services)]
    failed = _run_all(jobs)
    jobs.clear()
    if not failed:
        return None
    reason = error_sentence(failed[0][1])
    again = [job for job, _ in failed if isinstance(job, SaveJob)]
    del failed
    return KeptTyping(again, vault_path, reason)
