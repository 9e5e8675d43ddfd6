"""Where the vault lives when nobody says otherwise, and where this computer keeps what it
remembers about vaults.

The platform's per-user data and configuration folders (docs/design.md §3), or
``$RECIPROCAL_HOME`` for both when set — tests and portable set-ups point it elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

HOME_VARIABLE = "RECIPROCAL_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("Reciprocal", appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / "practice.vault"


def config_dir() -> Path:
    """This computer's own notes about vaults (never client data): beside the app's settings."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(user_config_dir("Reciprocal", appauthor=False))
