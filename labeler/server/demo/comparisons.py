"""The comparison projects: two AI answers to prefer, search results to rate, and product
listings to match (PROTOCOL.md "Items": `data.candidates`, `data.records`).

Every answer and listing is written here; which side the better answer stands on is drawn
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
  the answer with `Alt+A` / `Alt+B` first).
- When the two are close (a tie, or only slightly better), say why in a sentence or two.

اردو سوالوں کے جواب بھی انہی اصولوں پر پرکھیں: درست، محفوظ اور سوال کے مطابق جواب بہتر ہے۔
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


SEARCH_INSTRUCTIONS = """\
## Search relevance

A person typed the **query** at the top. Rate how well each of the five results answers
it, on four points:

| key | rating | means |
| --- | --- | --- |
| `0` | Irrelevant | nothing to do with the query |
| `1` | Somewhat relevant | the topic, but not what was asked |
| `2` | Relevant | answers part of it |
| `3` | Highly relevant | exactly what the person wanted |

`Tab` and `Shift+Tab` move between results; the digit rates the result in focus. Judge the
result's title and text, not whether you like the site.
"""

SEARCH_SCHEMA = {
    "title": "Search relevance",
    "media": "text",
    "instructions": SEARCH_INSTRUCTIONS,
    "fields": [
        {
            "name": "relevance",
            "kind": "criteria",
            "rows": "candidates",
            "min": 0,
            "max": 3,
            "scale": ["Irrelevant", "Somewhat relevant", "Relevant", "Highly relevant"],
            "gold": {"metric": "within", "tolerance": 1, "threshold": 0.8},
        }
    ],
}

# (query, ((title, url, snippet, rating), ...) five results, gold hint or None)
QUERIES: tuple[tuple[str, tuple[tuple[str, str, str, int], ...], str | None], ...] = (
    (
        "train ticket lahore to karachi price",
        (
            (
                "Lahore to Karachi trains: fares and timetable",
                "railways.example.pk/routes/lhr-khi",
                "Economy from Rs 4,150, AC sleeper from Rs 11,000. Green Line, Karachi "
                "Express and Tezgam, with departure times.",
                3,
            ),
            (
                "Karachi weather this week",
                "weather.example.com/karachi",
                "Sunny, 31 °C, humidity 60%.",
                0,
            ),
            (
                "Book train tickets online",
                "tickets.example.pk",
                "Buy tickets for any Pakistan Railways train with a mobile wallet.",
                2,
            ),
            (
                "History of the Karachi–Peshawar railway line",
                "history.example.org/ml1",
                "The main line was built between 1861 and 1878…",
                1,
            ),
            (
                "Lahore to Karachi flights from Rs 18,000",
                "flights.example.pk",
                "Compare airline fares between Lahore and Karachi.",
                1,
            ),
        ),
        "The fares page answers the query exactly (3); flights are the same trip, not a train (1).",
    ),
    (
        "how to make a cv for first job",
        (
            (
                "Your first CV: a one-page template with examples",
                "careers.example.com/first-cv",
                "What to write when you have no work experience yet: education, projects, "
                "volunteering. Download a free template.",
                3,
            ),
            (
                "CV meaning in medicine",
                "dictionary.example.com/cv",
                "CV: cardiovascular.",
                0,
            ),
            (
                "10 interview questions and how to answer them",
                "careers.example.com/interviews",
                "Tell me about yourself, your strengths…",
                1,
            ),
            (
                "CV or résumé: what is the difference?",
                "jobs.example.org/cv-vs-resume",
                "A CV lists your whole history; a résumé is a short summary.",
                2,
            ),
            (
                "Jobs in Islamabad",
                "jobs.example.pk/islamabad",
                "2,341 open positions.",
                0,
            ),
        ),
        None,
    ),
    (
        "سستا موبائل پیکج",
        (
            (
                "ہفتہ وار انٹرنیٹ پیکجز: قیمتیں",
                "mobile.example.pk/packages",
                "پانچ جی بی صرف ۲۰۰ روپے میں، سات دن کے لیے۔",
                3,
            ),
            (
                "نئے موبائل فون کی قیمتیں",
                "phones.example.pk",
                "اس ہفتے کے نئے فون اور ان کی قیمتیں۔",
                1,
            ),
            (
                "موبائل پیکج کیسے لگائیں",
                "help.example.pk/activate",
                "ڈائل کر کے یا ایپ سے پیکج لگانے کا طریقہ۔",
                2,
            ),
            (
                "کرکٹ کا تازہ اسکور",
                "sports.example.pk",
                "پاکستان بمقابلہ آسٹریلیا، دوسرا ون ڈے۔",
                0,
            ),
            (
                "Monthly mobile bundles compared",
                "compare.example.pk/bundles",
                "Every network's monthly data and minutes bundles side by side, cheapest first.",
                3,
            ),
        ),
        "An English page that compares the cheapest bundles answers the Urdu query fully (3).",
    ),
    (
        "ceiling fan making noise",
        (
            (
                "Why your ceiling fan hums or clicks, and how to fix it",
                "home.example.com/fan-noise",
                "Tighten the blade screws, balance the blades, oil the bearing.",
                3,
            ),
            (
                "Buy ceiling fans online: 20% off",
                "shop.example.pk/fans",
                "Energy-saver fans, free delivery.",
                1,
            ),
            (
                "Noise-cancelling headphones reviewed",
                "tech.example.com/headphones",
                "The best headphones for a noisy office.",
                0,
            ),
            (
                "Ceiling fan wobble: balancing kit instructions",
                "home.example.com/fan-balance",
                "Clip the weight to one blade at a time until the wobble stops.",
                2,
            ),
            (
                "Electrician near you",
                "services.example.pk/electricians",
                "Book a verified electrician for fan and wiring repairs.",
                1,
            ),
        ),
        None,
    ),
    (
        "bise lahore result 2026",
        (
            (
                "BISE Lahore: matric and intermediate results 2026",
                "biselahore.example.edu.pk/results",
                "Enter your roll number to see your result; gazettes by district.",
                3,
            ),
            (
                "Lahore Board date sheet 2026",
                "biselahore.example.edu.pk/datesheet",
                "Exam dates for the annual examination.",
                1,
            ),
            (
                "Result by SMS: send your roll number to 800xx",
                "news.example.pk/result-sms",
                "How to get the Lahore board result on your phone.",
                2,
            ),
            (
                "Lahore restaurants: the best biryani",
                "food.example.pk/lahore-biryani",
                "Ten places you must try.",
                0,
            ),
            (
                "Results of all Punjab boards",
                "results.example.pk/punjab",
                "Links to the result pages of Lahore, Gujranwala, Multan and other boards.",
                2,
            ),
        ),
        None,
    ),
    (
        "بچوں کے لیے صحت مند ناشتہ",
        (
            (
                "بچوں کے لیے دس صحت مند ناشتے",
                "health.example.pk/breakfast-kids",
                "انڈا، دلیہ، پھل اور دودھ: آسان ترکیبیں اور مقدار۔",
                3,
            ),
            (
                "بڑوں کے لیے وزن کم کرنے کی خوراک",
                "diet.example.pk/weight",
                "صبح، دوپہر اور شام کا کھانا۔",
                1,
            ),
            (
                "Healthy lunch box ideas for school",
                "family.example.com/lunchbox",
                "What to pack for children, with fruit and vegetables.",
                2,
            ),
            (
                "موبائل فون کی بیٹری جلدی ختم ہونا",
                "tech.example.pk/battery",
                "بیٹری بچانے کے طریقے۔",
                0,
            ),
            (
                "Sugary cereals: what the labels don't say",
                "health.example.com/cereal",
                "Why many breakfast cereals for children have more sugar than a biscuit.",
                2,
            ),
        ),
        None,
    ),
)


def search_project(seed: int) -> DemoProject:
    """A query and five results each; the results' order is drawn from the seed."""
    rng = random.Random(f"search-{seed}")
    items = []
    for query, results, hint in QUERIES:
        order = list(results)
        rng.shuffle(order)
        candidates = []
        ratings = {}
        for key, (title, url, snippet, rating) in zip("ABCDE", order, strict=True):
            candidates.append({"key": key, "title": title, "url": url, "text": snippet})
            ratings[key] = rating
        truth = {"relevance": ratings}
        items.append(
            DemoItem(
                text=query,
                data={"candidates": candidates},
                gold={"answer": truth, "hint": hint} if hint else None,
                truth=truth,
            )
        )
    return DemoProject(
        key="search-relevance",
        name="Search relevance",
        schema=SEARCH_SCHEMA,
        settings=settings("search-relevance", "0.06", overlap=3, gold_ratio=0.2),
        items=tuple(items),
    )


