"""Secrets (a database passphrase, a team database's password) in the operating system's keyring.

Never in a plain file.

The ``keyring`` package reaches the Windows Credential Manager, the macOS Keychain, or the
Secret Service of a Linux desktop (GNOME Keyring, KWallet). Backends that would keep the
secret in a file of their own (``keyrings.alt``'s plain-text and encrypted-file keyrings) and
the placeholders used when there is none are refused: then the passphrase is simply not
remembered, and the window says why.
"""

import logging
from pathlib import Path

from actionplan.errors import ActionPlanError
from actionplan.i18n import _

log = logging.getLogger(__name__)

SERVICE = "ActionPlan database passphrase"
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class KeyringUnavailable(ActionPlanError):
    """There is no keyring the passphrase can safely be kept in."""


def _backends(backend: object) -> list[object]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner is not None else [backend]


def _keyring():
    """The keyring backend to use, or KeyringUnavailable with a sentence saying why not."""
    try:
        import keyring
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise KeyringUnavailable(
            _("The keyring package is not installed, so passphrases cannot be remembered.")
        ) from exc
    backend = keyring.get_keyring()
    usable = [
        b
        for b in _backends(backend)
        if not type(b).__module__.startswith(_REFUSED_MODULES) and b.priority > 0
    ]
    if not usable:
        raise KeyringUnavailable(
            _(
                "This computer has no keyring the passphrase can be kept in safely, so it will be asked for "
                "each time."
            )
        )
    return usable[0]


def keyring_problem() -> str | None:
    """None when a passphrase can be remembered here; otherwise one sentence saying why it cannot."""
    try:
        _keyring()
    except KeyringUnavailable as exc:
        return str(exc)
    return None


def get_secret(service: str, account: str) -> str | None:
    """The secret kept for ``service`` and ``account``, or None (also when no keyring can be reached)."""
    try:
        return _keyring().get_password(service, account)
    except KeyringUnavailable:
        return None
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring must not stop the window opening
        log.warning("Could not read the keyring: %s", exc)
        return None


def set_secret(service: str, account: str, secret: str) -> None:
    """Keep ``secret`` for ``service`` and ``account``.

    Raises:
        KeyringUnavailable: no safe keyring, or it refused (locked, no session), in one sentence.
    """
    backend = _keyring()
    try:
        backend.set_password(service, account, secret)
    except Exception as exc:  # noqa: BLE001 - every backend has its own errors
        raise KeyringUnavailable(
            _("The keyring did not accept it ({reason}); it will be asked for next time.").format(
                reason=exc.__class__.__name__
            )
        ) from exc


def delete_secret(service: str, account: str) -> None:
    """Remove what is kept for ``service`` and ``account`` (nothing happens when there is none)."""
    try:
        backend = _keyring()
        if backend.get_password(service, account) is not None:
            backend.delete_password(service, account)
    except KeyringUnavailable:
        return
    except Exception as exc:  # noqa: BLE001
        log.warning("Could not remove a secret from the keyring: %s", exc)


def _account(database: Path) -> str:
    return str(Path(database).expanduser().resolve())


def remembered_passphrase(database: Path) -> str | None:
    """The passphrase remembered for ``database``, or None (also when the keyring cannot be reached)."""
    return get_secret(SERVICE, _account(database))


def remember_passphrase(database: Path, passphrase: str) -> None:
    """Keep the passphrase for ``database`` in the keyring.

    Raises:
        KeyringUnavailable: no safe keyring, or it refused (locked, no session), in one sentence.
    """
    set_secret(SERVICE, _account(database), passphrase)


def forget_passphrase(database: Path) -> None:
    """Remove a remembered passphrase for ``database`` (nothing happens when there is none)."""
    delete_secret(SERVICE, _account(database))
