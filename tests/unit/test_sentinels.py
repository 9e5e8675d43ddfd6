"""Nothing typed into the vault, and no key, ever reaches the disk in plaintext: not the vault
file, not its -wal or -shm, and not any file in the data or temp folders, searched as UTF-8 and
UTF-16 (both byte orders), while the vault is open and after it is closed.

Every encrypted column of every model gets a distinctive value (a unique ASCII token plus
non-ASCII text), found through `ALL_MODELS`, so a new column is covered automatically.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from uuid import uuid4

import pytest

from app.models import VaultMeta
from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import (
    NON_ASCII,
    NON_ASCII_PIECES,
    encrypted_columns,
    files_under,
    find_leaks,
    needles,
    populate,
)


@pytest.fixture
def folders(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """A data folder for the vault and a temp folder the process is told to use."""
    data, temp = tmp_path / "data", tmp_path / "temp"
    data.mkdir()
    temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return data, temp


def _wanted(marker: str, extra_text: list[str], secrets: list[bytes]) -> dict[bytes, str]:
    wanted = needles([marker, *NON_ASCII_PIECES, *extra_text])
    wanted.update({bytes(s): f"key material #{n}" for n, s in enumerate(secrets)})
    return wanted


def test_no_typed_text_or_key_reaches_the_disk(folders):
    data, temp = folders
    path = data / "practice.vault"
    vault, recovery_text = Vault.create(path, PASSPHRASE, kdf_params=CHEAP_KDF)
    marker = "Snt" + uuid4().hex[:10]

    # The service path, with text in every field it offers.
    tag = marker + "svc"
    client = vault.services.clients.create(
        ClientDraft(f"{tag}-name {NON_ASCII}", legal_name=f"{tag}-legal {NON_ASCII}",
                    pronouns=f"{tag}-pronouns", contact=f"{tag}-contact {NON_ASCII}",
                    preferences={"pace": f"{tag}-pace {NON_ASCII}"})
    )
    session = vault.services.sessions.create(
        client.id,
        SessionDraft(datetime(2026, 2, 3, 9), template="DAP",
                     fields={"data": f"{tag}-data {NON_ASCII}", "plan": f"{tag}-plan"},
                     shared_summary=f"{tag}-summary {NON_ASCII}",
                     private_note=f"{tag}-private {NON_ASCII}"),
    )
    vault.services.sessions.sign(session.id, f"{tag}-signature")
    vault.services.sessions.amend(session.id, f"{tag}-amendment {NON_ASCII}")
    assert vault.services.search.search("ñandú")  # builds the (in-memory) search index

    # And the model path: every encrypted column of every model (values the services may not
    # expect, so only check() and the scans read them).
    practice = populate(vault, marker=marker)
    assert len(practice.tokens) >= len(encrypted_columns())

    # Key material the file must never hold in the clear.
    keyring = vault._database().keyring
    secrets = [bytes(k) for k in keyring._keys.values()]
    with vault._database().begin() as s:
        identity = s.get(VaultMeta, vault.vault_id).backup_identity
    wanted = _wanted(practice.marker, [PASSPHRASE, recovery_text, identity], secrets)

    with vault._engine.connect() as conn:
        # SQLite keeps its temporary tables and indices in memory, never in a temp file.
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2

    def scan(moment: str) -> None:
        files = files_under(data, temp)
        assert path in files
        assert find_leaks(files, wanted) == [], moment
        assert list(temp.iterdir()) == [], f"{moment}: files written to the temp folder"

    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the test must see an open, written WAL"
    scan("open, right after writing")

    # Reading, checking, searching, locking and unlocking write nothing readable either.
    assert vault.services.sessions.private_note(session.id).startswith(tag)
    assert vault.check().ok
    vault.lock()
    scan("locked")
    vault.unlock(PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, f"{tag}-passphrase {NON_ASCII}")
    wanted.update(needles([f"{tag}-passphrase {NON_ASCII}"]))
    scan("open, after a passphrase change")

    vault.close()
    assert not wal.exists() or wal.stat().st_size == 0
    scan("closed")
    assert sorted(p.name for p in data.iterdir()) == ["practice.vault"]


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The detector itself: text written plainly in any of the three encodings is found."""
    marker = "Snt0123456789"
    for n, encoding in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        (tmp_path / f"leak{n}").write_bytes(b"\0junk" + f"{marker}00001x {NON_ASCII}".encode(encoding))
    hits = find_leaks(files_under(tmp_path), _wanted(marker, [], [b"\x01\x02\x03key"]))
    assert {h.split(":")[0] for h in hits} == {"leak0", "leak1", "leak2"}
    assert any("utf-16-be" in h for h in hits) and any("日本語" in h for h in hits)
    (tmp_path / "key").write_bytes(b"xx\x01\x02\x03keyxx")
    assert find_leaks([tmp_path / "key"], _wanted(marker, [], [b"\x01\x02\x03key"])) == [
        "key: key material #0"
    ]
