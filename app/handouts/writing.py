"""A client's words on a handout, whatever they are written in.

DejaVu Sans, the main handout font, draws Latin with accents, Greek and Cyrillic. Everything else
is drawn with the bundled Noto fonts (``app.handouts.fonts``), and right-to-left writing is laid
out here, because reportlab 5.1 cannot: its Paragraph reorders right-to-left text only through the
optional ``rlbidi`` C module (not installable here), and even then only for a paragraph of a single
font without shaping (its multi-font line breaker has ``bidiSort = False``, and shaping always takes
that path). So this module runs the Unicode Bidirectional Algorithm itself (python-bidi's pure
Python levels), breaks the lines, reorders each line, and hands reportlab one line per ``<br/>`` in
visual order; uharfbuzz (reportlab's ``shaping``) joins the Arabic letters.

The API
-------
``markup(value, *, bold=False) -> str``
    Plain text (a name, a note) as Paragraph markup: XML-escaped, line breaks as ``<br/>``, and
    each run DejaVu should not draw wrapped in ``<font face="...">``: emoji in Noto Emoji, Arabic
    in Noto Sans Arabic, Hebrew in Noto Sans Hebrew (their bold faces when ``bold``), Chinese and
    Japanese in Noto Sans SC, Hangul in Noto Sans KR. Plain DejaVu text is only escaped.
``para(value, style, *, bold=False) -> Paragraph``
    A Paragraph of plain text: ``para_markup(markup(value, bold=bold), style)``.
``para_markup(text, style) -> Paragraph``
    A Paragraph of markup you built from :func:`markup` and your own tags (``"<b>Goal:</b> " +
    markup(goal)``). Without right-to-left letters it is a plain reportlab Paragraph; with them it
    is a :class:`BidiParagraph`: laid out by the bidi algorithm, with shaping on, right-aligned
    when the text's base direction (its first strong letter) is right-to-left.
``is_rtl(value) -> bool``
    Whether the text's base direction is right-to-left.

Limits
------
- One base direction per Paragraph, from its first strong letter (Unicode rule P2 over the whole
  text): a note whose first line is English and second Arabic is left-aligned throughout, with the
  Arabic line correctly ordered within it. ``style.alignment`` left becomes right for an RTL
  paragraph; indents and bullets are not mirrored.
- The bidi levels come from python-bidi's pure-Python algorithm, which follows Unicode 6.2 rules:
  isolates (U+2066–2069) are treated as neutral and brackets are not paired (rule N0); explicit
  embeddings and overrides work.
- A BidiParagraph keeps colours, sizes, bold and links of its markup but not images or anchors
  (``<img>``, ``<a name>``); ``autoLeading`` and justification across its lines are not supported.
- Arabic's text layer (copying from the PDF) gives the letters in visual order and sometimes as
  presentation forms or with a stray private-use character where one letter is drawn with two
  glyphs; the printed page is right.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from copy import deepcopy
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from bidi import algorithm as _uba  # type: ignore[import-untyped]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from app.handouts.fonts import (
    ARABIC,
    ARABIC_BOLD,
    CJK,
    EMOJI,
    FALLBACKS,
    HANGUL,
    HEBREW,
    HEBREW_BOLD,
    SANS,
    coverage,
    ensure_font,
    ensure_fonts,
    remember_glyph_text,
)

_BOLD = {ARABIC: ARABIC_BOLD, HEBREW: HEBREW_BOLD}
_Ranges = tuple[tuple[int, int], ...]
_ARABIC_RANGES: _Ranges = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
_HEBREW_RANGES: _Ranges = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_CJK_RANGES: _Ranges = ((0x2E80, 0x2FFF), (0x3000, 0x30FF), (0x3100, 0x312F), (0x31A0, 0x31FF),
               (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF),
               (0x20000, 0x2FFFF))
_HANGUL_RANGES: _Ranges = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))
# Drawn in Noto even where DejaVu has a glyph: DejaVu's Arabic and Hebrew are basic, and its
# few emoji would not match Noto Emoji's.
_PREFERRED: tuple[tuple[str, _Ranges], ...] = ((HEBREW, _HEBREW_RANGES), (ARABIC, _ARABIC_RANGES), (EMOJI, ((0x1F000, 0x1FAFF),)))
_BY_SCRIPT: tuple[tuple[str, _Ranges], ...] = ((HANGUL, _HANGUL_RANGES), (CJK, _CJK_RANGES))
# Characters that harfbuzz takes for no script (so they do not make it shape right to left).
_ARABIC_COMMON = frozenset((0x060C, 0x061B, 0x061F, 0x0640, 0x06DD, 0x0670,
                            *range(0x064B, 0x0656)))
# Whitespace that reportlab's Paragraph breaks lines at (its ``_wsc``, so no-break spaces are not).
_SPACES = frozenset(_rl_paragraph._wsc)
_RTL_CLASSES = frozenset(("R", "AL"))
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff"
                        "\U0001e800-\U0001efff\u200f\u202b\u202e]")

_lock = threading.Lock()
_plain: re.Pattern[str] | None = None
_faces: dict[str, str] = {}


def _in(cp: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def _plain_pattern() -> re.Pattern[str]:
    """A pattern that finds the first character DejaVu should not draw (built once)."""
    global _plain
    if _plain is None:
        with _lock:
            if _plain is None:
                ok = sorted(cp for cp in {*coverage(SANS), *range(0x20), *range(0x7F, 0xA0)}
                            if not any(_in(cp, ranges) for _, ranges in _PREFERRED))
                spans: list[tuple[int, int]] = []
                for cp in ok:
                    if spans and spans[-1][1] == cp - 1:
                        spans[-1] = (spans[-1][0], cp)
                    else:
                        spans.append((cp, cp))
                body = "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "")
                               for lo, hi in spans)
                _plain = re.compile(f"[^{body}]")
    return _plain


def _face(ch: str) -> str:
    """The font for one character: "" for the main font (DejaVu, or nothing draws it)."""
    face = _faces.get(ch)
    if face is not None:
        return face
    cp = ord(ch)
    face = ""
    for name, ranges in _PREFERRED:
        if _in(cp, ranges) and cp in coverage(name):
            face = name
            break
    else:
        if cp not in coverage(SANS) and unicodedata.category(ch) != "Cc":
            for name, ranges in _BY_SCRIPT:
                if _in(cp, ranges) and cp in coverage(name):
                    face = name
                    break
            else:
                face = next((name for name in FALLBACKS if cp in coverage(name)), "")
    _faces[ch] = face
    return face


def _joins_previous(ch: str) -> bool:
    """Marks, joiners, variation selectors and skin tones belong with the character before."""
    cp = ord(ch)
    return (unicodedata.category(ch) in ("Mn", "Me", "Cf") or 0xFE00 <= cp <= 0xFE0F
            or 0x1F3FB <= cp <= 0x1F3FF or 0xE0000 <= cp <= 0xE01EF)


def _runs(value: str) -> list[tuple[str, str]]:
    """``value`` as (font, text) runs; font "" is the main font."""
    runs: list[list[str]] = []
    for ch in value:
        face = _face(ch)
        if runs and _joins_previous(ch) and runs[-1][0] and ord(ch) in coverage(runs[-1][0]):
            face = runs[-1][0]
        if runs and runs[-1][0] == face:
            runs[-1][1] += ch
        else:
            runs.append([face, ch])
    # Spaces and punctuation between two runs of one fallback font join them when it draws them.
    merged: list[list[str]] = []
    i = 0
    while i < len(runs):
        face, text = runs[i]
        if (merged and not face and i + 1 < len(runs) and merged[-1][0]
                and runs[i + 1][0] == merged[-1][0]
                and all(not unicodedata.category(c).startswith(("L", "M")) and c != "\n"
                        and ord(c) in coverage(merged[-1][0]) for c in text)):
            merged[-1][1] += text + runs[i + 1][1]
            i += 2
            continue
        if merged and merged[-1][0] == face:
            merged[-1][1] += text
        else:
            merged.append([face, text])
        i += 1
    return [(face, text) for face, text in merged]


def markup(value: str, *, bold: bool = False) -> str:
    """Plain text as Paragraph markup, each run DejaVu should not draw in the bundled font that
    does (see the module docstring); ``bold`` picks the bold Arabic and Hebrew faces, for text set
    in a bold style or inside ``<b>``."""
    if value.isascii() or not _plain_pattern().search(value):
        return escape(value).replace("\n", "<br/>")
    out = []
    for face, text in _runs(value):
        text = escape(text).replace("\n", "<br/>")
        if face:
            face = ensure_font(_BOLD.get(face, face) if bold else face)
            out.append(f'<font face="{face}">{text}</font>')
        else:
            out.append(text)
    return "".join(out)


def is_rtl(value: str) -> bool:
    """Whether the base direction of ``value`` is right to left (its first strong letter)."""
    for ch in value:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def para(value: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A Paragraph of plain text in ``style``, right to left where the text is."""
    return para_markup(markup(value, bold=bold), style)


