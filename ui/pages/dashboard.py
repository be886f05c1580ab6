"""The Dashboard page: headline figures that open the list behind them, and compliance by requirement."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.services import Database, compliance, dashboard
from actionplan.services.dashboard import StatusSummary
from ui import theme
from ui.context import AppContext
from ui.models.actions_model import ActionFilterProxy
from ui.models.dashboard_model import (
    COURSE,
    DEADLINE,
    PERCENT,
    RAG,
    REQUIREMENT,
    TARGET,
    ComplianceModel,
    OrganisationComplianceModel,
)
from ui.widgets import BadgeDelegate, ProgressDelegate, RefreshWhenVisible

SOON_DAYS = 30
_NOT_COMPLIANT = (ComplianceState.OVERDUE, ComplianceState.EXPIRED)
_COUNTS_AS_DONE = (ComplianceState.COMPLIANT, ComplianceState.EXPIRING, ComplianceState.EXEMPT)


@dataclass(frozen=True)
class DashboardData:
    summary: StatusSummary
    key_personnel: int  # key personnel with at least one requirement
    key_personnel_compliant: int  # ... who meet every requirement that applies to them
    people_overdue: int  # distinct people with overdue or expired training


def load_dashboard(db: Database, plan_id: int, today: date) -> DashboardData:
    """The plan's status summary and the per-person figures, read in the worker thread."""
    uow = db.unit_of_work()
    summary = dashboard.status_summary(uow, plan_id, today)
    matrix = compliance.training_matrix(uow, plan_id, today)
    key = compliant = overdue = 0
    for row in matrix.rows:
        states = [c.state for c in row.cells if c.state is not ComplianceState.NOT_REQUIRED]
        if any(s in _NOT_COMPLIANT for s in states):
            overdue += 1
        if row.person.key_personnel and states:
            key += 1
            compliant += all(s in _COUNTS_AS_DONE for s in states)
    return DashboardData(summary, key, compliant, overdue)


