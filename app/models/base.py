"""Declarative base and the encrypted-field seam.

An encrypted field is a plain Python attribute (``client.display_name``) backed by a BLOB column
of the same name. All the encrypted fields of a row are one AES-GCM envelope, bound to the
row's table, id and plain values (app/models/row_seal.py); each column holds its own stretch of
the ciphertext and ``row_seal`` the rest. A ``TypeDecorator`` cannot see the row it belongs to,
so values set on the attribute wait in the instance until the row is written, where the whole
row is sealed again with its key (its client's key, or the vault's data key). Reading opens the
row's envelope on the first field read (one decryption for every field) and decodes each field
when it is first asked for, caching its value next to the stored value it came from. An
envelope that does not check raises ``IntegrityFailure`` naming the record, never garbage.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache, partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload
from uuid import UUID, uuid4

from sqlalchemy import LargeBinary, MetaData, Table, event, inspect, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, object_session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.base import NO_VALUE

from app.crypto.envelope import InvalidTag
from app.crypto.errors import DecryptionFailed
from app.crypto.keyring import KeyRing
from app.errors import BadInput, IntegrityFailure, VaultLocked
from app.models.checked_types import CheckedDate, CheckedDateTime, CheckedUuid
from app.models.row_seal import (
    SEAL_COLUMN,
    associated_data_in_order,
    envelope,
    envelope_columns,
    seal_checker,
    sealed_columns,
)
from app.models.shapes import Shape

T = TypeVar("T")

KEYRING = "keyring"
ROWS_SEALED = "rows_sealed"  # session info: every row of this vault carries a seal to check
# Set on a damaged row by the one write allowed on it: a PHQ-9 follow-up, which must be
# recordable even when the questionnaire cannot be read (its damaged fields stay unreadable:
# they are carried in the new envelope as they were stored, marked damaged in its header).
RESEAL_DAMAGED = "_reseal_damaged"
# In the dict of a row whose envelope is open: (the seal it was opened with, its plaintext,
# where each part of it starts: `seal_checker`).
_OPENED = "_envelope"

def _utf8(text: str) -> bytes:
    """Text with half of a surrogate pair (a broken emoji) has no UTF-8 form: refuse it plainly
    rather than let a UnicodeEncodeError escape from the save."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadInput(
            "Some of the text has a broken character (half of an emoji or symbol), so it was "
            "not saved; please retype that part."
        ) from exc


_UNLOADED = object()  # a column not in the instance's dict (expired, or not loaded yet)
# In the dict of a row loaded from a sealed vault whose seal has not been checked yet: the
# values it was loaded with (`_loaded_keys`), the seal's to check before any field is returned.
_UNCHECKED = "_seal_unchecked"
# What json.loads runs, without its wrappers (not in the stubs: the decoder sets it in __init__).
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _json(data: bytes) -> Any:
    """json.loads of UTF-8 bytes. What this module writes (one value, no spaces around it) is
    scanned directly; anything else, valid or not, is left to json.loads itself."""
    text = data.decode("utf-8")
    try:
        value, end = _scan_json(text, 0)
    except StopIteration:
        end = -1
    return value if end == len(text) else json.loads(text)


def _raw(value: Any) -> bytes:
    """Bytes as they are (a picture, say). Anything else is a bug in the caller: bytes(5)
    would quietly make five zero bytes."""
    if not isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(f"an encrypted bytes field holds bytes, not {type(value).__name__}")
    return bytes(value)


_CODECS: dict[str, tuple[Callable[[Any], bytes], Callable[[bytes], Any]]] = {
    "text": (_utf8, lambda b: b.decode("utf-8")),
    "bytes": (_raw, bytes),
    "json": (
        lambda v: _utf8(json.dumps(v, ensure_ascii=False, separators=(",", ":"))),
        _json,
    ),
}


