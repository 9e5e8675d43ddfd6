"""The handouts a client can be given, as the UI names them: the kinds the handouts service
builds (`app.services.handouts.HandoutKind`, by value) in the words of its `KIND_NAMES` (which
the disclosure log uses; a test keeps the two alike), and which one each tab offers first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.kit.translate import QT_TRANSLATE_NOOP

_C = "HandoutPreview"
# In menu order.
KIND_TITLES: dict[str, str] = {
    "session": QT_TRANSLATE_NOOP("HandoutPreview", "Session summary"),
    "agreement": QT_TRANSLATE_NOOP("HandoutPreview", "Goal agreement"),
    "checklist": QT_TRANSLATE_NOOP("HandoutPreview", "Boundaries & transparency agreement"),
    "practices": QT_TRANSLATE_NOOP("HandoutPreview", "Practices sheet"),
    "phq9-form": QT_TRANSLATE_NOOP("HandoutPreview", "PHQ-9 form (blank)"),
    "gad7-form": QT_TRANSLATE_NOOP("HandoutPreview", "GAD-7 form (blank)"),
    "record": QT_TRANSLATE_NOOP("HandoutPreview", "The client's record"),
}
# Suggested file names: the kind and the date, never the client's name (file names show in
# folders, backups of folders and "recent files" lists).
FILE_NAMES: dict[str, str] = {
    "session": "session-summary", "agreement": "goal-agreement",
    "checklist": "boundaries-and-transparency", "practices": "practices",
    "phq9-form": "phq-9", "gad7-form": "gad-7", "record": "client-record",
}
# The handout each tab of the client's workspace (`RecordFeature.key`) makes first.
TAB_HANDOUTS: dict[str, str] = {
    "overview": "session", "sessions": "session", "goals": "agreement",
    "checklists": "checklist", "feedback": "phq9-form", "exercises": "practices",
}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate(_C, KIND_TITLES[kind])
