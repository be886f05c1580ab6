"""Secrets (workbook passwords, database passphrases) are never arguments on the command line.

They are read from an environment variable the user names (``--password-env VAR``), or asked
for at a terminal. A secret given on the command line would be visible to every user of the
machine in the process list and kept in the shell's history.
"""

import getpass
import os
import sys
from collections.abc import Callable

from actionplan.errors import ValidationError
from actionplan.i18n import _


def secret_from_env(
    variable: str | None, *, what: str, prompt: Callable[[str], str] | None = None
) -> str | None:
    """The secret held in ``$variable``; None when no variable is named.

    Args:
        variable: the name of the environment variable (not the secret itself), or None.
        what: what the secret is for, in words ("the workbook password"), for messages.
        prompt: asks for the secret when the variable is named but not set and a terminal is
            attached (``getpass.getpass`` by default); without a terminal that is an error.

    Raises:
        ValidationError: the variable is named but unset or empty, with no terminal to ask at.
    """
    if not variable:
        return None
    value = os.environ.get(variable)
    if value:
        return value
    if prompt is None and sys.stdin is not None and sys.stdin.isatty():
        prompt = getpass.getpass
    if prompt is not None:
        entered = prompt(
            _("{what} (from {variable}, which is not set): ").format(what=what, variable=variable)
        )
        if entered:
            return entered
    raise ValidationError(
        _("The environment variable {variable} holds no value: set it to {what} and try again.").format(
            variable=variable, what=what
        )
    )


def ask_at_terminal(question: str) -> str | None:
    """Ask for a secret at the terminal (not echoed); None when there is no terminal or nothing was typed."""
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    return getpass.getpass(question) or None


def new_secret(variable: str | None, *, what: str) -> str:
    """A new secret: from ``$variable``, else typed twice at the terminal.

    Raises:
        ValidationError: no variable is named and there is no terminal, the variable is empty,
            or the two typed entries differ.
    """
    if variable:
        value = secret_from_env(variable, what=what)
        assert value is not None
        return value
    first = ask_at_terminal(_("New {what}: ").format(what=what))
    if first is None:
        raise ValidationError(
            _("Give {what} with an option naming an environment variable that holds it.").format(what=what)
        )
    if ask_at_terminal(_("The same again: ")) != first:
        raise ValidationError(_("The two entries differ: nothing was changed."))
    return first
