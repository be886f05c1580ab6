"""The PySide6 desktop application over the core's services."""
