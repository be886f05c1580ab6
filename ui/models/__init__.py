"""Qt item models: one per table, each an adapter over a list of the core's read models."""
