"""`reciprocal handout`: the installed command writes each kind of PDF privately, says so in one
line, and logs exactly one disclosure per file; every refusal is one sentence and an exit code
(docs/design.md §6), with nothing written and nothing logged."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from app.services.agreements import AgreementDraft, GoalDraft, Signatures
from app.services.clients import ClientDraft
from app.services.exercises import ExerciseDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from tests.conftest import CLI_KDF, PASSPHRASE
from tests.e2e.conftest import Outcome, one_sentence_error, run_cli, write_text

NAME = "Zoë Okonkwo-Lindqvist"
LEGAL_NAME = "Zoë Adaeze Okonkwo-Lindqvist"
OTHER = "Pat Other-Client"
# --kind, the PDF's metadata title, and how the disclosure log names it.
KINDS = {
    "session": ("Session summary", "Session summary of 9 February 2026"),
    "agreement": ("Our goal agreement", "Goal agreement, version 1"),
    "checklist": ("Boundaries & transparency", "Boundaries & transparency agreement"),
    "practices": ("Practices until next time", "Practices sheet"),
    "record": ("Your record", "The client's record"),
    "phq9-form": ("PHQ-9 questionnaire", "PHQ-9 form (blank)"),
    "gad7-form": ("GAD-7 questionnaire", "GAD-7 form (blank)"),
}
WROTE = re.compile(r"Wrote (?P<path>.+) \((?P<pages>\d+) pages?\); the disclosure log records it\.")


def make_practice(path: Path) -> dict[str, str]:
    """A closed vault (the floor's Argon2) where the first client has something of every kind
    and the second a session of their own; returns the ids the tests refer to."""
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=CLI_KDF)
    with vault:
        s = vault.services
        client = s.clients.create(ClientDraft(NAME, legal_name=LEGAL_NAME))
        first = s.sessions.create(client.id, SessionDraft(
            datetime(2026, 1, 12, 10), shared_summary="We mapped the week's worries",
            private_note="A private thought"))
        second = s.sessions.create(client.id, SessionDraft(
            datetime(2026, 2, 9, 16, 30), shared_summary="We practised the breathing"))
        s.agreements.add_goal(client.id, GoalDraft("Sleep through the night",
                                                   levels={0: "Three rested mornings"}))
        agreement = s.agreements.start(client.id, AgreementDraft("I will try", "I will listen"))
        s.agreements.agree(agreement.id, Signatures("Z. O-L.", date(2026, 1, 12), "Dr Demo",
                                                    date(2026, 1, 12)))
        s.checklists.start(client.id)
        s.exercises.create(client.id, ExerciseDraft("Box breathing", frequency="every night"))
        other = s.clients.create(ClientDraft(OTHER))
        theirs = s.sessions.create(other.id, SessionDraft(datetime(2026, 3, 2, 9),
                                                          shared_summary="Their words"))
    return {"client": str(client.id), "first": str(first.id), "second": str(second.id),
            "other": str(other.id), "theirs": str(theirs.id)}


@pytest.fixture
def practice(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "practice.vault"
    return path, make_practice(path)


def handout(vault: Path, passphrase: Path, *args: str | Path) -> Outcome:
    return run_cli("handout", "--vault", vault, "--passphrase-file", passphrase, *args)


def logged(vault: Path, passphrase: Path) -> list[dict]:
    """The whole disclosure log, from `reciprocal disclosures --json`."""
    listed = run_cli("disclosures", "--vault", vault, "--passphrase-file", passphrase, "--json")
    assert listed.code == 0, listed.err
    return json.loads(listed.out)


def no_names(outcome: Outcome) -> None:
    for name in (NAME, LEGAL_NAME, OTHER, "Okonkwo", "Zoë"):
        assert name not in outcome.err and name not in outcome.out, (name, outcome)
    assert "Traceback" not in outcome.err


def test_every_kind_writes_a_private_pdf_and_one_log_entry(practice, passphrase_file, tmp_path):
    vault, ids = practice
    out = tmp_path / "handouts"
    out.mkdir()
    for kind, (title, _what) in KINDS.items():
        path = out / f"{kind}.pdf"
        made = handout(vault, passphrase_file, "--client", NAME, "--kind", kind, "--out", path)
        assert made.code == 0, made.err
        assert made.err == ""
        lines = made.out.splitlines()
        assert len(lines) == 1, made.out
        wrote = WROTE.fullmatch(lines[0])
        assert wrote and wrote["path"] == str(path), lines[0]
        assert (wrote["pages"] == "1") == lines[0].endswith("(1 page); the disclosure log "
                                                            "records it.")
        assert path.stat().st_mode & 0o777 == 0o600
        reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
        assert len(reader.pages) == int(wrote["pages"])
        assert reader.metadata is not None and reader.metadata["/Title"] == title
        assert NAME in " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
        no_names(made)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.pdf" for k in KINDS)
    entries = logged(vault, passphrase_file)
    assert len(entries) == len(KINDS)  # one each, all about this client
    assert sorted(e["what"].rsplit(" (", 1)[0] for e in entries) == sorted(
        what for _title, what in KINDS.values())
    for entry in entries:
        assert entry["action"] == "handout" and entry["client_id"] == ids["client"]
        assert entry["recipient"] == NAME and not entry["damaged"]
        assert re.search(r" \(\d+ pages?\)$", entry["what"])


def test_sessions_by_latest_or_id_large_print_and_by_position(practice, passphrase_file,
                                                              tmp_path):
    vault, ids = practice
    runs = [
        ("latest.pdf", "--session", "latest"),
        ("first.pdf", "--session", ids["first"]),
        ("large.pdf", "--session", ids["second"], "--large-print"),
    ]
    for name, *extra in runs:
        made = handout(vault, passphrase_file, "--client", ids["client"], "--kind", "session",
                       *extra, "--out", tmp_path / name)
        assert made.code == 0, made.err
    texts = {name: " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(
        tmp_path / name).pages) for name, *_ in runs}
    assert "We practised the breathing" in texts["latest.pdf"]
    assert "We mapped the week's worries" in texts["first.pdf"]
    assert "We practised the breathing" not in texts["first.pdf"]
    assert (tmp_path / "latest.pdf").read_bytes() != (tmp_path / "large.pdf").read_bytes()
    entries = logged(vault, passphrase_file)
    assert {e["client_id"] for e in entries} == {ids["client"]}
    whats = sorted(e["what"] for e in entries)
    assert whats == ["Session summary of 12 January 2026 (1 page)",
                     "Session summary of 9 February 2026 (1 page)",
                     "Session summary of 9 February 2026 (1 page)"]


def test_refusals_are_one_sentence_write_nothing_and_log_nothing(practice, passphrase_file,
                                                                 tmp_path):
    vault, ids = practice
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "handout.pdf"
    kinds = "session, agreement, checklist, practices, record, phq9-form, gad7-form"
    refusals = [
        (["--client", NAME, "--kind", "record", "--session", "latest"], "session summary"),
        (["--client", NAME, "--kind", "phq9-form", "--session", ids["first"]], "session summary"),
        (["--client", NAME, "--kind", "letter"], kinds),
        (["--client", "Nobody Here", "--kind", "record"], "client"),
        (["--client", NAME, "--kind", "session", "--session", "yesterday"], "latest"),
        (["--client", NAME, "--kind", "session", "--session", ids["theirs"]], "session"),
        (["--client", OTHER, "--kind", "agreement"], "agreement"),
    ]
    for args, named in refusals:
        refused = handout(vault, passphrase_file, *args, "--out", pdf)
        assert refused.code == 1, (args, refused)
        message = one_sentence_error(refused)
        assert named in message, (args, message)
        assert refused.out == ""
        no_names(refused)
    missing = handout(vault, passphrase_file, "--client", NAME, "--kind", "record", "--out",
                      tmp_path / "no such folder" / "record.pdf")
    assert missing.code == 1
    assert "does not exist" in one_sentence_error(missing)
    no_names(missing)
    assert not (tmp_path / "no such folder").exists()
    wrong = write_text(tmp_path / "wrong.txt", "not the passphrase")
    refused = handout(vault, wrong, "--client", NAME, "--kind", "record", "--out", pdf)
    assert refused.code == 2
    one_sentence_error(refused)
    no_names(refused)
    assert list(out.iterdir()) == []  # not even a half-written temporary file
    assert logged(vault, passphrase_file) == []


def test_language_prints_one_handout_in_another_language(practice, passphrase_file, tmp_path):
    vault, _ids = practice
    path = tmp_path / "acuerdo.pdf"
    made = handout(vault, passphrase_file, "--client", NAME, "--kind", "agreement",
                   "--language", "es", "--out", path)
    assert made.code == 0, made.err
    text = " ".join(" ".join(p.extract_text().split())
                    for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Nuestro acuerdo de objetivos" in text and "Our goal agreement" not in text
    assert logged(vault, passphrase_file)[0]["what"].startswith("Goal agreement, version")
    form = handout(vault, passphrase_file, "--client", NAME, "--kind", "phq9-form",
                   "--language", "de", "--out", tmp_path / "phq9.pdf")
    assert form.code == 0 and "prints in English" in form.err and "Deutsch" in form.err
    refused = handout(vault, passphrase_file, "--client", NAME, "--kind", "agreement",
                      "--language", "it", "--out", tmp_path / "x.pdf")
    assert refused.code == 1 and "--language" in refused.err
    assert not (tmp_path / "x.pdf").exists()
    no_names(made)
