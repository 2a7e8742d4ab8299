"""The news-entities project: English and Urdu sentences with entity spans and sentiment.

Span offsets are Unicode code points (Python str indices), found with `str.index` from the
entity text, never written by hand.
"""

import numpy as np

from labeler.server.demo.records import SENTIMENT_FIELD, DemoItem, DemoProject, settings

INSTRUCTIONS = """\
## News entities

Mark every **person** (`p`), **organisation** (`o`) and **location** (`l`) named in the
sentence, then choose the sentence's **sentiment** (`1` positive, `2` neutral, `3` negative).

- Select the whole name: *Pakistan Cricket Board* is one ORG span, not three words.
- Titles stay outside the span: in *Dr Ayesha Khan* mark only *Ayesha Khan*.
- Countries, cities, provinces, roads and stadiums are LOC.
- Companies, banks, courts, boards, agencies and teams are ORG.
- Emoji and punctuation are never part of a span.
- Sentiment is the tone of the news for the people in it, not your opinion.

اردو جملوں میں بھی یہی اصول ہیں: پورا نام ایک ہی حصے میں منتخب کریں۔
"""

SCHEMA = {
    "title": "News entities",
    "media": "text",
    "instructions": INSTRUCTIONS,
    "fields": [
        {
            "name": "entities",
            "kind": "spans",
            "required": False,
            "labels": [
                {"value": "PER", "hotkey": "p", "color": "#e6194b"},
                {"value": "ORG", "hotkey": "o", "color": "#4363d8"},
                {"value": "LOC", "hotkey": "l", "color": "#3cb44b"},
            ],
            "gold": {"metric": "span_f1", "threshold": 0.8},
        },
        SENTIMENT_FIELD,
    ],
}

