"""Finding files under ``resources/`` (checkout, installed package or frozen build) and themed icons."""

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
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
    ratio = 1.0
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() else None
    if screen is not None:
        ratio = max(1.0, screen.devicePixelRatio())
    result = QIcon()
    # Both modes drawn here: a style's own greying of a dark monochrome icon can leave it dark.
    for mode, shade in ((QIcon.Mode.Normal, colour or "#202020"), (QIcon.Mode.Disabled, disabled)):
        themed = svg.replace("currentColor", shade)
        for size in ICON_SIZES:
            result.addPixmap(_render(themed, size, ratio), mode)
    return result


def app_icon() -> QIcon:
    """The application's own (coloured) icon."""
    path = resource_path("icons", "app.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def icon_size(base: int = 20) -> QSize:
    return QSize(base, base)
