"""Finding files under ``resources/`` (checkout, installed package or frozen build) and themed icons."""

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def resources_dir() -> Path:
    """The ``resources`` folder: under ``sys._MEIPASS`` in a PyInstaller build, else beside ``ui``.

    An installed package is looked for in ``<prefix>/share/actionplan/resources`` as well.
    """
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "actionplan" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """The path of a file under ``resources/`` (it may not exist: callers decide what to do)."""
    return resources_dir().joinpath(*parts)


@cache
def _svg_text(name: str) -> str | None:
    path = resource_path("icons", f"{name}.svg")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _styled(mode: QIcon.Mode, pixmap: QPixmap) -> QPixmap:
    from PySide6.QtWidgets import QApplication, QStyleOption

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return pixmap
    return app.style().generatedIconPixmap(mode, pixmap, QStyleOption())


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` drawn in the palette's text colour (or ``colour``).

    Monochrome icons use ``currentColor``; it is replaced here so that they follow light and
    dark palettes. A missing icon gives an empty QIcon rather than an error.
    """
    svg = _svg_text(name)
    if svg is None:
        return QIcon()
    disabled = "#a0a0a0"
    if QGuiApplication.instance() is not None:
        palette = QGuiApplication.palette()
        colour = colour or palette.color(QPalette.ColorRole.WindowText).name()
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    # Both modes drawn here: a style's own greying of a dark monochrome icon can leave it dark.
    shades = {QIcon.Mode.Normal: colour or "#202020", QIcon.Mode.Disabled: disabled}
    return QIcon(
        _ThemedSvgEngine({mode: svg.replace("currentColor", shade) for mode, shade in shades.items()})
    )


class _ThemedSvgEngine(QIconEngine):
    """Draws an icon's SVG, already in its colours, at the size asked for when first asked for.

    The window has about eighty icons and shows a few sizes of a few of them; drawing every
    size of every icon up front cost a fifth of a second before the window appeared. Active
    and selected icons use the normal colours, as a QIcon with only normal pixmaps does.
    """

    def __init__(self, svgs: dict[QIcon.Mode, str]):
        super().__init__()
        self._svgs = svgs
        self._pixmaps: dict[tuple[int, int, float], QPixmap] = {}

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802 (Qt override)
        side = min(size.width(), size.height())
        ratio = max(1.0, scale)
        key = (side, mode.value, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = _render(self._svgs.get(mode, self._svgs[QIcon.Mode.Normal]), side, ratio)
            if mode not in self._svgs:  # active, selected: the style's own look, as for a plain QIcon
                pixmap = _styled(mode, pixmap)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect, pixmap)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:  # noqa: N802 (Qt override)
        return [QSize(size, size) for size in ICON_SIZES]

    def clone(self) -> "_ThemedSvgEngine":
        return _ThemedSvgEngine(self._svgs)


def app_icon() -> QIcon:
    """The application's own (coloured) icon."""
    path = resource_path("icons", "app.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def icon_size(base: int = 20) -> QSize:
    return QSize(base, base)
