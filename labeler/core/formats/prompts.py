"""Prompts with candidates or a conversation, one JSON object per line (`prompts-jsonl`):
read only; the reader and the names it takes are `prompts_read`."""

from __future__ import annotations

from labeler.core.formats.base import Format
from labeler.core.formats.prompts_read import NAME, read_prompts

FORMAT = Format(
    name=NAME,
    title="Prompts with candidates (JSONL)",
    media=frozenset({"text"}),
    multi_file=False,
    file_name="prompts.jsonl",
    reader=read_prompts,
)
