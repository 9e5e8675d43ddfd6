"""The list half of every list-beside-an-editor screen (sessions, journal, and the editors to
come): records shown one per item, found by id, rebuilt after a change without disturbing the
record being edited.

Each item holds its record (a service dataclass with an ``id``). `show_records` rebuilds the
list and keeps the chosen record chosen without emitting `currentItemChanged`, so a refresh
after a save never reloads — or empties — the editor beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordList(QListWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Change items or the current one without telling the editor."""
        self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(False)

    @staticmethod
    def record(item: QListWidgetItem) -> Any:
        return item.data(RECORD_ROLE)

    def new_item(self, record: Any, text: str, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(RECORD_ROLE, record)
        if row is None:
            self.addItem(item)
        else:
            self.insertItem(row, item)
        return item

    def item_of(self, record_id: UUID) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if self.record(item).id == record_id:
                return item
        return None

    def current_id(self) -> UUID | None:
        item = self.currentItem()
        return None if item is None else self.record(item).id

    def show_records(self, records: Iterable[Any], line: Callable[[Any], str],
                     chosen: UUID | None) -> None:
        """Rebuild the list; `chosen` stays current if it is still there."""
        with self.quietly():
            self.clear()
            for record in records:
                item = self.new_item(record, line(record))
                if record.id == chosen:
                    self.setCurrentItem(item)

    def forget_current(self) -> None:
        with self.quietly():
            self.setCurrentRow(-1)
