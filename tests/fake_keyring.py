"""A keyring held in memory, standing in for the operating system's (none works on a headless machine)."""

import keyring
import keyring.backend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def install() -> tuple[MemoryKeyring, object]:
    """Use a fresh MemoryKeyring; returns it and the keyring it replaced (to put back)."""
    previous = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    return fake, previous


def restore(previous: object) -> None:
    keyring.set_keyring(previous)  # type: ignore[arg-type]
