"""Make the demo call snippets: labeler/server/demo/audio/*.ogg and manifest.json.

Speech comes from espeak-ng (English voices and the Urdu voice), resampled by sox; music-like
chords and noise bursts are synthesised with numpy. Parts are laid end to end on a 10 ms grid
so every segment boundary in the manifest is exact, and each transcript is the text spoken.

Needs espeak-ng and sox on PATH (`apt-get install espeak-ng sox`). Run from the repository
root with the project's virtualenv:

    .venv/bin/python resources/demo/make_audio.py

The committed clips are what the app uses; this script only regenerates them.
"""

import json
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 16_000
GRID = RATE // 100  # 10 ms: boundaries land on exact two-decimal seconds
OUT = Path(__file__).resolve().parents[2] / "labeler" / "server" / "demo" / "audio"

# Each clip is a list of parts: ("speech", voice, text), ("music", seconds),
# ("noise", seconds) or ("gap", seconds).
CLIPS = [
    {
        "name": "call-01-greeting",
        "language": "en",
        "data": {"queue": "general", "direction": "inbound"},
        "parts": [
            ("music", 1.6),
            ("gap", 0.2),
            (
                "speech",
                "en-gb+f3",
                "Thank you for calling Sunrise Telecom. How can I help you today?",
            ),
        ],
    },
    {
        "name": "call-02-billing",
        "language": "en",
        "data": {"queue": "billing", "direction": "inbound"},
        "parts": [
            ("speech", "en-us+m3", "Hi, I was charged twice for my internet bill this month."),
            ("gap", 0.2),
            ("noise", 0.7),
            ("gap", 0.2),
            ("speech", "en-gb+f3", "Let me check that. Can I have your account number?"),
        ],
    },
    {
        "name": "call-03-parcel",
        "language": "en",
        "data": {"queue": "delivery", "direction": "inbound"},
        "parts": [
            ("noise", 0.5),
            ("gap", 0.2),
            ("speech", "en-us+f2", "My parcel was due on Monday, but it still hasn't arrived."),
            ("gap", 0.4),
        ],
    },
    {
        "name": "call-04-salam",
        "language": "ur",
        "data": {"queue": "general", "direction": "inbound"},
        "parts": [
            ("speech", "ur+f3", "السلام علیکم، میں آپ کی کیا مدد کر سکتی ہوں؟"),
            ("gap", 0.3),
            ("music", 1.4),
        ],
    },
    {
        "name": "call-05-transfer",
        "language": "en",
        "data": {"queue": "technical", "direction": "transfer"},
        "parts": [
            ("speech", "en-gb+f3", "Please hold while I transfer your call."),
            ("gap", 0.2),
            ("music", 2.6),
        ],
    },
    {
        "name": "call-06-internet",
        "language": "ur",
        "data": {"queue": "technical", "direction": "inbound"},
        "parts": [
            ("speech", "ur+m3", "میرا انٹرنیٹ کل رات سے بند ہے۔"),
            ("gap", 0.2),
            ("noise", 0.6),
            ("gap", 0.2),
            ("speech", "ur+f3", "جی، میں ابھی چیک کرتی ہوں۔"),
        ],
    },
    {
        "name": "call-07-payment",
        "language": "en",
        "data": {"queue": "billing", "direction": "outbound"},
        "parts": [
            ("music", 1.0),
            ("gap", 0.2),
            ("speech", "en-gb+m2", "Your payment of two thousand rupees has been received."),
            ("gap", 0.2),
            ("noise", 0.5),
        ],
    },
    {
        "name": "call-08-cancel",
        "language": "en",
        "data": {"queue": "retention", "direction": "inbound"},
        "parts": [
            ("speech", "en-us+m3", "I'd like to cancel my subscription, please."),
            ("gap", 0.5),
            ("speech", "en-gb+f3", "Of course. May I ask why you're leaving?"),
        ],
    },
]


