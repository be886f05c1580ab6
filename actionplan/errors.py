"""Typed errors the user can cause; the command line and the window turn each into one clear sentence."""

from datetime import datetime


class ActionPlanError(Exception):
    """Base for errors caused by input, files or state the user controls.

    The message is a complete sentence meant for the user, saying what is wrong and what to do.
    """


class DatabaseError(ActionPlanError):
    """The database cannot be opened, read or written."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the application."""


class DatabasePasswordError(DatabaseError):
    """A database server refused the password it was given, or needs one and was given none."""


class NotFoundError(ActionPlanError):
    """A plan, action, person or other record that was asked for does not exist."""


class ValidationError(ActionPlanError):
    """A value the user gave is not acceptable.

    Attributes:
        field: the name of the field at fault, so a form can show the message beside it.
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class FileFormatError(ActionPlanError):
    """A file cannot be read as a spreadsheet (corrupt, protected, too large, wrong kind)."""


class PasswordNeededError(FileFormatError):
    """A workbook is protected with a password, and none was given, or the one given is wrong.

    Attributes:
        wrong: True when a password was given but does not open it.
    """

    def __init__(self, message: str, wrong: bool = False):
        super().__init__(message)
        self.wrong = wrong


class StaleEditError(ActionPlanError):
    """A record was changed by someone else after it was read: the edit is refused, not applied.

    Attributes:
        entity: the table of the record ("action", "person", ...).
        record_id: its integer key in this database.
        changed_by: who made the newer change, as the change log names them ("" when unknown).
        changed_at: when (aware UTC), or None when unknown or when the record has been deleted.
        deleted: True when the record no longer exists.
    """

    def __init__(
        self,
        message: str,
        *,
        entity: str,
        record_id: int | None,
        changed_by: str = "",
        changed_at: datetime | None = None,
        deleted: bool = False,
    ):
        super().__init__(message)
        self.entity = entity
        self.record_id = record_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.deleted = deleted
