"""Write the HarfBuzz shaping of Urdu words in the bundled Nastaliq that the tests compare
Qt's with (tests/data/nastaliq/harfbuzz.json): per text, its glyphs as
[glyph id, x, y] in font units, x from the left end of the line, y down from the baseline.

Needs uharfbuzz (no dependency of labeler); run it again after changing the font:

    python scripts/nastaliq_reference.py
"""

from __future__ import annotations

import json
from pathlib import Path

import uharfbuzz as hb

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "labeler/ui/text/assets/NotoNastaliqUrdu-Regular.ttf"
OUT = ROOT / "tests/data/nastaliq/harfbuzz.json"
#: Words a reader misread when Qt placed the joins by the font's stale outline points,
#: and a line of them.
TEXTS = [
    "شاندار",
    "بنائی",
    "پی",
    "لندن",
    "پاکستان",
    "کرکٹ",
    "کے",
    "علیکم",
    "مدد",
    "راولپنڈی",
    "گھنٹے",
    "بابر اعظم نے راولپنڈی ٹیسٹ میں شاندار سنچری بنائی۔",
]


def shape(font: hb.Font, text: str) -> list[list[int]]:
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    glyphs, pen = [], 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        glyphs.append([info.codepoint, pen + pos.x_offset, -pos.y_offset])
        pen += pos.x_advance
    return glyphs


def main() -> None:
    face = hb.Face(FONT.read_bytes())
    font = hb.Font(face)
    head = {"font": FONT.name, "units_per_em": face.upem, "harfbuzz": hb.version_string()}
    lines = [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    texts = [f"  {json.dumps(t, ensure_ascii=False)}: {json.dumps(shape(font, t))}" for t in TEXTS]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = "{\n" + "\n".join(lines) + '\n "texts": {\n' + ",\n".join(texts) + "\n }\n}\n"
    json.loads(text)  # stays JSON
    OUT.write_text(text, encoding="utf-8")
    print("wrote", OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
