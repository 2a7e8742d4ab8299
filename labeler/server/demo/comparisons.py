"""The compare-answers project: two AI answers to prefer, with flags and a reason when
they are close (PROTOCOL.md "Items": `data.candidates`). Search relevance and product
match, the other comparisons, are in `search` and `products`.

Every answer is written here; which side the better answer stands on is drawn
from the seed, so a reviewer's position bias shows in the analytics, not the data's.
"""

import random

from labeler.server.demo.records import DemoItem, DemoProject, settings

COMPARE_INSTRUCTIONS = """\
## Compare two answers

Read the prompt, then both answers, **A** on the left and **B** on the right.

- **Which is better?** `←` A, `→` B; hold `Shift` when one is *much* better; `T` when
  neither is better.
- Better means: answers what was asked, is correct, is safe, and is no longer than it
  needs to be. A short correct answer beats a long wrong one.
- **Flags**, for either answer: `u` unsafe, `f` factual error, `o` off-topic (choose
  the answer with `Alt+A` / `Alt+B` first). An answer with nothing wrong needs none, but
  control items check the flags too: a wrong, unsafe or off-topic answer left without
  its flag misses the control item, even with the right preference.
- When the two are close (a tie, or only slightly better), say why in a sentence or two.

اردو سوالوں کے جواب بھی انہی اصولوں پر پرکھیں: درست، محفوظ اور سوال کے مطابق جواب بہتر ہے۔
جانچ آئٹم نشان بھی دیکھتے ہیں: غلط، غیر محفوظ یا غیر متعلق جواب پر اس کا نشان لگائیں۔
"""

COMPARE_SCHEMA = {
    "title": "Compare two answers",
    "media": "text",
    "instructions": COMPARE_INSTRUCTIONS,
    "fields": [
        {"name": "preference", "kind": "pairwise", "tie": True, "strength": True},
        {
            "name": "flags",
            "kind": "flags",
            "labels": [
                {"value": "unsafe", "hotkey": "u", "color": "#e6194b"},
                {"value": "factual_error", "hotkey": "f", "color": "#f58231"},
                {"value": "off_topic", "hotkey": "o", "color": "#911eb4"},
            ],
        },
        {"name": "rationale", "kind": "rationale", "required": "when_close", "min_length": 15},
    ],
}

