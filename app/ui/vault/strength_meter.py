"""A passphrase strength meter that explains rather than nags (zxcvbn's estimate and advice).

It accepts what zxcvbn scores 3 ("safely unguessable", over 10^8 guesses) or better: client
records deserve that, and the vault file may be copied and attacked offline. Below that it says
why, plainly, and how to fix it. Long phrases of ordinary words are welcome: no rules about
digits or symbols.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

MIN_SCORE = 3
_SCORED_PREFIX = 100  # zxcvbn slows down on very long input; the first 100 characters decide


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score = 0
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(8)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._label)
        self.rate("")

    @property
    def acceptable(self) -> bool:
        return self._score >= MIN_SCORE

    @property
    def explanation(self) -> str:
        return self._label.text()

    def rate(self, passphrase: str) -> None:
        if not passphrase:
            self._score = 0
            self._bar.setValue(0)
            self._label.setText(
                self.tr("A few unusual words strung together make a passphrase that is strong "
                        "and easy to remember.")
            )
            return
        from zxcvbn import zxcvbn  # loaded on first use, not at start-up

        result = zxcvbn(passphrase[:_SCORED_PREFIX])
        self._score = int(result["score"])
        self._bar.setValue(self._score)
        advice = [result["feedback"].get("warning") or ""]
        advice += result["feedback"].get("suggestions") or []
        advice_text = " ".join(a for a in advice if a)
        crack_time = result["crack_times_display"]["offline_slow_hashing_1e4_per_second"]
        if self._score > MIN_SCORE:
            text = self.tr("Strong. Guessing it would take {time} even for someone holding a "
                           "copy of your vault file.").format(time=crack_time)
        elif self._score == MIN_SCORE:
            text = self.tr("Good. Guessing it would take {time}; one more word would make it "
                           "stronger still.").format(time=crack_time)
        else:
            text = self.tr("Too easy to guess: someone with a copy of your vault file could "
                           "find it in {time}.").format(time=crack_time)
            advice_text = advice_text or self.tr("Add another word or two.")
        self._label.setText(" ".join(t for t in (text, advice_text) if t))