def speech(voice: str, text: str) -> np.ndarray:
    """espeak-ng speech at 16 kHz, silence trimmed, peak 0.6."""
    with tempfile.TemporaryDirectory() as tmp:
        raw, wav = Path(tmp) / "raw.wav", Path(tmp) / "16k.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "155", "-w", str(raw), text], check=True)
        subprocess.run(
            ["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(wav)], check=True
        )
        samples, rate = sf.read(wav, dtype="float64")
    assert rate == RATE
    loud = np.nonzero(np.abs(samples) > 0.02)[0]
    samples = samples[loud[0] : loud[-1] + 1]
    return 0.6 * samples / np.abs(samples).max()


def music(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Hold music: a chord progression of soft harmonic tones."""
    chords = (
        [261.6, 329.6, 392.0],
        [196.0, 246.9, 293.7],
        [220.0, 261.6, 329.6],
        [174.6, 220.0, 261.6],
    )
    n, out = int(seconds * RATE), []
    step = RATE // 2
    start = int(rng.integers(4))
    for i in range(0, n, step):
        t = np.arange(min(step, n - i)) / RATE
        env = np.minimum(1, t * 40) * np.exp(-t * 2.5)
        tone = sum(
            np.sin(2 * np.pi * f * t) + 0.3 * np.sin(4 * np.pi * f * t)
            for f in chords[(start + i // step) % 4]
        )
        out.append(0.12 * env * tone)
    return np.concatenate(out)


def noise(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A burst of line noise: filtered white noise with crackles."""
    n = int(seconds * RATE)
    white = rng.normal(0, 1, n)
    smooth = np.convolve(white, np.ones(4) / 4, mode="same")
    crackle = (rng.random(n) < 0.004) * rng.normal(0, 3, n)
    env = np.minimum(1, np.minimum(np.arange(n), n - np.arange(n)) / (0.02 * RATE))
    return np.clip(0.25 * env * (smooth + crackle), -0.9, 0.9)


def on_grid(samples: np.ndarray) -> np.ndarray:
    return np.pad(samples, (0, -len(samples) % GRID))


def make_clip(clip: dict, rng: np.random.Generator) -> dict:
    pieces, segments, transcript, cursor = [], [], [], 0
    for part in clip["parts"]:
        kind = part[0]
        if kind == "speech":
            samples = on_grid(speech(part[1], part[2]))
            transcript.append(part[2])
        elif kind == "music":
            samples = on_grid(music(part[1], rng))
        elif kind == "noise":
            samples = on_grid(noise(part[1], rng))
        else:
            samples = np.zeros(int(part[1] * RATE))
        if kind != "gap":
            start, end = cursor / RATE, (cursor + len(samples)) / RATE
            segments.append({"label": kind, "start": round(start, 2), "end": round(end, 2)})
        pieces.append(samples)
        cursor += len(samples)
    audio = np.concatenate(pieces)
    audio += rng.normal(0, 0.002, len(audio))  # a quiet line hiss under everything
    filename = clip["name"] + ".ogg"
    sf.write(OUT / filename, audio.astype(np.float32), RATE, format="OGG", subtype="VORBIS")
    frames = sf.info(OUT / filename).frames
    assert frames == len(audio), (filename, frames, len(audio))
    return {
        "filename": filename,
        "duration": round(len(audio) / RATE, 2),
        "language": clip["language"],
        "transcript": " ".join(transcript),
        "segments": segments,
        "data": clip["data"],
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    manifest = {"rate": RATE, "clips": [make_clip(clip, rng) for clip in CLIPS]}
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (OUT / "manifest.json").write_text(text, encoding="utf-8")
    for entry in manifest["clips"]:
        size = (OUT / entry["filename"]).stat().st_size
        print(f"{entry['filename']}: {entry['duration']:.2f} s, {size} bytes")


if __name__ == "__main__":
    main()
