"""Copying a plan between databases (a laptop and the team's server) and merging back: ``actionplan copy``."""
