"""Searching every note of the practice (app/services/search.py, through `vault.services.search`)
for a word and for a quoted phrase, with snippets, once the in-memory index exists
(docs/design.md §7: < 50 ms). The first search, which builds the index, is reported beside them;
the time from unlock until the search dialog answers is the GUI's (benchmarks/gui.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.vault import Vault
from benchmarks.practice import PASSPHRASE
from benchmarks.timing import median, timed

WORD = "sleep"
PHRASE = '"through the night"'


def search(path: Path, repeats: int) -> dict[str, Any]:
    """`path` is a closed copy of the practice."""
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        search = vault.services.search
        first = timed(lambda: search.search(WORD))  # builds the index
        found = {query: len(search.search(query)) for query in (WORD, PHRASE)}
        return {"first_search": first,
                "word": median(lambda: search.search(WORD), max(repeats, 3) * 3),
                "phrase": median(lambda: search.search(PHRASE), max(repeats, 3) * 3),
                "results": found}
