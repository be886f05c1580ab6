"""Protecting a database with a passphrase, changing it and removing it (SQLCipher).

Each is one re-encryption of the whole file (``storage.cipher.rewrite``): the database is
held so that no other window or program uses it meanwhile, a new file is written beside it
and checked, and the new one takes the old one's place in one rename. The application's own
backups of the database are then re-encrypted the same way, so that no backup is left readable
without the passphrase, and every backup still restores with the database's passphrase.
"""

from dataclasses import dataclass
from pathlib import Path

from actionplan.domain.enums import ChangeOp, ChangeSource
from actionplan.errors import DatabaseError, ValidationError
from actionplan.i18n import _, ngettext
from actionplan.protection.secrets import ask_at_terminal, secret_from_env
from actionplan.storage import cipher
from actionplan.storage.cipher import MIN_PASSPHRASE, PassphraseError
from actionplan.storage.database import Database, open_database, sqlite_path

__all__ = [
    "MIN_PASSPHRASE",
    "PassphraseError",
    "ProtectionChange",
    "change_passphrase",
    "database_file",
    "is_protected",
    "passphrase_for",
    "protect_database",
    "remove_protection",
]


@dataclass
class ProtectionChange:
    """What a protect, change or remove did.

    Attributes:
        database: the database, open again with its new passphrase (or none).
        backups_converted: backups of it re-encrypted to match.
        backups_skipped: backups in the folder that could not be read with the old passphrase
            (made with an earlier one), left as they were.
    """

    database: Database
    backups_converted: int = 0
    backups_skipped: int = 0

    def line(self, what: str) -> str:
        text = what
        if self.backups_converted:
            text += " " + ngettext(
                "{n} backup was re-encrypted to match.", "{n} backups were re-encrypted to match.",
                self.backups_converted,
            ).format(n=self.backups_converted)  # fmt: skip
        if self.backups_skipped:
            text += " " + ngettext(
                "{n} older backup made with another passphrase was left as it was.",
                "{n} older backups made with another passphrase were left as they were.",
                self.backups_skipped,
            ).format(n=self.backups_skipped)
        return text


def is_protected(url: str) -> bool:
    """Whether ``url`` is a SQLite file protected with a passphrase (it needs one to open)."""
    path = sqlite_path(url)
    return path is not None and cipher.file_state(path) == "protected"


def database_file(url: str) -> Path | None:
    """The file behind a SQLite URL (which a passphrase can protect); None for a database server."""
    return sqlite_path(url)


def passphrase_for(url: str, variable: str | None, *, ask=ask_at_terminal) -> str | None:
    """The passphrase to open ``url`` with on the command line.

    From ``$variable`` when one is named (asked for at a terminal when it is unset); else,
    when the file is protected, asked for at a terminal; else None (a protected file then
    gets a sentence naming --passphrase-env).
    """
    if variable:
        return secret_from_env(variable, what=_("the database passphrase"))
    path = sqlite_path(url)
    if path is not None and cipher.file_state(path) == "protected":
        return ask(_("Passphrase for {path}: ").format(path=path))
    return None


def _file(db: Database) -> Path:
    path = db.path
    if path is None:
        raise DatabaseError(
            _(
                "Only a database file on this computer can be protected with a passphrase; a database "
                "server keeps its data safe with its own encryption."
            )
        )
    return path


def protect_database(
    db: Database, passphrase: str, *, source: ChangeSource = ChangeSource.SCREEN
) -> ProtectionChange:
    """Encrypt a plain database with ``passphrase``; returns it opened again, protected.

    Raises:
        ValidationError: the database is already protected, or the passphrase is too short.
        DatabaseInUseError: another window or program has it open; nothing was changed.
    """
    if db.protected:
        raise ValidationError(_("The database is already protected: change its passphrase instead."))
    cipher.check_new_passphrase(passphrase)
    return _rewrite(db, passphrase, _("Protected the database with a passphrase"), source)


def change_passphrase(
    db: Database, passphrase: str, *, source: ChangeSource = ChangeSource.SCREEN
) -> ProtectionChange:
    """Re-encrypt a protected database with a new passphrase."""
    if not db.protected:
        raise ValidationError(_("The database is not protected: protect it with a passphrase first."))
    cipher.check_new_passphrase(passphrase)
    if passphrase == db.passphrase:
        raise ValidationError(_("The new passphrase is the same as the current one."), field="passphrase")
    return _rewrite(db, passphrase, _("Changed the database passphrase"), source)


def remove_protection(db: Database, *, source: ChangeSource = ChangeSource.SCREEN) -> ProtectionChange:
    """Decrypt a protected database back to a plain SQLite file."""
    if not db.protected:
        raise ValidationError(_("The database is not protected with a passphrase."))
    return _rewrite(db, None, _("Removed the passphrase protection of the database"), source)


def _rewrite(db: Database, new: str | None, description: str, source: ChangeSource) -> ProtectionChange:
    path = _file(db)
    current = db.passphrase
    db.close()  # our own connections would otherwise count as another program using it
    cipher.rewrite(path, current, new)
    reopened = open_database(db.url, backups_dir=db.backups_dir, passphrase=new)
    converted, skipped = _convert_backups(db.backups_dir, path, current, new)
    with reopened.unit_of_work(source=source) as uow:
        uow.log_extra(
            "database",
            ChangeOp.UPDATE,
            {"protected": new is not None, "backups_reencrypted": converted, "backups_left": skipped},
        )
        uow.commit(description)
    return ProtectionChange(reopened, converted, skipped)


def backups_of(folder: Path | None, database: Path) -> list[Path]:
    """The application's backups of ``database`` in ``folder`` (named after the database file)."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{database.stem}-*.db") if p.is_file())


def _convert_backups(
    folder: Path | None, database: Path, current: str | None, new: str | None
) -> tuple[int, int]:
    converted = skipped = 0
    for backup in backups_of(folder, database):
        state = cipher.file_state(backup)
        if state == "plain" and new is not None:
            key = None  # a plain copy beside a protected database: protect it too
        elif state == "protected" and current is not None:
            key = current
        else:
            if state == "protected":
                skipped += 1
            continue
        try:
            cipher.rewrite(backup, key, new)
        except DatabaseError:  # made with an earlier passphrase (only that one opens it), or damaged
            skipped += 1
            continue
        converted += 1
    return converted, skipped
