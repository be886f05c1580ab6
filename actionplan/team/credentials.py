"""The database server's password, kept in the operating system's keyring (never in a plain file).

Windows has its Credential Manager, macOS its Keychain, Linux desktops the Secret Service; the
``keyring`` package speaks to each. A machine without one (a server, a locked-down desktop) has
no keyring: then nothing is stored, ``Keyring.available`` says why, and the window asks for the
password each time the database is opened.
"""

import logging
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from actionplan.i18n import _

log = logging.getLogger(__name__)

SERVICE = "ActionPlan team database"


def account(url: str) -> str:
    """The keyring's name for a database's password: ``user@host:port/database``."""
    parsed = make_url(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


@dataclass(frozen=True)
class KeyringState:
    """Whether passwords can be kept, and if not, the sentence that says why."""

    available: bool
    reason: str = ""


class Keyring:
    """Reads and keeps passwords for database URLs; every failure is a logged "no", never a crash."""

    def state(self) -> KeyringState:
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            return KeyringState(False, _("the keyring package is not installed"))
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            return KeyringState(
                False, _("this computer has no password store (keyring) the application can use")
            )
        return KeyringState(True)

    def password(self, url: str) -> str | None:
        """The stored password for ``url``'s user and database, or None."""
        if not self.state().available:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account(url))
        except KeyringError as exc:
            log.warning("Could not read the keyring: %s", exc)
            return None

    def remember(self, url: str, password: str) -> KeyringState:
        """Keep ``password`` for ``url``; the state says whether it could be kept, and why not."""
        state = self.state()
        if not state.available:
            return state
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, account(url), password)
        except KeyringError as exc:
            log.warning("Could not write to the keyring: %s", exc)
            return KeyringState(False, str(exc) or type(exc).__name__)
        return state

    def forget(self, url: str) -> None:
        """Remove a stored password (after the server refused it); nothing when there is none."""
        if not self.state().available:
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, account(url))
        except PasswordDeleteError:
            pass  # there was none
        except KeyringError as exc:
            log.warning("Could not remove a password from the keyring: %s", exc)
