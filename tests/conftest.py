"""Shared fixtures. QT_QPA_PLATFORM is set before anything can import PySide6: without a
display Qt would abort otherwise."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
