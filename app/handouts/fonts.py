"""The fonts every handout embeds, and a fix to reportlab's text layer for them.

reportlab's own fonts are Latin-1 only and unembedded; handouts carry clients' words (accents,
Greek, ☐ ☑ ✓, some emoji), so every PDF embeds DejaVu Sans from ``resources/fonts/`` instead.
Registration is lazy: call :func:`ensure_fonts` before building (``build_pdf`` does).

Limits, by design of the shipped fonts: characters DejaVu has no glyph for (Chinese, Japanese,
Korean, many emoji such as 🙂) print as an empty box, and the PDF's text layer gives U+FFFD (�)
for them; :func:`missing_glyphs` tells a caller which characters those are. Hebrew and Arabic
letters are present but drawn left to right and unshaped (reportlab lays out no bidi text here).
"""

from __future__ import annotations

import functools
import re
import threading

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import registerFontFamily

from app.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
_lock = threading.Lock()
_registered = False

# One ``<code> <unicode>`` line of a ToUnicode CMap's bfchar section, as reportlab writes it:
# a 2-digit code and ``%04X`` of the code point, which gives 5 or 6 digits above U+FFFF.
_BFCHAR_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{4,6})>$", re.MULTILINE)
_NOTDEF = 0xFFFD


def _as_utf16(entry: re.Match[str]) -> str:
    """Rewrite one entry's destination as UTF-16BE, as the PDF spec requires (surrogate pairs
    outside the BMP); code point 0 is reportlab's "no glyph" slot, which should read as �."""
    code = int(entry[2], 16) or _NOTDEF
    return f"{entry[1]}<{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"


def patch_to_unicode_cmap() -> None:
    """Make reportlab's ToUnicode maps valid for characters outside the BMP (emoji).

    reportlab writes ``<0F> <1F600>``; pypdf drops such entries and pdftotext garbles them. We wrap
    the function that builds the map and rewrite only those entries (and the no-glyph slot), so
    the drawn glyphs are untouched and a reportlab that already writes surrogate pairs (8 digits)
    passes through unchanged. Idempotent.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "reciprocal_utf16", False):
        return

    @functools.wraps(original)
    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        return _BFCHAR_ENTRY.sub(_as_utf16, original(fontname, subset))

    make_to_unicode_cmap.reciprocal_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def ensure_fonts() -> None:
    """Register the embedded fonts with reportlab (once per process; safe from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        patch_to_unicode_cmap()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(ttfonts.TTFont(name, str(resource_path("fonts", filename))))
        # <b> and <i> in paragraphs resolve through the family; there is no italic face (nor a
        # bold mono), so those fall back to upright rather than to an unembedded Helvetica.
        registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
        _registered = True


def missing_glyphs(text: str, font: str = SANS) -> str:
    """The distinct characters of ``text`` that ``font`` cannot draw, in order of appearance
    (whitespace and control characters are never reported)."""
    ensure_fonts()
    covered = pdfmetrics.getFont(font).face.charToGlyph
    seen: dict[str, None] = {}
    for ch in text:
        if ch.isprintable() and not ch.isspace() and ord(ch) not in covered:
            seen.setdefault(ch, None)
    return "".join(seen)
