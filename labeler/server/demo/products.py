"""The product-match project: two shops' listings of a product, same, different or not
sure (PROTOCOL.md "Items": `data.records`). The listings' order is drawn from the seed."""

import random

from labeler.server.demo.records import DemoItem, DemoProject, settings

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
