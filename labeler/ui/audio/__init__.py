"""The audio editor: waveform peaks, segments, playback and transcripts."""

from __future__ import annotations

from labeler.ui.audio.editor import AudioEditor

__all__ = ["AudioEditor"]