# (text, entities in order of appearance, sentiment, section, gold hint or None)
SENTENCES: tuple[tuple[str, tuple[tuple[str, str], ...], str, str, str | None], ...] = (
    (
        "عمران نے لاہور میں پاکستان کرکٹ بورڈ کے دفتر کا دورہ کیا۔",
        (("PER", "عمران"), ("LOC", "لاہور"), ("ORG", "پاکستان کرکٹ بورڈ")),
        "neutral",
        "sport",
        "پاکستان کرکٹ بورڈ is one ORG span; پاکستان inside it is not a separate LOC.",
    ),
    (
        "کراچی میں شدید بارش کے بعد کے الیکٹرک نے بجلی کی فراہمی بحال کر دی۔",
        (("LOC", "کراچی"), ("ORG", "کے الیکٹرک")),
        "positive",
        "city",
        "کے الیکٹرک (K-Electric) is a company: both words form one ORG span.",
    ),
    (
        "اسٹیٹ بینک آف پاکستان نے شرح سود میں ایک فیصد کمی کا اعلان کیا۔",
        (("ORG", "اسٹیٹ بینک آف پاکستان"),),
        "neutral",
        "business",
        None,
    ),
    (
        "وزیر اعلیٰ مریم نواز نے فیصل آباد میں نئے ہسپتال کا افتتاح کیا۔",
        (("PER", "مریم نواز"), ("LOC", "فیصل آباد")),
        "positive",
        "politics",
        None,
    ),
    (
        "پشاور میں ٹریفک حادثے میں تین افراد زخمی ہو گئے۔",
        (("LOC", "پشاور"),),
        "negative",
        "city",
        None,
    ),
    (
        "ملالہ یوسفزئی نے سوات کے اسکولوں کے لیے نئی امداد کا اعلان کیا۔",
        (("PER", "ملالہ یوسفزئی"), ("LOC", "سوات")),
        "positive",
        "education",
        None,
    ),
    (
        "پی آئی اے کی اسلام آباد سے لندن جانے والی پرواز چھ گھنٹے تاخیر کا شکار ہوئی۔",
        (("ORG", "پی آئی اے"), ("LOC", "اسلام آباد"), ("LOC", "لندن")),
        "negative",
        "travel",
        "Both cities are LOC, marked separately; پی آئی اے is the airline (ORG).",
    ),
    (
        "بابر اعظم نے راولپنڈی ٹیسٹ میں شاندار سنچری بنائی۔",
        (("PER", "بابر اعظم"), ("LOC", "راولپنڈی")),
        "positive",
        "sport",
        None,
    ),
    (
        "محکمہ موسمیات نے ملتان اور بہاولپور میں شدید گرمی کی وارننگ جاری کر دی۔",
        (("ORG", "محکمہ موسمیات"), ("LOC", "ملتان"), ("LOC", "بہاولپور")),
        "negative",
        "weather",
        None,
    ),
    (
        "عالمی بینک نے پنجاب میں پانی کے منصوبے کے لیے قرض کی منظوری دے دی۔",
        (("ORG", "عالمی بینک"), ("LOC", "پنجاب")),
        "positive",
        "business",
        None,
    ),
    (
        "کوئٹہ میں گیس کی لوڈشیڈنگ کے خلاف شہریوں نے احتجاج کیا۔",
        (("LOC", "کوئٹہ"),),
        "negative",
        "city",
        None,
    ),
    (
        "نادرا نے شناختی کارڈ کی تجدید کے لیے نئی موبائل ایپ متعارف کرا دی۔",
        (("ORG", "نادرا"),),
        "positive",
        "technology",
        None,
    ),
    (
        "ڈاکٹر عائشہ خان نے آغا خان یونیورسٹی ہسپتال میں اپنی تحقیق کے نتائج پیش کیے۔",
        (("PER", "عائشہ خان"), ("ORG", "آغا خان یونیورسٹی ہسپتال")),
        "neutral",
        "health",
        "ڈاکٹر is a title, outside the PER span; the hospital's full name is one ORG span.",
    ),
    (
        "گوادر کی بندرگاہ پر چین سے آنے والا پہلا مال بردار جہاز لنگر انداز ہو گیا۔",
        (("LOC", "گوادر"), ("LOC", "چین")),
        "neutral",
        "business",
        None,
    ),
    (
        "سپریم کورٹ آف پاکستان نے کیس کی سماعت اگلے ہفتے تک ملتوی کر دی۔",
        (("ORG", "سپریم کورٹ آف پاکستان"),),
        "neutral",
        "politics",
        None,
    ),
    (
        "Careem نے کراچی میں اپنی bike سروس دوبارہ شروع کر دی۔",
        (("ORG", "Careem"), ("LOC", "کراچی")),
        "positive",
        "business",
        None,
    ),
    (
        "Lahore Qalandars 🏆 نے قذافی اسٹیڈیم میں فائنل جیت لیا۔",
        (("ORG", "Lahore Qalandars"), ("LOC", "قذافی اسٹیڈیم")),
        "positive",
        "sport",
        "A team is an ORG even when named after a city; the emoji is not part of any span.",
    ),
    (
        "😞 Heavy fog shuts the M-2 motorway between Lahore and Islamabad again.",
        (("LOC", "M-2 motorway"), ("LOC", "Lahore"), ("LOC", "Islamabad")),
        "negative",
        "travel",
        "Roads are places: M-2 motorway is a LOC, like the two cities.",
    ),
    (
        "Engro Corporation reported a 12% rise in quarterly profit, beating forecasts.",
        (("ORG", "Engro Corporation"),),
        "positive",
        "business",
        None,
    ),
    (
        "Floodwater damaged hundreds of homes in Sukkur, the Sindh Disaster Management "
        "Authority said.",
        (("LOC", "Sukkur"), ("ORG", "Sindh Disaster Management Authority")),
        "negative",
        "weather",
        None,
    ),
    (
        "Sara Ahmed was named chief executive of Jazz, the country's largest mobile operator.",
        (("PER", "Sara Ahmed"), ("ORG", "Jazz")),
        "neutral",
        "business",
        None,
    ),
    (
        "PIA cancelled 14 flights from Karachi, leaving hundreds of passengers stranded.",
        (("ORG", "PIA"), ("LOC", "Karachi")),
        "negative",
        "travel",
        None,
    ),
    (
        "The World Health Organization praised Pakistan's polio teams for reaching 40 million "
        "children.",
        (("ORG", "World Health Organization"), ("LOC", "Pakistan")),
        "positive",
        "health",
        "Pakistan's is a LOC without the 's; The is not part of the ORG span.",
    ),
    (
        "Ali Raza, a farmer from Sahiwal, says wheat prices have barely changed this season.",
        (("PER", "Ali Raza"), ("LOC", "Sahiwal")),
        "neutral",
        "business",
        None,
    ),
    (
        "Arfa Software Technology Park in Lahore will host a startup fair next week.",
        (("ORG", "Arfa Software Technology Park"), ("LOC", "Lahore")),
        "neutral",
        "technology",
        None,
    ),
    (
        "Police in Rawalpindi arrested two men over a string of phone thefts.",
        (("LOC", "Rawalpindi"),),
        "negative",
        "city",
        None,
    ),
    (
        "Hina Baloch won the 1500 m final in Kathmandu, the Pakistan Athletics Federation said.",
        (("PER", "Hina Baloch"), ("LOC", "Kathmandu"), ("ORG", "Pakistan Athletics Federation")),
        "positive",
        "sport",
        None,
    ),
    (
        "Shares of Lucky Cement fell 4% on the Pakistan Stock Exchange after weak export data.",
        (("ORG", "Lucky Cement"), ("ORG", "Pakistan Stock Exchange")),
        "negative",
        "business",
        "Pakistan Stock Exchange is one ORG span; Pakistan inside it is not a LOC.",
    ),
    (
        "Daraz says orders from Quetta and Gilgit doubled during its November sale 🛒",
        (("ORG", "Daraz"), ("LOC", "Quetta"), ("LOC", "Gilgit")),
        "positive",
        "business",
        None,
    ),
    (
        "گلگت بلتستان میں لینڈ سلائیڈنگ کے باعث شاہراہ قراقرم دو دن سے بند ہے۔",
        (("LOC", "گلگت بلتستان"), ("LOC", "شاہراہ قراقرم")),
        "negative",
        "travel",
        None,
    ),
)


