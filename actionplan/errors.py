"""Typed errors the user can cause; the command line and the window turn each into one clear sentence."""


class ActionPlanError(Exception):
    """Base for errors caused by input, files or state the user controls.

    The message is a complete sentence meant for the user, saying what is wrong and what to do.
    """


class DatabaseError(ActionPlanError):
    """The database cannot be opened, read or written."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the application."""


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
