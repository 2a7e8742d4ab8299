"""Make the interface's Nastaliq from the item text's: the same font, under its own family
name, without the characters before the Arabic block.

An Urdu interface is set in Nastaliq (`labeler.ui.i18n`), but its strings carry Latin
words too: project names, key names, the server's English. Noto Nastaliq Urdu has no
Latin letters (Qt takes them from the system's face) but does have a space, digits and
punctuation, whose narrow space ran Latin words together ("Selecta submission"). This
copy leaves those out of its character map, so a Latin word and the spaces around it come
from the system's face whole, and Urdu from Nastaliq. Item text keeps the full font
(`labeler/ui/text/fonts.py` sets Nastaliq on Arabic-script runs only, spaces included).

Run with fontTools installed (it is no dependency of labeler) after
`scripts/fix_nastaliq_anchors.py`:

    python scripts/nastaliq_interface_font.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont

ASSETS = Path(__file__).resolve().parent.parent / "labeler" / "ui" / "text" / "assets"
SOURCE = ASSETS / "NotoNastaliqUrdu-Regular.ttf"
TARGET = ASSETS / "NotoNastaliqUrdu-Interface.ttf"
FAMILY = "Noto Nastaliq Urdu Interface"
ARABIC_BLOCK = 0x0600


def make(source: Path = SOURCE, target: Path = TARGET) -> int:
    """Write the interface font; the number of characters left out."""
    font = TTFont(source, recalcBBoxes=False, recalcTimestamp=False)
    dropped = 0
    for table in font["cmap"].tables:
        before = [cp for cp in table.cmap if 0x20 <= cp < ARABIC_BLOCK]
        for cp in before:
            del table.cmap[cp]
        dropped = max(dropped, len(before))
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "") + "-Regular"
    font.save(target)
    return dropped


if __name__ == "__main__":
    print(TARGET, make(), "characters left out")
