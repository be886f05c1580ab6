"""The Qt binding itself: guards against a PySide6 release that corrupts Python's reference counts."""

import sys


def test_void_qt_calls_keep_none_alive(qtbot):
    """PySide6 6.12.0 released a reference to None on every call of a method returning void,
    which crashes a long session ("deallocating None"); pyproject pins it out."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.setEnabled(True)
    assert before - sys.getrefcount(None) < 50
