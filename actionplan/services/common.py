"""Small helpers the services share: fetching by id, applying validated field changes."""

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlmodel import SQLModel

from actionplan.errors import NotFoundError, ValidationError
from actionplan.i18n import _
from actionplan.storage.models import utc_now
from actionplan.storage.uow import UnitOfWork
from actionplan.storage.versions import check_version

T = TypeVar("T", bound=SQLModel)


def get_or_raise(uow: UnitOfWork, model: type[T], key: int, what: str) -> T:
    """The row of ``model`` with id ``key``, or a NotFoundError naming ``what`` it is."""
    row = uow.session.get(model, key)
    if row is None:
        raise NotFoundError(_("There is no {what} with id {key}.").format(what=what, key=key))
    return row


def get_for_edit(uow: UnitOfWork, model: type[T], key: int, what: str, expected_version: int | None) -> T:
    """The row to change, refused with a StaleEditError when it is no longer at ``expected_version``.

    ``expected_version`` is the version the caller read (a read model's ``version``); None skips
    the check, for callers that read and write in the same transaction.
    """
    row = get_or_raise(uow, model, key, what)
    check_version(uow.session, row, expected_version)
    return row


def apply_changes(row: Any, changes: dict[str, Any], allowed: Iterable[str]) -> bool:
    """Set the allowed fields of ``row`` from ``changes``; return whether anything changed."""
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed here: {fields}.").format(fields=", ".join(sorted(unknown))),
            field=sorted(unknown)[0],
        )
    changed = False
    for name, value in changes.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed and hasattr(row, "updated_at"):
        row.updated_at = utc_now()
    return changed


def require_text(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(_("{label} cannot be empty.").format(label=label), field=field)
    return text


def check_percent(value: int, field: str, label: str) -> int:
    if not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(
            _("{label} must be a whole number from 0 to 100.").format(label=label), field=field
        )
    return value