class Encrypted(Generic[T]):
    """Descriptor for one encrypted attribute; see the module docstring."""

    def __init__(self, codec: str = "text", shape: Shape | None = None) -> None:
        self.encode, self.decode = _CODECS[codec]
        self.codec = codec
        self.text = codec == "text"  # decoded in line by __get__
        self.json = codec == "json"  # so is this
        # What a JSON field holds (app/models/shapes.py). Not enforced here: the services
        # validate what they write; data from outside (a restored backup) is checked against it.
        self.shape = shape
        self.name = ""
        self.column = ""
        self.opened = self.opened_from = ""
        self._places: dict[type, int] = {}

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.column = "_" + name
        # Where the instance keeps the value last opened and the row envelope's seal it came
        # from, by identity (not attribute names, so they cannot meet a column).
        self.opened, self.opened_from = "_plain:" + name, "_plain_of:" + name

    def place(self, model: type[Base]) -> int:
        """Where this field is among the encrypted fields of a row of `model`: its plaintext
        runs from bound ``place`` to bound ``place + 1`` of the opened envelope."""
        place = self._places.get(model)
        if place is None:
            place = self._places[model] = envelope_fields(model).index(self.column)
        return place

    @overload
    def __get__(self, obj: None, owner: type) -> Encrypted[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T | None: ...
    def __get__(self, obj: Any, owner: type) -> Any:
        # The hot path of every read: plain dict look-ups, no new objects but the plaintext
        # (benchmarks/decrypt_all.py); `Base.opener` once per row, for the key and the envelope.
        if obj is None:
            return self
        state = obj.__dict__
        if "_pending_plain" in state:
            pending = state["_pending_plain"]
            if pending and self.name in pending:
                return pending[self.name]
        blob = state.get(self.column, _UNLOADED)
        if blob is _UNLOADED:
            blob = getattr(obj, self.column)
        if blob is None:
            if _UNCHECKED in state:
                obj.opener()  # an empty field is only empty if the row's envelope says so
            return None
        context = state.get("_open_context")
        seal = state.get(SEAL_COLUMN, _UNLOADED)
        if seal is _UNLOADED:
            seal = getattr(obj, SEAL_COLUMN)
        if state.get(self.opened_from, _UNLOADED) is seal:  # from the envelope the row holds
            if context is not None and context[0].wiped:  # read before a lock: not after it
                raise VaultLocked("The vault is locked.")
            return state[self.opened]
        if context is None or context[0] is not state.get("_loaded_with") or context[0].wiped:
            context = obj.opener()  # the same context when it is current
        opened = state.get(_OPENED)
        if opened is None or opened[0] is not seal:
            opened = obj.open_envelope(context)
        place = self._places.get(type(obj))
        if place is None:
            place = self.place(type(obj))
        plaintext, bounds = opened[1], opened[2]
        if bounds[0] and plaintext[place]:  # carried in as it was stored, damaged
            raise obj.damaged()
        plain = plaintext[bounds[place]:bounds[place + 1]]
        try:
            if self.text:
                value = plain.decode()
            elif self.json:  # `_json`, written out
                text = plain.decode()
                try:
                    value, end = _scan_json(text, 0)
                except StopIteration:
                    end = -1
                if end != len(text):
                    value = json.loads(text)
            else:
                value = self.decode(plain)
        except ValueError as exc:  # sealed by this app, so never: but never garbage either
            raise obj.damaged() from exc
        state[self.opened] = value
        state[self.opened_from] = opened[0]
        return value

    def __set__(self, obj: Any, value: T | None) -> None:
        obj.__dict__.setdefault("_pending_plain", {})[self.name] = value
        if inspect(obj).persistent:
            getattr(obj, self.column)  # load it if expired, so it can be flagged
            flag_modified(obj, self.column)  # puts the row in session.dirty for before_flush


def encrypted_text() -> Encrypted[str]:
    return Encrypted("text")


def encrypted_bytes() -> Encrypted[bytes]:
    """For binary data (the practice's logo): stored inside the envelope as it is, written to
    a backup as the `bytes` kind (base64)."""
    return Encrypted("bytes")


def encrypted_json(shape: Shape | None = None) -> Encrypted[Any]:
    """For numbers, lists and dicts: stored as compact JSON inside the envelope. ``shape`` says
    what the field holds; every JSON field declares one (tests/unit/test_backup_shapes.py)."""
    return Encrypted("json", shape)


class Base(DeclarativeBase):
    """Every table has a random UUID primary key, set at construction so AD can name the row."""

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
        }
    )
    # Plaintext ids and dates are read through types that report tampering as damage.
    type_annotation_map = {UUID: CheckedUuid, datetime: CheckedDateTime, date: CheckedDate}
    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid4)
    # The seal over every stored value of the row (app/models/row_seal.py), made on each write.
    row_seal: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    if TYPE_CHECKING:
        # Every model here is mapped to a Table (SQLAlchemy's own hint allows any FromClause).
        __table__: ClassVar[Table]

    # The noun used in user-facing messages about this kind of record ("session note").
    __label__: ClassVar[str] = "record"
    # The attribute naming the client whose key seals this row; None means the vault's data key.
    __key_owner__: ClassVar[str | None] = "client_id"
    __encrypted__: ClassVar[tuple[str, ...]] = ()
    # The table name bound into each encrypted field's AD. Defaults to ``__tablename__``; a
    # renamed table sets it to the name its existing ciphertexts were sealed with.
    __ad_table__: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        fields = tuple(n for n, v in vars(cls).items() if isinstance(v, Encrypted))
        for name in fields:
            setattr(cls, "_" + name, mapped_column(name, LargeBinary, nullable=True))
        if fields or "__encrypted__" not in vars(cls):
            inherited = tuple(f for b in cls.__mro__[1:] for f in getattr(b, "__encrypted__", ()))
            cls.__encrypted__ = inherited + fields
        if "__tablename__" in vars(cls) and "__ad_table__" not in vars(cls):
            cls.__ad_table__ = cls.__tablename__
        super().__init_subclass__(**kwargs)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("id", uuid4())
        for key, value in kwargs.items():
            if not hasattr(type(self), key):
                raise TypeError(f"{type(self).__name__} has no attribute {key!r}")
            setattr(self, key, value)
        for key, default in _python_defaults(type(self)):  # what INSERT would add, now: the
            if key not in kwargs:                          # seal must cover it
                setattr(self, key, default())

    # -- the seam -------------------------------------------------------------------------
    def key_id(self, keyring: KeyRing) -> UUID:
        owner = type(self).__key_owner__
        return keyring.vault_id if owner is None else getattr(self, owner)

    @classmethod
    def key_id_of(cls, values: Mapping[str, Any], keyring: KeyRing) -> Any:
        """`key_id` of a row given as its column values (a backup's, a conversion's): the
        model's own rule, applied to a stand-in holding them."""
        stand_in = _stand_in(cls)()
        stand_in.__dict__.update(values)
        return cls.key_id(stand_in, keyring)

    def _keyring(self) -> KeyRing:
        keyring = self.__dict__.get("_loaded_with")
        if keyring is None:
            session = object_session(self)
            keyring = session.info.get(KEYRING) if session is not None else None
        if keyring is None or keyring.wiped:
            raise VaultLocked("The vault is locked.")
        return keyring

    def opener(self) -> tuple[KeyRing, Any, bytes]:
        """Once per row: the keyring, cipher and key id its envelope is opened with (one tuple
        per key, shared by its rows: `KeyRing.row_context`), after opening the row's envelope
        when the row was loaded from a sealed vault (which checks every stored value of the
        row). Raises IntegrityFailure naming the record."""
        state = self.__dict__
        keyring = state.get("_loaded_with")
        if keyring is None or keyring.wiped:
            keyring = self._keyring()
        context = state.get("_open_context")
        if context is None or context[0] is not keyring:
            try:
                context = keyring.row_context(self.key_id(keyring))
            except DecryptionFailed as exc:
                raise self.damaged() from exc
            loaded = state.get(_UNCHECKED)
            if loaded is not None:
                self._open_loaded(loaded, context[1], context[2])
            state["_open_context"] = context
            if loaded is not None:  # checked: what it was checked against is not kept
                del state[_UNCHECKED]
        return context

    def open_envelope(self, context: tuple[KeyRing, Any, bytes]) -> tuple[Any, bytes,
                                                                        tuple[int, ...]]:
        """Open the row's envelope as the row is now (refreshed from the file since it was
        loaded, say): what `opener` does on a load. Raises IntegrityFailure."""
        self._open_loaded(self._as_stored(), context[1], context[2])
        return self.__dict__[_OPENED]

    def _as_stored(self) -> tuple[Any, ...]:
        """The row id, the sealed values in `sealed_columns` order and the seal as they are in
        the file (what a load keeps, `_loaded_keys`): a value changed since, but not written
        yet, as it was (read from the file when it was changed before it was loaded)."""
        instance = inspect(self)
        committed = instance.committed_state
        keys = _loaded_keys(type(self))
        identity = instance.identity
        if any(committed.get(key) is NO_VALUE for key in keys) and identity is not None \
                and instance.session is not None:
            mapper = instance.mapper
            return tuple(instance.session.execute(
                select(*(mapper.attrs[key].columns[0] for key in keys))
                .where(mapper.attrs["id"].columns[0] == identity[0])).one())
        return tuple(committed[key] if key in committed else getattr(self, key) for key in keys)

    def _open_loaded(self, loaded: tuple[Any, ...], aead: Any, key_id_bytes: bytes) -> None:
        """Open the envelope of `loaded` (the row id, the sealed values in `sealed_columns`
        order, the seal: one call, `seal_checker`) and keep what it holds on the row."""
        check = _SEAL_CHECKERS.get(type(self))
        if check is None:
            check = _SEAL_CHECKERS[type(self)] = seal_checker(type(self))
        try:
            plaintext, bounds = check(loaded, aead, key_id_bytes)
        except (InvalidTag, DecryptionFailed, ValueError, TypeError) as exc:
            raise self.damaged() from exc
        self.__dict__[_OPENED] = (loaded[-1], plaintext, bounds)

    def damaged(self) -> IntegrityFailure:
        return IntegrityFailure(
            f"A {self.__label__} record ({self.id}) is damaged and could not be read; "
            "the rest of the vault is unaffected.",
            ((self.__label__, str(self.id)),),
        )

    def seal_row(self, keyring: KeyRing) -> None:
        """Seal the row as it is about to be written: its fields (those set since it was read,
        and the others as they were) in one new envelope over its plain values, each column
        given its stretch of the ciphertext. A field of a damaged row that is allowed one write
        (`RESEAL_DAMAGED`) is carried as it was stored, marked damaged."""
        state = self.__dict__
        model = type(self)
        pending = state.pop("_pending_plain", None) or {}
        fields = envelope_fields(model)
        opened = state.get(_OPENED)
        if opened is not None and opened[0] is not state.get(SEAL_COLUMN):
            opened = None
        stored = [None if key[1:] in pending else getattr(self, key) for key in fields]
        if opened is None and inspect(self).persistent:  # as stored, before it is sealed anew
            try:
                context = self.opener()  # opens it, if the row was loaded and not read yet
                opened = state.get(_OPENED)
                if opened is None or opened[0] is not state.get(SEAL_COLUMN):
                    opened = self.open_envelope(context)
            except IntegrityFailure:
                if not state.get(RESEAL_DAMAGED):
                    raise
                opened = None
        plain: list[bytes | None] = []
        damaged = bytearray(len(fields))
        for i, key in enumerate(fields):
            name, blob = key[1:], stored[i]
            if name in pending:
                value = pending[name]
                descriptor: Encrypted[Any] = getattr(model, name)
                plain.append(None if value is None else descriptor.encode(value))
            elif blob is None:
                plain.append(None)
            elif opened is None:  # a damaged row's field: as it was stored
                plain.append(bytes(blob) if isinstance(blob, bytes) else b"")
                damaged[i] = 1
            else:
                _seal, plaintext, bounds = opened
                plain.append(plaintext[bounds[i]:bounds[i + 1]])
                damaged[i] = plaintext[i] if bounds[0] else 0
        values = dict(zip(fields, plain, strict=True))
        ad = associated_data_in_order(model, self.id, (
            values[key] if kind == "encrypted" else getattr(self, key)
            for key, _name, kind in sealed_columns(model)))
        seal, stretches, bounds, plaintext = envelope(
            partial(keyring.seal, self.key_id(keyring)), ad, plain,
            bytes(damaged) if any(damaged) else b"")
        was = state.get(SEAL_COLUMN)
        for i, key in enumerate(fields):
            setattr(self, key, stretches[i])
            descriptor = getattr(model, key[1:])
            if key[1:] in pending:
                state[descriptor.opened] = pending[key[1:]]
                state[descriptor.opened_from] = seal
            elif was is not None and state.get(descriptor.opened_from) is was:
                state[descriptor.opened_from] = seal  # read before, and still so
        self.row_seal = seal
        state[_OPENED] = (seal, plaintext, bounds)


