"""The business-listing project: a directory's record of a shop, to confirm or correct key
by key against a photo of the shop's sign (PROTOCOL.md "Items": `data.record`).

The signs are drawn here with Pillow's own scalable face (nothing read from the system),
so the same seed gives the same bytes on every machine. Each listing has the mistakes a
directory gathers: a digit swapped in the phone, a name misspelt, a wrong category; some
are right and only need confirming, one writes its phone in Urdu digits, which is the same
number.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from labeler.server.demo.records import DemoItem, DemoMedia, DemoProject, settings

INSTRUCTIONS = """\
## Verify a business listing

The photo shows a shop's sign. The form beside it is what the directory says about the
shop. Check each line against the sign:

- `Tab` moves to the next line; `Enter` **confirms** a line that matches the sign.
- If it does not match, type the value as the sign shows it (that **corrects** it).
- The phone number is right when its digits are the same, in any script or spacing:
  `۰۳۰۰ ۱۲۳۴۵۶۷` is `0300 1234567`.
- The category is what the shop sells, from the sign's second line.
- When every line is confirmed or corrected, `Ctrl+Enter` submits.
"""

KEYS = ("name", "phone", "address", "category")
#: The order of a shop's own tuple in SHOPS (and of `draw_sign`'s unpacking).
SHOP_ORDER = ("name", "category", "phone", "address")

SCHEMA = {
    "title": "Verify a business listing",
    "media": "image",
    "instructions": INSTRUCTIONS,
    "fields": [
        {
            "name": "listing",
            "kind": "record",
            "keys": [
                {"value": "name", "text": "Name"},
                {"value": "phone", "text": "Phone"},
                {"value": "address", "text": "Address"},
                {"value": "category", "text": "Category"},
            ],
            "gold": {"metric": "record_fields", "threshold": 1.0},
        }
    ],
}

# (the sign: name, category, phone, address; the directory's listing where it differs;
#  the sign's colours (board, text); gold hint or None)
SHOPS: tuple[tuple[tuple[str, str, str, str], dict[str, str], tuple[str, str], str | None], ...] = (
    (
        ("Al-Noor Bakery", "Bakery", "0300 1234567", "12 Main Bazaar, Gujranwala"),
        {"phone": "0300 1243567"},
        ("#7a1f1f", "#ffe9b0"),
        "Two digits of the phone are swapped: 1243567 on the listing, 1234567 on the sign.",
    ),
    (
        ("Madina Medical Store", "Pharmacy", "042 35761234", "5 Jail Road, Lahore"),
        {},
        ("#0f5132", "#ffffff"),
        "Everything matches the sign: confirm each line.",
    ),
    (
        ("Shaheen Electronics", "Electronics", "0321 7654321", "Shop 14, Hall Road, Lahore"),
        {"name": "Shaheen Electronic", "category": "Mobile phones"},
        ("#0b3d91", "#f5f5f5"),
        None,
    ),
    (
        ("Karachi Kitchen", "Restaurant", "021 34567890", "Block 2, Clifton, Karachi"),
        {"phone": "۰۲۱ ۳۴۵۶۷۸۹۰"},
        ("#222222", "#ffcc00"),
        "The listing writes the phone in Urdu digits; it is the same number, so confirm it.",
    ),
    (
        ("Rehman Tailors", "Tailor", "0333 5550102", "7 Saddar, Rawalpindi"),
        {"address": "17 Saddar, Rawalpindi"},
        ("#4b2e83", "#ffffff"),
        None,
    ),
    (
        ("City Hardware", "Hardware", "051 2223344", "Blue Area, Islamabad"),
        {"category": "Furniture", "phone": "051 2223344"},
        ("#c0392b", "#ffffff"),
        None,
    ),
    (
        ("Fresh Fruit Corner", "Fruit & vegetables", "0345 9876543", "Canal Road, Faisalabad"),
        {"name": "Fresh Fruits Corner"},
        ("#1e7d32", "#fff59d"),
        None,
    ),
    (
        ("Bright Star School Books", "Bookshop", "061 4567123", "Hussain Agahi, Multan"),
        {},
        ("#1a237e", "#ffeb3b"),
        None,
    ),
)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size)


def draw_sign(
    shop: tuple[str, str, str, str], colours: tuple[str, str], rng: random.Random
) -> bytes:
    """A 1024×640 photo-like JPEG of a shop front: a wall, the board with the name and
    the category, and the phone and address painted under it."""
    name, category, phone, address = shop
    board, ink = colours
    width, height = 1024, 640
    wall = tuple(rng.randint(150, 200) for _ in range(3))
    img = Image.new("RGB", (width, height), wall)
    draw = ImageDraw.Draw(img)
    for _ in range(2500):  # the wall's grain
        x, y = rng.randrange(width), rng.randrange(height)
        shade = rng.randint(-25, 25)
        draw.point((x, y), tuple(max(0, min(255, c + shade)) for c in wall))
    top = rng.randint(40, 80)
    draw.rectangle((40, top, width - 40, top + 330), fill=board, outline="#111111", width=6)
    draw.text((width / 2, top + 120), name, font=_font(78), fill=ink, anchor="mm")
    draw.text((width / 2, top + 230), category, font=_font(46), fill=ink, anchor="mm")
    draw.rectangle((120, top + 380, width - 120, top + 520), fill="#f4f1ea", outline="#555555")
    draw.text((width / 2, top + 420), f"Tel {phone}", font=_font(40), fill="#111111", anchor="mm")
    draw.text((width / 2, top + 480), address, font=_font(32), fill="#333333", anchor="mm")
    photo = img.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=wall)
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=85)
    return out.getvalue()


def listings_project(seed: int) -> DemoProject:
    """One shop per item: its sign, and the directory's record of it to verify."""
    rng = random.Random(f"listings-{seed}")
    items = []
    gold_left = 3
    for n, (shop, wrong, colours, hint) in enumerate(SHOPS, start=1):
        sign = dict(zip(SHOP_ORDER, shop, strict=True))
        listing = {**sign, **wrong}
        truth = {"listing": sign}
        gold = None
        if hint is not None and gold_left:
            gold_left -= 1
            gold = {"answer": truth, "hint": hint}
        slug = shop[0].lower().replace(" ", "-")
        items.append(
            DemoItem(
                media=DemoMedia(f"sign-{n:02d}-{slug}.jpg", draw_sign(shop, colours, rng)),
                data={"record": listing},
                prefill={"listing": listing},
                gold=gold,
                truth=truth,
            )
        )
    return DemoProject(
        key="verify-listings",
        name="Verify a business listing",
        schema=SCHEMA,
        settings=settings("verify-listings", "0.04", overlap=1, gold_ratio=0.2),
        items=tuple(items),
    )
