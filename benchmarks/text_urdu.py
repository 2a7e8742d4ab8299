"""What Urdu in Nastaliq costs the text editor: showing a text item (layout and paint).

Offscreen, a 990×640 span view (the workbench's at 1366×768) shows Urdu paragraphs of one
to eight sentences, 30 times each; prints the median and the slowest of the last 25, in
Nastaliq (the product) and, for comparison, in Naskh (Arabic runs given Noto Naskh Arabic).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/text_urdu.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SENTENCE = (
    "بابر اعظم نے راولپنڈی ٹیسٹ میں شاندار سنچری بنائی اور پاکستان کرکٹ بورڈ نے مبارکباد دی۔ "
)


def measure(sentences: int) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from labeler.ui.text.view import SpanView

    app = QApplication.instance()
    assert app is not None
    view = SpanView()
    view.resize(990, 640)
    view.show()
    app.processEvents()
    times = []
    for i in range(30):
        start = time.perf_counter()
        view.set_text(SENTENCE * sentences + str(i))
        view.repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    return statistics.median(times[5:]), max(times[5:])


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from labeler.ui.text import fonts

    app = QApplication(sys.argv)  # noqa: F841 (kept alive)
    for face, families in (
        ("Nastaliq", fonts.ARABIC_FAMILIES),
        ("Naskh", (fonts.NASKH_FAMILY,)),
    ):
        fonts.ARABIC_FAMILIES = families
        for sentences in (1, 2, 4, 8):
            median, worst = measure(sentences)
            chars = len(SENTENCE) * sentences
            print(f"{face:8} {chars:5} chars: median {median:5.1f} ms, slowest {worst:5.1f} ms")


if __name__ == "__main__":
    main()
