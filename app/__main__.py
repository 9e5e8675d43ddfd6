"""Entry points: ``reciprocal`` (no arguments: the desktop app; a subcommand: the command line)
and ``reciprocal-gui`` (always the desktop app, without a console on Windows)."""

from __future__ import annotations

import sys

from app.hardening import harden_process
from app.runtime import tune_garbage_collector


def main(argv: list[str] | None = None) -> int:
    harden_process()
    tune_garbage_collector()
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return _run_gui()
    from app.cli import run

    return run(args)


def gui_main() -> int:
    harden_process()
    tune_garbage_collector()
    return _run_gui()


def _run_gui() -> int:
    # Imported here so the command line never pays for loading Qt.
    from app.ui.shell.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
