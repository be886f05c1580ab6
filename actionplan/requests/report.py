"""The meeting pack's section on partners' updates: a line per organisation, on time, late or outstanding."""

from datetime import date
from typing import TYPE_CHECKING

from actionplan.domain.dates import format_date
from actionplan.domain.enums import Rag
from actionplan.i18n import _
from actionplan.reports import layout as lay
from actionplan.reports.style import GREY, RAG_STYLES
from actionplan.requests.status import RequestState, RequestView, changes_words, returns_summary

if TYPE_CHECKING:
    from actionplan.reports.meeting_pack import PackContent

# The state's colour beside its words (never the colour alone).
_FILLS = {
    RequestState.ON_TIME: RAG_STYLES[Rag.GREEN].color,
    RequestState.LATE: RAG_STYLES[Rag.AMBER].color,
    RequestState.OVERDUE: RAG_STYLES[Rag.RED].color,
}


def state_words(request: RequestView, on: date) -> str:
    """ "Returned on time", "Returned late", "Outstanding" or "Outstanding, 3 days overdue"."""
    state = request.state(on)
    if state is RequestState.OVERDUE:
        return _("Outstanding, {n} days overdue").format(n=request.days_overdue(on))
    return state.label


def returns_section(requests: list[RequestView], on: date) -> list[lay.Block]:
    """The section's blocks; none when no update request has been sent for the plan."""
    if not requests:
        return []
    summary = returns_summary(requests, on)
    blocks = [
        lay.heading(_("Partners' updates"), 1),
        lay.paragraph(
            _("{sentence}. Each organisation's latest update request, as at {date}.").format(
                sentence=summary.sentence(), date=format_date(on)
            )
        ),
    ]
    columns = [
        lay.Column(_("Organisation"), 2.0),
        lay.Column(_("Sent"), 0.9),
        lay.Column(_("Due"), 0.9),
        lay.Column(_("Returned"), 0.9),
        lay.Column(_("State"), 1.4),
        lay.Column(_("What the return changed"), 1.6),
    ]
    rows = []
    for r in requests:
        state = r.state(on)
        fills = {4: _FILLS[state]} if state in _FILLS else {}
        rows.append(
            lay.Row(
                [
                    r.organisation,
                    format_date(r.sent_on),
                    format_date(r.due_on),
                    format_date(r.returned_on) or "—",
                    state_words(r, on),
                    changes_words(r.changes) or "—",
                ],
                fills=fills,
            )
        )
    blocks.append(lay.table(columns, rows))
    blocks.append(
        lay.paragraph(
            _("On time: returned by the date asked for. Reminders sent are counted on the Requests page."),
            8.5,
            GREY,
            italic=True,
        )
    )
    return blocks


def pack_section(c: "PackContent") -> list[lay.Block]:
    return returns_section(c.requests, c.on)
