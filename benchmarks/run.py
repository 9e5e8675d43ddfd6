"""Performance benchmark on the 200 x 50 demo practice (docs/design.md §7). Not a test: it prints a
table and writes bench-results/latest.json; nothing here passes or fails.

Run with `make bench` (or `python -m benchmarks.run`). Each ratio is measured side by side in
the same run, repeated, and the median kept.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import JSON, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from app.crypto import kdf
from app.demo import build_demo
from app.models import TherapySession
from app.services.database import make_engine
from app.services.vault import Vault

CLIENTS, SESSIONS = 200, 50
PASSPHRASE = "benchmark passphrase"
# Only to build the practice quickly; the unlock measurement uses calibrated parameters. These are
# below the floor the app refuses, so this harness opts in the way the tests do (tests/conftest.py).
kdf.ALLOW_WEAK_FOR_TESTS = True
BUILD_KDF = kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1)
REPEATS = 5
RESULTS = Path("bench-results") / "latest.json"
NOTE_FIELDS = ("duration_minutes", "format", "template", "note", "shared_summary", "signed_by")
# What a reader of "the notes" needs: the templated note and the shared summary.
NOTE_TEXT_FIELDS = ("note", "shared_summary")


class _PlainBase(DeclarativeBase):
    pass


class PlainSession(_PlainBase):
    """The plaintext twin of TherapySession: same rows, same columns, no encryption."""

    __tablename__ = "therapy_session"
    id: Mapped[UUID] = mapped_column(primary_key=True)
    client_id: Mapped[UUID] = mapped_column(index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(10))
    signed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    duration_minutes: Mapped[Any] = mapped_column(JSON)
    format: Mapped[str] = mapped_column(Text)
    template: Mapped[str] = mapped_column(Text)
    note: Mapped[Any] = mapped_column(JSON)
    shared_summary: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(Text)


def _timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def _median(job: Callable[[], object], repeats: int = REPEATS) -> float:
    return statistics.median(_timed(job) for _ in range(repeats))


def _read_all(session: Session, model: type, fields: tuple[str, ...]) -> int:
    """Load every note with the ORM and touch the fields (decrypting where encrypted)."""
    size = 0
    for row in session.scalars(select(model)):
        for name in fields:
            value = getattr(row, name)
            size += len(value) if isinstance(value, str | dict) else 1
    return size


def _plain_twin(vault: Vault, folder: Path) -> Any:
    """A plaintext SQLite copy of every session note, written with the same pragmas."""
    engine = make_engine(folder / "plain.sqlite")
    _PlainBase.metadata.create_all(engine)
    with vault._database().begin() as s, Session(engine) as plain:
        plain.add_all(
            PlainSession(id=r.id, client_id=r.client_id, starts_at=r.starts_at,
                         status=r.status, signed_at=r.signed_at, created_at=r.created_at,
                         updated_at=r.updated_at,
                         **{name: getattr(r, name) for name in NOTE_FIELDS})
            for r in s.scalars(select(TherapySession))
        )
        plain.commit()
    return engine


def run() -> dict[str, Any]:
    results: dict[str, Any] = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "workload": {"clients": CLIENTS, "sessions_per_client": SESSIONS},
    }
    with tempfile.TemporaryDirectory(prefix="reciprocal-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "demo.vault"
        print(f"Building the {CLIENTS} x {SESSIONS} demo practice…", file=sys.stderr)
        results["demo_generation_s"] = _timed(
            lambda: build_demo(path, PASSPHRASE, CLIENTS, SESSIONS, seed=0, kdf_params=BUILD_KDF))
        results["vault_size_mb"] = path.stat().st_size / 1_000_000

        # Unlock to the client list, without the KDF: the cheap build parameters cost ~1 ms,
        # measured on its own and taken away.
        cheap_kdf = _median(lambda: kdf.derive_key(PASSPHRASE, b"\0" * 16, BUILD_KDF))

        def unlock_and_list() -> None:
            with Vault.open(path) as vault:
                vault.unlock(PASSPHRASE)
                vault.services.clients.list()

        results["unlock_to_client_list_s"] = _median(unlock_and_list) - cheap_kdf

        print("Calibrating Argon2id for this computer…", file=sys.stderr)
        params = kdf.calibrate()
        with Vault.open(path) as vault:
            vault.unlock(PASSPHRASE)
            vault.change_passphrase(PASSPHRASE, PASSPHRASE, kdf_params=params)
        results["kdf"] = {"memory_kib": params.memory_kib, "iterations": params.iterations,
                          "lanes": params.lanes}
        with Vault.open(path) as vault:
            results["unlock_calibrated_s"] = _median(
                lambda: (vault.unlock(PASSPHRASE), vault.lock()), repeats=3)
            vault.unlock(PASSPHRASE)
            services = vault.services
            client = next(c for c in services.clients.list() if c.status == "active")

            def open_client() -> None:
                services.sessions.list(client.id)
                services.sessions.latest(client.id)

            results["client_open_s"] = _median(open_client, repeats=20)

            print("Copying the notes into a plaintext twin…", file=sys.stderr)
            plain_engine = _plain_twin(vault, folder)
            results["load_all_notes"] = {}
            for label, fields in (("note_text", NOTE_TEXT_FIELDS), ("all_fields", NOTE_FIELDS)):
                encrypted_times, plain_times = [], []
                for _ in range(REPEATS):  # alternate, so both see the same machine state
                    with vault._database().begin() as s:
                        encrypted_times.append(
                            _timed(lambda s=s, f=fields: _read_all(s, TherapySession, f)))
                    with Session(plain_engine) as s:
                        plain_times.append(
                            _timed(lambda s=s, f=fields: _read_all(s, PlainSession, f)))
                encrypted = statistics.median(encrypted_times)
                plain = statistics.median(plain_times)
                results["load_all_notes"][label] = {
                    "notes": CLIENTS * SESSIONS, "fields": list(fields), "encrypted_s": encrypted,
                    "plaintext_s": plain, "ratio": encrypted / plain}
            plain_engine.dispose()
    return results


def _table(r: dict[str, Any]) -> str:
    k, notes = r["kdf"], r["load_all_notes"]
    rows = [
        ("demo generation (200 x 50)", f"{r['demo_generation_s']:.1f} s", "< 30 s"),
        ("vault size", f"{r['vault_size_mb']:.1f} MB", ""),
        (f"unlock, Argon2id {k['memory_kib'] // 1024} MiB t={k['iterations']} "
         f"p={k['lanes']}", f"{r['unlock_calibrated_s']:.2f} s", "0.5-1 s"),
        ("unlock to client list, excluding the KDF",
         f"{r['unlock_to_client_list_s'] * 1000:.0f} ms", "< 200 ms"),
        ("open a client (sessions list + latest)", f"{r['client_open_s'] * 1000:.1f} ms",
         "< 100 ms"),
    ]
    for label, what in (("note_text", "note + shared summary"), ("all_fields", "all 6 fields")):
        n = notes[label]
        rows += [
            (f"load + decrypt {n['notes']} notes ({what})", f"{n['encrypted_s']:.3f} s", ""),
            ("  same ORM load, plaintext copy", f"{n['plaintext_s']:.3f} s", ""),
            ("  ratio encrypted / plaintext", f"{n['ratio']:.2f}x", "<= 1.3x"),
        ]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{'measure'.ljust(width)}  {'result':>10}  target", "-" * (width + 22)]
    lines += [f"{name.ljust(width)}  {value:>10}  {target}" for name, value, target in rows]
    return "\n".join(lines)


def main() -> None:
    results = run()
    print(_table(results))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nWritten to {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
