"""The database server's password, kept in the operating system's keyring (never in a plain file).

Windows has its Credential Manager, macOS its Keychain, Linux desktops the Secret Service; the
``keyring`` package speaks to each. A machine without one (a server, a locked-down desktop) has
no keyring: then nothing is stored, ``Keyring.available`` says why, and the window asks for the
password each time the database is opened.
"""

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from actionplan.protection.keyring_store import (
    KeyringUnavailable,
    delete_secret,
    get_secret,
    keyring_problem,
    set_secret,
)

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
    """Reads and keeps passwords for database URLs; every failure is a logged "no", never a crash.

    The same keyring rules as a database passphrase (``protection.keyring_store``): a backend that
    would keep secrets in a file of its own counts as no keyring.
    """

    def state(self) -> KeyringState:
        problem = keyring_problem()
        return KeyringState(problem is None, problem or "")

    def password(self, url: str) -> str | None:
        """The stored password for ``url``'s user and database, or None."""
        return get_secret(SERVICE, account(url))

    def remember(self, url: str, password: str) -> KeyringState:
        """Keep ``password`` for ``url``; the state says whether it could be kept, and why not."""
        try:
            set_secret(SERVICE, account(url), password)
        except KeyringUnavailable as exc:
            return KeyringState(False, str(exc))
        return KeyringState(True)

    def forget(self, url: str) -> None:
        """Remove a stored password (after the server refused it); nothing when there is none."""
        delete_secret(SERVICE, account(url))
