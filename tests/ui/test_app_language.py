"""Which language the screens speak: the system's when the app has it, else English, or the
one chosen in Settings; Qt's own dialogs and the dates follow it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.ui.kit import language
from app.ui.kit.dates import date_time_format, long_date, session_moment


def test_the_system_s_language_when_the_app_speaks_it_else_english():
    assert language.chosen_language("", QLocale("de_AT")) == "de"
    assert language.chosen_language("", QLocale("pt_BR")) == "pt"
    assert language.chosen_language("", QLocale("it_IT")) == "en"
    assert language.chosen_language("fr", QLocale("de_DE")) == "fr"  # Settings' choice wins
    assert language.chosen_language("xx", QLocale("es_ES")) == "es"  # an unknown one: ignored


def test_dates_follow_the_language_keeping_the_system_s_own_country():
    assert language.locale_for("pt", QLocale("pt_BR")).name() == "pt_BR"
    assert language.locale_for("pt", QLocale("en_US")).name() == "pt_PT"
    assert language.locale_for("en", QLocale("en_US")).name() == "en_US"


def test_installing_a_language_translates_ours_qt_s_dialogs_and_dates(qapp):
    language.install("de", QLocale("en_GB"))
    assert QCoreApplication.translate("RecordFeature", "&Overview") == "&Überblick"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert "März" in long_date(date(2026, 3, 4))
    language.install("en", QLocale("en_GB"))
    assert QCoreApplication.translate("RecordFeature", "&Overview") == "&Overview"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert "Mar" in long_date(date(2026, 3, 4)) and "März" not in long_date(date(2026, 3, 4))


@pytest.mark.parametrize("name", ["en_GB", "en_US", "de_DE", "fr_FR", "ja_JP", "ar_EG", "fi_FI"])
def test_a_session_s_moment_reads_as_its_date_time_editor_writes_it(qapp, name):
    """`session_moment` formats the date and the time apart (quicker): the words are those of
    the whole `date_time_format` on a QDateTime. The locale is set as the default itself:
    installing English on a system of another language would make it en_GB."""
    QLocale.setDefault(QLocale(name))  # (the autouse `english` fixture puts en_GB back)
    assert QLocale().name() == name
    for when in (datetime(2026, 1, 5, 9, 5), datetime(2026, 12, 30, 23, 55)):
        stamp = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        assert session_moment(when) == QLocale().toString(stamp, date_time_format())
