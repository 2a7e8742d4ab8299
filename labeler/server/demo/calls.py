"""The call-snippets project: committed clips with exact segments and transcripts."""

import json
from importlib import resources

from labeler.server.demo.records import DemoItem, DemoMedia, DemoProject, settings

INSTRUCTIONS = """\
## Call snippets

Listen to the clip, mark its **regions**, then type what is said.

- Regions: `s` speech, `m` music (hold music, jingles), `n` noise (line crackle, bursts).
  Leave short silences between regions unmarked.
- A region starts where the sound starts and ends where it stops; two sentences with a
  noise burst between them are two speech regions.
- **Transcript**: every spoken word, in the script it is spoken in (Urdu in Urdu script),
  speakers in order, with normal punctuation. Do not describe music or noise in it.
"""

SCHEMA = {
    "title": "Call snippets",
    "media": "audio",
    "instructions": INSTRUCTIONS,
    "fields": [
        {
            "name": "regions",
            "kind": "segments",
            "required": False,
            "labels": [
                {"value": "speech", "hotkey": "s", "color": "#4363d8"},
                {"value": "music", "hotkey": "m", "color": "#f58231"},
                {"value": "noise", "hotkey": "n", "color": "#808080"},
            ],
            "gold": {"metric": "segment_f1", "iou": 0.5, "threshold": 0.8},
        },
        {"name": "transcript", "kind": "transcript", "required": True},
    ],
}

HINTS = {
    "call-02-billing.ogg": "The noise burst splits the call into two speech regions.",
    "call-06-internet.ogg": "Two Urdu speech regions around the noise; transcribe in Urdu script.",
}
# A speech recogniser's draft to verify: one word misheard, the music missed.
DRAFTS = {
    "call-07-payment.ogg": ("thousand", "hundred"),
}


def manifest() -> dict:
    """The committed clips' manifest: filename, duration, transcript, segments, data."""
    text = (
        resources.files("labeler.server.demo")
        .joinpath("audio", "manifest.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


def clip_bytes(filename: str) -> bytes:
    """Bytes of one committed clip."""
    return resources.files("labeler.server.demo").joinpath("audio", filename).read_bytes()


def calls_project(seed: int) -> DemoProject:
    """Call snippets: eight short clips, two of them gold."""
    del seed  # the clips are committed files
    items = []
    for clip in manifest()["clips"]:
        name = clip["filename"]
        answer = {"regions": clip["segments"], "transcript": clip["transcript"]}
        prefill = None
        if name in DRAFTS:
            right, wrong = DRAFTS[name]
            prefill = {
                "regions": [s for s in clip["segments"] if s["label"] != "music"],
                "transcript": clip["transcript"].replace(right, wrong),
            }
        items.append(
            DemoItem(
                media=DemoMedia(name, clip_bytes(name)),
                data={**clip["data"], "language": clip["language"]},
                prefill=prefill,
                gold={"answer": answer, "hint": HINTS[name]} if name in HINTS else None,
                truth=answer,
            )
        )
    return DemoProject(
        "call-snippets",
        "Call snippets",
        SCHEMA,
        settings("call-snippets", "0.12", overlap=2, review_rate=0.5, lease_seconds=2400),
        tuple(items),
    )
