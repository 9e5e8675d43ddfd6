"""What keeping the sealed record lists up to date (app/models/record_index.py) adds to a write:
saving one session note through the sessions service, with the list maintained as always and
with that maintenance switched off, side by side, on a scratch copy of the practice (switched
off, the copy's lists go stale: it is thrown away after)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.models import record_index
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from benchmarks.practice import PASSPHRASE
from benchmarks.timing import side_by_side

SAVES = 30
_NOTE = "Talked through the week, what helped and what did not. " * 10  # ~0.5 KB per field


@contextmanager
def record_lists_off() -> Iterator[None]:
    """Writes do not update the owners' lists (the flush hook that applies them is removed)."""
    event.remove(Session, "after_flush_postexec", record_index._update_lists)
    try:
        yield
    finally:
        event.listen(Session, "after_flush_postexec", record_index._update_lists)


def save_note(path: Path, saves: int = SAVES) -> dict[str, Any]:
    """`path` is a scratch copy of the practice, closed."""
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        sessions = vault.services.sessions
        client = next(c for c in vault.services.clients.list() if c.status == "active")
        note = sessions.create(client.id, SessionDraft(starts_at=datetime(2031, 1, 6, 9)))
        turn = [0]

        def save() -> None:  # each save changes the note, as typing does
            turn[0] += 1
            text = f"{turn[0]}. {_NOTE}"
            sessions.save(note.id, SessionDraft(
                starts_at=note.starts_at, template="SOAP", shared_summary=text,
                fields={"subjective": text, "objective": text, "assessment": text,
                        "plan": text}))

        def save_without_lists() -> None:
            with record_lists_off():
                save()

        times = side_by_side({"with_list": save, "without_list": save_without_lists}, saves)
    return {"saves": saves, **times, "list_cost_s": times["with_list"] - times["without_list"]}
