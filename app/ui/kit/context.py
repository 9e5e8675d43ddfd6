"""What the whole window shares: where the vault is, the open vault, settings and events.

Handed to views in their constructors, never reached through a global. ``kdf_params`` is
``None`` in the product (vault creation calibrates Argon2id on this computer); tests set cheap
parameters here, so the product's own parameters are never weakened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.ui.kit.events import AppEvents
from app.ui.kit.operation import Operation
from app.ui.kit.settings import Settings

if TYPE_CHECKING:  # imported lazily at run time: the window shows before SQLAlchemy loads
    from app.services.registry import Services
    from app.services.vault import Vault

DEMO_FILE_NAME = "demo-practice.vault"
# Shown on screen by design: the demo holds only invented people.
DEMO_PASSPHRASE = "demo practice, invented people"


@dataclass
class AppContext:
    vault_path: Path
    settings: Settings
    events: AppEvents = field(default_factory=AppEvents)
    kdf_params: Any = None
    vault: Vault | None = None

    @property
    def demo_path(self) -> Path:
        return self.vault_path.with_name(DEMO_FILE_NAME)

    @property
    def is_demo(self) -> bool:
        return self.vault is not None and self.vault.path.name == DEMO_FILE_NAME

    @property
    def services(self) -> Services:
        """The unlocked vault's use cases; raises VaultLocked while locked."""
        assert self.vault is not None
        return self.vault.services

    def op(self, parent: QObject, job: Callable[[], Any]) -> Operation:
        """An operation on the open vault's database worker whose changes every view hears."""
        return Operation(parent, job, take_changes=self.services.changes.take,
                         announce=self.events.changed.emit)
