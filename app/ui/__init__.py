"""The desktop app (PySide6). See docs/architecture.md for its packages."""

from app.ui.kit.refcount_guard import pin_booleans
from app.ui.kit.source_cache_guard import keep_no_sources

pin_booleans()
keep_no_sources()
