"""The audio editor: waveform peaks, segments, playback and transcripts.

`AudioEditor` is imported on first use (PEP 562): importing a part of this package (the
peaks, the waveform, as the review and the history do) does not bring in the editor and
its player, and with it QtMultimedia and FFmpeg, before an audio project opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labeler.ui.audio.editor import AudioEditor

__all__ = ["AudioEditor"]


def __getattr__(name: str) -> Any:
    if name == "AudioEditor":
        from labeler.ui.audio.editor import AudioEditor

        return AudioEditor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
