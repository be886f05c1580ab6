"""The welcome page shown while the database holds no plan: start from the template, the demo, or a file."""

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from actionplan import demo
from actionplan.errors import ValidationError
from actionplan.services import Database, plans
from ui.context import AppContext
from ui.dialogs.plan_dialog import PlanDialog
from ui.resources import app_icon, icon


class ChoiceButton(QPushButton):
    """A large button with an icon, a bold title and a line saying what it does."""

    def __init__(self, icon_name: str, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeChoice")
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(28, 28)))
        heading = QLabel(f"<b>{title}</b>")
        text = QLabel(description)  # one line: wrapped labels give buttons uneven heights
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(heading)
        words.addWidget(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(14)
        layout.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        for label in (picture, heading, text):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMinimumHeight(layout.sizeHint().height())

    def sizeHint(self):  # noqa: N802 (Qt override)
        return self.layout().sizeHint()


def open_demo(db: Database, today: date) -> int:
    """The demo plan's id, generating the demo partnership first if the database lacks it."""
    try:
        return demo.generate(db.unit_of_work(), people=60, seed=1, today=today).plan_id
    except ValidationError:
        return plans.find_plan(db.unit_of_work(), demo.DEMO_PLAN).id


class WelcomePage(QWidget):
    """First run: a new plan from the Prevent template, the demo plan, an import, or another database."""

    plan_opened = Signal(int)
    open_database_requested = Signal()
    import_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialog: PlanDialog | None = None

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(56, 56)))
        heading = QLabel(self.tr("Welcome to ActionPlan"))
        heading.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Keep your Prevent partnership's action plan and key personnel training records in one "
                "place. Everything is stored in a database on this computer and works offline."
            )
        )
        intro.setWordWrap(True)

        self.new_plan_button = ChoiceButton(
            "plan",
            self.tr("New plan from the Prevent template"),
            self.tr(
                "Themes, objectives, the Home Office courses and training requirements, ready to fill in."
            ),
        )
        self.new_plan_button.clicked.connect(self.new_plan)
        self.demo_button = ChoiceButton(
            "demo",
            self.tr("Open the demo plan"),
            self.tr("A made-up partnership with people, training records and actions, to try things out."),
        )
        self.demo_button.clicked.connect(self.open_demo)
        self.import_button = ChoiceButton(
            "import",
            self.tr("Import from a spreadsheet"),
            self.tr("Start from the staff lists, training trackers or action plan you keep in Excel."),
        )
        self.import_button.clicked.connect(self.import_requested)
        self.import_button.hide()  # shown once an import wizard is connected: set_import_available()
        self.open_button = ChoiceButton(
            "open",
            self.tr("Open another database file"),
            self.tr("An action plan database from another folder, or one a colleague passed on."),
        )
        self.open_button.clicked.connect(self.open_database_requested)
        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QVBoxLayout()
        column.setSpacing(10)
        title_row = QHBoxLayout()
        title_row.addWidget(logo)
        title_row.addWidget(heading, 1)
        column.addLayout(title_row)
        column.addWidget(intro)
        column.addSpacing(8)
        for button in (self.new_plan_button, self.demo_button, self.import_button, self.open_button):
            column.addWidget(button)
        column.addSpacing(8)
        column.addWidget(self.database_label)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        context.database_changed.connect(self._show_database)
        self._show_database()

    def title(self) -> str:
        return self.tr("Welcome")

    def set_import_available(self, available: bool) -> None:
        self.import_button.setVisible(available)

    def _show_database(self) -> None:
        db = self.context.db
        self.database_label.setText(
            self.tr("Database: {name}").format(name=db.display_name)
            if db
            else self.tr("No database is open.")
        )

    def new_plan(self) -> PlanDialog:
        """Ask for the new plan's details (the dialog is returned, for tests)."""
        self.dialog = PlanDialog(self._create_plan, self, today=self.context.today)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def _create_plan(
        self, dialog: PlanDialog, name: str, template: str, area: str, start: date, end: date
    ) -> None:
        db = self.context.db
        if db is None:
            return

        def done(plan) -> None:
            dialog.succeeded()
            self.plan_opened.emit(plan.id)

        self.context.tasks.run(
            lambda _p: plans.create_plan(
                db.unit_of_work(), name, template=template, area=area, period_start=start, period_end=end
            ),
            on_done=done,
            on_error=dialog.failed,
        )

    def open_demo(self) -> None:
        """Add the demo partnership to the database (in the background) and open its plan."""
        db = self.context.db
        if db is None:
            return
        self.demo_button.setEnabled(False)
        today = self.context.today

        def done(plan_id: int) -> None:
            self.demo_button.setEnabled(True)
            self.plan_opened.emit(plan_id)

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            self.context.report_error(exc)

        self.context.tasks.run(lambda _p: open_demo(db, today), on_done=done, on_error=failed)
