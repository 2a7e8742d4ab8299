"""The plain records that make up the demo catalogue."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoMedia:
    """Bytes of one media file (a JPEG/PNG image or a WAV/OGG clip) and its file name."""

    filename: str
    content: bytes


@dataclass(frozen=True)
class DemoItem:
    """One item as PROTOCOL items take it; `gold` is `{"answer": {...}, "hint": "..."}`.

    `truth` is the answer a careful annotator gives; it is never sent to a server (the demo's
    simulated annotators start from it).
    """

    text: str | None = None
    media: DemoMedia | None = None
    data: dict = field(default_factory=dict)
    prefill: dict | None = None
    gold: dict | None = None
    truth: dict | None = None


@dataclass(frozen=True)
class DemoProject:
    """A project to seed: `key` is a stable slug the seeder uses as the project id."""

    key: str
    name: str
    schema: dict
    settings: dict
    items: tuple[DemoItem, ...]


# The sentiment question both text projects ask: one keystroke each (1, 2, 3).
SENTIMENT_FIELD = {
    "name": "sentiment",
    "kind": "choice",
    "required": True,
    "labels": [
        {"value": "positive", "hotkey": "1"},
        {"value": "neutral", "hotkey": "2"},
        {"value": "negative", "hotkey": "3"},
    ],
}


def settings(
    skill: str,
    reward: str,
    *,
    overlap: int = 1,
    gold_ratio: float = 0.1,
    gold_ratio_new: float = 0.3,
    calibration_gold: int = 20,
    lease_seconds: int = 1800,
    review_rate: float = 1.0,
    training: bool = False,
    requirement: dict | None = None,
    pay_failed_gold: bool = False,
    lease_order: str = "sequence",
) -> dict:
    """Project settings with every PROTOCOL key present; `reward` is a USD amount string."""
    return {
        "skill": skill,
        "reward": {"amount": reward, "currency": "USD"},
        "overlap": overlap,
        "gold_ratio": gold_ratio,
        "gold_ratio_new": gold_ratio_new,
        "calibration_gold": calibration_gold,
        "lease_seconds": lease_seconds,
        "review_rate": review_rate,
        "training": training,
        "requirement": requirement,
        "pay_failed_gold": pay_failed_gold,
        "lease_order": lease_order,
    }
