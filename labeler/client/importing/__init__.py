"""Importing items into a project: plan a folder of images or audio, a CSV or a JSONL file
of texts (`plan_import`), then run the plan against the task server (`run_import`)."""

from __future__ import annotations

from labeler.client.importing.plan import (
    AUDIO_EXTENSIONS,
    IMAGE_EXTENSIONS,
    ImportPlan,
    ImportProblem,
    MediaFile,
    Refusal,
    TextRow,
)
from labeler.client.importing.run import (
    CHUNK_ITEMS,
    Duplicate,
    ImportProgress,
    ImportSummary,
    run_import,
)
from labeler.client.importing.sources import plan_import
from labeler.client.importing.upload import UploadedMedia, upload_media

__all__ = [
    "AUDIO_EXTENSIONS",
    "CHUNK_ITEMS",
    "IMAGE_EXTENSIONS",
    "Duplicate",
    "ImportPlan",
    "ImportProblem",
    "ImportProgress",
    "ImportSummary",
    "MediaFile",
    "Refusal",
    "TextRow",
    "UploadedMedia",
    "plan_import",
    "run_import",
    "upload_media",
]
