"""Unlock to the client list (excluding the KDF) and opening one client with 50 sessions, with
the row seals verified and without, side by side.

Opening a client loads what the workspace loads (app/ui/clients/client_record.py): every
record feature's `load` in `FEATURES` at once, so every tab is ready. No widget is drawn: this is
the services' part of the design's "< 50 ms in the GUI". Choosing a session then loads its note
and private note (app/ui/sessions).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from app.crypto import kdf
from app.services.vault import Vault
from app.ui.clients.client_record import load_client_record
from app.ui.clients.features import FEATURES
from benchmarks.practice import BUILD_KDF, PASSPHRASE, services
from benchmarks.timing import REPEATS, median, side_by_side

ARMS = ("sealed", "unsealed")


def cheap_kdf_seconds() -> float:
    """What the build's cheap KDF costs on its own (~1 ms), to take away from unlocks."""
    return median(lambda: kdf.derive_key(PASSPHRASE, b"\0" * 16, BUILD_KDF))


def unlock_to_client_list(path: Path, repeats: int = REPEATS) -> dict[str, Any]:
    """Open, unlock and list the clients; the build's cheap KDF (~1 ms), measured on its own,
    is taken away."""
    cheap_kdf = cheap_kdf_seconds()

    def unlock_and_list(sealed: bool) -> None:
        with Vault.open(path) as vault:
            vault.unlock(PASSPHRASE)
            services(vault, sealed=sealed).clients.list(flags=False)  # as the app shows it

    times = side_by_side({arm: partial(unlock_and_list, arm == "sealed") for arm in ARMS}, repeats)
    return {"kdf_excluded_s": cheap_kdf, **{arm: t - cheap_kdf for arm, t in times.items()}}


def open_client(vault: Vault, repeats: int = 20) -> dict[str, Any]:
    """`vault` is unlocked. One active client with the practice's 50 sessions."""
    sealed, unsealed = services(vault, sealed=True), services(vault, sealed=False)
    client = next(c for c in sealed.clients.list() if c.status == "active")
    summaries = sealed.sessions.list(client.id)
    chosen = summaries[0].id

    def choose(s: Any) -> None:
        s.sessions.get(chosen)
        s.sessions.private_note(chosen)

    record = side_by_side({
        "sealed": lambda: load_client_record(sealed, client.id, FEATURES),
        "unsealed": lambda: load_client_record(unsealed, client.id, FEATURES),
    }, repeats)
    session = side_by_side({"sealed": lambda: choose(sealed),
                            "unsealed": lambda: choose(unsealed)}, repeats)
    return {"sessions": len(summaries), "features": [f.key for f in FEATURES],
            "record": record, "choose_session": session}