class FigureCard(QPushButton):
    """A headline number with its caption and a line of detail; clicking opens the list behind it."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.caption = QLabel(caption)
        self.caption.setObjectName("figureCaption")
        self.value = QLabel("–")
        self.value.setObjectName("figureValue")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        for label in (self.caption, self.value, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        # A button is fixed-height by default; cards in a row share the tallest one's height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(layout.sizeHint().height() + 8)

    def set_figure(self, value: str, detail: str, alert: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        alert_colour = "#ff9a90" if theme.is_dark() else "#7a1712"  # 4.5:1 or better on either palette
        self.value.setStyleSheet(f"color: {alert_colour};" if alert else "")
        self.setAccessibleName(f"{self.caption.text()}: {value}. {detail}")

    def sizeHint(self):  # noqa: N802 (Qt override)
        return self.layout().sizeHint()


class DashboardPage(QWidget):
    """What is slipping and who is trained, on one screen; each figure opens the list behind it."""

    page_id = "dashboard"
    navigate = Signal(str, dict)  # page id, filter options for that page's apply_filter()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.data: DashboardData | None = None

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)

        self.overdue_card = FigureCard(self.tr("Actions overdue"))
        self.soon_card = FigureCard(self.tr("Actions due in the next 30 days"))
        self.compliant_card = FigureCard(self.tr("Key personnel fully trained"))
        self.people_card = FigureCard(self.tr("People overdue"))
        self.overdue_card.clicked.connect(
            lambda: self.navigate.emit("actions", {"due": ActionFilterProxy.DUE_OVERDUE})
        )
        self.soon_card.clicked.connect(
            lambda: self.navigate.emit("actions", {"due": ActionFilterProxy.DUE_SOON})
        )
        self.compliant_card.clicked.connect(lambda: self.navigate.emit("matrix", {}))
        self.people_card.clicked.connect(lambda: self.navigate.emit("matrix", {}))
        cards = QGridLayout()
        cards.setSpacing(12)
        for column, card in enumerate(
            (self.overdue_card, self.soon_card, self.compliant_card, self.people_card)
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        rag_title = QLabel(self.tr("Actions by RAG"))
        rag_title.setObjectName("sectionTitle")
        self.rag_buttons: dict[Rag, QPushButton] = {}
        rag_row = QHBoxLayout()
        rag_row.addWidget(rag_title)
        rag_row.addSpacing(8)
        for rag in Rag:
            button = QPushButton()
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _c=False, r=rag: self.navigate.emit("actions", {"rag": r}))
            self.rag_buttons[rag] = button
            rag_row.addWidget(button)
        rag_row.addStretch(1)

        table_title = QLabel(self.tr("Training requirements"))
        table_title.setObjectName("sectionTitle")
        self.model = ComplianceModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Training requirements and compliance"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.setItemDelegateForColumn(PERCENT, ProgressDelegate(self.table))
        self.table.setItemDelegateForColumn(RAG, BadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PERCENT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(PERCENT, self.fontMetrics().horizontalAdvance("100%") + 110)
        self.table.doubleClicked.connect(lambda _i: self.navigate.emit("courses", {}))

        self.by_org = OrganisationComplianceModel(self)
        self.by_org_table = QTableView()
        self.by_org_table.setAccessibleName(self.tr("Compliance by organisation"))
        self.by_org_table.setModel(self.by_org)
        self.by_org_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.by_org_table.setWordWrap(False)
        self.by_org_table.verticalHeader().hide()
        self.by_org_table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.by_org_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.by_org_table.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("A 100%") + 24
        )
        self.by_org_table.doubleClicked.connect(lambda _i: self.navigate.emit("matrix", {}))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards)
        layout.addSpacing(4)
        layout.addLayout(rag_row)
        layout.addSpacing(4)
        layout.addWidget(table_title)
        layout.addWidget(self.table)
        by_org_title = QLabel(self.tr("Compliance by organisation"))
        by_org_title.setObjectName("sectionTitle")
        layout.addWidget(by_org_title)
        layout.addWidget(self.by_org_table, 1)

        self._refresher = RefreshWhenVisible(self, self.refresh)
        context.data_changed.connect(self._refresher.request)
        context.plan_changed.connect(self._refresher.request)
        context.database_changed.connect(self._refresher.request)
        self._show(None)

    def title(self) -> str:
        return self.tr("Dashboard")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self.data is not None:
            self._show(self.data)  # the RAG buttons' colours follow light and dark palettes
        super().changeEvent(event)

    def refresh(self) -> None:
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        self._generation += 1
        generation = self._generation
        if db is None or plan_id is None:
            self._show(None)
            return
        self.context.tasks.run(
            lambda _progress: load_dashboard(db, plan_id, today),
            on_done=lambda data: self._show(data) if generation == self._generation else None,
        )

    def _show(self, data: DashboardData | None) -> None:
        self.data = data
        if data is None:
            self.subtitle.setText(self.tr("No plan is open."))
            for card in (self.overdue_card, self.soon_card, self.compliant_card, self.people_card):
                card.set_figure("–", "")
            for rag, button in self.rag_buttons.items():
                button.setText(f"{rag.label} 0")
            self.model.set_rows([])
            self.by_org.set_rows([], self.context.today)
            self._fit_table()
            return
        s = data.summary
        self.subtitle.setText(
            self.tr(
                "{plan} — as at {date}. {people} people in {orgs} organisations; {actions} actions."
            ).format(
                plan=s.plan_name,
                date=format_date(s.as_of),
                people=s.people,
                orgs=s.organisations,
                actions=len(s.actions),
            )
        )
        open_actions = sum(not a.status.is_closed for a in s.actions)
        overdue = len(s.overdue_actions)
        self.overdue_card.set_figure(
            str(overdue), self.tr("of {n} open actions").format(n=open_actions), alert=overdue > 0
        )
        self.soon_card.set_figure(
            str(len(s.actions_due_within(SOON_DAYS))),
            self.tr("not yet complete, due by {date}").format(
                date=format_date(s.as_of + timedelta(days=SOON_DAYS))
            ),
        )
        if data.key_personnel:
            percent = round(100 * data.key_personnel_compliant / data.key_personnel)
            self.compliant_card.set_figure(
                f"{percent}%",
                self.tr("{n} of {total} key personnel meet every requirement").format(
                    n=data.key_personnel_compliant, total=data.key_personnel
                ),
            )
        else:
            self.compliant_card.set_figure("–", self.tr("No key personnel have requirements yet"))
        self.people_card.set_figure(
            str(data.people_overdue),
            self.tr("with overdue or expired training"),
            alert=data.people_overdue > 0,
        )
        by_rag = Counter(a.rag for a in s.actions)
        for rag, button in self.rag_buttons.items():
            count = by_rag.get(rag, 0)
            button.setText(f"{rag.letter}  {rag.label}: {count}")
            button.setAccessibleName(self.tr("{rag} actions: {n}").format(rag=rag.label, n=count))
            colours = theme.rag_colours(rag)
            assert colours is not None
            button.setStyleSheet(
                f"QPushButton {{ background: {colours[0].name()}; color: {colours[1].name()};"
                " border: 1px solid palette(mid); border-radius: 12px; padding: 4px 14px; font-weight: 600; }"
                " QPushButton:focus { border: 2px solid palette(highlight); }"
            )
        self.model.set_rows(s.requirements)
        self.by_org.set_rows(s.requirements, s.as_of)
        self.by_org_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COURSE, TARGET, DEADLINE):
            self.table.resizeColumnToContents(column)
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows (a plan has a handful of requirements), so nothing floats in a void."""
        rows = max(self.model.rowCount(), 3)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(height + 2)
        self.table.setMinimumHeight(min(height + 2, 240))
