"""The desktop GUI (PySide6). Nothing outside this package imports it. See README.md here."""

from dealer_app.ui.qtcompat import protect_singletons

protect_singletons()
