"""Storage: SQLModel tables, the engine, the unit of work, migrations and backups."""
