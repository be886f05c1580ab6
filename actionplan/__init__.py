"""The Prevent action-plan manager's core: domain rules, storage, services and exchange (no Qt)."""

__version__ = "0.1.0"
