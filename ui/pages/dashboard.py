"""The Dashboard page: headline figures, compliance tables and charts, each opening the list behind it."""

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from actionplan.charts import ChartInputs
from actionplan.domain.compliance import ComplianceCounts, requirement_rag
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.reports.content import Headlines, headline_figures, key_personnel_requirement
from actionplan.requests.status import ReturnsSummary, list_requests, returns_summary
from actionplan.services import Database, dashboard, kept_counts, organisations
from actionplan.services.dashboard import StatusSummary
from actionplan.services.readmodels import OrganisationView, PersonFigures
from ui import theme
from ui.charts import ChartView
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
from ui.pages import dashboard_charts as dc
from ui.pages.returns_link import ReturnsLink
from ui.widgets import BadgeDelegate, ProgressDelegate, RefreshWhenVisible

SOON_DAYS = 30


@dataclass(frozen=True)
class DashboardData:
    summary: StatusSummary
    people: dict[int | None, PersonFigures]  # by organisation id; None is the whole partnership
    organisations: list[OrganisationView]
    charts: ChartInputs  # the whole partnership's, sharing ``summary``
    returns: ReturnsSummary | None = None  # partners' latest update requests; None before any


def load_dashboard(db: Database, plan_id: int, today: date) -> DashboardData:
    """The plan's status summary, the per-person figures and the organisations, read in the worker thread.

    The compliance counts are worked out once (or read as kept while the data is unchanged) and
    shared by the summary and the per-person figures.
    """
    uow = db.unit_of_work()
    counted = kept_counts.counted(uow, plan_id, today)
    summary = dashboard.status_summary(uow, plan_id, today, counted=counted)
    orgs = organisations.list_organisations(db.unit_of_work())
    by_uuid = counted.people
    people: dict[int | None, PersonFigures] = {None: by_uuid[None]}
    people.update({org.id: by_uuid[org.uuid] for org in orgs if org.uuid in by_uuid})
    charts = ChartInputs(db, plan_id, today)
    charts.summary = summary  # the charts share this load instead of reading it again
    requests = list_requests(db.unit_of_work(), plan_id)
    returns = returns_summary(requests, today) if requests else None
    return DashboardData(summary, people, orgs, charts, returns)


