"""Chart canvases: a core matplotlib Figure drawn off the GUI thread, shown with FigureCanvasQTAgg.

The core draws charts on a ``Figure`` without a canvas (``actionplan.charts``). A ``ChartView``
is given a *builder*, a function that draws on the Figure it is handed and returns a text
alternative for screen readers; the view runs it through the task runner, then attaches a
Qt canvas on the GUI thread. matplotlib is imported inside functions only, so the window
starts without it and a hidden chart costs nothing until it is first shown.

Bars carry a ``gid`` such as ``"theme_id=3&rag=red"``: clicking one emits ``bar_clicked``
with the parsed filter, and the right-click menu (also the Menu key) lists the same targets,
so the click-through works from the keyboard too. T (or the menu's "Show the data as a table")
shows the chart's text alternative as a table. In dark mode the figure takes the window's colours.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.tasks import Cancelled
from ui.widgets import error_message

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 100  # figure inches are widget pixels / DPI; the Qt canvas scales for high-DPI screens itself
MIN_WIDTH, MIN_HEIGHT = 560, 320  # below this constrained layout collapses (and warns)
REBUILD_SHARE = 0.15  # rebuild when the width changes by more than this, so labels fit again
REBUILD_DELAY_MS = 350
FOCUS_WIDTH = 2

Builder = Callable[["Figure"], str]  # draws on the figure (worker thread); returns the text alternative
TargetLabel = Callable[[dict[str, str]], str | None]  # a bar's words for the menu; None leaves it out

IMAGE_SUFFIXES = (".png", ".svg", ".pdf")  # what actionplan.charts.save_figure writes


def parse_gid(gid: str | None) -> dict[str, str]:
    """A bar's gid as a dict: ``"theme_id=3&rag=red"`` gives ``{"theme_id": "3", "rag": "red"}``."""
    return dict(parse_qsl(gid or "", keep_blank_values=True))