@event.listens_for(Base, "load", propagate=True, raw=True)  # raw: no wrapper call per row
def _remember_keyring(instance_state: Any, context: Any) -> None:
    """Keep the loading session's keyring on the row: looking the session up per field costs
    more than decrypting. A lock wipes that keyring, so the row stops decrypting too. In a
    sealed vault the row's seal is checked when its first field is opened, against the values
    kept here (even if the row is changed before that)."""
    obj: Base = instance_state.obj()
    info = context.session.info
    state = obj.__dict__
    state["_loaded_with"] = info.get(KEYRING)
    if info.get(ROWS_SEALED, False):
        model = type(obj)
        getter = _AS_LOADED.get(model)
        if getter is None:
            getter = _AS_LOADED[model] = itemgetter(*_loaded_keys(model))
        try:
            state[_UNCHECKED] = getter(state)
        except KeyError:  # a column not loaded (deferred) counts as empty, as it always has
            state[_UNCHECKED] = tuple(map(state.get, _loaded_keys(model)))


@cache
def _stand_in(model: type[Base]) -> type:
    return type(f"{model.__name__}Values", (), {"__key_owner__": model.__key_owner__})


@cache
def envelope_fields(model: type[Base]) -> tuple[str, ...]:
    """The attribute keys of `envelope_columns`: each encrypted column is mapped as "_" and
    its attribute's name (`Base.__init_subclass__`)."""
    return tuple("_" + name for name in envelope_columns(model))


