"""Dialogs: small forms that collect values and hand them to a service through the page."""
