"""The rank-answers project: a prompt and three or four answers to order from best to
worst, equal ranks allowed (PROTOCOL.md "Items": `data.candidates`; a `ranking` field
with `ties`). The answers' order on screen is drawn from the seed, so the order they
come in says nothing of their rank."""

import random

from labeler.server.demo.records import DemoItem, DemoProject, settings

RANK_INSTRUCTIONS = """\
## Rank the answers

Read the prompt, then every answer. Put them in order, **best first**: the best answers
what was asked, is correct and safe, and is no longer than it needs to be.

- `↑` / `↓` choose an answer; a digit places it at that rank (`1` best), the others
  there moving down; `Ctrl+↑` / `Ctrl+↓` move it one rank better or worse.
- `=` gives an answer the rank just before its own, when neither is better.
- Every answer must be placed before `Enter` sends the ranking.

اردو سوالوں کے جواب بھی انہی اصولوں پر ترتیب دیں: درست، محفوظ اور سوال کے مطابق جواب پہلے۔
"""

RANK_SCHEMA = {
    "title": "Rank the answers",
    "media": "text",
    "instructions": RANK_INSTRUCTIONS,
    "fields": [{"name": "order", "kind": "ranking", "ties": True}],
}

# (prompt, ((answer, rank), ...) best first as the ranks say, gold hint or None). Ranks
# are dense, as the workbench gives them: tied answers share one, the next takes the next.
PROMPTS: tuple[tuple[str, tuple[tuple[str, int], ...], str | None], ...] = (
    (
        "How do I keep cut apples from turning brown?",
        (
            (
                "Brush them with lemon juice, or soak them in salted water for five minutes, "
                "then rinse.",
                1,
            ),
            ("Lemon juice stops the browning.", 2),
            ("Keep them in the fridge.", 3),
            ("Apples turn brown because of oxygen.", 4),
        ),
        "The first says what to do and how; the last explains but does not answer.",
    ),
    (
        "Convert 5 kilometres to miles.",
        (
            ("5 km is about 3.11 miles (1 km = 0.621 mi).", 1),
            ("About 3.1 miles.", 1),
            ("5 km is 8 miles.", 2),
        ),
        "Both correct answers share the first rank; 8 miles is 5 miles in kilometres.",
    ),
    (
        "Write a subject line for an email asking my manager for Friday off.",
        (
            ("Leave request: Friday 12 December", 1),
            ("Quick question", 2),
            ("I NEED FRIDAY OFF!!!", 3),
        ),
        None,
    ),
    (
        "What should I do if my phone falls into water?",
        (
            (
                "Switch it off at once, dry the outside, and leave it to dry for a day before "
                "charging.",
                1,
            ),
            ("Put it in a bag of rice and wait.", 2),
            ("Charge it straight away to check it still works.", 3),
        ),
        None,
    ),
    (
        "کراچی سے لاہور بذریعہ ٹرین کتنا وقت لگتا ہے؟",
        (
            ("عام طور پر 18 سے 22 گھنٹے، ٹرین کے لحاظ سے۔ تیز گام تقریباً 18 گھنٹے لیتی ہے۔", 1),
            ("ایک دن کے قریب۔", 2),
            ("تقریباً 3 گھنٹے۔", 3),
        ),
        None,
    ),
    (
        "Name a fruit that is high in vitamin C.",
        (
            ("Guava: one has more vitamin C than two oranges.", 1),
            ("Oranges.", 1),
            ("Bananas are a good source of vitamin C.", 2),
            ("Bread.", 3),
        ),
        None,
    ),
    (
        "Is it safe to mix bleach and vinegar for cleaning?",
        (
            (
                "No. Together they give off chlorine gas, which harms the lungs. Use one at a "
                "time and rinse between.",
                1,
            ),
            ("No, do not mix them.", 2),
            ("Yes, it makes a stronger cleaner.", 3),
        ),
        None,
    ),
    (
        "بچے کو بخار ہو تو کیا کریں؟",
        (
            (
                "ہلکے کپڑے پہنائیں، پانی پلاتے رہیں، اور بخار تین دن رہے یا بہت تیز ہو تو "
                "ڈاکٹر کو دکھائیں۔",
                1,
            ),
            ("ڈاکٹر سے رجوع کریں۔", 2),
            ("موٹا کمبل اوڑھا دیں تاکہ پسینہ آئے۔", 3),
        ),
        None,
    ),
)


def rank_project(seed: int) -> DemoProject:
    """Prompts with three or four answers each, shown in an order drawn from the seed;
    the two with a hint are gold."""
    rng = random.Random(f"rank-{seed}")
    items = []
    for prompt, answers, hint in PROMPTS:
        shown = list(answers)
        rng.shuffle(shown)
        keys = "ABCD"[: len(shown)]
        candidates = [{"key": k, "text": text} for k, (text, _) in zip(keys, shown, strict=True)]
        truth = {"order": {k: rank for k, (_, rank) in zip(keys, shown, strict=True)}}
        items.append(
            DemoItem(
                text=prompt,
                data={"candidates": candidates},
                gold={"answer": truth, "hint": hint} if hint else None,
                truth=truth,
            )
        )
    return DemoProject(
        key="rank-answers",
        name="Rank the answers",
        schema=RANK_SCHEMA,
        settings=settings("rank-answers", "0.06", overlap=3, gold_ratio=0.2),
        items=tuple(items),
    )