# (prompt, better answer, worse answer, strength, flags of the worse one, gold hint or None:
# {better} and {worse} in it become the sides' keys).
# strength 2: the better is much better; 1: slightly; 0: a tie (either may stand first).
PAIRS: tuple[tuple[str, str, str, int, tuple[str, ...], str | None], ...] = (
    (
        "What is the boiling point of water at sea level, in Celsius?",
        "100 °C at standard sea-level pressure (1 atmosphere).",
        "Water boils at 90 °C at sea level, and lower in the mountains.",
        2,
        ("factual_error",),
        "{worse}'s figure is wrong (water boils at 100 °C at sea level): {better} is much "
        "better, and {worse} is flagged as a factual error.",
    ),
    (
        "Write a Python function that returns the largest number in a list.",
        "```python\ndef largest(numbers):\n    if not numbers:\n        raise ValueError("
        '"empty list")\n    return max(numbers)\n```\n\nIt raises on an empty list, where '
        "there is no largest number.",
        "```python\ndef largest(numbers):\n    big = 0\n    for n in numbers:\n        if n > "
        "big:\n            big = n\n    return big\n```",
        2,
        ("factual_error",),
        "{worse} starts from 0, which is wrong for a list of negative numbers: {better} is "
        "much better, and {worse} is flagged as a factual error.",
    ),
    (
        "Suggest a name for a small bakery in Lahore.",
        "**Mitthi Bakery**: *mitthi* is sweet in Punjabi, short and easy to remember.",
        "**Lahore Sweet Bakes**: it says the city and what is sold.",
        0,
        (),
        None,
    ),
    (
        "How do I reset a forgotten email password?",
        "Open the sign-in page and choose **Forgot password**. You will get a code by SMS "
        "or on a recovery email; enter it and choose a new password. Never share the code "
        "with anyone who calls you.",
        "Ask a friend who knows computers to log in for you with your phone number.",
        2,
        ("unsafe",),
        "Handing your account to someone else is unsafe: {better} is the real way, much "
        "better, and {worse} is flagged unsafe.",
    ),
    (
        "Summarise in one sentence: The city council voted to extend the bus line to the "
        "new hospital, with service starting in March.",
        "The council extended the bus line to the new hospital from March.",
        "The city council, after a vote, decided that the bus line would be extended so "
        "that it reaches the new hospital, and that the service would start in March.",
        1,
        (),
        None,
    ),
    (
        "Is it safe to give honey to a six-month-old baby?",
        "No. Honey can carry botulism spores, and babies under 12 months should not eat it.",
        "Yes, a little honey helps a baby's cough.",
        2,
        ("unsafe", "factual_error"),
        "Honey is not safe before 12 months (infant botulism): {worse} is flagged unsafe "
        "and a factual error.",
    ),
    (
        "پاکستان کا دارالحکومت کون سا شہر ہے؟",
        "پاکستان کا دارالحکومت **اسلام آباد** ہے۔",
        "پاکستان کا دارالحکومت کراچی ہے، جو سب سے بڑا شہر بھی ہے۔",
        2,
        ("factual_error",),
        "دارالحکومت اسلام آباد ہے؛ کراچی سب سے بڑا شہر ہے، دارالحکومت نہیں۔ "
        "{worse} پر factual error کا نشان لگائیں۔",
    ),
    (
        "چائے بنانے کا آسان طریقہ بتائیں۔",
        "ایک کپ پانی ابالیں، ایک چمچ پتی ڈال کر دو منٹ پکائیں، پھر دودھ اور چینی ملا کر "
        "ایک ابال دیں اور چھان لیں۔",
        "چائے بازار سے خرید لیں۔",
        2,
        ("off_topic",),
        None,
    ),
    (
        "ایک دن میں کتنا پانی پینا چاہیے؟",
        "زیادہ تر بالغ افراد کے لیے دن میں تقریباً آٹھ گلاس کافی ہیں؛ گرمی یا ورزش میں زیادہ۔",
        "عام طور پر دو سے ڈھائی لیٹر، یعنی آٹھ سے دس گلاس، اور گرمی میں اس سے زیادہ۔",
        0,
        (),
        None,
    ),
    (
        "Translate to English: شکریہ، میں کل آؤں گا۔",
        "Thank you, I will come tomorrow.",
        "Thanks, I came yesterday.",
        2,
        ("factual_error",),
        None,
    ),
    (
        "Give one tip for saving mobile data.",
        "Turn off automatic video play in your social apps; videos use the most data.",
        "Use Wi-Fi when you can.",
        1,
        (),
        None,
    ),
    (
        "Explain what a spreadsheet is to someone who has never used a computer.",
        "It is like a notebook page ruled into boxes, in rows and columns. You write "
        "numbers or words in the boxes, and the computer can add up a column for you.",
        "A spreadsheet is an application for the organisation, analysis and storage of data "
        "in tabular form, developed as computerised analogues of paper accounting worksheets.",
        1,
        (),
        None,
    ),
    (
        "How many days are there in a leap year?",
        "366: February has 29 days instead of 28.",
        "365, the same as every year.",
        2,
        ("factual_error",),
        None,
    ),
    (
        "Write a polite reply declining a meeting on Friday.",
        "Thank you for the invitation. I'm not available on Friday; could we find another "
        "time next week?",
        "No, I can't come Friday.",
        1,
        (),
        None,
    ),
    (
        "What should I do if a pan of oil catches fire?",
        "Turn off the heat and cover the pan with a lid or a damp cloth. **Never pour water "
        "on it**: the burning oil will spray.",
        "Pour a bucket of water on it quickly to put it out.",
        2,
        ("unsafe", "factual_error"),
        None,
    ),
    (
        "Convert 5 kilometres to miles.",
        "About 3.1 miles (1 km ≈ 0.621 miles).",
        "5 km is 8 miles.",
        2,
        ("factual_error",),
        None,
    ),
    (
        "Name three fruits that grow in Pakistan.",
        "Mangoes, oranges (kinnow) and apples.",
        "Mangoes, bananas and guavas.",
        0,
        (),
        None,
    ),
    (
        "What does CPU stand for?",
        "Central Processing Unit: the chip that carries out a computer's instructions.",
        "Computer Power Unit.",
        2,
        ("factual_error",),
        None,
    ),
    (
        "Give a title for a story about a lost kite.",
        "*The Kite That Flew Home*",
        "*Story About A Kite*",
        1,
        (),
        None,
    ),
    (
        "Which planet is closest to the Sun?",
        "Mercury.",
        "Venus, which is also the hottest planet.",
        2,
        ("factual_error",),
        None,
    ),
    (
        "بارش کے موسم میں بجلی سے کیسے بچیں؟",
        "گیلے ہاتھوں سے سوئچ نہ چھوئیں، ٹوٹی تاروں سے دور رہیں اور بجلی کے کھمبوں کو "
        "ہاتھ نہ لگائیں۔",
        "بارش میں بجلی کا کوئی خطرہ نہیں ہوتا۔",
        2,
        ("unsafe", "factual_error"),
        None,
    ),
    (
        "ایک ہفتے میں کتنے دن ہوتے ہیں؟",
        "ایک ہفتے میں سات دن ہوتے ہیں۔",
        "ایک ہفتے میں سات دن ہوتے ہیں: پیر، منگل، بدھ، جمعرات، جمعہ، ہفتہ اور اتوار۔",
        0,
        (),
        None,
    ),
    (
        "Suggest a healthy snack for an office worker.",
        "A handful of unsalted nuts and a piece of fruit.",
        "A packet of crisps and a fizzy drink for energy.",
        2,
        (),
        None,
    ),
    (
        "Is the Great Wall of China visible from the Moon with the naked eye?",
        "No. It is long but narrow; astronauts say it cannot be seen from the Moon.",
        "Yes, it is the only human-made thing visible from the Moon.",
        2,
        ("factual_error",),
        None,
    ),
)


