"""The pages of the main window, in navigation order: (page_id, "module:ClassName").

A page is a QWidget built as ``Page(context, parent=None)`` with a class attribute ``page_id``,
``title()`` (translated) and ``refresh()`` (reloads through ``context.tasks.run``); it listens
to ``context.data_changed``/``plan_changed`` itself. The window also uses these when present:

- ``navigate``: a ``Signal(str, dict)`` asking the window to show another page, filtered;
- ``apply_filter(**options)``: show only some rows (what ``navigate`` sends);
- ``search_widget()``: the QLineEdit that Ctrl+F focuses;
- ``delete_selected()``: what the Delete key does;
- ``add_new()`` and ``new_item_text()``: what Ctrl+N does and its menu text (else: a new plan);
- ``commit_pending() -> bool``: save unsaved edits before the window closes (False keeps it open);
- ``save_state(settings)`` / ``restore_state(settings)``: column widths and splitters.
"""

PAGES: list[tuple[str, str]] = [
    ("dashboard", "ui.pages.dashboard:DashboardPage"),
    ("actions", "ui.pages.actions:ActionsPage"),
    ("people", "ui.pages.people:PeoplePage"),
    ("matrix", "ui.pages.matrix:MatrixPage"),
    ("courses", "ui.pages.courses:CoursesPage"),
    ("organisations", "ui.pages.organisations:OrganisationsPage"),
    ("meetings", "ui.pages.meetings:MeetingsPage"),
    ("assessment", "ui.pages.assessment:AssessmentPage"),
    ("requests", "ui.pages.requests:RequestsPage"),
    ("history", "ui.pages.history:HistoryPage"),
]

PAGE_SPECS: dict[str, str] = dict(PAGES)  # page id -> "module:ClassName"

# The pages' titles as their classes' ``title()`` gives them (the navigation names a page before it
# is built): the same source text in the same translation context, so the same translation.
PAGE_TITLES: dict[str, str] = {
    "dashboard": "Dashboard",
    "actions": "Action plan",
    "people": "People",
    "matrix": "Training matrix",
    "courses": "Courses and requirements",
    "organisations": "Organisations",
    "meetings": "Meetings",
    "assessment": "Self-assessment",
    "requests": "Requests",
    "history": "Change history",
}


def page_title(page_id: str) -> str:
    """The translated title of ``page_id`` without importing or building the page."""
    from PySide6.QtCore import QCoreApplication

    spec = PAGE_SPECS[page_id]
    return QCoreApplication.translate(spec.partition(":")[2], PAGE_TITLES[page_id])


def load_page_class(spec: str) -> type:
    """The page class named by ``"module:ClassName"``."""
    import importlib

    module_name, _, class_name = spec.partition(":")
    return getattr(importlib.import_module(module_name), class_name)