def para_markup(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup (see :func:`markup`); a :class:`BidiParagraph` when it holds
    right-to-left letters, a :class:`LaidParagraph` otherwise."""
    if not _RTL_CHARS.search(text):
        return LaidParagraph(text, style)
    return BidiParagraph(text, style)


class LaidParagraph(Paragraph):
    """A reportlab Paragraph that keeps its lines for the width it was last laid out for: a
    table lays out every cell when it is measured, again each time it is split over a page and
    again when it is drawn, always for the same width (a Paragraph's lines and height depend
    on nothing else). Lines that reportlab dropped or replaced (``split`` does) are laid out
    again."""

    _laid: tuple[float, Any, tuple[float, float]] | None = None
    height: float

    def _setup(self, text: Any, style: ParagraphStyle, bulletText: Any, frags: Any,
               cleaner: Callable[[str], str]) -> None:
        if frags is None and isinstance(text, str) and "&" not in text:
            cleaned = cleaner(text)  # as reportlab does before parsing
            simple = _SIMPLE.fullmatch(cleaned)
            if simple:
                text, frags = cleaned, _simple_frags(simple[2], style, bold=bool(simple[1]))
        super()._setup(text, style, bulletText, frags, cleaner)

    def breakLines(self, width: Any) -> Any:
        """reportlab's line breaking, in fewer steps for the commonest paragraph: one run of
        text in one font, with no bullet, hyphenation, soft hyphen or word wider than a line.
        It gives what reportlab's own loop gives (the same lines, widths and attributes); any
        other paragraph is left to reportlab."""
        lines = self._simple_lines(width if isinstance(width, list | tuple) else [width])
        return super().breakLines(width) if lines is None else lines

    def _simple_lines(self, widths: Sequence[float]) -> Any:
        style, frags = self.style, self.frags
        if (len(frags) != 1 or self.bulletText or style.wordWrap or style.shaping
                or style.endDots or style.hyphenationLang or style.uriWasteReduce
                or style.embeddedHyphenation or _rl_paragraph._processed_frags(frags)):
            return None
        f = frags[0]
        if hasattr(f, "cbDefn") or hasattr(f, "backColor"):
            return None
        if hasattr(f, "text"):
            words = _rl_paragraph.split(_rl_paragraph.strip(f.text))
        elif type(f.words) is list:  # the rest of a paragraph split over a page
            words = f.words[:]
        else:
            return None
        if not any(map(_rl_paragraph.strip, words)) or any(
                type(word) is not str or "\xad" in word for word in words):
            return None  # no words (reportlab's case) or ones it may hyphenate or split
        font, size, encoding = f.fontName, f.fontSize, self.encoding
        measure = _rl_paragraph.stringWidth  # reportlab's, or `_word_width` (`laying_out`)
        sizes = [measure(word, font, size, encoding) for word in words]
        if style.splitLongWords and max(sizes) > min(widths):
            return None
        space = measure(" ", font, size, encoding)
        shrink = style.spaceShrinkage * space
        last = len(widths) - 1
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        number, limit, used = 0, widths[0], -space
        widest: float = 0  # as reportlab starts it
        for word, size_ in zip(words, sizes, strict=True):
            wider = used + space + size_
            if wider <= limit + shrink * len(line) or not line:
                line.append(word)
                used = wider
            else:
                if used > widest:
                    widest = used
                lines.append((limit - used, line))
                line, used = [word], size_
                number += 1
                limit = widths[min(last, number)]
        if used > widest:
            widest = used
        lines.append((limit - used, line))
        self._width_max, self.height = widest, 0
        self._splitLongWordCount = self._hyphenations = 0
        ascent, descent = _rl_paragraph.getAscentDescent(font, size)
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        laid = self._laid
        if availWidth < _rl_paragraph._FUZZ:  # no room: reportlab's answer, nothing laid out
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            return size
        if laid is None or laid[0] != availWidth or laid[1] is not self.__dict__.get("blPara"):
            size = super().wrap(availWidth, availHeight)
            self._laid = (availWidth, self.__dict__.get("blPara"), size)
            return size
        self.width, self.height = size = laid[2]
        return size


# Markup that is plain text (no entity, no tag), in bold or not: most of a handout's paragraphs.
_SIMPLE = re.compile(r"(<b>)?([^<&]*)(?(1)</b>)")


def _simple_frags(text: str, style: ParagraphStyle, *, bold: bool) -> list[Any]:
    """The fragments reportlab's parser makes of ``text`` (no tag, no entity), in ``<b>`` if
    ``bold``: its own steps (the ``<para>`` and ``<b>`` it would find, the one piece of text)
    without its HTML parser, a third of the time a Paragraph took to make."""
    parser = ParaParser()
    parser._setup_for_parse(style)
    tags = ("para", "b") if bold else ("para",)
    for tag in tags:
        parser.handle_starttag(tag, [])
    if text:
        parser.handle_data(text)
    for tag in reversed(tags):
        parser.handle_endtag(tag)
    _style, frags, _bullet = parser._complete_parse()
    textTransformFrags(frags, style)
    return frags


# --- Measuring words ----------------------------------------------------------------------

# reportlab's ``stringWidth``, remembered (in C, so a known word costs no Python call): a
# Paragraph measures every word each time it breaks its lines, and the words of a long record
# come back thousands of times. Used while a handout is laid out (`laying_out`).
_word_width = functools.lru_cache(maxsize=1 << 16)(stringWidth)


_MISSING = object()
_SAME = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def _same_frag(f: Any, g: Any) -> int:
    """reportlab's ``sameFrag`` (whether two fragments are set alike, so their words join),
    as its C version decides it, in a tenth of the time that version takes here: 1 when
    neither is a line break or callback and each attribute of `_SAME` is missing from both
    or equal in both, else 0."""
    if (hasattr(f, "cbDefn") or hasattr(g, "cbDefn") or hasattr(f, "lineBreak")
            or hasattr(g, "lineBreak")):
        return 0
    for name in _SAME:
        a, b = getattr(f, name, _MISSING), getattr(g, name, _MISSING)
        if a is not b and a != b:
            return 0
    return 1


# reportlab's own two, put back when no handout is being laid out; and how many are.
_STOCK = (_rl_paragraph.stringWidth, _rl_paragraph.sameFrag)
_laying_out = threading.Lock()
_builds = 0


@contextmanager
def laying_out() -> Iterator[None]:
    """Lay Paragraphs out with remembered word widths and the quicker `_same_frag` (the same
    answers, found faster) while a handout is built (handouts are built on worker threads,
    perhaps two at once). reportlab's paragraph module keeps the two, so they are put in for
    the first build and reportlab's own back after the last one; the widths are of the
    client's words, so they are forgotten then."""
    global _builds
    with _laying_out:
        if not _builds:
            _rl_paragraph.stringWidth, _rl_paragraph.sameFrag = _word_width, _same_frag
        _builds += 1
    try:
        yield
    finally:
        with _laying_out:
            _builds -= 1
            if not _builds:
                _rl_paragraph.stringWidth, _rl_paragraph.sameFrag = _STOCK
                _word_width.cache_clear()


# --- Shaping each run on its own ----------------------------------------------------------

_original_shape: Callable[..., Any] = ttfonts.shapeFragWord
# (font, size, text) -> (width, glyph strings): a piece is measured, then drawn, often repeated.
_shaped: dict[tuple[str, float, str], tuple[float, list[Any]]] = {}


def _remember_private_glyphs(frag: Any, source: str, shaped: Any) -> None:
    """Tell the text layer what the glyphs harfbuzz chose without a code point stand for."""
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return
    starts = sorted({d.cluster for d in data})
    ends = dict(zip(starts, [*starts[1:], len(source)], strict=True))
    seen: set[int] = set()
    for ch, d in zip(shaped, data, strict=False):
        if d.cluster in seen:
            continue
        seen.add(d.cluster)
        if 0xE000 <= ord(ch) < 0xF900 and 0 <= d.cluster < len(source):
            remember_glyph_text(frag.fontName, ord(ch), source[d.cluster:ends[d.cluster]])


_FEATURES = {"kern": True, "liga": False, "dlig": False}


def _shape_word(w: Any, *args: Any, **kwargs: Any) -> Any:
    """reportlab's shaper gives a word one buffer and the first piece's font; a BidiParagraph's
    words join pieces of different fonts and directions, so each piece is shaped on its own."""
    if not any(getattr(f, "_rc_piece", False) for f, _ in w[1:]):
        return _original_shape(w, *args, **kwargs)
    if isinstance(w, ttfonts.ShapedFragWord):
        return w
    total = 0.0
    parts: list[Any] = []
    for f, s in w[1:]:
        if not s or hasattr(f, "cbDefn"):
            parts.append((f, s))
            continue
        key = (f.fontName, f.fontSize, s)
        known = _shaped.get(key)
        if known is None:
            # Kerning, and what a script requires (Arabic's joined forms and lam-alef): no
            # optional ligatures, which would turn a Latin "fi" into "ﬁ" and "st" into "ﬆ"
            # (and copy out of the PDF so).
            shaped = _original_shape([stringWidth(s, f.fontName, f.fontSize), (f, s)],
                                     features=_FEATURES, force=True)
            for part in shaped[1:]:
                _remember_private_glyphs(f, s, part[1])
            if len(_shaped) > 20000:
                _shaped.clear()
            known = _shaped[key] = (shaped[0], [part[1] for part in shaped[1:]])
        total += known[0]
        parts.extend((f, glyphs) for glyphs in known[1])
    return ttfonts.makeShapedFragWord(w)([total, *parts])


def _install_shaper() -> None:
    """Shape a BidiParagraph's pieces one by one, and let a line start with a raised glyph
    (reportlab 5.1's ``setRise`` reads the last operator of a text chunk, which may be empty)."""
    if getattr(_rl_paragraph.shapeFragWord, "reciprocal_pieces", False):
        return
    set_rise = PDFTextObject.setRise

    def safe_set_rise(self: Any, rise: float) -> None:
        if not self._code:
            self._code.append("")
        set_rise(self, rise)

    PDFTextObject.setRise = safe_set_rise
    _shape_word.reciprocal_pieces = True  # type: ignore[attr-defined]
    _rl_paragraph.shapeFragWord = _shape_word


# --- The bidirectional algorithm ------------------------------------------------------------

_BRACKETS = dict(zip("([{\u2045\u207d\u208d\u2329\u27e8\u27e6\u2983\u3008\u300a\u300c\u300e"
                     "\u3010\u3014\u3016\u3018\u301a\uff08\uff3b\uff5b\uff5f\uff62",
                     ")]}\u2046\u207e\u208e\u232a\u27e9\u27e7\u2984\u3009\u300b\u300d\u300f"
                     "\u3011\u3015\u3017\u3019\u301b\uff09\uff3d\uff5d\uff60\uff63", strict=True))
_CLOSERS = frozenset(_BRACKETS.values())


def _strong(kind: str) -> str | None:
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _resolve_brackets(storage: dict[str, Any]) -> None:
    """Rule N0 (Unicode 6.3), which python-bidi's algorithm lacks: a bracket pair takes the
    direction of the strong text inside it, so "(2 times)" after Arabic stays one parenthesis."""
    chars = storage["chars"]
    for run in storage["runs"]:
        start, length = run["start"], run["length"]
        seq = chars[start:start + length]
        embedding = "R" if seq and seq[0]["level"] % 2 else "L"
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for i, c in enumerate(seq):
            if c["type"] != "ON":
                continue
            if c["ch"] in _BRACKETS:
                if len(stack) == 63:
                    break
                stack.append((_BRACKETS[c["ch"]], i))
            elif c["ch"] in _CLOSERS:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == c["ch"]:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {_strong(c["type"]) for c in seq[opening + 1:closing]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:
                before = next((d for c in reversed(seq[:opening])
                               if (d := _strong(c["type"])) is not None), run["sor"])
                direction = before if before != embedding else embedding
            for i in (opening, closing):
                seq[i]["type"] = direction
                for c in seq[i + 1:]:  # marks on a bracket follow it
                    if c["orig"] != "NSM":
                        break
                    c["type"] = direction


def _levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of each character (rules P to I of UAX #9)."""
    storage = _uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    _uba.get_embedding_levels(text, storage)
    chars = list(storage["chars"])
    for c in chars:
        if c["type"] in ("LRI", "RLI", "FSI", "PDI"):  # not known to this version: neutral
            c["type"] = c["orig"] = "ON"
    try:
        _uba.explicit_embed_and_overrides(storage)
        _uba.resolve_weak_types(storage)
        _resolve_brackets(storage)
        _uba.resolve_neutral_types(storage, False)
        _uba.resolve_implicit_levels(storage, False)
    except (AssertionError, KeyError, IndexError):  # never lose the text over its order
        return [base] * len(text)
    kept = {id(c) for c in storage["chars"]}
    levels: list[int] = []
    for c in chars:  # characters rule X9 removed (joiners, embeddings) take their neighbour's
        levels.append(c["level"] if id(c) in kept or not levels else levels[-1])
    return levels


def _hb_rtl(text: str) -> bool:
    """Whether harfbuzz, guessing from the first character with a script, shapes right to left."""
    for ch in text:
        cp = ord(ch)
        if _in(cp, _ARABIC_RANGES) or _in(cp, _HEBREW_RANGES):
            if cp not in _ARABIC_COMMON and unicodedata.category(ch) not in ("Mn", "Me"):
                return True
        elif unicodedata.category(ch).startswith("L"):
            return False
    return False


def _clusters(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        if out and (_joins_previous(ch) or out[-1].endswith("\u200d")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _reversed(text: str, *, mirror: bool) -> str:
    out = []
    for c in reversed(_clusters(text)):
        if mirror and unicodedata.mirrored(c[0]):
            c = MIRRORED.get(c[0], c[0]) + c[1:]
        out.append(c)
    return "".join(out)


@dataclass(slots=True)
class _Piece:
    """A run of one fragment's characters at one embedding level: text (logical order), a
    space, or a line break."""

    frag: Any
    text: str
    level: int
    kind: int  # _TEXT, _SPACE or _BREAK
    width: float = -1.0

    def shown(self) -> str:
        """The text to hand reportlab, so that after harfbuzz it reads in visual order."""
        if self.kind != _TEXT:
            return " " if self.kind == _SPACE else ""
        if self.level % 2:
            return self.text if _hb_rtl(self.text) else _reversed(self.text, mirror=True)
        return _reversed(self.text, mirror=False) if _hb_rtl(self.text) else self.text

    def measure(self) -> float:
        if self.width < 0:
            f = self.frag
            self.width = (_shape_word([0, (f.clone(_rc_piece=True), self.shown())])[0]
                          if self.kind == _TEXT else 0.0)
        return self.width


_TEXT, _SPACE, _BREAK = 0, 1, 2


def _pieces(frags: Sequence[Any]) -> tuple[list[_Piece], int]:
    """A paragraph's fragments as pieces, and its base level (0 left to right, 1 right to left)."""
    owners: list[Any] = []
    chars: list[str] = []
    for f in frags:
        if getattr(f, "lineBreak", False):
            owners.append(f)
            chars.append("\n")
        elif not hasattr(f, "cbDefn"):
            text = f.text
            owners.extend([f] * len(text))
            chars.append(text)
    text = "".join(chars)
    base = 1 if is_rtl(text) else 0
    levels = _levels(text, base)
    pieces: list[_Piece] = []
    for ch, f, level in zip(text, owners, levels, strict=True):
        kind = _BREAK if ch == "\n" and getattr(f, "lineBreak", False) else (
            _SPACE if ch in _SPACES else _TEXT)
        last = pieces[-1] if pieces else None
        if kind == _SPACE and (last is None or last.kind != _TEXT):
            continue  # leading or repeated spaces, as reportlab collapses them
        if last and kind == _TEXT and last.kind == _TEXT and last.frag is f and last.level == level:
            last.text += ch
        else:
            pieces.append(_Piece(f, ch if kind == _TEXT else "", level, kind))
    while pieces and pieces[-1].kind == _SPACE:
        pieces.pop()
    return pieces, base


def _visual(line: Sequence[_Piece]) -> list[_Piece]:
    """Rule L2: reverse each run at or above every level from the highest to the lowest odd."""
    out = list(line)
    if not out:
        return out
    levels = [p.level for p in out]
    low = min(levels)
    for level in range(max(levels), low + (1 - low % 2) - 1, -1):
        i = 0
        while i < len(out):
            if out[i].level >= level:
                j = i
                while j < len(out) and out[j].level >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


def _split_word(word: list[_Piece], width: float) -> list[list[_Piece]]:
    """A word too long for a line, cut between characters into parts that fit."""
    parts: list[list[_Piece]] = [[]]
    used = 0.0
    for p in word:
        for c in _clusters(p.text):
            piece = _Piece(p.frag, c, p.level, _TEXT)
            cw = piece.measure()
            if parts[-1] and used + cw > width:
                parts.append([])
                used = 0.0
            last = parts[-1][-1] if parts[-1] else None
            if last and last.frag is p.frag and last.level == p.level:
                last.text += c
                last.width = -1.0
            else:
                parts[-1].append(piece)
            used += cw
    return parts


class BidiParagraph(Paragraph):
    """A Paragraph laid out by the Unicode bidirectional algorithm; see the module docstring.

    It is built from markup like any Paragraph. On each ``wrap`` it breaks its logical text into
    lines for the width, reorders each line and gives reportlab's Paragraph the lines in visual
    order, one per ``<br/>``, with shaping on; ``split`` cuts between those lines and lays the
    rest out again for the next frame."""

    def __init__(self, text: str, style: ParagraphStyle, bulletText: Any = None,
                 frags: Any = None, caseSensitive: int = 1, encoding: str = "utf8", *,
                 pieces: tuple[list[_Piece], int] | None = None) -> None:
        ensure_fonts()
        _install_shaper()
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        parsed: list[Any] = self.__dict__["frags"]
        self._pieces, self._base = pieces if pieces is not None else _pieces(parsed)
        style = self.style = deepcopy(style)
        style.shaping = 1
        style.wordWrap = None
        if self._base and style.alignment == TA_LEFT:
            style.alignment = TA_RIGHT
        self._lines: list[list[_Piece]] = []
        self._ends: list[_Piece | None] = []
        self._laid_for: tuple[float, float] | None = None
        space = max((stringWidth(" ", p.frag.fontName, p.frag.fontSize) for p in self._pieces),
                    default=0.0)
        self._space = space

    @property
    def base_rtl(self) -> bool:
        return bool(self._base)

    def _lay_out(self, first: float, later: float) -> None:
        if self._laid_for == (first, later):
            return
        lines: list[list[_Piece]] = []
        ends: list[_Piece | None] = []  # what ended each line: a space, a break or nothing
        line: list[_Piece] = []
        word: list[_Piece] = []
        used = 0.0
        space: _Piece | None = None

        def limit() -> float:
            return (first if not lines else later) - 1e-6

        def end(by: _Piece | None) -> None:
            nonlocal line, used
            lines.append(line)
            ends.append(by)
            line, used = [], 0.0

        def place(by: _Piece | None) -> None:
            nonlocal word, used, space
            if word:
                w = sum(p.measure() for p in word)
                gap = self._space if line else 0.0
                if line and used + gap + w > limit():
                    end(space)
                    gap = 0.0
                if not line and w > limit():
                    *whole, word = _split_word(word, limit())
                    for part in whole:
                        lines.append(part)
                        ends.append(None)
                    w = sum(p.measure() for p in word)
                if line and space is not None:
                    line.append(space)
                line.extend(word)
                used += gap + w
                word = []
            space = by

        for p in self._pieces:
            if p.kind == _TEXT:
                word.append(p)
            elif p.kind == _SPACE:
                place(p)
            else:
                place(None)
                end(p)
        place(None)
        if line or not lines:
            end(None)
        self._lines, self._ends = lines, ends
        self._laid_for = (first, later)
        out: list[Any] = []
        for i, line in enumerate(lines):
            if i:
                by = ends[i - 1]
                f = (by or (lines[i - 1] or line or [self._pieces[0]])[-1]).frag
                out.append(f.clone(text="", lineBreak=True, __tag__="br"))
            for p in _visual(line):
                out.append(p.frag.clone(text=p.shown(), _rc_piece=True))
        self.frags = out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        if self._pieces:
            self._lay_out(availWidth - style.leftIndent - style.firstLineIndent - style.rightIndent,
                          availWidth - style.leftIndent - style.rightIndent)
        width, height = super().wrap(availWidth, availHeight)
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if not self._pieces:
            return super().split(availWidth, availHeight)
        self.wrap(availWidth, availHeight)
        style = self.style
        n = len(self._lines)
        fit = int((availHeight + 1e-8) // style.leading)
        if n <= fit:
            return [self]
        allow_orphans = getattr(style, "allowOrphans", 0)
        if fit == 0 or (not allow_orphans and fit <= 1):
            return []
        if not getattr(style, "allowWidows", 1) and n == fit + 1:
            if n > 3 or (allow_orphans and n == 3):
                fit -= 1
            else:
                return []

        def joined(lines: Sequence[list[_Piece]], ends: Sequence[_Piece | None]) -> list[_Piece]:
            out: list[_Piece] = []
            for i, line in enumerate(lines):
                out.extend(line)
                if i + 1 < len(lines):
                    by = ends[i]
                    out.append(by if by is not None else _Piece(line[-1].frag, "", self._base,
                                                                _BREAK))
            return out

        first = [*self._lines[:fit]]
        hard = [e if e is not None and e.kind == _BREAK else
                _Piece((first[i] or [self._pieces[0]])[-1].frag, "", self._base, _BREAK)
                for i, e in enumerate(self._ends[:fit])]
        style1 = deepcopy(style)
        style1.spaceAfter = 0
        p1 = BidiParagraph("", style1, pieces=(joined(first, hard), self._base))
        style2 = deepcopy(style)
        style2.spaceBefore = 0
        style2.firstLineIndent = 0
        p2 = BidiParagraph("", style2, pieces=(joined(self._lines[fit:], self._ends[fit:]),
                                               self._base))
        return [p1, p2]
