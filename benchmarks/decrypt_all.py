"""Load and decrypt all 10,000 session notes (the note text; every field), with the row seals
verified and without, each divided by the same ORM load of the plaintext twin in the same run
(docs/design.md §7: at most 1.3x)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.models import TherapySession
from app.services.vault import Vault
from benchmarks.plain_twin import NOTE_FIELDS, NOTE_TEXT_FIELDS, PlainSession, plain_twin, read_all
from benchmarks.practice import database
from benchmarks.timing import side_by_side_timed, timed

REPEATS = 7
READINGS = {"note_text": NOTE_TEXT_FIELDS, "all_fields": NOTE_FIELDS}


def decrypt_all(vault: Vault, folder: Path, repeats: int = REPEATS) -> dict[str, Any]:
    """`vault` is unlocked."""
    sealed, unsealed = database(vault, sealed=True), database(vault, sealed=False)
    plain_engine = plain_twin(vault, folder)
    out: dict[str, Any] = {}
    try:
        for label, fields in READINGS.items():
            def encrypted(db: Any, fields: tuple[str, ...] = fields) -> float:
                with db.begin() as s:  # the read alone is timed, as for the plaintext
                    return timed(lambda: read_all(s, TherapySession, fields))

            def plain(fields: tuple[str, ...] = fields) -> float:
                with Session(plain_engine) as s:
                    return timed(lambda: read_all(s, PlainSession, fields))

            times = side_by_side_timed({"sealed": lambda: encrypted(sealed),
                                        "unsealed": lambda: encrypted(unsealed),
                                        "plaintext": plain}, repeats)
            with sealed.begin() as s:
                notes = s.query(TherapySession).count()
            out[label] = {"notes": notes, "fields": list(fields), **times,
                          "ratio_sealed": times["sealed"] / times["plaintext"],
                          "ratio_unsealed": times["unsealed"] / times["plaintext"]}
    finally:
        plain_engine.dispose()
    return out
