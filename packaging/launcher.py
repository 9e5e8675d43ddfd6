"""The frozen app's entry point (build.spec): one program, two executables in the same folder.
``reciprocal-gui`` (no console window on Windows, the one a therapist double-clicks) always starts
the desktop app; ``reciprocal``, its console twin, is the command line (no arguments: the app)."""

import sys
from pathlib import Path

from app.__main__ import gui_main, main

if __name__ == "__main__":
    sys.exit(gui_main() if Path(sys.executable).stem.lower() == "reciprocal-gui" else main())
