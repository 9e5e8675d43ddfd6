"""Boundaries & transparency checklists: templates (the built-in default, editable, and the
therapist's own) and per-client checklists made from them, walked through together item by item.

The built-in template's wording lives in ``app/data/checklists/default.json`` so it can be read
and reviewed without the app; it is copied into the vault the first time templates are listed.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import BadInput, IntegrityFailure, NotAllowed
from app.languages import language_of
from app.models import Checklist, ChecklistItem, ChecklistTemplate, PracticeProfile
from app.resources import resource_path
from app.services.changes import Changed, RecordKind, ignore_change
from app.services.database import Database
from app.services.values import (
    get_row,
    iso,
    one_of,
    parse_date,
    require_client,
    text,
    views,
)

STATUSES = ("not_yet", "discussed", "agreed", "revisit")
STATUS_LABELS = {
    "not_yet": "Not yet",
    "discussed": "Discussed",
    "agreed": "Agreed",
    "revisit": "Come back to this",
}
OPEN_STATUSES = ("not_yet", "discussed", "revisit")  # everything not yet agreed
RAISED_BY = ("client", "therapist")


def _default_file(language: str) -> dict[str, Any]:
    """The built-in topics as the app ships them in `language` (app.languages.LANGUAGES):
    `default.json` in English, `default.<language>.json` in the others."""
    name = "default.json" if language == "en" else f"default.{language}.json"
    return json.loads(resource_path("checklists", name).read_text(encoding="utf-8"))


def default_template_name(language: str = "en") -> str:
    return str(_default_file(language)["name"])


def default_template_items(language: str = "en") -> list[dict[str, str]]:
    """The built-in template's items, ``[{"topic": ..., "description": ...}]``, read afresh."""
    return [
        {"topic": str(item["topic"]), "description": str(item.get("description", ""))}
        for item in _default_file(language)["items"]
    ]


def _practice_language(s: Session) -> str:
    return language_of(s.scalar(select(PracticeProfile.locale)) or "en")


@dataclass(frozen=True, slots=True)
class TemplateItem:
    topic: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    name: str
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True, slots=True)
class TemplateView:
    id: UUID
    builtin: bool
    updated_at: datetime
    name: str = ""
    items: tuple[TemplateItem, ...] = ()
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class ItemDraft:
    """One topic on a client's checklist. A date left empty is filled with today once the
    topic has been talked about (any status but not_yet)."""

    topic: str
    description: str = ""
    status: str = "not_yet"
    raised_by: str = "therapist"
    note: str = ""
    discussed_on: date | None = None


@dataclass(frozen=True, slots=True)
class ChecklistItemView:
    id: UUID
    checklist_id: UUID
    client_id: UUID
    position: int
    status: str
    updated_at: datetime
    topic: str = ""
    description: str = ""
    raised_by: str = ""
    note: str = ""
    discussed_on: date | None = None
    damaged: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class ChecklistView:
    id: UUID
    client_id: UUID
    template_id: UUID | None
    created_at: datetime
    title: str = ""
    items: tuple[ChecklistItemView, ...] = ()
    damaged: bool = False


# -- views ----------------------------------------------------------------------------------
def _template_view(row: ChecklistTemplate) -> TemplateView:
    items = tuple(TemplateItem(str(i.get("topic", "")), str(i.get("description", "")))
                  for i in (row.items or []))
    return TemplateView(row.id, row.builtin, row.updated_at, text(row.name), items)


def _damaged_template(row: ChecklistTemplate) -> TemplateView:
    return TemplateView(row.id, row.builtin, row.updated_at, damaged=True)


def _item_view(row: ChecklistItem) -> ChecklistItemView:
    return ChecklistItemView(
        row.id, row.checklist_id, row.client_id, row.position, row.status, row.updated_at,
        topic=text(row.topic), description=text(row.description),
        raised_by=text(row.raised_by), note=text(row.note),
        discussed_on=parse_date(row.discussed_on),
    )


def _damaged_item(row: ChecklistItem) -> ChecklistItemView:
    return ChecklistItemView(row.id, row.checklist_id, row.client_id, row.position, row.status,
                             row.updated_at, damaged=True)


def _item_views(s: Session, checklist_id: UUID) -> tuple[ChecklistItemView, ...]:
    rows = s.scalars(select(ChecklistItem).where(ChecklistItem.checklist_id == checklist_id)
                     .order_by(ChecklistItem.position))
    return tuple(views(rows, _item_view, _damaged_item))


