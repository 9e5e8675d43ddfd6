"""What this computer remembers of each vault it has opened: the highest write count it saw
(app/models/write_counter.py), to notice a vault file put back to an older copy.

Kept beside the app's settings (`app.paths.config_dir`), as vault id → count; nothing else, and
nothing about clients. A file that cannot be read counts as "nothing seen" and one that cannot
be written is skipped: this is a warning light, and must never stop the vault from opening.
"""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

from app.backup.atomic import write_atomically
from app.errors import ReciprocalError
from app.paths import config_dir

FILE_NAME = "seen-writes.json"


def _path() -> Path:
    return config_dir() / FILE_NAME


def _read() -> dict[str, int]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and type(v) is int and v >= 0}


def last_seen(vault_id: UUID) -> int:
    """The highest write count of this vault seen here (0: never opened here)."""
    return _read().get(str(vault_id), 0)


def remember(vault_id: UUID, count: int, *, even_if_lower: bool = False) -> None:
    """Remember `count` for the vault if it is higher than what was seen (or, when the
    therapist has said this older copy is the one they meant to use, whatever it is)."""
    seen = _read()
    key = str(vault_id)
    if not even_if_lower and seen.get(key, 0) >= count:
        return
    seen[key] = count
    data = json.dumps(seen, indent=1, sort_keys=True).encode()
    try:
        _path().parent.mkdir(parents=True, exist_ok=True)
        write_atomically(_path(), lambda handle: handle.write(data), what="settings")
    except (OSError, ReciprocalError):
        pass
