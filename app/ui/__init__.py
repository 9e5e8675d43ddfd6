"""The desktop app (PySide6). See docs/architecture.md for its packages."""

from app.ui.kit.refcount_guard import pin_booleans

pin_booleans()
