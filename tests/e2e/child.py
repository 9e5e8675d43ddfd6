"""Helper processes for the end-to-end tests: `python -m tests.e2e.child ROLE VAULT`.

hold       open the vault (taking its lock), say "ready", and keep it until stdin closes.
save-loop  unlock the vault and save session notes in a loop, printing each saved note's id
           only after the save has returned, until killed.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import PASSPHRASE


def hold(path: Path) -> None:
    with Vault.open(path):
        print("ready", flush=True)
        sys.stdin.read()


def save_loop(path: Path) -> None:
    with Vault.open(path) as vault:
        vault.unlock(PASSPHRASE)
        client = vault.services.clients.create(ClientDraft("Killed Mid-Save"))
        start = datetime(2026, 1, 5, 9)
        n = 0
        while True:
            saved = vault.services.sessions.create(client.id, SessionDraft(
                start + timedelta(days=n), fields={"subjective": f"note number {n}"},
                private_note=f"private {n}"))
            print(saved.id, n, flush=True)
            n += 1


if __name__ == "__main__":
    role, vault_path = sys.argv[1], Path(sys.argv[2])
    {"hold": hold, "save-loop": save_loop}[role](vault_path)