@cache
def _loaded_keys(model: type[Base]) -> tuple[str, ...]:
    """The attribute keys of what a row's seal is checked against, in the order
    `associated_data_in_order` takes them: the row id, the sealed columns, the seal itself."""
    return ("id", *(key for key, _name, _kind in sealed_columns(model)), SEAL_COLUMN)


# What a load of a model keeps for its seal (one tuple from the instance's dict), and the
# check of that tuple against the seal (`seal_checker`); one dict look-up per row for each.
_AS_LOADED: dict[type[Base], Callable[[dict[str, Any]], tuple[Any, ...]]] = {}
_SEAL_CHECKERS: dict[type[Base], Callable[[tuple[Any, ...], Any, bytes],
                                           tuple[bytes, tuple[int, ...]]]] = {}


def _write_keyring(target: Base) -> KeyRing:
    session = object_session(target)
    keyring = session.info.get(KEYRING) if session is not None else None
    if keyring is None or keyring.wiped:
        raise VaultLocked("The vault is locked.")
    return keyring


@event.listens_for(Base, "before_insert", propagate=True)
def _seal_new_row(_mapper: Any, _connection: Any, target: Base) -> None:
    target.seal_row(_write_keyring(target))


@event.listens_for(Base, "before_update", propagate=True)
def _seal_changed_row(_mapper: Any, _connection: Any, target: Base) -> None:
    state = target.__dict__
    if _UNCHECKED in state and not state.get(RESEAL_DAMAGED):
        # Changed without a field read first: the row must be as sealed before it is resealed,
        # or a write would make a tampered record genuine.
        target.opener()
    for key, onupdate in _python_onupdates(type(target)):  # what UPDATE would set, now
        if not inspect(target).attrs[key].history.has_changes():
            setattr(target, key, onupdate())
            # Written even when equal to the stored value (a second save within the same
            # second): else SQLAlchemy leaves it out of the UPDATE and runs the column's
            # onupdate again, a later reading of the clock than the one sealed just below.
            flag_modified(target, key)
    target.seal_row(_write_keyring(target))


@cache
def _python_defaults(model: type[Base]) -> tuple[tuple[str, Callable[[], Any]], ...]:
    return tuple((prop.key, _callable(prop.columns[0].default))
                 for prop in inspect(model).column_attrs
                 if prop.columns[0].default is not None and prop.key != "id")


@cache
def _python_onupdates(model: type[Base]) -> tuple[tuple[str, Callable[[], Any]], ...]:
    return tuple((prop.key, _callable(prop.columns[0].onupdate))
                 for prop in inspect(model).column_attrs
                 if prop.columns[0].onupdate is not None)


def _callable(default: Any) -> Callable[[], Any]:
    """A column's Python-side default as a function of nothing (SQLAlchemy wraps callables to
    take an execution context, which these defaults ignore)."""
    if default.is_callable:
        return lambda: default.arg(None)
    return lambda: default.arg


def now() -> datetime:
    """Timestamps are local wall-clock time, second precision: a single-user desktop app."""
    return datetime.now().replace(microsecond=0)