MATCH_INSTRUCTIONS = """\
## Product match

Two shops list a product. Are they **the same product** (same maker, model, size and
colour), or different?

- `s` same, `d` different, `n` not sure (the listings do not say enough).
- Differences in price, shop or spelling do not make two products different; a different
  size, capacity, colour or model does. Values that differ are marked.
"""

MATCH_SCHEMA = {
    "title": "Product match",
    "media": "text",
    "instructions": MATCH_INSTRUCTIONS,
    "fields": [
        {
            "name": "match",
            "kind": "choice",
            "required": True,
            "labels": [
                {"value": "same", "hotkey": "s", "color": "#3cb44b"},
                {"value": "different", "hotkey": "d", "color": "#e6194b"},
                {"value": "not_sure", "hotkey": "n", "color": "#808080"},
            ],
        }
    ],
}

# (left listing, right listing, truth, gold hint or None); the items' text is the shelf,
# in CATEGORIES.
LISTINGS: tuple[tuple[dict, dict, str, str | None], ...] = (
    (
        {
            "title": "Dawlance 9150 Refrigerator 12 cu ft, Silver",
            "brand": "Dawlance",
            "model": "9150",
            "capacity": "12 cu ft",
            "colour": "Silver",
            "price": "Rs 89,999",
        },
        {
            "title": "DAWLANCE fridge 9150 (12cft) silver colour",
            "brand": "Dawlance",
            "model": "9150",
            "capacity": "12 cu ft",
            "colour": "Silver",
            "price": "Rs 87,500",
        },
        "same",
        "Same maker, model, capacity and colour; only the price and spelling differ.",
    ),
    (
        {
            "title": "Samsung Galaxy A15 128 GB Blue",
            "brand": "Samsung",
            "model": "Galaxy A15",
            "storage": "128 GB",
            "colour": "Blue",
            "price": "Rs 52,999",
        },
        {
            "title": "Samsung Galaxy A15 256GB Blue",
            "brand": "Samsung",
            "model": "Galaxy A15",
            "storage": "256 GB",
            "colour": "Blue",
            "price": "Rs 59,999",
        },
        "different",
        "The storage differs (128 against 256 GB): a different product.",
    ),
    (
        {
            "title": "Super Asia ceiling fan 56 inch, brown",
            "brand": "Super Asia",
            "model": "",
            "size": "56 in",
            "colour": "Brown",
            "price": "Rs 14,200",
        },
        {
            "title": 'Ceiling fan 56" brown (energy saver)',
            "brand": "",
            "model": "",
            "size": "56 in",
            "colour": "Brown",
            "price": "Rs 13,900",
        },
        "not_sure",
        None,
    ),
    (
        {"title": "Nestlé Milkpak 1 litre", "brand": "Nestlé", "size": "1 l", "price": "Rs 290"},
        {
            "title": "Milkpak UHT milk 1000 ml (Nestle)",
            "brand": "Nestlé",
            "size": "1 l",
            "price": "Rs 285",
        },
        "same",
        None,
    ),
    (
        {
            "title": "Philips LED bulb 12 W cool daylight",
            "brand": "Philips",
            "power": "12 W",
            "colour": "Cool daylight",
            "price": "Rs 650",
        },
        {
            "title": "Philips LED bulb 12 W warm white",
            "brand": "Philips",
            "power": "12 W",
            "colour": "Warm white",
            "price": "Rs 650",
        },
        "different",
        None,
    ),
    (
        {
            "title": "Haier HSU-18 inverter AC 1.5 ton",
            "brand": "Haier",
            "model": "HSU-18",
            "capacity": "1.5 ton",
            "price": "Rs 179,000",
        },
        {
            "title": "Haier 1.5 Ton DC Inverter HSU-18HFPCA",
            "brand": "Haier",
            "model": "HSU-18HFPCA",
            "capacity": "1.5 ton",
            "price": "Rs 182,500",
        },
        "same",
        None,
    ),
)


CATEGORIES = (
    "Refrigerators",
    "Mobile phones",
    "Ceiling fans",
    "Milk",
    "Light bulbs",
    "Air conditioners",
)


def match_project(seed: int) -> DemoProject:
    """Pairs of listings of the same or different products; the order drawn from the seed."""
    rng = random.Random(f"match-{seed}")
    items = []
    for (left, right, truth_value, hint), shelf in zip(LISTINGS, CATEGORIES, strict=True):
        pair = [left, right]
        rng.shuffle(pair)
        truth = {"match": truth_value}
        items.append(
            DemoItem(
                text=shelf,
                data={"records": pair},
                gold={"answer": truth, "hint": hint} if hint else None,
                truth=truth,
            )
        )
    return DemoProject(
        key="product-match",
        name="Product match",
        schema=MATCH_SCHEMA,
        settings=settings("product-match", "0.03", overlap=2, gold_ratio=0.2),
        items=tuple(items),
    )