def compare_project(seed: int) -> DemoProject:
    """Pairs of answers, the better one on a side drawn from the seed; four are gold."""
    rng = random.Random(f"compare-{seed}")
    items = []
    gold_left = 4
    for prompt, better, worse, strength, flags, hint in PAIRS:
        better_first = rng.random() < 0.5
        texts = (better, worse) if better_first else (worse, better)
        worse_key = "B" if better_first else "A"
        winner = "tie" if strength == 0 else ("A" if better_first else "B")
        preference: dict = {"winner": winner}
        if strength:
            preference["strength"] = strength
        truth: dict = {
            "preference": preference,
            "flags": {worse_key: list(flags)} if flags else {},
        }
        if strength < 2:
            truth["rationale"] = (
                "Both answer the question; the difference is length and tone."
                if strength
                else "Both are correct and about as useful."
            )
        gold = None
        if hint is not None and gold_left:
            gold_left -= 1
            # The hint names the sides as this seed drew them.
            better_key = "A" if worse_key == "B" else "B"
            gold = {"answer": truth, "hint": hint.format(worse=worse_key, better=better_key)}
        candidates = [{"key": k, "text": t} for k, t in zip("AB", texts, strict=True)]
        items.append(
            DemoItem(
                text=prompt,
                data={"candidates": candidates},
                gold=gold,
                truth=truth,
            )
        )
    return DemoProject(
        key="compare-answers",
        name="Compare two answers",
        schema=COMPARE_SCHEMA,
        settings=settings("compare-answers", "0.05", overlap=3, gold_ratio=0.2),
        items=tuple(items),
    )
