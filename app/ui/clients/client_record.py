"""Everything a client's workspace shows, gathered in one job on the database worker so that
every tab is ready the moment the client opens (docs/design.md §7: under 50 ms with 50
sessions). The session notes themselves are not decrypted here, only listed; a note loads when
chosen. After a change, only the features that show the changed kinds are loaded again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from app.ui.clients.features import RecordFeature

if TYPE_CHECKING:
    from app.services.client_overview import ClientOverview
    from app.services.clients import ClientView
    from app.services.registry import Services


@dataclass(frozen=True, slots=True)
class ClientRecord:
    client_id: UUID
    parts: dict[str, Any]  # feature key -> what that feature's loader returned

    @property
    def overview(self) -> ClientOverview | None:
        return self.parts.get("overview")

    @property
    def client(self) -> ClientView | None:
        overview = self.overview
        return None if overview is None else overview.client


def load_client_record(services: Services, client_id: UUID,
                       features: Iterable[RecordFeature]) -> ClientRecord:
    """Runs on the database worker."""
    return ClientRecord(client_id, {f.key: f.load(services, client_id) for f in features})