def _checklist_view(s: Session, row: Checklist) -> ChecklistView:
    items = _item_views(s, row.id)
    try:
        title = text(row.title)
    except IntegrityFailure:  # the items may still be readable
        return ChecklistView(row.id, row.client_id, row.template_id, row.created_at,
                             items=items, damaged=True)
    return ChecklistView(row.id, row.client_id, row.template_id, row.created_at, title, items)


def open_item_views(s: Session, client_id: UUID) -> list[ChecklistItemView]:
    """Items not yet agreed (or to come back to), oldest checklist first, in their order."""
    rows = s.scalars(
        select(ChecklistItem)
        .join(Checklist, Checklist.id == ChecklistItem.checklist_id)
        .where(ChecklistItem.client_id == client_id, ChecklistItem.status.in_(OPEN_STATUSES))
        .order_by(Checklist.created_at, Checklist.id, ChecklistItem.position)
    )
    return views(rows, _item_view, _damaged_item)


# -- validation -----------------------------------------------------------------------------
def _template_items(draft: TemplateDraft) -> list[dict[str, str]]:
    if not draft.name.strip():
        raise BadInput("Please give the checklist template a name.")
    items = [{"topic": i.topic.strip(), "description": i.description} for i in draft.items]
    if not items:
        raise BadInput("A checklist template needs at least one topic.")
    if any(not i["topic"] for i in items):
        raise BadInput("Every topic on a checklist needs a few words saying what it is about.")
    return items


def _validate_item(draft: ItemDraft) -> None:
    if not draft.topic.strip():
        raise BadInput("Every topic on a checklist needs a few words saying what it is about.")
    one_of(draft.status, STATUSES, "A checklist item's status")
    one_of(draft.raised_by, RAISED_BY, "Who raised a topic")


