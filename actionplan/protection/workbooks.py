"""Password-protected workbooks the way Excel makes them (ECMA-376 agile encryption).

An encrypted .xlsx is an OLE2 compound file holding the encrypted package; Excel and
LibreOffice open it with the password. Decryption happens in memory: nothing decrypted is
written to disk.
"""

import io
import os
import tempfile
from pathlib import Path

from actionplan.errors import FileFormatError, ValidationError
from actionplan.i18n import _

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MIN_PASSWORD = 8


def is_encrypted_package(path: str | Path) -> bool:
    """True when ``path`` is an Office file encrypted with a password (an OLE2 file holding the package)."""
    import msoffcrypto

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
        raise FileFormatError(
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
            raise FileFormatError(
                _("The password for “{name}” is not right: nothing was imported.").format(name=name)
            ) from None
        except Exception as exc:  # noqa: BLE001 - any other failure means the file is damaged
            raise FileFormatError(
                _("“{name}” is protected with a password but cannot be opened: it may be damaged.").format(
                    name=name
                )
            ) from exc
    out.seek(0)
    return out
