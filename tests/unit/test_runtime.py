"""The process settings every entry point makes (app/runtime.py)."""

from __future__ import annotations

import subprocess
import sys

from app.runtime import FULL_COLLECTION_EVERY


def test_the_command_line_runs_with_fewer_full_garbage_collections():
    probe = ("import gc, sys\n"
             "from app import __main__ as entry\n"
             "import app.cli\n"
             "app.cli.run = lambda args: print(gc.get_threshold()[2]) or 0\n"
             "sys.exit(entry.main(['clients']))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == str(FULL_COLLECTION_EVERY)
