"""The command line (docs/design.md §6): a stable contract that scripts and tests rely on.

Every command is one function registered with ``@command(...)``; adding a command is adding one
such function. Expected errors are the project's own exceptions: each prints one sentence to
standard error and exits with its ``exit_code`` (0 ok, 1 usage or bad input, 2 wrong passphrase,
key or identity, 3 integrity failure, 4 vault busy). Passphrases never appear on the command line:
they are typed at a terminal without echo, or read from a file (``-`` = standard input).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import UUID

from app import __version__
from app.errors import BadInput, ReciprocalError
from app.languages import LANGUAGES

if TYPE_CHECKING:  # the services load only when a command needs them: --help stays instant
    from app.crypto.kdf import KdfParams
    from app.services.vault import Vault

Handler = Callable[[argparse.Namespace], int]
DEBUG_VARIABLE = "RECIPROCAL_DEBUG"


class _Parser(argparse.ArgumentParser):
    """Usage errors exit 1, like every other bad input (argparse's own default is 2, which
    this contract reserves for a wrong passphrase)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n")


@dataclass(frozen=True, slots=True)
class _Arg:
    flags: tuple[str, ...]
    options: dict[str, Any]


def arg(*flags: str, **options: Any) -> _Arg:
    return _Arg(flags, options)


@dataclass(frozen=True, slots=True)
class _Command:
    name: str
    help: str
    arguments: tuple[_Arg, ...]
    handler: Handler


_COMMANDS: list[_Command] = []


def command(name: str, help: str, *arguments: _Arg) -> Callable[[Handler], Handler]:
    """Register a subcommand: its name, one line of help, and its arguments."""

    def register(handler: Handler) -> Handler:
        _COMMANDS.append(_Command(name, help, arguments, handler))
        return handler

    return register


# -- shared arguments -------------------------------------------------------------------------
def _vault_arg() -> _Arg:
    return arg("--vault", required=True, type=Path, metavar="PATH", help="the vault file")


def _passphrase_file_arg(what: str = "the vault's passphrase") -> _Arg:
    return arg(
        "--passphrase-file", type=str, metavar="FILE",
        help=f"read {what} from the first line of FILE ('-' = standard input) instead of asking",
    )


def _new_passphrase_file_arg() -> _Arg:
    return arg(
        "--new-passphrase-file", type=str, metavar="FILE",
        help="read the new passphrase from the first line of FILE ('-' = standard input)",
    )


def _json_arg() -> _Arg:
    return arg("--json", action="store_true", help="print the result as JSON")


def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"choose a number from {low} to {high}")
        return value

    return parse


# -- passphrases and keys ---------------------------------------------------------------------
class _Secrets:
    """Reads passphrases and keys: from a file, from standard input, or typed without echo.

    Standard input may feed several secrets (one per line, in the order asked), so a script can
    pipe both the current and the new passphrase to ``passwd``."""

    def __init__(self) -> None:
        self._stdin_lines: Iterator[str] | None = None

    def _first_line(self, source: str, what: str) -> str:
        if source == "-":
            if self._stdin_lines is None:
                self._stdin_lines = iter(sys.stdin.read().splitlines())
            line = next(self._stdin_lines, None)
            if line is None:
                raise BadInput(f"Standard input ended before {what} was given.")
        else:
            try:
                with open(source, encoding="utf-8") as handle:
                    line = handle.readline()
            except UnicodeDecodeError:
                raise BadInput(f"The file {source} is not UTF-8 text.") from None
            except OSError as exc:
                raise BadInput(f"The file {source} cannot be read ({exc.strerror}).") from None
            line = line.rstrip("\r\n")
        if not line:
            raise BadInput(f"No {what} was found in {'standard input' if source == '-' else source}.")
        return line

    @staticmethod
    def _require_terminal(what: str, option: str) -> None:
        if not sys.stdin.isatty():
            raise BadInput(
                f"No {what} was given: type it at a terminal, or use {option} FILE "
                "('-' for standard input)."
            )

    def existing(self, source: str | None, what: str = "passphrase",
                 option: str = "--passphrase-file") -> str:
        if source is not None:
            return self._first_line(source, what)
        self._require_terminal(what, option)
        return getpass.getpass(f"{what[0].upper()}{what[1:]}: ")

    def new(self, source: str | None, option: str) -> str:
        """A new passphrase: from a file, or typed twice at a terminal."""
        if source is not None:
            return self._first_line(source, "new passphrase")
        self._require_terminal("new passphrase", option)
        first = getpass.getpass("New passphrase: ")
        if not first:
            raise BadInput("The passphrase cannot be empty.")
        if getpass.getpass("Type it again: ") != first:
            raise BadInput("The two passphrases are not the same; nothing was changed.")
        return first