def spans(text: str, entities) -> list[dict]:
    """Spans of `entities` ((label, string) in order of appearance) in code points."""
    out, cursor = [], 0
    for label, name in entities:
        start = text.index(name, cursor)
        out.append({"label": label, "start": start, "end": start + len(name)})
        cursor = start + len(name)
    return out


def news_project(seed: int) -> DemoProject:
    """News entities: ~30 sentences, half Urdu, a quarter gold."""
    rng = np.random.default_rng([seed, 11])
    wrong = {"PER": "ORG", "ORG": "LOC", "LOC": "ORG"}
    items = []
    for text, entities, sentiment, section, hint in SENTENCES:
        answer = {"entities": spans(text, entities), "sentiment": sentiment}
        prefill = None
        if hint is None and rng.random() < 0.2:  # a tagger's guess with one label wrong
            prefill = {"entities": [dict(s) for s in answer["entities"]], "sentiment": sentiment}
            first = prefill["entities"][0]
            first["label"] = wrong[first["label"]]
        urdu = any("\u0600" <= ch <= "\u06ff" for ch in text)
        latin = any(ch.isascii() and ch.isalpha() for ch in text)
        language = "ur+en" if urdu and latin else "ur" if urdu else "en"
        items.append(
            DemoItem(
                text=text,
                data={"section": section, "language": language},
                prefill=prefill,
                gold={"answer": answer, "hint": hint} if hint else None,
                truth=answer,
            )
        )
    return DemoProject(
        "news-entities",
        "News entities",
        SCHEMA,
        settings("news-entities", "0.05", overlap=2, review_rate=0.3),
        tuple(items),
    )
