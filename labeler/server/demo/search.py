"""The search-relevance project: a query and five results, each rated 0-3 (PROTOCOL.md
"Items": `data.candidates` with titles and addresses). The results' order is drawn from
the seed."""

import random

from labeler.server.demo.records import DemoItem, DemoProject, settings

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
