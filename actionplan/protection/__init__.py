"""Protection of personal data: password-protected workbooks and secrets read from the environment."""
