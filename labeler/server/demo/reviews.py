"""The review-sentiment project: one keystroke answers a review and moves on."""

import numpy as np

from labeler.server.demo.records import SENTIMENT_FIELD, DemoItem, DemoProject, settings

INSTRUCTIONS = """\
## Product reviews — sentiment

Read the review and press **one key**: `1` positive, `2` neutral, `3` negative.
The next review follows at once.

- Judge the **text**, not the star rating shown beside it.
- Mixed reviews ("good sound, weak battery") are neutral unless one side clearly wins.
- Sarcasm counts for what it means: "Oh great, it broke again" is negative.
- A model's guess may be preselected: confirm it with `Enter` or press the right key.
"""

SCHEMA = {
    "title": "Product reviews — sentiment",
    "media": "text",
    "instructions": INSTRUCTIONS,
    "fields": [SENTIMENT_FIELD],
}

# (review, sentiment, product, stars, gold hint or None)
REVIEWS: tuple[tuple[str, str, str, int, str | None], ...] = (
    ("بہت اچھا فون ہے، بیٹری پورا دن چلتی ہے۔", "positive", "Smartphone", 5, None),
    ("ڈلیوری وقت پر ہوئی اور پیکنگ بھی عمدہ تھی۔", "positive", "Lawn suit, 3-piece", 4, None),
    ("کپڑا بہت پتلا ہے، دو دھلائی میں رنگ اتر گیا۔", "negative", "Lawn suit, 3-piece", 2, None),
    ("قیمت کے حساب سے ٹھیک ہے، کوئی خاص بات نہیں۔", "neutral", "Electric kettle", 3, None),
    (
        "چارجر ایک ہفتے میں خراب ہو گیا، پیسے ضائع ہوئے۔",
        "negative",
        "Fast charger 25 W",
        5,
        "The text decides, not the stars: a charger that died in a week is negative.",
    ),
    ("جوتے آرام دہ ہیں لیکن سائز تھوڑا بڑا ہے۔", "neutral", "Running shoes", 3, None),
    (
        "دکاندار نے فوراً جواب دیا اور مسئلہ حل کر دیا، شکریہ!",
        "positive",
        "Wireless earbuds",
        5,
        None,
    ),
    ("آرڈر کیا تھا نیلا، آیا کالا۔ بہت مایوسی ہوئی۔", "negative", "Phone case", 1, None),
    ("ہیڈفون کی آواز صاف ہے، اس قیمت میں زبردست۔", "positive", "Wireless earbuds", 4, None),
    ("پروڈکٹ ویسا ہی ہے جیسا تصویر میں دکھایا گیا تھا۔", "positive", "Wall clock", 4, None),
    ("ابھی استعمال شروع کیا ہے، بعد میں بتاؤں گا۔", "neutral", "Rice cooker 1.8 L", 4, None),
    ("بالکل بیکار، کھولتے ہی ٹوٹا ہوا نکلا۔", "negative", "Table lamp", 1, None),
    ("امی کے لیے لیا تھا، انہیں بہت پسند آیا۔", "positive", "Rice cooker 1.8 L", 5, None),
    (
        "ڈلیوری میں دس دن لگ گئے، مگر چیز ٹھیک ہے۔",
        "neutral",
        "Power bank 10000 mAh",
        3,
        "A slow delivery and a fine product balance out: neutral.",
    ),
    (
        "واہ، زبردست! تیسرے دن ہی بند ہو گیا۔",
        "negative",
        "Power bank 10000 mAh",
        1,
        "زبردست here is sarcasm: it stopped working on day three, so negative.",
    ),
    ("بیٹری ٹائمنگ اوسط ہے، کیمرا اچھا ہے۔", "neutral", "Smartphone", 3, None),
    ("رائس ککر بہت اچھا ہے، چاول بالکل نہیں چپکتے۔", "positive", "Rice cooker 1.8 L", 5, None),
    ("واپسی کی درخواست تین بار دی، کوئی جواب نہیں آیا۔", "negative", "Smartwatch", 1, None),
    ("Original product hai, fast delivery 👍", "positive", "Smartwatch", 5, None),
    (
        "Quality theek hai lekin price zyada hai.",
        "neutral",
        "Lawn suit, 3-piece",
        3,
        "Roman Urdu: 'quality is fine but the price is high', a mixed review, so neutral.",
    ),
    (
        "Great sound for the price, and the battery lasts all week.",
        "positive",
        "Wireless earbuds",
        5,
        None,
    ),
    (
        "Stopped charging after ten days. Seller won't reply.",
        "negative",
        "Power bank 10000 mAh",
        1,
        None,
    ),
    ("It's okay. Does what it says, nothing more.", "neutral", "Electric kettle", 3, None),
    ("Arrived a day early and works perfectly with my laptop.", "positive", "USB-C hub", 5, None),
    ("The strap broke the first time I used it.", "negative", "Smartwatch", 2, None),
    ("Colour is slightly different from the photos but fine.", "neutral", "Phone case", 4, None),
    (
        "Five stars for the packaging, zero for the product.",
        "negative",
        "Table lamp",
        5,
        "Only the packaging is praised; the product itself gets zero: negative.",
    ),
    (
        "Bought a second one for my brother — that's how good it is.",
        "positive",
        "USB-C hub",
        5,
        None,
    ),
    ("Average blender. Loud, but it crushes ice.", "neutral", "Blender", 3, None),
    (
        "Screen protector had bubbles no matter what I tried.",
        "negative",
        "Screen protector",
        2,
        None,
    ),
    ("Exactly as described. Would order from this shop again.", "positive", "Wall clock", 5, None),
    (
        "Not bad, not great. Haven't used it enough to say more.",
        "neutral",
        "Blender",
        4,
        "Neither side wins and the buyer says so: neutral.",
    ),
    (
        "Oh great, another cable that only works at one angle.",
        "negative",
        "USB-C cable 1 m",
        2,
        "'Oh great' is sarcastic: a cable that works at one angle is negative.",
    ),
    ("Comfortable shoes, I walk to work in them every day.", "positive", "Running shoes", 5, None),
    ("Delivery took two weeks and the box was crushed.", "negative", "Electric kettle", 2, None),
    ("Fits my phone. Buttons are a bit stiff.", "neutral", "Phone case", 3, None),
    ("Best purchase this year, my kids love it ❤️", "positive", "Table lamp", 5, None),
    (
        "Smells like plastic even after a week of airing out.",
        "negative",
        "Running shoes",
        3,
        "A middling star rating, but the text only complains: negative.",
    ),
    (
        "Works as a backup charger; I wouldn't rely on it daily.",
        "neutral",
        "Fast charger 25 W",
        3,
        None,
    ),
    ("Customer service replaced it within two days. Impressed!", "positive", "Smartphone", 4, None),
)


def review_project(seed: int) -> DemoProject:
    """Product reviews: ~40 reviews, half Urdu, a fifth gold, some with a model's guess."""
    rng = np.random.default_rng([seed, 12])
    labels = ("positive", "neutral", "negative")
    items = []
    for i, (text, sentiment, product, stars, hint) in enumerate(REVIEWS):
        prefill = None
        if i % 4 == 1 or (hint and i % 3 == 0):
            # A sentiment model's guess: right three times in four.
            guess = sentiment if rng.random() < 0.75 else labels[(labels.index(sentiment) + 1) % 3]
            prefill = {"sentiment": guess}
        data = {"product": product, "stars": stars} if i % 3 != 2 or hint else {}
        items.append(
            DemoItem(
                text=text,
                data=data,
                prefill=prefill,
                gold={"answer": {"sentiment": sentiment}, "hint": hint} if hint else None,
                truth={"sentiment": sentiment},
            )
        )
    return DemoProject(
        "review-sentiment",
        "Product reviews — sentiment",
        SCHEMA,
        settings("review-sentiment", "0.01", overlap=3, review_rate=0.1, lease_seconds=900),
        tuple(items),
    )
