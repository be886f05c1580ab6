"""Password-protected workbooks and secrets from the environment: the primitives."""

import openpyxl
import pytest

from actionplan.errors import FileFormatError, ValidationError
from actionplan.protection.secrets import secret_from_env
from actionplan.protection.workbooks import (
    OLE_MAGIC,
    decrypt_to_memory,
    encrypt_in_place,
    is_encrypted_package,
)


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "pack.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Email"])
    book.active.append(["Ann Lee", "ann.lee@x.example"])
    book.save(path)
    return path


def test_an_encrypted_workbook_is_an_ole_file_that_opens_with_its_password(workbook):
    plain = workbook.read_bytes()
    assert not is_encrypted_package(workbook)
    encrypt_in_place(workbook, "correct horse battery")
    data = workbook.read_bytes()
    assert data.startswith(OLE_MAGIC) and b"ann.lee" not in data
    assert is_encrypted_package(workbook)
    assert not list(workbook.parent.glob("*.part"))
    opened = decrypt_to_memory(workbook, "correct horse battery")
    assert opened.getvalue()[:2] == b"PK"
    rows = list(openpyxl.load_workbook(opened, read_only=True).active.iter_rows(values_only=True))
    assert rows == [("Name", "Email"), ("Ann Lee", "ann.lee@x.example")]
    assert len(opened.getvalue()) > len(plain) // 2


def test_a_wrong_or_missing_password_is_one_sentence(workbook):
    encrypt_in_place(workbook, "correct horse battery")
    with pytest.raises(FileFormatError) as wrong:
        decrypt_to_memory(workbook, "incorrect horse")
    assert str(wrong.value) == "The password for “pack.xlsx” is not right: nothing was imported."
    with pytest.raises(FileFormatError) as missing:
        decrypt_to_memory(workbook, None)
    assert "--password-env" in str(missing.value) and "password" in str(missing.value)


def test_a_short_password_is_refused_and_the_file_left_alone(workbook):
    before = workbook.read_bytes()
    with pytest.raises(ValidationError, match="at least 8 characters"):
        encrypt_in_place(workbook, "short")
    assert workbook.read_bytes() == before


def test_secrets_come_from_the_named_variable(monkeypatch):
    assert secret_from_env(None, what="the workbook password") is None
    monkeypatch.setenv("PACK_PASSWORD", "s3cret-pass")
    assert secret_from_env("PACK_PASSWORD", what="the workbook password") == "s3cret-pass"
    monkeypatch.delenv("PACK_PASSWORD")
    asked = []
    assert (
        secret_from_env(
            "PACK_PASSWORD", what="the workbook password", prompt=lambda q: asked.append(q) or "typed"
        )
        == "typed"
    )
    assert asked == ["the workbook password (from PACK_PASSWORD, which is not set): "]
    with pytest.raises(ValidationError) as caught:
        secret_from_env("PACK_PASSWORD", what="the workbook password", prompt=lambda q: "")
    assert str(caught.value) == (
        "The environment variable PACK_PASSWORD holds no value: "
        "set it to the workbook password and try again."
    )
