"""The recovery sheet: its secrets read back exactly, and they live on the page only."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date

import pypdf
import pytest

from app.crypto.backup_identity import new_backup_identity
from app.crypto.recovery import format_recovery_key, new_recovery_key, parse_recovery_key
from app.errors import BadInput
from app.handouts.document import Letterhead
from app.handouts.recovery_sheet import build_recovery_sheet
from tests.unit.test_handouts_fonts import embedded_fonts, page_text

VAULT_ID = "6f0c2a4e-9d1b-4c55-8a53-2f7e1b9c0d42"
CREATED = date(2026, 3, 4)
KEY_ROW = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$")


@pytest.fixture(scope="module")
def secrets() -> tuple[bytes, str, str]:
    raw = bytes(new_recovery_key())
    identity, _recipient = new_backup_identity()
    return raw, format_recovery_key(raw), identity


def sheet(secrets, **kwargs) -> bytes:
    _raw, key, identity = secrets
    return build_recovery_sheet(key, identity, VAULT_ID, CREATED, **kwargs)


def test_the_key_and_identity_read_back_exactly(secrets):
    raw, key, identity = secrets
    lines = page_text(sheet(secrets)).splitlines()
    rows = [line for line in lines if KEY_ROW.match(line)]
    assert "-".join(rows) == key
    assert parse_recovery_key("\n".join(rows)) == raw  # copied from the PDF, it still works
    assert identity in lines
    assert "Keep this sheet secret: anyone with it can open your records." in lines
    assert any(VAULT_ID in line and "2026-03-04" in line for line in lines)


def test_the_printed_identity_opens_an_age_file(secrets, tmp_path):
    _raw, _key, identity = secrets
    printed = next(line for line in page_text(sheet(secrets)).splitlines()
                   if line.startswith("AGE-SECRET-KEY-1"))
    (tmp_path / "key.txt").write_text(printed + "\n")
    recipient = subprocess.run(["age-keygen", "-y", str(tmp_path / "key.txt")], check=True,
                               capture_output=True, text=True).stdout.strip()
    sealed = subprocess.run(["age", "-r", recipient], input=b"hello", check=True,
                            capture_output=True).stdout
    opened = subprocess.run(["age", "-d", "-i", str(tmp_path / "key.txt")], input=sealed,
                            check=True, capture_output=True).stdout
    assert opened == b"hello"


def test_only_embedded_fonts(secrets):
    fonts = embedded_fonts(sheet(secrets, letterhead=Letterhead("Practice", footer="Footer")))
    assert fonts and set(fonts.values()) == {"yes"}


def test_no_secret_outside_the_page_content(secrets):
    _raw, key, identity = secrets
    pdf = sheet(secrets)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.xmp_metadata is None
    metadata = " ".join(str(v) for v in reader.metadata.values()).upper()
    assert metadata.strip()  # there is metadata to look at: the title
    # Page content is compressed, so any readable copy would be in metadata or another object.
    for secret in (key, key.replace("-", ""), key[:9], key[-9:], identity, identity[16:40]):
        assert secret.upper() not in metadata
        assert secret.encode() not in pdf


@pytest.mark.parametrize(("paper", "size"), [("A4", (595.28, 841.89)), ("Letter", (612, 792))])
def test_one_page_on_either_paper_even_with_a_long_letterhead(secrets, paper, size):
    long_head = Letterhead(
        practice_name="The Centre for Integrative Counselling and Family Work of Greater Bristol",
        therapist_name="Dr Ana Núñez", credentials="PhD, UKCP and BACP senior accredited",
        contact="12 Quay Street\nBristol BS1 4XX\nUnited Kingdom\nana@example.org",
        footer="In a crisis, call 116 123, free, day or night, or 999 in an emergency. " * 3)
    for head in (None, long_head):
        reader = pypdf.PdfReader(io.BytesIO(sheet(secrets, paper=paper, letterhead=head)))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == size


def test_the_same_input_gives_the_same_bytes(secrets):
    assert sheet(secrets) == sheet(secrets)
    _raw, key, identity = secrets
    other = build_recovery_sheet(format_recovery_key(bytes(new_recovery_key())), identity,
                                 VAULT_ID, CREATED)
    assert other != sheet(secrets)


def test_a_key_typed_loosely_is_printed_in_its_usual_form(secrets):
    _raw, key, identity = secrets
    loose = key.replace("-", " ").lower()
    rows = [line for line in page_text(build_recovery_sheet(loose, identity, VAULT_ID, CREATED))
            .splitlines() if KEY_ROW.match(line)]
    assert "-".join(rows) == key


@pytest.mark.parametrize("field", ["recovery_key", "backup_identity"])
def test_a_damaged_secret_is_refused_not_printed(secrets, field):
    _raw, key, identity = secrets
    args = {"recovery_key": key, "backup_identity": identity}
    value = args[field]
    args[field] = value[:20] + ("Z" if value[20] != "Z" else "Y") + value[21:]
    with pytest.raises(BadInput, match="no recovery sheet was made"):
        build_recovery_sheet(args["recovery_key"], args["backup_identity"], VAULT_ID, CREATED)


def test_poppler_renders_it_cleanly(secrets, tmp_path):
    pdf_file = tmp_path / "sheet.pdf"
    pdf_file.write_bytes(sheet(secrets, paper="Letter"))
    result = subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf_file), str(tmp_path / "p")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
    assert (tmp_path / "p-1.png").stat().st_size > 1000