class Checklists:
    def __init__(self, db: Database, changed: Changed = ignore_change) -> None:
        self._db = db
        self._changed = changed

    # -- templates --------------------------------------------------------------------------
    def templates(self) -> list[TemplateView]:
        """The built-in template first, then the therapist's own by name."""
        with self._db.begin() as s:
            self._ensure_default(s)
            found = views(s.scalars(select(ChecklistTemplate)), _template_view, _damaged_template)
        return sorted(found, key=lambda t: (not t.builtin, t.damaged, t.name.casefold()))

    def template(self, template_id: UUID) -> TemplateView:
        with self._db.begin() as s:
            return _template_view(self._template_row(s, template_id))

    def default_template(self) -> TemplateView:
        with self._db.begin() as s:
            return _template_view(self._ensure_default(s))

    @staticmethod
    def _ensure_default(s: Session) -> ChecklistTemplate:
        row = s.scalars(select(ChecklistTemplate).where(ChecklistTemplate.builtin)).first()
        if row is None:  # made in the practice's language
            language = _practice_language(s)
            row = ChecklistTemplate(builtin=True, name=default_template_name(language),
                                    items=default_template_items(language))
            s.add(row)
            s.flush()
        return row

    @staticmethod
    def _template_row(s: Session, template_id: UUID) -> ChecklistTemplate:
        return get_row(s, ChecklistTemplate, template_id,
                       "That checklist template is not in this vault.")

    def create_template(self, draft: TemplateDraft) -> TemplateView:
        items = _template_items(draft)
        with self._db.begin() as s:
            row = ChecklistTemplate(builtin=False, name=draft.name.strip(), items=items)
            s.add(row)
            s.flush()
            view = _template_view(row)
        self._changed(None, RecordKind.CHECKLIST_TEMPLATE)
        return view

    def update_template(self, template_id: UUID, draft: TemplateDraft) -> TemplateView:
        """Templates, the built-in one included, can be reworded; checklists already made from
        them keep their own copy of the wording."""
        items = _template_items(draft)
        with self._db.begin() as s:
            row = self._template_row(s, template_id)
            row.name = draft.name.strip()
            row.items = items
            s.flush()
            view = _template_view(row)
        self._changed(None, RecordKind.CHECKLIST_TEMPLATE)
        return view

    def reset_default(self) -> TemplateView:
        """Put the built-in template back to the wording the app ships with, in the practice's
        language."""
        with self._db.begin() as s:
            row = self._ensure_default(s)
            language = _practice_language(s)
            row.name = default_template_name(language)
            row.items = default_template_items(language)
            s.flush()
            view = _template_view(row)
        self._changed(None, RecordKind.CHECKLIST_TEMPLATE)
        return view

    def delete_template(self, template_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._template_row(s, template_id)
            if row.builtin:
                raise NotAllowed("The built-in template cannot be deleted; you can reword it.")
            s.delete(row)
        self._changed(None, RecordKind.CHECKLIST_TEMPLATE)

    # -- a client's checklists ----------------------------------------------------------------
    def start(self, client_id: UUID, template_id: UUID | None = None,
              title: str | None = None) -> ChecklistView:
        """A new checklist for the client with its own copy of the template's topics. From the
        built-in template, a client whose handouts are in another language than the practice's
        gets the built-in topics as shipped in their language (the practice's rewording of
        them is in its own language)."""
        with self._db.begin() as s:
            client = require_client(s, client_id)
            if template_id is None:
                template = self._ensure_default(s)
            else:
                template = self._template_row(s, template_id)
            name, items = text(template.name), template.items or []
            language = client.handout_language or ""
            if template.builtin and language and language != _practice_language(s):
                name, items = default_template_name(language), default_template_items(language)
            row = Checklist(client_id=client_id, template_id=template.id,
                            title=(title or "").strip() or name)
            s.add(row)
            s.flush()  # no ORM relationships: the parent row goes first
            for position, item in enumerate(items):
                s.add(ChecklistItem(
                    checklist_id=row.id, client_id=client_id, position=position,
                    status="not_yet", topic=item.get("topic", ""),
                    description=item.get("description", ""), raised_by="therapist", note="",
                ))
            s.flush()
            view = _checklist_view(s, row)
        self._changed(client_id, RecordKind.CHECKLIST)
        return view

    def list(self, client_id: UUID) -> list[ChecklistView]:
        """The client's checklists, newest first; damaged items show as damaged."""
        with self._db.begin() as s:
            rows = s.scalars(select(Checklist).where(Checklist.client_id == client_id)
                             .order_by(Checklist.created_at.desc()))
            return [_checklist_view(s, row) for row in rows]

    def get(self, checklist_id: UUID) -> ChecklistView:
        with self._db.begin() as s:
            return _checklist_view(s, self._checklist_row(s, checklist_id))

    @staticmethod
    def _checklist_row(s: Session, checklist_id: UUID) -> Checklist:
        return get_row(s, Checklist, checklist_id, "That checklist is not in this vault.")

    @staticmethod
    def _item_row(s: Session, item_id: UUID) -> ChecklistItem:
        return get_row(s, ChecklistItem, item_id, "That checklist item is not in this vault.")

    def open_items(self, client_id: UUID) -> builtins.list[ChecklistItemView]:
        """What is still to talk about or agree: every item not agreed, or marked revisit."""
        with self._db.begin() as s:
            return open_item_views(s, client_id)

    def add_item(self, checklist_id: UUID, draft: ItemDraft) -> ChecklistItemView:
        """A topic the client or therapist raises that the template did not have."""
        _validate_item(draft)
        with self._db.begin() as s:
            checklist = self._checklist_row(s, checklist_id)
            last = s.scalar(select(func.max(ChecklistItem.position))
                            .where(ChecklistItem.checklist_id == checklist_id))
            row = ChecklistItem(checklist_id=checklist_id, client_id=checklist.client_id,
                                position=0 if last is None else last + 1)
            self._apply(row, draft, previous=None)
            s.add(row)
            s.flush()
            view = _item_view(row)
        self._changed(view.client_id, RecordKind.CHECKLIST)
        return view

    def update_item(self, item_id: UUID, draft: ItemDraft) -> ChecklistItemView:
        _validate_item(draft)
        with self._db.begin() as s:
            row = self._item_row(s, item_id)
            self._apply(row, draft, previous=parse_date(row.discussed_on))
            s.flush()
            view = _item_view(row)
        self._changed(view.client_id, RecordKind.CHECKLIST)
        return view

    @staticmethod
    def _apply(row: ChecklistItem, draft: ItemDraft, previous: date | None) -> None:
        row.topic = draft.topic.strip()
        row.description = draft.description
        row.status = draft.status
        row.raised_by = draft.raised_by
        row.note = draft.note
        day = draft.discussed_on
        if day is None and draft.status != "not_yet":
            day = previous or date.today()
        row.discussed_on = iso(day)

    def remove_item(self, item_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._item_row(s, item_id)
            client_id = row.client_id
            s.delete(row)
        self._changed(client_id, RecordKind.CHECKLIST)

    def delete(self, checklist_id: UUID) -> None:
        with self._db.begin() as s:
            row = self._checklist_row(s, checklist_id)
            client_id = row.client_id
            s.delete(row)
        self._changed(client_id, RecordKind.CHECKLIST)
