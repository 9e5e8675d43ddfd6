"""Typing is never lost when a save has to wait: the single database worker is busy (a backup,
a search index) while the therapist types more and then moves on or signs. Real worker threads."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest

from app.services.clients import ClientDraft
from app.services.sessions import SessionDraft
from app.services.vault import Vault
from app.ui.kit import background
from app.ui.kit.context import AppContext
from app.ui.sessions.sessions_tab import SessionsTab
from tests.conftest import CHEAP_KDF, PASSPHRASE


@pytest.fixture
def busy_tab(qtbot, real_jobs, vault_path, settings):
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf_params=CHEAP_KDF)
    services = vault.services
    client = services.clients.create(ClientDraft("Dana"))
    first = services.sessions.create(client.id, SessionDraft(datetime(2025, 1, 2, 10)))
    tab = SessionsTab(AppContext(vault_path, settings, vault=vault))
    qtbot.addWidget(tab)
    tab.show_record(client.id, services.sessions.list(client.id))
    tab.select(first.id)
    qtbot.waitUntil(lambda: tab.editor.session_id == first.id)
    gate = threading.Event()
    background.run_in_background(tab, lambda: gate.wait(5), lambda _r: None, lambda _e: None)
    tab.editor.shared_summary.setPlainText("Part one.")
    tab.editor.save_now()  # waits behind the busy worker
    tab.editor.shared_summary.setPlainText("Part one. Part two, typed afterwards.")
    yield tab, services, first, gate
    gate.set()
    background.wait_until_idle()
    vault.close()


def _settle(qtbot, gate: threading.Event) -> None:
    gate.set()
    background.wait_until_idle()
    qtbot.wait(50)  # deliver the workers' results
    background.wait_until_idle()


def test_switching_client_while_a_save_waits_keeps_the_later_typing(qtbot, busy_tab):
    tab, services, first, gate = busy_tab
    other = services.clients.create(ClientDraft("Eli"))
    tab.show_record(other.id, [])
    _settle(qtbot, gate)
    assert services.sessions.get(first.id).shared_summary == (
        "Part one. Part two, typed afterwards.")


def test_signing_while_a_save_waits_signs_the_latest_text(qtbot, busy_tab):
    tab, services, first, gate = busy_tab
    tab.editor._on_sign_confirmed("Dr Rivera")
    _settle(qtbot, gate)
    stored = services.sessions.get(first.id)
    assert stored.signed
    assert stored.shared_summary == "Part one. Part two, typed afterwards."
