"""GUI cases (placeholder)."""

CASES: dict = {}
