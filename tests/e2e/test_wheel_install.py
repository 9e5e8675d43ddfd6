"""The distribution carries everything the app reads at run time: the sdist is built from this
checkout, the wheel from that sdist (as `python -m build` would), and the wheel is installed into
a fresh virtual environment outside the checkout, where `reciprocal demo`, `check` and two
handouts run from a working directory that is not the checkout either.

The fresh environment gets no copies of the dependencies (hundreds of MB): a ``.pth`` file names
this venv's site-packages as a plain path, so its packages import but its own ``.pth`` hooks (the
editable install that points at the checkout) do not run, and ``app`` can only come from the
wheel. About 15 s."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from tests.e2e.conftest import REPO

PASSPHRASE = "a wheel installed far from its checkout"
RUN_TIME_FILES = [
    "app/data/fonts/DejaVuSans.ttf",
    "app/data/fonts/DejaVuSans-Bold.ttf",
    "app/data/fonts/DejaVu-LICENSE.txt",
    "app/data/fonts/NotoSansSC-Regular.ttf",
    "app/data/fonts/Noto-LICENSE.txt",
    "app/data/fonts/README.md",
    "app/data/checklists/default.json",
    "app/data/icons/reciprocal.svg",
    "app/data/help/user-guide.md",
    "app/models/migrations/env.py",
    "app/models/migrations/script.py.mako",
    "app/models/migrations/versions/0001_initial_schema.py",
]


@dataclass(frozen=True, slots=True)
class Installed:
    python: Path
    command: Path
    site: Path
    work: Path
    env: dict[str, str]
    wheel: Path
    sdist: Path

    def run(self, *args: str | Path, program: Path | None = None) -> subprocess.CompletedProcess:
        done = subprocess.run([str(program or self.command), *map(str, args)], cwd=self.work,
                              env=self.env, capture_output=True, text=True, timeout=120)
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        assert "Traceback" not in output, output
        return done


def _run(*args: str | Path, cwd: Path) -> None:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel-install")
    assert not root.resolve().is_relative_to(REPO)
    # 1. The sdist, from the checkout (what a release would upload).
    sdists = root / "sdist"
    sdists.mkdir()
    _run(sys.executable, "-c", "import sys; from setuptools import build_meta as b; "
         f"b.build_sdist({str(sdists)!r})", cwd=REPO)
    (sdist,) = sdists.glob("reciprocal-*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(sdists, filter="data")
    (source,) = (p for p in sdists.iterdir() if p.is_dir())
    # 2. The wheel, from the unpacked sdist: whatever the sdist forgot, the wheel lacks too.
    wheels = root / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", wheels, source, cwd=root)
    (wheel,) = wheels.glob("reciprocal-*.whl")
    # 3. A fresh venv that sees this venv's packages, and the wheel installed into it.
    venv = root / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=root)
    python = venv / "bin" / "python"
    site = Path(subprocess.check_output(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True).strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_reciprocal_dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(ours)))
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
         wheel, cwd=root)
    work = root / "somewhere-else"
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "RECIPROCAL_DEBUG", "VIRTUAL_ENV", "PYTHONHOME")}
    env["RECIPROCAL_HOME"] = str(root / "home")
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    (work / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return Installed(python, venv / "bin" / "reciprocal", site, work, env, wheel, sdist)


def test_the_sdist_and_the_wheel_carry_every_run_time_file(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        in_wheel = set(wheel.namelist())
    assert not [name for name in RUN_TIME_FILES if name not in in_wheel]
    with tarfile.open(installed.sdist) as sdist:
        in_sdist = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    expected_in_sdist = [n for n in RUN_TIME_FILES if not n.startswith("app/data/help/")]
    assert not [n for n in [*expected_in_sdist, "docs/user-guide.md", "setup.py"]
                if n not in in_sdist]


def test_the_installed_app_is_the_wheel_and_finds_its_resources(installed: Installed) -> None:
    done = installed.run("-c", "import json, app, app.resources as r; print(json.dumps(["
                         "app.__file__, str(r.resource_path('fonts', 'DejaVuSans.ttf')), "
                         "str(r.user_guide_path())]))", program=installed.python)
    package, font, guide = json.loads(done.stdout)
    for path in (package, font, guide):
        assert Path(path).is_relative_to(installed.site), path
        assert Path(path).is_file(), path
    assert Path(guide).read_text(encoding="utf-8").startswith("# Reciprocal user guide")


def test_demo_check_and_handouts_work_from_the_installed_wheel(installed: Installed) -> None:
    vault = installed.work / "practice.vault"
    secret = installed.work / "passphrase.txt"
    made = installed.run("demo", "--vault", vault, "--passphrase-file", secret,
                         "--clients", "2", "--sessions", "3")
    assert "The demo practice is ready" in made.stdout
    checked = installed.run("check", "--vault", vault, "--passphrase-file", secret, "--json")
    result = json.loads(checked.stdout)
    assert result["ok"] is True and result["damaged"] == []
    session = installed.work / "session.pdf"
    installed.run("handout", "--vault", vault, "--passphrase-file", secret, "--client", "1",
                  "--kind", "session", "--out", session)
    assert session.read_bytes().startswith(b"%PDF-")
    fonts = _embedded_fonts(session)
    assert any("DejaVu" in name or "Noto" in name for name in fonts), fonts
    # The demo's checklists follow the built-in template, read from the wheel's default.json.
    checklist = installed.work / "checklist.pdf"
    installed.run("handout", "--vault", vault, "--passphrase-file", secret, "--client", "1",
                  "--kind", "checklist", "--out", checklist)
    template = json.loads((installed.site / "app/data/checklists/default.json").read_text(
        encoding="utf-8"))
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(checklist).pages)
    assert template["items"][0]["topic"].split(",")[0] in " ".join(text.split())


def _embedded_fonts(pdf: Path) -> set[str]:
    """Base names of the fonts whose program is embedded (FontFile2: TrueType)."""
    names: set[str] = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descendant = descendant.get_object()
                descriptor = descendant.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(descendant["/BaseFont"]))
    return names
