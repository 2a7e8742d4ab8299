"""The demo catalogue as plain data, for the seeding command to insert into a server.

Nothing here downloads: images are drawn at call time, audio clips are committed files.
"""

from labeler.server.demo.calls import calls_project
from labeler.server.demo.comparisons import compare_project
from labeler.server.demo.listings import listings_project
from labeler.server.demo.news import news_project
from labeler.server.demo.outlines import outlines_project
from labeler.server.demo.products import match_project
from labeler.server.demo.ranking import rank_project
from labeler.server.demo.records import DemoItem, DemoMedia, DemoProject
from labeler.server.demo.reviews import review_project
from labeler.server.demo.search import search_project
from labeler.server.demo.street import street_projects

__all__ = ["DEMO_USERS", "DemoItem", "DemoMedia", "DemoProject", "demo_projects"]

# (username, password, roles): well-known demo accounts, for a local demo server only.
DEMO_USERS = [
    ("demo", "labeler-demo", ["annotator"]),
    ("lead", "labeler-lead", ["lead"]),
    ("qa", "labeler-qa", ["reviewer"]),
    ("admin", "labeler-admin", ["admin"]),
    # Simulated annotators: the past week of work `seed-demo` adds is theirs.
    ("amna", "labeler-amna", ["annotator"]),
    ("bilal", "labeler-bilal", ["annotator"]),
    ("chen", "labeler-chen", ["annotator"]),
]


def demo_projects(seed: int = 7) -> list[DemoProject]:
    """Every demo project with its items; the same seed gives the same bytes."""
    return [
        *street_projects(seed),
        news_project(seed),
        review_project(seed),
        calls_project(seed),
        outlines_project(seed),
        compare_project(seed),
        search_project(seed),
        match_project(seed),
        listings_project(seed),
        rank_project(seed),
    ]