def _note(message: str) -> None:
    """Progress and hints go to standard error, so standard output stays clean for scripts."""
    print(message, file=sys.stderr, flush=True)


def _unlock(vault: Vault, passphrase: str) -> None:
    """Unlock, and say so when the file holds fewer saves than this computer has seen of it."""
    from app.services.vault import OLDER_COPY

    vault.unlock(passphrase)
    if vault.older_than_seen:
        _note(f"Warning: {OLDER_COPY}")


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[Vault]:
    """The vault named by --vault, unlocked with the passphrase; closed afterwards."""
    from app.services.vault import Vault

    with Vault.open(args.vault) as vault:
        _unlock(vault, _Secrets().existing(args.passphrase_file))
        yield vault


def _kdf_line(params: KdfParams, seconds: float | None = None) -> str:
    line = (f"Key derivation: Argon2id with {params.memory_kib // 1024} MiB of memory, "
            f"{params.iterations} iterations and {params.lanes} lanes")
    if seconds is None:
        return line + "."
    return line + f"; unlocking takes {seconds:.2f} s on this computer."


def _timed_unlock(vault: Vault, passphrase: str) -> float:
    """Lock and unlock again: proves the passphrase opens the new vault and measures it."""
    vault.lock()
    start = time.perf_counter()
    vault.unlock(passphrase)
    return time.perf_counter() - start


def _print_recovery_key(recovery_key: str) -> None:
    print(
        "\nYour recovery key (shown only this once):\n\n"
        f"    {recovery_key}\n\n"
        "Write it down or print it and keep it somewhere safe, away from this computer. "
        "It opens the vault if you forget your passphrase, so anyone who has it and the vault "
        "file can read your records.\n"
    )


# -- commands ---------------------------------------------------------------------------------
@command("init", "create a vault (asks for a passphrase, prints the recovery key once)",
         _vault_arg(), _passphrase_file_arg("the new vault's passphrase"))
def _init(args: argparse.Namespace) -> int:
    from app.services.vault import Vault

    _refuse_existing(args.vault)
    passphrase = _Secrets().new(args.passphrase_file, "--passphrase-file")
    _note("Measuring this computer to choose how hard the passphrase is to guess…")
    vault, recovery_key = Vault.create(args.vault, passphrase)
    with vault:
        seconds = _timed_unlock(vault, passphrase)
        print(f"Your new vault is ready: {vault.path}")
        print(_kdf_line(vault.kdf_params, seconds))
    _print_recovery_key(recovery_key)
    return 0


def _refuse_existing(path: Path) -> None:
    """Fail before asking for a passphrase (and before a slow calibration)."""
    if path.exists():
        raise BadInput(f"{path} already exists; choose a new file name for the vault.")


@command("demo", "create a new vault holding a realistic synthetic practice",
         _vault_arg(), _passphrase_file_arg("the demo vault's passphrase"),
         arg("--clients", type=_count(1, 5000), default=200, metavar="N",
             help="how many clients (default 200)"),
         arg("--sessions", type=_count(1, 500), default=50, metavar="N",
             help="sessions per client (default 50)"),
         arg("--seed", type=int, default=0, metavar="S",
             help="the same seed builds the same practice (default 0)"))
def _demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo

    _refuse_existing(args.vault)
    passphrase = _Secrets().new(args.passphrase_file, "--passphrase-file")
    _note("Measuring this computer to choose how hard the passphrase is to guess…")
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        _note(f"Writing the demo practice: {done} of {total} clients")

    summary = build_demo(args.vault, passphrase, clients=args.clients, sessions=args.sessions,
                         seed=args.seed, progress=progress)
    elapsed = time.perf_counter() - start
    size_mb = Path(args.vault).stat().st_size / 1_000_000
    print(
        f"The demo practice is ready: {Path(args.vault).absolute()}\n"
        f"{summary.clients} clients and {summary.sessions} sessions, {size_mb:.1f} MB, "
        f"built in {elapsed:.1f} s (seed {args.seed})."
    )
    print(_kdf_line(summary.kdf_params))
    _print_recovery_key(summary.recovery_key)
    return 0


