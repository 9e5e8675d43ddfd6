"""The fonts every handout embeds, and fixes to reportlab's text layer for them.

reportlab's own fonts are Latin-1 only and unembedded; handouts carry clients' words, so every PDF
embeds fonts from ``app/data/fonts/``: DejaVu Sans (Latin with accents, Greek, Cyrillic, ☐ ☑ ✓,
some emoji) is the main face, and the Noto fonts draw what it cannot or draws poorly: emoji
(monochrome Noto Emoji), Arabic (regular and bold, shaped), Hebrew (regular and bold), Chinese and
Japanese (Noto Sans SC, regular only) and Korean Hangul (Noto Sans KR, regular only).

Registration is lazy and thread-safe: :func:`ensure_fonts` registers DejaVu (``build_pdf`` and
``document`` do it); a Noto font is read only when a text needs it (:func:`ensure_font`, which
``app.handouts.writing`` calls), because Noto Sans SC alone is 10.5 MB. Each face is registered as
a family whose bold is the bold face where one ships and the regular face otherwise, so ``<b>``
never falls back to an unembedded Helvetica.

``app.handouts.writing`` chooses the font for each run of a client's words and lays out
right-to-left text; :func:`missing_glyphs` reports what no bundled font can draw (Devanagari,
Thai, …), which prints as an empty box and reads back as U+FFFD (�).
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import registerFontFamily

from app.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
EMOJI = "NotoEmoji"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
HEBREW = "NotoSansHebrew"
HEBREW_BOLD = "NotoSansHebrew-Bold"
CJK = "NotoSansSC"
HANGUL = "NotoSansKR"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
# The fallback faces, and each one's family: (regular, bold); the bold is the regular face where
# no bold ships.
_FALLBACK_FILES = {
    EMOJI: "NotoEmoji-Regular.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    CJK: "NotoSansSC-Regular.ttf",
    HANGUL: "NotoSansKR-Hangul-Regular.ttf",
}
_FAMILIES = {
    EMOJI: (EMOJI, EMOJI),
    ARABIC: (ARABIC, ARABIC_BOLD),
    ARABIC_BOLD: (ARABIC, ARABIC_BOLD),
    HEBREW: (HEBREW, HEBREW_BOLD),
    HEBREW_BOLD: (HEBREW, HEBREW_BOLD),
    CJK: (CJK, CJK),
    HANGUL: (HANGUL, HANGUL),
}
# The order in which fallbacks are asked for a character that DejaVu lacks.
FALLBACKS = (EMOJI, ARABIC, HEBREW, CJK, HANGUL)

_lock = threading.RLock()
_registered = False
_fallbacks: set[str] = set()

# What a shaped glyph that has no code point of its own stands for (a joined Arabic form, a
# ligature): face name -> {private-use code reportlab gave the glyph: the text it draws}.
_glyph_text: dict[str, dict[int, str]] = {}

# One ``<code> <unicode>`` line of a ToUnicode CMap's bfchar section, as reportlab writes it:
# a 2-digit code and ``%04X`` of the code point, which gives 5 or 6 digits above U+FFFF.
_BFCHAR_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{4,6})>$", re.MULTILINE)
_NOTDEF = 0xFFFD
_PRIVATE = range(0xE000, 0xF900)


def _utf16(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def _as_utf16(entry: re.Match[str], glyphs: dict[int, str] | None = None) -> str:
    """Rewrite one entry's destination as UTF-16BE, as the PDF spec requires (surrogate pairs
    outside the BMP); code point 0 is reportlab's "no glyph" slot, which should read as �, and a
    private-use code reportlab gave a shaped glyph reads as the text the glyph was shaped from."""
    code = int(entry[2], 16) or _NOTDEF
    text = glyphs.get(code) if glyphs and code in _PRIVATE else None
    return f"{entry[1]}<{_utf16(text or chr(code))}>"


def remember_glyph_text(font: str, code: int, text: str) -> None:
    """Record that the private-use ``code`` reportlab's shaper gave a glyph of ``font`` (a
    registered font name) draws ``text``, so the PDF's text layer gives ``text`` back."""
    face = pdfmetrics.getFont(font).face.name
    face = face.decode("latin-1") if isinstance(face, bytes) else face
    _glyph_text.setdefault(face, {}).setdefault(code, text)


