"""Column mappings remembered per partner, so the next file from the same partner maps itself."""

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from actionplan.domain.text import match_key
from actionplan.exchange.preview import ImportPreview
from actionplan.storage.models import ImportProfile, utc_now
from actionplan.storage.uow import UnitOfWork

_DATE_LIKE = re.compile(r"\d+")


def partner_key(path: str | Path, org: str | None) -> str:
    """Who sent the file: the organisation chosen for it, else the file's name without dates or numbers.

    "trust_elearning_export_2025-11.csv" and "Trust eLearning export 2026-02.csv" share the key
    "file:trustelearningexport", so a mapping corrected once applies to the next month's file.
    """
    if org and match_key(org):
        return "org:" + match_key(org)[:190]
    stem = _DATE_LIKE.sub("", Path(path).stem)
    key = match_key(stem)
    return "file:" + key[:190] if key else ""


def choose_profile(
    profiles: Sequence[ImportProfile], headers: Sequence[str], kind: str | None
) -> ImportProfile | None:
    """The remembered mapping that names most of this sheet's headers (and fits the kind asked for)."""
    keys = {match_key(h) for h in headers if h}
    best, best_hits = None, 0
    for profile in profiles:
        if kind is not None and not _kinds_fit(kind, profile.kind):
            continue
        hits = sum(1 for header in profile.mapping if match_key(header) in keys)
        if hits > best_hits:
            best, best_hits = profile, hits
    return best


def _kinds_fit(asked: str, remembered: str) -> bool:
    if asked == remembered:
        return True
    return asked == "training" and remembered == "matrix"


def overrides_by_header(
    overrides: Mapping[int | str, str | None], headers: Sequence[str]
) -> dict[str, str | None]:
    """User overrides (by column index or header text) as header text -> field, for remembering."""
    result: dict[str, str | None] = {}
    for key, target in overrides.items():
        if isinstance(key, int):
            if 0 <= key < len(headers) and headers[key]:
                result[headers[key]] = target
        elif key:
            result[key] = target
    return result


def remember_mapping(uow: UnitOfWork, preview: ImportPreview) -> int:
    """Store the user's corrections for each imported sheet under the partner's key.

    Merges with what was remembered before for that partner and kind. Runs inside the
    caller's unit of work (``apply_import`` calls it); returns how many profiles it wrote.
    """
    if not preview.overrides or not preview.partner_key:
        return 0
    written = 0
    for sheet in preview.imported_sheets:
        headers = [c.header for c in sheet.columns]
        mapping: dict[str, Any] = overrides_by_header(preview.overrides, headers)
        if not mapping or sheet.kind is None:
            continue
        profile = uow.session.execute(
            select(ImportProfile).where(
                ImportProfile.partner_key == preview.partner_key, ImportProfile.kind == sheet.kind
            )
        ).scalar_one_or_none()
        if profile is None:
            profile = ImportProfile(partner_key=preview.partner_key, kind=sheet.kind, mapping={})
            uow.session.add(profile)
        profile.mapping = {**profile.mapping, **mapping}
        profile.updated_at = utc_now()
        written += 1
    return written


def forget_mappings(uow: UnitOfWork, key: str) -> int:
    """Delete every mapping remembered for a partner; returns how many."""
    with uow:
        rows = list(
            uow.session.execute(select(ImportProfile).where(ImportProfile.partner_key == key)).scalars()
        )
        for row in rows:
            uow.session.delete(row)
        uow.commit()
        return len(rows)
