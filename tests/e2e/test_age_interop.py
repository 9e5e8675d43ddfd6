"""Our backups and the real `age` tool (Debian package `age`): each opens what the other wrote, so
a backup can be read without this app, and an archive handled by `age` restores with it."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.e2e.conftest import make_vault, run_cli, write_text
from tests.unit.backup_helpers import stranger_seal

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, Path]:
    """A vault, its backup written by the app to its own key and a custodian's key made by
    `age-keygen`, backup-key.age beside it, and the vault's identity as a plain file."""
    assert AGE and AGE_KEYGEN, "the age tools are needed: apt-get install age"
    folder = tmp_path_factory.mktemp("age")
    vault_path = folder / "practice.vault"
    make_vault(vault_path, clients=3)
    custodian = folder / "custodian.txt"
    subprocess.run([AGE_KEYGEN, "-o", str(custodian)], check=True, capture_output=True)
    custodian_public = subprocess.run([AGE_KEYGEN, "-y", str(custodian)], check=True,
                                      capture_output=True, text=True).stdout.strip()
    (folder / "backups").mkdir()
    with Vault.open(vault_path) as vault:
        vault.unlock(PASSPHRASE)
        backups = vault.services.backups
        backup = backups.write(folder / "backups" / "b.age", extra_recipients=[custodian_public])
        key_file = backups.write_backup_key(backup.path.parent, PASSPHRASE)
        identity = write_text(folder / "identity.txt", vault.backup_identity())
    return {"vault": vault_path, "backup": backup.path, "key": key_file,
            "identity": identity, "custodian": custodian}


def age(*args: str | Path, stdin: bytes | None = None) -> bytes:
    done = subprocess.run([AGE, *map(str, args)], input=stdin, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def manifest_in(zipped: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        manifest = json.loads(z.read("manifest.json"))
        for part in manifest["parts"]:
            lines = z.read(part["file"]).decode("utf-8").splitlines()
            assert len(lines) == part["records"]
            assert all(json.loads(line)["id"] for line in lines)
    return manifest


def test_age_decrypts_our_backup_with_the_vault_identity(made):
    manifest = manifest_in(age("-d", "-i", made["identity"], made["backup"]))
    assert manifest["format"] == "reciprocal-backup"
    assert {p["table"]: p["records"] for p in manifest["parts"]}["client"] == 3


def test_age_decrypts_a_backup_made_to_an_extra_recipient_with_that_key(made):
    manifest_in(age("-d", "-i", made["custodian"], made["backup"]))


def test_the_seal_checks_out_with_age_and_the_python_standard_library(made, tmp_path):
    """What docs/backup-format.md tells an IT helper: decrypt with age, then run the document's
    own Python snippet (standard library only) on the zip and the identity file."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "backup-format.md").read_text()
    snippet = re.search(r"```python\n(.*?)```", doc, re.S).group(1)
    shutil.copyfile(made["identity"], tmp_path / "backup-key-identity.txt")
    zipped = age("-d", "-i", made["identity"], made["backup"])
    with zipfile.ZipFile(io.BytesIO(zipped)) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    key_line = made["identity"].read_text().strip().splitlines()[-1]
    assert files["manifest.mac"] == stranger_seal(files["manifest.json"], key_line)

    def run_snippet(archive: dict[str, bytes]) -> str:
        with zipfile.ZipFile(tmp_path / "backup.zip", "w") as z:
            for name, data in archive.items():
                z.writestr(name, data)
        done = subprocess.run([sys.executable, "-I", "-c", snippet], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert run_snippet(files) == "sealed by this practice"
    changed = {**files, "manifest.json": files["manifest.json"] + b" "}  # every byte counts
    assert run_snippet(changed) == "NOT SEALED BY IT"


def _on_terminal(args: list[str], passphrase: str, timeout: float = 120) -> tuple[int, bytes]:
    """Run `age` on a pseudo-terminal (it reads passphrases only from one), typing the
    passphrase at its prompt."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(AGE, [AGE, *args])
    screen, typed, deadline = b"", False, time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
            if not typed and b"passphrase" in screen.lower():
                os.write(fd, passphrase.encode() + b"\r")
                typed = True
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return os.waitstatus_to_exitcode(status), screen


def test_backup_key_age_opens_with_age_and_the_passphrase(made, tmp_path):
    out = tmp_path / "identity.txt"
    code, screen = _on_terminal(["-d", "-o", str(out), str(made["key"])], PASSPHRASE)
    assert code == 0, screen
    assert out.read_text().strip().splitlines()[-1] == made["identity"].read_text().strip()
    assert "# public key: age1" in out.read_text()


def test_age_opens_a_backup_with_backup_key_age_alone(made, tmp_path):
    out = tmp_path / "backup.zip"
    code, screen = _on_terminal(["-d", "-i", str(made["key"]), "-o", str(out),
                                 str(made["backup"])], PASSPHRASE)
    assert code == 0, screen
    manifest_in(out.read_bytes())


def test_an_archive_re_encrypted_by_age_restores_with_our_app(made, tmp_path):
    zipped = age("-d", "-i", made["custodian"], made["backup"])
    recipient = subprocess.run([AGE_KEYGEN, "-y", str(made["identity"])], check=True,
                               capture_output=True, text=True).stdout.strip()
    again = tmp_path / "again.age"
    again.write_bytes(age("-r", recipient, stdin=zipped))
    new_passphrase = write_text(tmp_path / "new.txt", "passphrase on the new laptop")
    restored = tmp_path / "restored.vault"
    outcome = run_cli("restore", again, "--vault", restored, "--identity", made["identity"],
                      "--new-passphrase-file", new_passphrase)
    assert outcome.code == 0, outcome.err
    checked = run_cli("check", "--vault", restored, "--passphrase-file", new_passphrase)
    assert checked.code == 0, checked.err
    listed = [run_cli("clients", "--vault", path, "--json", "--passphrase-file", secret)
              for path, secret in ((restored, new_passphrase),
                                   (made["vault"], write_text(tmp_path / "p.txt", PASSPHRASE)))]
    assert json.loads(listed[0].out) == json.loads(listed[1].out)
