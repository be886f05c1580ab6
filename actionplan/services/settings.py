"""Application preferences kept in the database: warning window, RAG thresholds, backup retention."""

from typing import Any

from sqlmodel import Session

from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.storage.models import AppSetting
from actionplan.storage.uow import UnitOfWork

DEFAULTS: dict[str, Any] = {
    "warning_days": 60,
    "amber_window_days": 30,
    "behind_margin": 25,
    "backup_retention": 20,
}


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    if row is not None:
        return row.value
    return DEFAULTS.get(key, default) if default is None else default


def all_settings(uow: UnitOfWork) -> dict[str, Any]:
    with uow:
        return {key: get_setting(uow.session, key) for key in DEFAULTS}


def set_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise ValidationError(_("There is no setting called '{key}'.").format(key=key), field=key)
    if not isinstance(value, int) or value < 0:
        raise ValidationError(_("{key} must be a whole number, 0 or more.").format(key=key), field=key)
    with uow:
        row = uow.session.get(AppSetting, key)
        if row is None:
            uow.session.add(AppSetting(key=key, value=value))
        else:
            row.value = value
        uow.commit(_("Changed the setting {key}").format(key=key))
