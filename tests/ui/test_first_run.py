"""First run: the welcome screen creates a vault (a passphrase the meter accepts, typed twice),
shows the recovery key once with Copy and the recovery sheet, and asks for an explicit "I have
stored it"; or it builds a demo practice whose passphrase is on screen."""

from __future__ import annotations

import stat

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.kit.secret_clipboard import SECRET_HINT
from tests.conftest import PASSPHRASE
from tests.ui.conftest import LEFT, create_vault, unlock


def test_a_vault_is_created_through_the_welcome_screen(qtbot, window, ctx):
    assert window.welcome is not None and window.welcome.isVisible()
    assert window.welcome.restore_button.isVisible()
    recovery = create_vault(qtbot, window)

    assert ctx.vault_path.exists()
    assert ctx.vault is not None and ctx.vault.is_unlocked
    assert len(recovery.split("-")) == 14
    assert window.welcome.recovery_label.text() == window.welcome.recovery_key == ""
    assert window.windowTitle() == ""  # Qt shows the application name alone
    assert window.workspace.isVisible() and window.toolbar.isVisible()


def test_the_meter_explains_and_both_passphrases_must_match(qtbot, window):
    welcome = window.welcome
    qtbot.mouseClick(welcome.create_button, LEFT)
    fields = welcome.passphrase_fields
    qtbot.keyClicks(fields.first, "password1")
    assert "Too easy to guess" in fields.meter.explanation
    assert "very common password" in fields.meter.explanation
    qtbot.keyClicks(fields.second, "password1")
    assert not welcome.make_button.isEnabled()

    fields.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    assert fields.meter.explanation.startswith("Strong.")
    qtbot.keyClicks(fields.second, PASSPHRASE[:-1])
    assert fields.mismatch.text() == "The two passphrases are not the same yet."
    assert not welcome.make_button.isEnabled()
    qtbot.keyClicks(fields.second, PASSPHRASE[-1])
    assert fields.mismatch.text() == ""
    assert welcome.make_button.isEnabled()


def test_the_recovery_key_is_copied_as_a_secret_and_cleared(qtbot, window, ctx):
    welcome = window.welcome
    welcome._clipboard._timer.setInterval(200)  # 30 s in the product
    qtbot.mouseClick(welcome.create_button, LEFT)
    qtbot.keyClicks(welcome.passphrase_fields.first, PASSPHRASE)
    qtbot.keyClicks(welcome.passphrase_fields.second, PASSPHRASE)
    qtbot.keyClick(welcome.passphrase_fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(welcome.recovery_label.text()))
    key = welcome.recovery_key
    assert welcome.recovery_label.text().replace("\n", "-") == key  # two lines of groups
    assert not welcome.continue_button.isEnabled()

    qtbot.mouseClick(welcome.copy_button, LEFT)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == key
    assert bytes(clipboard.mimeData().data(SECRET_HINT)) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)

    qtbot.mouseClick(welcome.stored_check, LEFT)
    assert welcome.continue_button.isEnabled()


def test_the_recovery_sheet_is_saved_as_a_pdf_holding_the_key(qtbot, window, ctx, tmp_path):
    welcome = window.welcome
    qtbot.mouseClick(welcome.create_button, LEFT)
    qtbot.keyClicks(welcome.passphrase_fields.first, PASSPHRASE)
    qtbot.keyClicks(welcome.passphrase_fields.second, PASSPHRASE)
    qtbot.mouseClick(welcome.make_button, LEFT)
    qtbot.waitUntil(lambda: bool(welcome.recovery_label.text()))
    key = welcome.recovery_key
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(b"an older file, readable by everyone")  # issue 8: saved over it, the
    sheet.chmod(0o644)  # sheet used to keep this mode
    welcome.save_sheet_to(sheet)
    qtbot.waitUntil(lambda: "Saved the recovery sheet" in welcome.copied_note.text())
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    groups = key.split("-")
    assert "-".join(groups[:7]) in text and "-".join(groups[7:]) in text
    assert "AGE-SECRET-KEY-1" in text
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600  # only the owner can read it
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_the_recovery_sheet_prints(qtbot, window, ctx, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    welcome = window.welcome
    qtbot.mouseClick(welcome.create_button, LEFT)
    qtbot.keyClicks(welcome.passphrase_fields.first, PASSPHRASE)
    qtbot.keyClicks(welcome.passphrase_fields.second, PASSPHRASE)
    qtbot.mouseClick(welcome.make_button, LEFT)
    qtbot.waitUntil(lambda: bool(welcome.recovery_label.text()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    welcome.print_sheet_to(printer)
    qtbot.waitUntil(lambda: welcome.copied_note.text() == "Sent the recovery sheet to the "
                                                          "printer.")
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1


def test_the_demo_practice_shows_its_passphrase_and_says_demo(qtbot, window, ctx):
    qtbot.mouseClick(window.welcome.demo_button, LEFT)
    qtbot.waitUntil(lambda: window.unlock_panel.isVisible(), timeout=20_000)
    assert ctx.demo_path.exists() and not ctx.vault_path.exists()
    assert window.windowTitle() == "Demo practice"  # Qt adds " — Reciprocal" itself
    from app.ui.kit.context import DEMO_PASSPHRASE

    assert DEMO_PASSPHRASE in window.unlock_panel.demo_note.text()
    unlock(qtbot, window, DEMO_PASSPHRASE)
    assert window.workspace.client_list.model.rowCount() == 12
    assert window.leave_demo_action.isVisible()

    window.leave_demo_action.trigger()
    qtbot.waitUntil(lambda: window.welcome.isVisible())
    assert ctx.vault is None and window.windowTitle() == ""


def test_a_new_practice_s_handouts_start_in_the_app_s_language_on_local_paper(
        qtbot, window, ctx):
    from PySide6.QtCore import QLocale

    from app.ui.kit.settings import LANGUAGE

    ctx.settings.set(LANGUAGE, "de")
    QLocale.setDefault(QLocale("en_US"))  # a US computer: Letter paper
    try:
        create_vault(qtbot, window)
    finally:
        QLocale.setDefault(QLocale("en_GB"))
    profile = ctx.vault.services.profile.get()
    assert (profile.locale, profile.paper_size) == ("de", "Letter")