def summary_for_organisation(summary: StatusSummary, org: OrganisationView) -> StatusSummary:
    """The summary narrowed to one organisation: the actions it leads, and its own staff's compliance."""
    requirements = []
    for rc in summary.requirements:
        counts = rc.by_organisation.get(org.name)
        mine = {org.name: counts} if counts is not None else {}
        counts = counts if counts is not None else ComplianceCounts()
        req = rc.requirement
        rag, why = requirement_rag(counts.percent, req.target_percent, req.deadline, summary.as_of)
        requirements.append(replace(rc, totals=counts, by_organisation=mine, rag=rag, rag_explanation=why))
    actions = [a for a in summary.actions if a.lead_organisation_id == org.id]
    return replace(summary, actions=actions, requirements=requirements)


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
    """What is slipping and who is trained, on one screen; each figure and bar opens the list behind it."""

    page_id = "dashboard"
    navigate = Signal(str, dict)  # page id, filter options for that page's apply_filter()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.data: DashboardData | None = None
        self.shown: StatusSummary | None = None  # the summary as filtered by organisation
        self.headlines: Headlines | None = None

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Show figures for organisation"))
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.organisation.addItem(self.tr("All organisations"), None)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        organisation_label = QLabel(self.tr("&Organisation:"))
        organisation_label.setBuddy(self.organisation)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(organisation_label)
        top.addWidget(self.organisation)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.returns_link = ReturnsLink()  # "3 of 8 partners have returned their updates"
        self.returns_link.clicked.connect(lambda: self.navigate.emit("requests", {}))

        self.overdue_card = FigureCard(self.tr("Actions overdue"))
        self.soon_card = FigureCard(self.tr("Actions due in the next 30 days"))
        self.compliant_card = FigureCard(self.tr("Key personnel compliant"))
        self.people_card = FigureCard(self.tr("People overdue"))
        self.overdue_card.clicked.connect(lambda: self._go("actions", due=ActionFilterProxy.DUE_OVERDUE))
        self.soon_card.clicked.connect(lambda: self._go("actions", due=ActionFilterProxy.DUE_SOON))
        self.compliant_card.clicked.connect(lambda: self._go("matrix", key_personnel_only=True))
        self.people_card.clicked.connect(lambda: self._go("matrix"))
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
            button.clicked.connect(lambda _c=False, r=rag: self._go("actions", rag=r))
            self.rag_buttons[rag] = button
            rag_row.addWidget(button)
        rag_row.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Tables and charts"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_tables(), self.tr("Requirements"))
        self.charts: dict[str, ChartView] = {}
        for name in dc.CHART_NAMES:
            view = ChartView(context, name, dc.chart_title(name))
            view.bar_clicked.connect(self._chart_clicked)
            self.charts[name] = view
            self.tabs.addTab(view, dc.tab_label(name))
            self.tabs.setTabToolTip(self.tabs.count() - 1, dc.chart_title(name))
        self.requirement = QComboBox()
        self.requirement.setAccessibleName(self.tr("Requirement to chart"))
        self.requirement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.requirement.setMinimumContentsLength(16)  # the drop-down list shows the whole titles
        self.requirement.currentIndexChanged.connect(self._update_charts)
        requirement_label = QLabel(self.tr("R&equirement:"))
        requirement_label.setBuddy(self.requirement)
        self.corner = QWidget()
        corner_layout = QHBoxLayout(self.corner)
        corner_layout.setContentsMargins(8, 0, 0, 2)
        corner_layout.addWidget(requirement_label)
        corner_layout.addWidget(self.requirement)
        self.tabs.setCornerWidget(self.corner, Qt.Corner.TopRightCorner)
        self.chart_note = QLabel()
        self.chart_note.setObjectName("chartNote")
        self.chart_note.setWordWrap(True)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.returns_link)
        layout.addLayout(cards)
        layout.addSpacing(4)
        layout.addLayout(rag_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.chart_note)

        self._refresher = RefreshWhenVisible(self, self.refresh)
        context.data_changed.connect(self._refresher.request)
        context.plan_changed.connect(self._refresher.request)
        context.database_changed.connect(self._refresher.request)
        self._show(None)
        self._tab_changed(self.tabs.currentIndex())

    def _build_tables(self) -> QWidget:
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
        self.by_org_table.setAccessibleName(self.tr("Compliance by organisation and requirement"))
        self.by_org_table.setModel(self.by_org)
        self.by_org_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.by_org_table.setWordWrap(False)
        self.by_org_table.verticalHeader().hide()
        self.by_org_table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.by_org_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.by_org_table.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("A 100%") + 24
        )
        self.by_org_table.doubleClicked.connect(
            lambda i: self.navigate.emit("matrix", {"organisation": self.by_org.index(i.row(), 0).data()})
        )
        by_org_title = QLabel(self.tr("Compliance by organisation and requirement"))
        by_org_title.setObjectName("sectionTitle")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(by_org_title)
        layout.addWidget(self.by_org_table, 1)
        return page

    def title(self) -> str:
        return self.tr("Dashboard")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self.data is not None:
            self._show_figures()  # the RAG buttons' colours follow light and dark palettes
        super().changeEvent(event)

    def save_state(self, settings: QSettings) -> None:
        view = self.current_chart()
        settings.setValue("dashboard/tab", view.name if view is not None else "")

    def restore_state(self, settings: QSettings) -> None:
        name = settings.value("dashboard/tab")
        if name in dc.CHART_NAMES:
            self.show_chart(str(name))

    # -- loading -------------------------------------------------------------------------------

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
        self._fill_combos()
        self._show_figures()
        self._update_charts()

    def _fill_combos(self) -> None:
        data = self.data
        for combo, everything, items, default in (
            (
                self.organisation,
                self.tr("All organisations"),
                [(o.name, o.id) for o in data.organisations] if data else [],
                None,
            ),
            (
                self.requirement,
                self.tr("All requirements"),
                [
                    (f"{rc.requirement.course_code}: {rc.requirement.title}", rc.requirement.id)
                    for rc in data.summary.requirements
                ]
                if data
                else [],
                data.summary.requirements[0].requirement.id if data and data.summary.requirements else None,
            ),
        ):
            current = combo.currentData() if combo.count() > 1 else default
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def selected_organisation(self) -> OrganisationView | None:
        org_id = self.organisation.currentData()
        if self.data is None or org_id is None:
            return None
        return next((o for o in self.data.organisations if o.id == org_id), None)

    def set_organisation(self, org: int | str | None) -> bool:
        """Filter the figures by an organisation (id or name; None for all); False if there is no such one."""
        index = (
            self.organisation.findData(org) if not isinstance(org, str) else self.organisation.findText(org)
        )
        if index < 0:
            return False
        self.organisation.setCurrentIndex(index)
        return True

    def _organisation_changed(self, _index: int) -> None:
        self._show_figures()
        self._update_charts()

    # -- figures -------------------------------------------------------------------------------

    def _show_figures(self) -> None:
        data = self.data
        org = self.selected_organisation()
        self.returns_link.show_summary(data.returns if data is not None else None)
        if data is None:
            self.shown = self.headlines = None
            self.subtitle.setText(self.tr("No plan is open."))
            for card in (self.overdue_card, self.soon_card, self.compliant_card, self.people_card):
                card.set_figure("–", "")
            for rag, button in self.rag_buttons.items():
                button.setText(f"{rag.label} 0")
            self.model.set_rows([])
            self.by_org.set_rows([], self.context.today)
            self._fit_table()
            return
        s = data.summary if org is None else summary_for_organisation(data.summary, org)
        h = headline_figures(s)
        self.shown, self.headlines = s, h
        text = (
            self.tr("{plan} — as at {date}. {people} people in {orgs} organisations; {actions} actions.")
            if org is None
            else self.tr("{plan} — as at {date}. Figures for {org}: actions it leads, its staff's training.")
        )
        self.subtitle.setText(
            text.format(
                plan=s.plan_name,
                date=format_date(s.as_of),
                people=s.people,
                orgs=s.organisations,
                actions=len(s.actions),
                org=org.name if org else "",
            )
        )
        open_actions = sum(not a.status.is_closed for a in s.actions)
        self.overdue_card.set_figure(
            str(h.actions_overdue),
            self.tr("of {n} open actions").format(n=open_actions),
            alert=h.actions_overdue > 0,
        )
        self.soon_card.set_figure(
            str(h.actions_due_30_days),
            self.tr("not yet complete, due by {date}").format(
                date=format_date(s.as_of + timedelta(days=SOON_DAYS))
            ),
        )
        self._show_key_personnel(s, h, data.people.get(org.id if org else None, PersonFigures()))
        people = data.people.get(org.id if org else None, PersonFigures())
        self.people_card.set_figure(
            str(h.people_overdue),
            self.tr("overdue or expired, counted per requirement; different people: {n}").format(
                n=people.people_overdue
            ),
            alert=h.people_overdue > 0,
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

    def _show_key_personnel(self, s: StatusSummary, h: Headlines, people: PersonFigures) -> None:
        """The % of key personnel compliant, as the meeting pack and ``status --json`` count it."""
        every = (
            self.tr("{n} of {total} meet every requirement").format(
                n=people.key_personnel_compliant, total=people.key_personnel
            )
            if people.key_personnel
            else ""
        )
        if h.key_personnel_percent is None:
            self.compliant_card.set_figure("–", self.tr("No key personnel have requirements yet"))
            return
        key = key_personnel_requirement(s)
        if key is not None:
            counted = key.totals.audience - key.totals[ComplianceState.EXEMPT]
            basis = self.tr("{code}: {n} of {total}, target {target}%").format(
                code=h.key_personnel_basis, n=key.totals.trained, total=counted, target=h.key_personnel_target
            )
        else:
            basis = self.tr("All key-personnel requirements together")
        below = h.key_personnel_target is not None and h.key_personnel_percent < h.key_personnel_target
        self.compliant_card.set_figure(
            f"{h.key_personnel_percent:.0f}%", f"{basis}\n{every}".strip(), alert=below
        )

    def _fit_table(self) -> None:
        """As tall as its rows (a plan has a handful of requirements), so nothing floats in a void."""
        rows = max(self.model.rowCount(), 3)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(height + 2)
        self.table.setMinimumHeight(min(height + 2, 240))

    def _go(self, page_id: str, **options: Any) -> None:
        """Open the list behind a figure, narrowed to the organisation shown."""
        org = self.selected_organisation()
        if org is not None:
            if page_id == "actions":
                options["lead_organisation_id"] = org.id
            else:
                options["organisation"] = org.name
        self.navigate.emit(page_id, options)

    # -- charts --------------------------------------------------------------------------------

    def chart_data(self) -> dc.ChartData | None:
        if self.data is None or self.shown is None or self.context.db is None:
            return None
        everyone = self.data.charts
        shown = everyone
        org = self.selected_organisation()
        if org is not None:
            shown = ChartInputs(self.context.db, everyone.plan_id, everyone.on)
            shown.summary = self.shown
        return dc.ChartData(everyone, shown, org, self.requirement.currentData())

    def _update_charts(self, *_args: object) -> None:
        data = self.chart_data()
        for name, view in self.charts.items():
            if data is None:
                view.set_builder(None)
                continue
            view.target_label = dc.target_labeller(name, data)
            view.set_builder(dc.builder(name, data), dc.preferred_height(name, data))
        self._tab_changed(self.tabs.currentIndex())

    def current_chart(self) -> ChartView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChartView) else None

    def show_chart(self, name: str) -> ChartView:
        """Bring chart ``name`` to the front (it is drawn if it has not been yet)."""
        view = self.charts[name]
        self.tabs.setCurrentWidget(view)
        return view

    def _tab_changed(self, _index: int) -> None:
        view = self.current_chart()
        name = view.name if view is not None else ""
        self.corner.setVisible(name in ("by-organisation", "burnup") and self.requirement.count() > 1)
        note = ""
        if name in dc.WHOLE_PARTNERSHIP and self.selected_organisation() is not None:
            note = self.tr(
                "This chart covers every organisation: the organisation filter does not apply to it."
            )
        elif name == "burnup":
            note = self.tr("Right-click the chart (or press the Menu key) to save or copy it.")
        elif view is not None:
            note = self.tr("Click a bar to open the list behind it; right-click to save or copy the chart.")
        self.chart_note.setText(note)
        self.chart_note.setVisible(bool(note))

    def _chart_clicked(self, gid: dict) -> None:
        target = dc.destination(gid, self.selected_organisation())
        if target is not None:
            self.navigate.emit(*target)
