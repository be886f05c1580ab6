"""Team mode: connecting to a shared PostgreSQL database, with its password kept in the OS keyring."""