@command("check", "decrypt and verify every record; list damaged ones",
         _vault_arg(), _passphrase_file_arg(), _json_arg())
def _check(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        report = vault.check()
    damaged = [{"kind": d.kind, "id": d.id} for d in report.damaged]
    if args.json:
        print(json.dumps({"ok": report.ok, "records_checked": report.records_checked,
                          "damaged": damaged}, indent=2))
    elif report.ok:
        print(f"Checked {report.records_checked} records: all are intact.")
    else:
        print(f"{len(damaged)} of {report.records_checked} records are damaged:")
        for record in damaged:
            print(f"  {record['kind']}  {record['id']}")
        print("Restore them from a backup; the other records are unaffected.")
    return 0 if report.ok else 3


@command("clients", "list clients: position, id, display name, status",
         _vault_arg(), _passphrase_file_arg(), _json_arg())
def _clients(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        clients = vault.services.clients.list()
    if args.json:
        print(json.dumps([
            {"position": n, "id": str(c.id), "display_name": c.display_name,
             "status": c.status, "damaged": c.damaged}
            for n, c in enumerate(clients, start=1)
        ], ensure_ascii=False, indent=2))
        return 0
    if not clients:
        print("There are no clients in this vault yet.")
        return 0
    width = max(_display_width(c.display_name) for c in clients)
    for n, c in enumerate(clients, start=1):
        name = c.display_name + " " * (width - _display_width(c.display_name))
        print(f"{n:>4}  {c.id}  {name}  {c.status}")
    return 0


def _display_width(text: str) -> int:
    """Terminal columns: wide East Asian characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


@command("erase", "crypto-erase one client for good (exit 1 inside the retention period "
                  "without --ignore-retention)",
         _vault_arg(), _passphrase_file_arg(),
         arg("--client", required=True, metavar="ID_OR_NAME",
             help="the client's id, exact display name, or position in `clients`"),
         arg("--ignore-retention", action="store_true",
             help="erase even though the practice's retention period has not yet passed"))
def _erase(args: argparse.Namespace) -> int:
    from app.errors import NotAllowed
    from app.services.clients import confirms_erasure

    with _unlocked(args) as vault:
        clients = vault.services.clients
        client = clients.resolve(args.client)
        retention = clients.retention(client.id)
        if not retention.passed and not args.ignore_retention:
            assert retention.keep_until is not None
            raise NotAllowed(
                f"This client's records are normally kept until {_day(retention.keep_until)} "
                f"({retention.years} years after the last session), so nothing was erased; "
                "add --ignore-retention to erase them anyway."
            )
        if sys.stdin.isatty():  # a person at a terminal confirms; a script opted in by calling
            what = "id" if client.damaged else "name"
            _note("Erasing destroys every session note, agreement, checklist, feedback, "
                  "questionnaire and exercise of this client, and the key that encrypts them: "
                  "it cannot be undone. Backups made before now still hold the client; "
                  "erasure cannot reach them.")
            print(f"Type the client's {what} to erase them for good: ", end="",
                  file=sys.stderr, flush=True)
            typed = sys.stdin.readline()
            if not confirms_erasure(typed, client):
                raise BadInput(f"That is not the client's {what}, so nothing was erased.")
        clients.erase(client.id, before_retention_ends=True)
    print(f"Client {client.id} is erased for good: their key and every record about them are "
          "gone from this vault. Backups made before now still hold them; delete those too if "
          "they must go.")
    return 0


@command("disclosures", "the disclosure log: every export, print, handout and backup, newest "
                        "first (never editable)",
         _vault_arg(), _passphrase_file_arg(),
         arg("--client", metavar="ID_OR_NAME",
             help="only the entries about this client (id, exact display name, or position in "
                  "`clients`)"),
         _json_arg())
def _disclosures(args: argparse.Namespace) -> int:
    with _unlocked(args) as vault:
        client_id = (vault.services.clients.resolve(args.client).id
                     if args.client is not None else None)
        entries = vault.services.disclosures.list(client_id)
    if args.json:
        print(json.dumps([
            {"id": str(e.id), "at": e.at.isoformat(), "action": e.action, "what": e.what,
             "recipient": e.recipient, "client_id": str(e.client_id) if e.client_id else None,
             "damaged": e.damaged}
            for e in entries
        ], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("Nothing has left the vault yet." if client_id is None
              else "Nothing about this client has left the vault yet.")
        return 0
    for e in entries:
        when = f"{_day(e.at.date())} {e.at:%H:%M}"
        if e.damaged:
            print(f"{when}  (damaged entry {e.id})")
        else:
            to = f" — to {e.recipient}" if e.recipient else ""
            print(f"{when}  {e.action}: {e.what}{to}")
    return 0


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


@command("handout", "make a client's PDF handout (one entry in the disclosure log)",
         _vault_arg(), _passphrase_file_arg(),
         arg("--client", required=True, metavar="ID_OR_NAME",
             help="the client: id, exact display name, or position in `clients`"),
         arg("--kind", required=True, metavar="KIND",
             help="session, agreement, checklist, practices, record, phq9-form or gad7-form"),
         arg("--session", metavar="ID|latest",
             help="for --kind session: which session (default: the latest)"),
         arg("--large-print", action="store_true", help="bigger type, for easier reading"),
         arg("--language", choices=tuple(LANGUAGES),
             help="print it in this language for once (default: the client's own, else the "
                  "practice's)"),
         arg("--out", required=True, type=Path, metavar="FILE.pdf",
             help="the PDF to write (replaced if it exists)"))
def _handout(args: argparse.Namespace) -> int:
    from app.services.handouts import HandoutKind, HandoutRequest, handout_kind, pages, render

    kind = handout_kind(args.kind)
    session_id = None
    if args.session is not None:
        if kind is not HandoutKind.SESSION:
            raise BadInput("A session can be chosen only for a session summary (--kind session).")
        if args.session != "latest":
            try:
                session_id = UUID(args.session)
            except ValueError:
                raise BadInput("A session is named by its id or the word latest (--session).") from None
    with _unlocked(args) as vault:
        client = vault.services.clients.resolve(args.client)
        handouts = vault.services.handouts
        prepared = handouts.prepare(HandoutRequest(kind, client.id, session_id,
                                                   args.large_print, args.language))
        if prepared.notice:
            print(prepared.notice, file=sys.stderr)
        handout = render(prepared)
        handouts.save(handout, args.out)
    print(f"Wrote {args.out} ({pages(handout.pages)}); the disclosure log records it.")
    return 0


@command("passwd", "change the passphrase",
         _vault_arg(), _passphrase_file_arg("the current passphrase"), _new_passphrase_file_arg())
def _passwd(args: argparse.Namespace) -> int:
    from app.services.vault import Vault

    secrets = _Secrets()
    with Vault.open(args.vault) as vault:
        current = secrets.existing(args.passphrase_file, "current passphrase")
        _unlock(vault, current)  # a wrong one stops here, before the new one is asked for
        new = secrets.new(args.new_passphrase_file, "--new-passphrase-file")
        vault.change_passphrase(current, new)
    print("The passphrase is changed; the old one no longer opens this vault.")
    return 0


@command("recover", "set a new passphrase with the recovery key",
         _vault_arg(),
         arg("--recovery-key-file", required=True, metavar="F",
             help="read the recovery key from the first line of F ('-' = standard input)"),
         _new_passphrase_file_arg())
def _recover(args: argparse.Namespace) -> int:
    from app.services.vault import Vault

    secrets = _Secrets()
    with Vault.open(args.vault) as vault:
        recovery_key = secrets.existing(args.recovery_key_file, "recovery key",
                                        "--recovery-key-file")
        new = secrets.new(args.new_passphrase_file, "--new-passphrase-file")
        vault.unlock_with_recovery_key(recovery_key, new)
    print("The vault is open again with your new passphrase; the old one no longer works. "
          "Your recovery key stays the same: keep it safe.")
    return 0


@command("rotate-keys", "re-encrypt every record under new keys; new backup identity and "
         "recovery key (for when a copy of the vault or its backup key may have been taken)",
         _vault_arg(), _passphrase_file_arg())
def _rotate_keys(args: argparse.Namespace) -> int:
    from app.services.vault import Vault

    with Vault.open(args.vault) as vault:
        passphrase = _Secrets().existing(args.passphrase_file)
        _unlock(vault, passphrase)
        _note("Measuring this computer to choose how hard the passphrase is to guess…")
        start = time.perf_counter()
        renewed = vault.renew_keys(passphrase, progress=_progress("Renewing the keys"))
        elapsed = time.perf_counter() - start
    print(
        f"Every record ({renewed.records}) is now encrypted under new keys, in {elapsed:.1f} s. "
        "Old copies of the vault file, the old recovery key and the old backup key no longer "
        "open anything saved from now on. The next backup writes a new backup key file: keep "
        "the old one, and the old recovery sheet, for the backups made before today. Your "
        "passphrase stays the same."
    )
    _print_recovery_key(renewed.recovery_key)
    return 0


# -- backup commands (backup, verify-backup, restore) are registered below this line ----------
def _progress(label: str) -> Callable[[int, int], None]:
    """Report progress to standard error in tenths, not once per batch."""
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        tenth = 10 if total <= 0 else done * 10 // total
        if tenth > shown:
            shown = tenth
            _note(f"{label}: {done} of {total} records")

    return report


# Said when the key that opened a backup is not its own backup key (a custodian's): only that
# key can check the backup's seal (docs/backup-format.md §4). With the practice's own key, a
# backup it cannot confirm is refused instead (exit 3).
_UNCONFIRMED = ("Who made this backup cannot be confirmed with this key; only the practice's "
                "own backup key can confirm it.")


def _identity_arg() -> _Arg:
    return arg("--identity", required=True, type=Path, metavar="FILE",
               help="the vault's backup key file (backup-key-XXXXXXXX-YYYYYY.age, or backup-key.age "
                    "from earlier versions), which then needs its passphrase, or a plain age "
                    "identity file (AGE-SECRET-KEY-1…)")


def _backup_key(args: argparse.Namespace, secrets: _Secrets) -> tuple[Any, str | None]:
    """The key that opens the backup, and the passphrase that opened it (None for a plain
    identity file). The passphrase is asked for only when the file is a backup key file."""
    from app.services.backup_check import is_protected_key_file, read_identity_file

    if not is_protected_key_file(args.identity):
        return read_identity_file(args.identity), None
    passphrase = secrets.existing(args.passphrase_file,
                                  f"passphrase that protects {args.identity.name}")
    return read_identity_file(args.identity, passphrase), passphrase


@command("backup", "write an encrypted backup of the whole practice (and the vault's "
                   "backup-key-XXXXXXXX-YYYYYY.age beside it)",
         _vault_arg(), _passphrase_file_arg(),
         arg("--out", required=True, type=Path, metavar="FILE", help="the backup file to write"),
         arg("--recipient", action="append", default=[], metavar="AGE_PUBLIC_KEY",
             help="also encrypt to this age public key (age1…); may be repeated. The vault's "
                  "own backup key is always a recipient"))
def _backup(args: argparse.Namespace) -> int:
    from app.services.vault import Vault

    with Vault.open(args.vault) as vault:
        passphrase = _Secrets().existing(args.passphrase_file)
        _unlock(vault, passphrase)
        backups = vault.services.backups
        result = backups.write(args.out, extra_recipients=args.recipient,
                               progress=_progress("Backing up"))
        _note("Protecting the backup key with your passphrase…")
        key_file = backups.write_backup_key(result.path.parent, passphrase)
    others = len(result.recipients) - 1
    print(f"The backup is written: {result.path} ({result.records} records, "
          f"{result.size_bytes / 1_000_000:.1f} MB), encrypted to the practice's backup key"
          + (f" and {others} other {'person' if others == 1 else 'people'}." if others else "."))
    print(f"{key_file.name} beside it opens it with your passphrase (or: age -d -i "
          f"{key_file.name} {result.path.name} > backup.zip).")
    if result.damaged:
        print(f"{len(result.damaged)} damaged records could not be read and are incomplete in "
              "this backup; run `reciprocal check` to see them.", file=sys.stderr)
        return 3
    return 0


@command("verify-backup", "check every byte, hash and record of a backup; no vault is touched",
         arg("file", type=Path, metavar="FILE", help="the backup file (.age)"),
         _identity_arg(), _passphrase_file_arg("the passphrase that protects the backup key file"),
         _json_arg())
def _verify_backup(args: argparse.Namespace) -> int:
    from app.services.backup_check import verify_backup

    key, _ = _backup_key(args, _Secrets())
    report = verify_backup(args.file, key, progress=_progress("Checking"))
    damaged = [{"table": d.table, "id": d.id, "fields": list(d.fields)} for d in report.damaged]
    if args.json:
        print(json.dumps({
            "ok": True, "records": report.records, "made_at": report.made_at.isoformat(),
            "format_version": report.format_version, "app_version": report.app_version,
            "vault_id": str(report.vault_id), "parts": dict(report.parts),
            "damaged_when_made": damaged, "authenticated": report.authenticated,
        }, indent=2))
    else:
        print(f"The backup is intact: {report.records} records, made on "
              f"{report.made_at:%d %B %Y at %H:%M} by Reciprocal {report.app_version} "
              f"(backup format {report.format_version}).")
        if damaged:
            print(f"When it was made, {len(damaged)} records were already damaged in the vault; "
                  "their unreadable parts are empty in this backup.")
        if not report.authenticated:
            print(_UNCONFIRMED)
    return 0


@command("restore", "restore a backup into a NEW vault (an existing file is never overwritten)",
         arg("file", type=Path, metavar="FILE", help="the backup file (.age)"),
         arg("--vault", required=True, type=Path, metavar="NEW_PATH",
             help="where to create the restored vault (must not exist yet)"),
         _identity_arg(), _passphrase_file_arg("the passphrase that protects the backup key file"),
         _new_passphrase_file_arg())
def _restore(args: argparse.Namespace) -> int:
    from app.services.restore import restore_backup

    _refuse_existing(args.vault)
    secrets = _Secrets()
    key, passphrase = _backup_key(args, secrets)
    if passphrase is None or args.new_passphrase_file is not None:
        passphrase = secrets.new(args.new_passphrase_file, "--new-passphrase-file")
    restoring = _progress("Restoring")

    def progress(done: int, total: int) -> None:
        if done == 0:
            _note("The backup opened. Measuring this computer to choose how hard the new "
                  "vault's passphrase is to guess…")
        restoring(done, total)

    report = restore_backup(args.file, key, args.vault, passphrase, progress=progress)
    print(f"The backup of {report.made_at:%d %B %Y at %H:%M} is restored: {report.records} "
          f"records in {report.path}. Run `reciprocal check --vault {report.path}` to see that "
          "every record reads back.")
    if report.backup_key_kept:
        print("The restored vault keeps the practice's backup key, so your older backups and "
              "their backup key file still open with it.")
    else:
        print("This backup was opened with someone else's key, so the restored vault has a new "
              "backup key; write a new backup soon.")
    if not report.authenticated:
        print(_UNCONFIRMED)
    _print_recovery_key(report.recovery_key)
    return 0



# -- running ----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    # No abbreviated options: "--passphrase SECRET" must not be taken for --passphrase-file.
    parser = _Parser(
        prog="reciprocal", allow_abbrev=False,
        description="Reciprocal keeps a therapy practice's records encrypted on this computer. "
        "Without a command it starts the desktop app.",
        epilog="Exit codes: 0 success; 1 usage or bad input; 2 wrong passphrase, key or identity; "
        "3 damaged data; 4 vault open elsewhere.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for cmd in _COMMANDS:
        sub = commands.add_parser(cmd.name, help=cmd.help, description=cmd.help,
                                  allow_abbrev=False)
        for a in cmd.arguments:
            sub.add_argument(*a.flags, **a.options)
        sub.set_defaults(handler=cmd.handler)
    return parser


def run(argv: list[str]) -> int:
    """Run one command; returns the exit code. Never prints a traceback for an expected error."""
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
    except ReciprocalError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`reciprocal clients | head`): stop quietly, and keep Python
        # from complaining when it flushes standard output on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else 1
    except Exception as exc:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        # The details may hold client text, so only the kind of problem is named.
        print(f"Reciprocal ran into an unexpected problem ({type(exc).__name__}); nothing more "
              f"was done. Set {DEBUG_VARIABLE}=1 to see the details.", file=sys.stderr)
        return 1
