"""Writing many records exactly as they are given (back-dated, already signed, already agreed)
into a vault that was just created. It exists for the demo practice (`app.demo`), and through
it for the benchmarks; nothing a therapist does reaches it.

Why the demo does not go through the other services for these records:

- They record what happens now: every write is stamped with the present moment and a workflow
  moves one step at a time (a note is signed now, an agreement agreed now, a checklist item
  discussed today). A demo practice is years of history that already happened.
- One call per record costs about a millisecond (measured: ~0.9 ms per client, ~1.4 ms per
  session note), and 200 clients x 50 sessions are some 55,000 records: about a minute, where
  the target is well under 30 s. Here many clients share one unit of work.

What it keeps: the rows are the models' own, so their defaults apply and every encrypted field
is sealed by the models' usual seam at flush (each row one envelope under its client's key,
bound to its table, id and plain values); each client's key is made with the client, as `Clients.create` makes it. Only a vault
fresh from `Vault.create` is accepted (`Vault.fresh_database`), so no practice in use can be
given a made-up history. Practice-wide settings (the profile, the checklist template) are not
written here: the demo sets them through their services.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.errors import BadInput
from app.models import ALL_MODELS, Base, Client, ClientKey, PracticeProfile, VaultMeta

if TYPE_CHECKING:
    from app.services.vault import Vault

__all__ = ["RECORD_KINDS", "NewRecord", "insert_records"]

# The kinds of record this writes, by table name, parents before children (ALL_MODELS' order).
# Keys and practice-wide settings are made by the vault and the services, never given here.
RECORD_KINDS: dict[str, type[Base]] = {
    m.__tablename__: m for m in ALL_MODELS if m not in (VaultMeta, PracticeProfile, ClientKey)
}

# (kind, column values). Give "id" when other records refer to this one; otherwise one is made.
NewRecord = tuple[str, dict[str, Any]]


def insert_records(vault: Vault, records: Iterable[NewRecord]) -> int:
    """Insert ``records`` into the just-created ``vault`` in one unit of work, parents before
    children, each client's key made with the client; returns how many were written. Raises
    NotAllowed for a vault that was not just created, BadInput for a kind of record not in
    RECORD_KINDS, and TypeError for a column its model does not have (a caller's mistake)."""
    db = vault.fresh_database()
    keyring = db.keyring
    assert keyring is not None
    rows: dict[str, list[Base]] = {kind: [] for kind in RECORD_KINDS}
    for kind, values in records:
        model = RECORD_KINDS.get(kind)
        if model is None:
            raise BadInput(f"Records of the kind '{kind}' cannot be written in bulk.")
        rows[kind].append(model(**values))
    with db.begin() as s:
        # No ORM relationships tell the flush which table comes first: one flush per kind.
        for kind, batch in rows.items():
            if not batch:
                continue
            s.add_all(batch)
            if RECORD_KINDS[kind] is Client:
                s.add_all(ClientKey(client_id=row.id, wrapped=keyring.new_client_key(row.id))
                          for row in batch)
            s.flush()
    return sum(len(batch) for batch in rows.values())
