"""A long synthetic call recording for benchmarks; never part of the catalogue."""

import io
import wave

import numpy as np

RATE = 16_000


def long_clip(seconds: int = 1800) -> bytes:
    """A mono 16 kHz 16-bit WAV of `seconds` (default 30 minutes): tones, noise and silence.

    Built from one deterministic minute repeated, so it is fast and always the same bytes.
    """
    rng = np.random.default_rng(1800)
    minute = np.zeros(60 * RATE, np.float32)
    t = np.arange(10 * RATE) / RATE
    for start, freqs in ((0, (220.0, 277.2, 329.6)), (30, (196.0, 246.9, 293.7))):
        tone = sum(np.sin(2 * np.pi * f * t) for f in freqs) / len(freqs)
        minute[start * RATE : (start + 10) * RATE] = 0.3 * tone
    for start in (12, 42):  # noise bursts of 8 s
        minute[start * RATE : (start + 8) * RATE] = rng.normal(0, 0.1, 8 * RATE)
    minute += rng.normal(0, 0.003, len(minute)).astype(np.float32)  # hiss over the silences
    pcm_minute = (np.clip(minute, -1, 1) * 32767).astype("<i2")
    repeats, rest = divmod(seconds * RATE, len(pcm_minute))
    pcm = np.concatenate([np.tile(pcm_minute, repeats), pcm_minute[:rest]])
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return out.getvalue()