def patch_to_unicode_cmap() -> None:
    """Make reportlab's ToUnicode maps valid for characters outside the BMP (emoji), and give
    shaped glyphs (joined Arabic forms) the text they were shaped from.

    reportlab writes ``<0F> <1F600>``; pypdf drops such entries and pdftotext garbles them. We wrap
    the function that builds the map and rewrite only those entries (and the no-glyph slot, and
    private-use codes recorded by :func:`remember_glyph_text`), so the drawn glyphs are untouched
    and a reportlab that already writes surrogate pairs (8 digits) passes through unchanged.
    Idempotent.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "reciprocal_utf16", False):
        return

    @functools.wraps(original)
    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        glyphs = _glyph_text.get(fontname.partition("+")[2])
        return _BFCHAR_ENTRY.sub(functools.partial(_as_utf16, glyphs=glyphs),
                                 original(fontname, subset))

    make_to_unicode_cmap.reciprocal_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


class _Font(ttfonts.TTFont):
    """A TrueType font that maps a text to its subset codes without a Python loop over each
    character once all of them have codes in the first subset (what reportlab's loop then
    returns: one chunk). ``splitString`` runs for every line drawn; its loop was two thirds of
    the time spent drawing a long record."""

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            first = _first_subset(state)
            if first.chars.issuperset(text):
                return [(0, text.translate(first.table).encode("latin-1"))]
        chunks: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return chunks


@dataclass(slots=True)
class _FirstSubset:
    """The characters a document's font has coded in subset 0: a ``str.translate`` table
    (code point -> its byte, as a character) and the characters; U+00A0 takes the space's
    code, as in reportlab's loop. ``known`` counts the assignments read so far (reportlab only
    adds to them)."""

    table: dict[int, str] = field(default_factory=dict)
    chars: set[str] = field(default_factory=set)
    known: int = 0


def _first_subset(state: Any) -> _FirstSubset:
    first: _FirstSubset | None = getattr(state, "rc_first", None)
    if first is None:
        first = state.rc_first = _FirstSubset()
    assignments: dict[int, int] = state.assignments
    if first.known != len(assignments):
        for code, n in itertools.islice(assignments.items(), first.known, None):
            if n < 256:
                for ch in (chr(code), "\u00a0") if code == 32 else (chr(code),):
                    first.table[ord(ch)] = chr(n)
                    first.chars.add(ch)
        first.known = len(assignments)
    return first


def ensure_fonts() -> None:
    """Register the main fonts with reportlab (once per process; safe from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        patch_to_unicode_cmap()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(_Font(name, str(resource_path("fonts", filename))))
        # <b> and <i> in paragraphs resolve through the family; there is no italic face (nor a
        # bold mono), so those fall back to upright rather than to an unembedded Helvetica.
        registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
        _registered = True


def ensure_font(name: str) -> str:
    """Register the bundled font ``name`` (one of the constants here) if it is not yet, with its
    family; returns ``name``. Safe from worker threads."""
    if name in _fallbacks:
        return name
    ensure_fonts()
    if name not in _FALLBACK_FILES:
        return name
    with _lock:
        if name in _fallbacks:
            return name
        regular, bold = _FAMILIES[name]
        for face in dict.fromkeys((regular, bold)):
            path = str(resource_path("fonts", _FALLBACK_FILES[face]))
            pdfmetrics.registerFont(_Font(face, path))
        for face in dict.fromkeys((regular, bold)):
            registerFontFamily(face, normal=regular, bold=bold, italic=regular, boldItalic=bold)
        _fallbacks.update((regular, bold))
    return name


def coverage(name: str) -> dict[int, int]:
    """The code points font ``name`` has a glyph for (registering it if need be)."""
    ensure_font(name)
    covered: dict[int, int] = pdfmetrics.getFont(name).face.charToGlyph
    return covered


def missing_glyphs(text: str, font: str = SANS) -> str:
    """The distinct characters of ``text`` that neither ``font`` nor any bundled fallback font
    can draw, in order of appearance (whitespace and control characters are never reported).
    Those print as an empty box; :func:`coverage` answers for one font alone."""
    main = coverage(font)
    others = [coverage(name) for name in FALLBACKS]
    seen: dict[str, None] = {}
    for ch in text:
        if ch.isprintable() and not ch.isspace() and ord(ch) not in main \
                and not any(ord(ch) in c for c in others):
            seen.setdefault(ch, None)
    return "".join(seen)