def new_figure(width_px: int, height_px: int) -> "Figure":
    """An empty constrained-layout Figure of that many (logical) pixels, without a canvas."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width_px / DPI, height_px / DPI), dpi=DPI, layout="constrained")


def follow_palette(fig: "Figure", window: str, text: str) -> None:
    """Recolour a figure drawn for paper (white, black text) to the window's colours (dark mode).

    The background becomes ``window``; text, axes, ticks and black or grey lines become
    ``text``. Data colours (the Okabe-Ito palette) keep their hue: each keeps 3:1 or better
    on the dark background of the dark and high-contrast themes (tests/unit/test_contrast.py).
    """
    from matplotlib.colors import to_hex
    from matplotlib.lines import Line2D
    from matplotlib.text import Text

    inks = {"#000000", "#5f5f5f", "#333333", "#222222", "#444444", "#666666"}

    def ink(colour: Any) -> bool:
        try:
            return to_hex(colour).lower() in inks
        except ValueError:
            return False

    fig.set_facecolor(window)
    for ax in fig.get_axes():
        ax.set_facecolor(window)
        for spine in ax.spines.values():
            spine.set_edgecolor(text)
        ax.tick_params(colors=text, which="both")
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(window)
            legend.get_frame().set_edgecolor(text)
    for legend in fig.legends:
        legend.get_frame().set_facecolor(window)
        legend.get_frame().set_edgecolor(text)
    for item in fig.findobj(Text):
        if ink(item.get_color()):
            item.set_color(text)
        box = item.get_bbox_patch()
        if box is not None and to_hex(box.get_facecolor()).lower() == "#ffffff":
            box.set_facecolor(window)
    for line in fig.findobj(Line2D):
        if ink(line.get_color()):
            line.set_color(text)
        if ink(line.get_markeredgecolor()):
            line.set_markeredgecolor(text)


def description_rows(description: str) -> list[tuple[str, str]]:
    """A chart's text alternative as (what, value) rows for its data table.

    The descriptions are written as "title. As at date. label: value; label: value." so the
    sentences and the ``;``-separated parts become rows, split at their first colon.
    """
    rows: list[tuple[str, str]] = []
    sentences = [part.strip() for part in description.replace("; ", ";\n").split("\n")]
    for sentence in sentences:
        for piece in (p.strip() for p in sentence.replace(". ", ".\n").split("\n")):
            piece = piece.rstrip(";.").strip()
            if not piece:
                continue
            label, sep, value = piece.partition(": ")
            rows.append((label.strip(), value.strip()) if sep else (piece, ""))
    return rows


def clickable_artists(fig: "Figure") -> list[Any]:
    """The artists that carry a gid and have something to click (a bar of zero width has not)."""
    found = []
    for artist in fig.findobj(lambda a: bool(a.get_gid())):
        width = getattr(artist, "get_width", None)
        height = getattr(artist, "get_height", None)
        if width is not None and height is not None and (width() == 0 or height() == 0):
            continue
        found.append(artist)
    return found


class ChartView(QWidget):
    """One chart: built in the background when first shown, clickable, savable and copyable.

    Args:
        context: the task runner and message channel.
        name: the chart's short name, used for the file name offered by "Save image…".
        title: what the chart shows, its accessible name ("Actions by theme").
    """

    bar_clicked = Signal(dict)  # the clicked bar's gid, parsed
    chart_ready = Signal()
    last_folder: Path | None = None  # where the last image was saved, offered next time

    def __init__(self, context: AppContext, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.name = name
        self.title = title
        self.figure: Figure | None = None
        self.canvas: Any = None  # FigureCanvasQTAgg once drawn
        self.description = ""
        self.target_label: TargetLabel = lambda gid: "&".join(f"{k}={v}" for k, v in gid.items())
        self._builder: Builder | None = None
        self._preferred_height = 0  # pixels the chart needs to be readable (0: fill the view)
        self._built_width = 0
        self._stale = False
        self._generation = 0
        self._artists: list[Any] = []
        self._last_pick: object = None
        self._hovered: Any = None

        self.setObjectName("chartView")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard users reach it, and its menu
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel(self.tr("The chart is drawn when you open this tab."))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.scroll.setWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(FOCUS_WIDTH,) * 4)  # room for the focus ring
        layout.addWidget(self.scroll)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self._rebuild_timer.timeout.connect(self.build)

    # -- building ------------------------------------------------------------------------------

    def set_builder(self, builder: Builder | None, preferred_height: int = 0) -> None:
        """Draw with ``builder`` from now on: now if the chart is on screen, else when it is next shown.

        ``preferred_height`` (pixels) is the height the chart needs; a taller chart than the
        view scrolls rather than squashing its rows.
        """
        self._builder = builder
        self._preferred_height = preferred_height
        if builder is None:
            self._clear(self.tr("Open a plan to see its charts."))
            return
        if self.isVisible():
            self.build()
        else:
            self._stale = True

    def _target_size(self) -> tuple[int, int]:
        viewport = self.scroll.viewport().size()
        height = max(viewport.height(), MIN_HEIGHT)
        width = max(viewport.width(), MIN_WIDTH)
        if self._preferred_height > height:
            height = self._preferred_height
            width = max(width - self.scroll.verticalScrollBar().sizeHint().width(), MIN_WIDTH)
        return width, height

    def build(self) -> None:
        """Draw the chart in the task runner; the canvas replaces the old one when it is ready."""
        builder = self._builder
        if builder is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        width, height = self._target_size()
        if self.canvas is None:
            self.message.setText(self.tr("Drawing the chart…"))
        colours = self.palette_colours()

        def work(_progress: Any) -> tuple["Figure", str]:
            fig = new_figure(width, height)
            description = builder(fig)
            if colours is not None:
                follow_palette(fig, *colours)
            for artist in clickable_artists(fig):
                artist.set_picker(True)
            return fig, description

        self.context.tasks.run(
            work,
            on_done=lambda result: self._attach(generation, width, *result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def palette_colours(self) -> tuple[str, str] | None:
        """(background, text) for the chart when the window is dark; None keeps paper colours."""
        from ui import theme

        if not theme.is_dark():
            return None
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name(),
        )

    def _attach(self, generation: int, width: int, fig: "Figure", description: str) -> None:
        if generation != self._generation:
            return  # a newer build is on its way
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(fig)
        canvas.setMinimumSize(MIN_WIDTH, max(MIN_HEIGHT, self._preferred_height))  # taller scrolls
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus stays on the view, which has the menu
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(lambda pos: self.show_menu(canvas.mapToGlobal(pos)))
        canvas.setAccessibleName(self.title)
        canvas.setAccessibleDescription(description)
        canvas.mpl_connect("pick_event", self._picked)
        canvas.mpl_connect("motion_notify_event", self._hover)
        self.message = None  # deleted with the widget setWidget replaces
        self.scroll.setWidget(canvas)
        self.canvas, self.figure, self.description = canvas, fig, description
        self._artists = clickable_artists(fig)
        self._built_width = width
        self.setAccessibleDescription(description)
        self.chart_ready.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, Cancelled):  # the user stopped it: draw again when next shown
            self._stale = True
            return
        self._clear(self.tr("The chart could not be drawn: {reason}").format(reason=error_message(exc)))

    def _clear(self, text: str) -> None:
        self._generation += 1
        self.canvas = self.figure = None
        self._artists = []
        self.description = ""
        self.setAccessibleDescription(text)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.message = label
        self.scroll.setWidget(label)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._build_if_stale)  # once the tab has its real size

    def _build_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.build()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.canvas is not None and self._built_width:
            width, _height = self._target_size()
            if abs(width - self._built_width) > REBUILD_SHARE * self._built_width:
                self._rebuild_timer.start()  # labels were fitted to the old width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.hasFocus():  # a visible focus for keyboard users (Enter or Menu opens the chart's menu)
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
            painter.setPen(pen)
            half = FOCUS_WIDTH // 2
            painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    # -- clicking ------------------------------------------------------------------------------

    def _picked(self, event: Any) -> None:
        mouse = event.mouseevent
        if mouse is self._last_pick or getattr(mouse, "button", None) != 1:
            return  # one click picks every artist under it: take the first
        self._last_pick = mouse
        self.pick(event.artist)

    def pick(self, artist: Any) -> None:
        """Act as if ``artist`` (a bar or marker with a gid) was clicked."""
        gid = parse_gid(artist.get_gid())
        if gid:
            self.bar_clicked.emit(gid)

    def _hover(self, event: Any) -> None:
        over = None
        if event.inaxes is not None:
            over = next((a for a in self._artists if a.contains(event)[0]), None)
        if over is self._hovered or self.canvas is None:
            return
        self._hovered = over
        if over is None:
            self.canvas.unsetCursor()
            self.canvas.setToolTip("")
            return
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        label = self.target_label(parse_gid(over.get_gid()))
        self.canvas.setToolTip(self.tr("{what}: click to open the list").format(what=label) if label else "")

    def targets(self) -> list[tuple[str, dict[str, str]]]:
        """(words, gid) for every bar a click would open, once each, in drawing order."""
        seen: set[str] = set()
        found = []
        for artist in self._artists:
            gid = artist.get_gid()
            if gid in seen:
                continue
            seen.add(gid)
            label = self.target_label(parse_gid(gid))
            if label:
                found.append((label, parse_gid(gid)))
        return found

    # -- menu, saving, copying -----------------------------------------------------------------

    def build_menu(self) -> QMenu:
        menu = QMenu(self)
        table = menu.addAction(self.tr("Show the data as a &table"), self.show_table)
        table.setShortcut(QKeySequence("T"))
        table.setEnabled(bool(self.description))
        save = menu.addAction(self.tr("&Save image…"), self.save_image)
        copy = menu.addAction(self.tr("&Copy image"), self.copy_image)
        save.setEnabled(self.figure is not None)
        copy.setEnabled(self.canvas is not None)
        targets = self.targets()
        if targets:
            menu.addSeparator()
            lists = menu.addMenu(self.tr("&Open the list behind a bar"))
            for label, gid in targets:
                lists.addAction(label, lambda _c=False, g=gid: self.bar_clicked.emit(g))
        return menu

    def show_menu(self, global_pos) -> None:
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(global_pos)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        self.show_menu(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Return or event.key() == Qt.Key.Key_Enter:
            self.show_menu(self.mapToGlobal(self.rect().center()))
            return
        if event.key() == Qt.Key.Key_T and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.show_table()
            return
        super().keyPressEvent(event)

    def show_table(self) -> "QDialog | None":
        """The chart's data as a table, its text alternative one key press (T) away."""
        if not self.description:
            return None
        rows = description_rows(self.description)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("{title}: the data").format(title=self.title))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        table = QTableWidget(len(rows), 2, dialog)
        table.setAccessibleName(self.tr("{title}, as a table").format(title=self.title))
        table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Value")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (label, value) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            table.setItem(row, 1, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(640, 420)
        self.table_dialog = dialog
        dialog.open()
        table.setFocus()
        return dialog

    def default_image_path(self) -> Path:
        folder = ChartView.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation
        )
        return Path(str(folder or Path.home())) / f"{self.name}.png"

    def _ask_image_path(self) -> Path | None:
        filters = {
            self.tr("PNG image (*.png)"): ".png",
            self.tr("SVG drawing (*.svg)"): ".svg",
            self.tr("PDF document (*.pdf)"): ".pdf",
        }
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart as an image"), str(self.default_image_path()), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            path = path.with_name(path.name + filters.get(chosen, ".png"))
        ChartView.last_folder = path.parent
        return path

    def save_image(self, path: Path | str | None = None) -> None:
        """Write the chart as PNG, SVG or PDF (by the file's extension), asking where when no path is given.

        The chart is drawn again in the task runner on a figure of the size shown, so the
        file is written off the GUI thread and the canvas on screen is never touched.
        """
        if self.figure is None or self._builder is None:
            return
        if path is None:
            path = self._ask_image_path()
            if path is None:
                return
        target = Path(path)
        builder = self._builder
        width, height = (round(v * DPI) for v in self.figure.get_size_inches())

        def work(_progress: Any) -> Path:
            from actionplan.charts import save_figure

            fig = new_figure(width, height)
            builder(fig)
            return save_figure(fig, target)

        self.context.tasks.run(
            work,
            on_done=lambda saved: self.context.show_message(
                self.tr("Saved the chart as {path}").format(path=saved)
            ),
            on_error=self.context.report_error,
        )

    def image(self) -> QImage:
        """The chart as shown, as an image (empty before it is drawn)."""
        if self.canvas is None:
            return QImage()
        return self.canvas.grab().toImage()

    def copy_image(self) -> None:
        image = self.image()
        if image.isNull():
            return
        QApplication.clipboard().setImage(image)
        self.context.show_message(self.tr("Copied the chart to the clipboard."))
