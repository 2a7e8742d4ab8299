"""What XML 1.0 can hold: formats written as XML (VOC, CVAT) leave out a label it cannot
hold, and write an item whose file name it cannot hold under its id, saying so."""

from __future__ import annotations

import re

from labeler.core.formats.base import ExportEntry, ExportReport, default_file_name
from labeler.core.formats.paths import clean_path, split_extension

UNWRITABLE = "left out: its label has a character XML 1.0 cannot hold"
RENAMED = "written under its id: its file name has a character XML 1.0 cannot hold"
#: What XML 1.0 cannot hold, even escaped: control characters but tab and line ends,
#: surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> bool:
    """Whether XML 1.0 can hold `text` (in an attribute or element, escaped as needed)."""
    return _NOT_XML.search(text) is None


def xml_file_name(entry: ExportEntry, report: ExportReport) -> str:
    """The item's source name as a member path; its id where it has none or XML cannot
    hold it (the report says so)."""
    wanted = clean_path(entry.file_name)
    if wanted and not xml_safe(wanted):
        report.omit("", "file name", RENAMED, entry.item_id)
        extension = split_extension(wanted)[1]
        return default_file_name(entry.item_id, extension if xml_safe(extension) else "")
    return wanted or entry.item_id
