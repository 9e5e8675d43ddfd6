"""Each kind of handout for a client with 50 sessions of the demo practice: gathering from the
services and laying out the PDF, as the app's preview and `reciprocal handout` do, in memory
(docs/design.md §7: a session summary < 50 ms, the whole record < 0.25 s)."""

from __future__ import annotations

from functools import partial
from typing import Any

from app.errors import BadInput
from app.services.handouts import HandoutKind, HandoutRequest
from app.services.vault import Vault
from benchmarks.timing import median


def handouts(vault: Vault, repeats: int = 5) -> dict[str, Any]:
    """The median time and page count of every kind, for the client with the most sessions."""
    services = vault.services
    client = max(services.clients.list(), key=lambda c: len(services.sessions.list(c.id)))
    results: dict[str, Any] = {"sessions": len(services.sessions.list(client.id)), "kinds": {}}
    for kind in HandoutKind:
        for large_print in (False, True):
            request = HandoutRequest(kind, client.id, large_print=large_print)
            try:
                pages = services.handouts.build(request).pages  # warm-up, and the page count
            except BadInput as exc:  # nothing of this kind for the client: say so, go on
                results["kinds"][_name(kind, large_print)] = {"error": str(exc)}
                continue
            results["kinds"][_name(kind, large_print)] = {
                "median_s": median(partial(services.handouts.build, request), repeats),
                "pages": pages,
            }
    return results


def _name(kind: HandoutKind, large_print: bool) -> str:
    return f"{kind.value}{' (large print)' if large_print else ''}"
