"""The practice's logo (revision 0007): kept encrypted in the profile, checked when it changes
(at most 1 MB, a picture a handout can draw), carried by backups, and printed on the letterhead
of every handout."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime

import pytest

from app.backup.keys import parse_identities
from app.errors import BadInput
from app.services.backup_check import backup_key_from_text, verify_backup
from app.services.clients import ClientDraft
from app.services.handouts import HandoutKind, HandoutRequest
from app.services.profile import ProfileDraft
from app.services.restore import restore_backup
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.backup_helpers import read_all
from tests.unit.logo_helpers import big_png, image_count, jpeg, pixels, png, tiny_png
from tests.unit.sentinel_helpers import assert_one_sentence
from tests.unit.service_helpers import reopened

DETAILS = {"therapist_name": "Sam Lee", "practice_name": "Lima Therapy", "paper_size": "Letter"}


def test_a_new_vault_has_no_logo(vault):
    assert vault.services.profile.get().logo == b""


@pytest.mark.parametrize("picture", [tiny_png, jpeg], ids=["png", "jpeg"])
def test_the_logo_round_trips_and_is_stored_encrypted(vault, vault_path, picture):
    logo = picture()
    saved = vault.services.profile.update(ProfileDraft(**DETAILS, logo=logo))
    assert saved.logo.startswith(b"\x89PNG")  # kept as a PNG of its pixels
    assert pixels(saved.logo)[1] == pixels(logo)[1]
    with reopened(vault, vault_path) as again:
        assert again.services.profile.get() == saved
        assert again.check().ok
    with closing(sqlite3.connect(vault_path)) as conn:
        (stored,) = conn.execute("SELECT logo FROM practice_profile").fetchone()
    assert stored and logo not in stored and logo[:64] not in stored


def test_the_logo_survives_lock_and_unlock(vault):
    vault.services.profile.update(ProfileDraft(**DETAILS, logo=tiny_png()))
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.services.profile.get().logo == tiny_png()


def test_other_changes_keep_the_logo_and_an_empty_one_removes_it(vault):
    profile = vault.services.profile
    profile.update(ProfileDraft(**DETAILS, logo=tiny_png()))
    assert profile.update(ProfileDraft(**{**DETAILS, "therapist_name": "Dr Sam Lee"},
                                       logo=tiny_png())).logo == tiny_png()
    assert profile.update(ProfileDraft(**DETAILS)).logo == tiny_png()  # None: kept
    assert profile.update(ProfileDraft(**DETAILS, logo=b"")).logo == b""
    assert profile.get().logo == b"" and vault.check().ok


@pytest.mark.parametrize("logo,says", [
    pytest.param(lambda: b"%PDF-1.4 not a picture at all", "PNG or JPEG", id="not-an-image"),
    pytest.param(lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "PNG or JPEG", id="damaged-png"),
    pytest.param(big_png, "1 MB", id="over-1-MB"),
])
def test_a_logo_that_cannot_be_printed_is_refused_and_nothing_changes(vault, logo, says):
    profile = vault.services.profile
    before = profile.update(ProfileDraft(**DETAILS, logo=tiny_png()))
    with pytest.raises(BadInput) as refused:
        profile.update(ProfileDraft(**{**DETAILS, "therapist_name": "Someone else"}, logo=logo()))
    assert_one_sentence(refused.value.message)
    assert says in refused.value.message
    assert profile.get() == before


def test_a_backup_carries_the_logo_and_restore_puts_it_back(vault, tmp_path):
    vault.services.profile.update(ProfileDraft(**DETAILS, logo=tiny_png()))
    made = vault.services.backups.write(tmp_path / "b.age")
    identity = vault.backup_identity()
    key = backup_key_from_text(identity)
    assert verify_backup(made.path, key).records == made.records
    (row,) = read_all(made.path, parse_identities(identity)[0])["practice_profile"]
    assert row["logo"] == tiny_png()
    vault.close()
    report = restore_backup(made.path, key, tmp_path / "restored.vault", PASSPHRASE,
                            kdf_params=CHEAP_KDF)
    with Vault.open(report.path) as restored:
        restored.unlock(PASSPHRASE)
        assert restored.check().ok
        assert restored.services.profile.get().logo == tiny_png()


def test_the_handouts_letterhead_draws_the_logo_while_there_is_one(vault):
    client = vault.services.clients.create(ClientDraft("Ana"))
    vault.services.sessions.create(client.id, SessionDraft(
        datetime(2026, 3, 2, 10), shared_summary="We talked about sleep"))
    request = HandoutRequest(HandoutKind.SESSION, client.id)
    handouts, profile = vault.services.handouts, vault.services.profile
    assert image_count(handouts.build(request).pdf) == 0
    profile.update(ProfileDraft(**DETAILS, logo=tiny_png()))
    assert image_count(handouts.build(request).pdf) >= 1
    profile.update(ProfileDraft(**DETAILS, logo=b""))  # removed (None would keep it)
    assert image_count(handouts.build(request).pdf) == 0


def test_a_photo_s_hidden_details_never_reach_the_vault(vault):
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "SENTINEL-CAMERA-MAKER"  # Make
    exif[0x9003] = "2026:11:30 21:14:00"  # when it was taken
    photo = jpeg(exif.tobytes())
    assert b"SENTINEL-CAMERA-MAKER" in photo
    saved = vault.services.profile.update(ProfileDraft(**DETAILS, logo=photo))
    assert saved.logo.startswith(b"\x89PNG") and b"SENTINEL-CAMERA-MAKER" not in saved.logo
    assert pixels(saved.logo)[1] == (60, 30)


def test_a_picture_of_absurd_size_is_refused(vault):
    huge = png(4001, 2)
    with pytest.raises(BadInput, match="4000 pixels"):
        vault.services.profile.update(ProfileDraft(**DETAILS, logo=huge))
    assert vault.services.profile.get().logo == b""
