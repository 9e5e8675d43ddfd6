"""PySide6 no longer keeps the source of every module imported after it
(app/ui/kit/source_cache_guard.py), and still tells the modules that use it from the others."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, linecache, sys
import app.ui
import csv, email.mime.text  # neither imported before: each would have been read
import uses_qt, plain  # two modules of the test's own
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "hook": hasattr(feature, "_mod_uses_pyside"),
    "cached": sorted(name for name in linecache.cache if name.endswith(".py")),
    "seen": [feature.pyside_feature_dict.get(name) for name in ("uses_qt", "plain", "csv")],
}))
"""


def test_imported_modules_are_not_kept_in_the_line_cache(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore  # noqa\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                                            "PYTHONPATH": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-500:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["hook"], "PySide6 has no such hook any more: the guard can go"
    assert got["cached"] == []
    assert got["seen"] == [0, -1, -1]  # as PySide6 itself tells them apart
