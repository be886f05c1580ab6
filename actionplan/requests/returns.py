"""The import's after-apply hook that recognises a partner's returned pack.

A module of its own, apart from ``requests.service``: every import runs the hook, but only a
file carrying an Export ID needs the service (which reads the compliance figures and imports
much of the core, about 0.04 s), so the service is imported only then.
"""

from typing import TYPE_CHECKING

from actionplan.requests.status import CHANGE_KINDS

if TYPE_CHECKING:
    from actionplan.exchange.preview import Counts, ImportPreview
    from actionplan.storage.uow import UnitOfWork


def record_return(
    uow: "UnitOfWork", preview: "ImportPreview", created: "Counts", updated: "Counts"
) -> str | None:
    """The import's after-apply hook: ``apply_import(..., after_apply=[record_return])``.

    Recognises the request from the file's Export ID and marks it returned with what the
    import changed (people, training records and actions created or updated).
    """
    export_id = preview.export_id
    if not export_id:
        return None
    from actionplan.requests.service import note_return

    changes = {k: getattr(created, k) + getattr(updated, k) for k in CHANGE_KINDS}
    note = note_return(uow, preview.plan_id, export_id, changes, preview.file_name, preview.today)
    return note.message if note else None
