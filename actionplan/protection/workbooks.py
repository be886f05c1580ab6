"""Password-protected workbooks the way Excel makes them (ECMA-376 agile encryption).

An encrypted .xlsx is an OLE2 compound file holding the encrypted package; Excel and
LibreOffice open it with the password. Decryption happens in memory: nothing decrypted is
written to disk.
"""

import io
import os
import secrets
import tempfile
from pathlib import Path
from typing import BinaryIO

from actionplan.errors import FileFormatError, PasswordNeededError, ValidationError
from actionplan.i18n import _
from actionplan.private_files import open_private

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MIN_PASSWORD = 8


def is_encrypted_package(path: str | Path) -> bool:
    """True when ``path`` is an Office file encrypted with a password (an OLE2 file holding the package).

    A missing file or a folder is not one (the spreadsheet checks say what is wrong with it).
    """
    import msoffcrypto

    if not Path(path).is_file():
        return False
    with open(path, "rb") as handle:
        if handle.read(len(OLE_MAGIC)) != OLE_MAGIC:
            return False
        handle.seek(0)
        try:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
        except Exception:  # noqa: BLE001 - an OLE2 file msoffcrypto cannot parse is not ours to judge
            return False


def check_password(password: str) -> None:
    """Refuse a password too short to protect personal data."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            _("A workbook password needs at least {n} characters.").format(n=MIN_PASSWORD), field="password"
        )


def encrypt_in_place(path: str | Path, password: str) -> None:
    """Encrypt the workbook at ``path`` with ``password``; the file is replaced atomically."""
    from msoffcrypto.format.ooxml import OOXMLFile

    check_password(password)
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".encrypting-", suffix=".part", dir=target.parent)
    try:
        with open(target, "rb") as plain, os.fdopen(handle, "wb") as out:
            OOXMLFile(plain).encrypt(password, out)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def encrypt_stream(plain: BinaryIO, out_path: str | Path, password: str, *, private: bool = False) -> None:
    """Write the workbook read from ``plain`` (in memory) to ``out_path``, encrypted with ``password``.

    The encrypted file goes to a temporary name first and is renamed into place, so nothing
    decrypted ever reaches the disk and a failure leaves no half-written file.
    """
    from msoffcrypto.format.ooxml import OOXMLFile

    check_password(password)
    target = Path(out_path)
    handle, temp_name = tempfile.mkstemp(prefix=".encrypting-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            plain.seek(0)
            OOXMLFile(plain).encrypt(password, out)
        if not private:
            os.chmod(temp_name, 0o666 & ~_umask())  # an export is for sharing: the usual permissions
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def save_workbook(workbook: object, out_path: str | Path, password: str | None = None) -> None:
    """Save an openpyxl workbook holding personal data: private to the user, encrypted with ``password``."""
    if password:
        buffer = io.BytesIO()
        workbook.save(buffer)  # type: ignore[attr-defined]
        encrypt_stream(buffer, out_path, password, private=True)
        return
    with open_private(out_path) as stream:
        workbook.save(stream)  # type: ignore[attr-defined]


def generate_passphrase(words: int = 5) -> str:
    """A passphrase easy to read out and type: common words joined by hyphens, and a number.

    Five words from 562 and a two-digit number give about 52 bits, far beyond guessing
    against Excel's key derivation (100,000 rounds of SHA-512 per guess).
    """
    from actionplan.protection.wordlist import WORDS

    chosen = [secrets.choice(WORDS) for _ in range(words)]
    return "-".join(chosen) + f"-{secrets.randbelow(90) + 10}"


def decrypt_to_memory(path: str | Path, password: str | None) -> io.BytesIO:
    """The decrypted workbook at ``path`` as an in-memory file.

    Raises:
        FileFormatError: no password was given, or it is wrong, in one sentence saying how
            to give it.
    """
    import msoffcrypto
    from msoffcrypto.exceptions import InvalidKeyError

    name = Path(path).name
    if not password:
        raise PasswordNeededError(
            _(
                "“{name}” is protected with a password: give it with --password-env VAR (the name of an "
                "environment variable holding it), or type it when the window asks."
            ).format(name=name)
        )
    out = io.BytesIO()
    with open(path, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        try:
            office.load_key(password=password, verify_password=True)
            office.decrypt(out)
        except InvalidKeyError:
            raise PasswordNeededError(
                _("The password for “{name}” is not right: nothing was imported.").format(name=name),
                wrong=True,
            ) from None
        except Exception as exc:  # noqa: BLE001 - any other failure means the file is damaged
            raise FileFormatError(
                _("“{name}” is protected with a password but cannot be opened: it may be damaged.").format(
                    name=name
                )
            ) from exc
    out.seek(0)
    return out


def password_for_file(path: str | Path, given: str | None, *, ask=None) -> str | None:
    """The password to open ``path`` with: the one given, else (for a protected file) asked at a terminal."""
    from actionplan.protection.secrets import ask_at_terminal

    if given or not is_encrypted_package(path):
        return given
    return (ask or ask_at_terminal)(_("Password for “{name}”: ").format(name=Path(path).name))
