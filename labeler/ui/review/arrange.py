"""Where the panes of one item go, from the media's shape, the number of panes and the
room: a grid (one row side by side, stacked rows, or rows × columns), or one large pane
with a strip of small thumbnails for every pane, which the reviewer cycles through.

Plain arithmetic on sizes in pixels, no widgets: `PaneStage` applies the plan.

- Images: the grid whose panes show the picture largest, unless one large pane would
  show it much larger (a grid must reach `GRID_SHARE` of it). Three landscape panes at
  1366 px are about 310 px each side by side; one large pane is about 850. Portrait
  pictures, or two square ones, keep a grid. The strip goes where the large picture
  leaves room: beside it for a picture wider than the pane is tall enough for
  (landscape on a wide window), under it for a panorama.
- Text and audio read along lines and time: stacked rows, full width, one per pane
  (two columns of rows when rows would get too short). Audio panes say the least height
  they are readable at (`least`: the pane's header and summary, which Urdu's Nastaliq
  makes taller, and the waveform's own minimum): rows that cannot give it go two across,
  and where two across cannot either, one large pane with the strip beside (of two panes,
  only where the large one then shows whole: else two across, each scrolling).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

GRID, FOCUS = "grid", "focus"
SIDE, BOTTOM = "side", "bottom"
#: A grid is chosen when its pictures are at least this share of the large pane's.
GRID_SHARE = 0.75
#: Gap between panes, and between the large pane and the strip.
SPACING = 6
#: The strip beside the large pane: at least this wide, and it takes the width the
#: picture leaves (so the large pane has little letterbox) up to its widest.
STRIP_MIN, STRIP_MAX = 150, 240
#: The strip under the large pane (panoramas).
STRIP_ROW = 120
#: The strip beside a large text or audio pane.
STRIP_TEXT = 220
#: The shortest a stacked row of text or audio may be before panes go two across.
MIN_ROW = {"text": 110, "audio": 120}
#: A grid column at least this wide says a pane's header on one line.
WIDE_COLUMN = 560
#: The least height a pane is readable at, for a width and whether it is wide (its header
#: on one line): measured on the panes by the stage.
Least = Callable[[float, bool], float]


@dataclass(frozen=True)
class Plan:
    """How to lay out `panes` panes.

    `mode` is `grid` (`rows` × `columns`) or `focus` (one large pane; the strip is on
    `strip` side, `strip_size` pixels across). `scale` is the picture's scale in a pane
    (the large one in focus), 0 without a picture.
    """

    mode: str
    panes: int
    rows: int = 1
    columns: int = 1
    strip: str | None = None
    strip_size: int = 0
    scale: float = 0.0


def fit_scale(box: tuple[float, float], picture: tuple[float, float]) -> float:
    """The scale that fits `picture` (w, h) inside `box` (w, h); 0 when nothing fits."""
    (bw, bh), (pw, ph) = box, picture
    if bw <= 0 or bh <= 0 or pw <= 0 or ph <= 0:
        return 0.0
    return min(bw / pw, bh / ph)


def grid_cell(area: tuple[float, float], rows: int, columns: int) -> tuple[float, float]:
    """The size of one cell of a `rows` × `columns` grid over `area`."""
    w, h = area
    return (w - (columns - 1) * SPACING) / columns, (h - (rows - 1) * SPACING) / rows


def _body(cell: tuple[float, float], chrome: tuple[float, float]) -> tuple[float, float]:
    return cell[0] - chrome[0], cell[1] - chrome[1]


def picture_grid(
    panes: int, area: tuple[float, float], chrome: tuple[float, float], picture: tuple[float, float]
) -> Plan:
    """The grid that shows the picture largest (fewer rows on a tie: side by side)."""
    best = Plan(GRID, panes)
    for columns in range(1, panes + 1):
        rows = math.ceil(panes / columns)
        if (rows - 1) * columns >= panes:
            continue  # a row left empty: the same grid with fewer rows is better
        scale = fit_scale(_body(grid_cell(area, rows, columns), chrome), picture)
        if scale > best.scale + 1e-9 or (abs(scale - best.scale) <= 1e-9 and rows < best.rows):
            best = Plan(GRID, panes, rows, columns, scale=scale)
    return best


def picture_focus(
    panes: int, area: tuple[float, float], chrome: tuple[float, float], picture: tuple[float, float]
) -> Plan:
    """One large pane and the strip beside it or under it, whichever leaves the
    picture larger; a strip beside takes the width the picture does not need."""
    w, h = area
    cw, ch = chrome
    side = fit_scale((w - SPACING - STRIP_MIN - cw, h - ch), picture)
    bottom = fit_scale((w - cw, h - SPACING - STRIP_ROW - ch), picture)
    if bottom > side + 1e-9:
        return Plan(FOCUS, panes, strip=BOTTOM, strip_size=STRIP_ROW, scale=bottom)
    spare = w - SPACING - cw - picture[0] * side
    width = int(max(STRIP_MIN, min(STRIP_MAX, spare)))
    return Plan(FOCUS, panes, strip=SIDE, strip_size=width, scale=side)


def rows_grid(
    media: str, panes: int, area: tuple[float, float], least: Least | None = None
) -> Plan:
    """Text and audio: stacked full-width rows, two across when rows get too short; with
    `least`, the first of those whose cells give every pane that height, else one large
    pane with the strip beside."""
    if least is not None:
        for columns in (1, 2) if panes > 1 else (1,):
            rows = math.ceil(panes / columns)
            w, h = grid_cell(area, rows, columns)
            if h >= least(w, columns == 1 or w >= WIDE_COLUMN):
                return Plan(GRID, panes, rows, columns)
        if panes == 2:
            # Two across give each the whole height too; the large pane beside the strip
            # is wider by less than the strip, which showed the same answer again.
            large = area[0] - SPACING - STRIP_TEXT
            if area[1] < least(large, large >= WIDE_COLUMN):
                return Plan(GRID, panes, 1, 2)
        return Plan(FOCUS, panes, strip=SIDE, strip_size=STRIP_TEXT)
    rows, columns = panes, 1
    if panes > 1 and grid_cell(area, rows, 1)[1] < MIN_ROW.get(media, 0):
        columns = 2
        rows = math.ceil(panes / 2)
    return Plan(GRID, panes, rows, columns)


def plan(
    media: str,
    panes: int,
    area: tuple[float, float],
    chrome: tuple[float, float],
    picture: tuple[float, float] | None = None,
    prefer: str | None = None,
    least: Least | None = None,
) -> Plan:
    """The layout of `panes` panes of `media` over `area` (each pane adds `chrome`
    around its media); `prefer` (`grid` or `focus`) is the reviewer's choice, None
    chooses; `least` (text and audio) the height a pane is readable at."""
    if panes <= 1:
        scale = fit_scale(_body(area, chrome), picture) if picture else 0.0
        return Plan(GRID, panes, 1, 1, scale=scale)
    if media != "image" or picture is None:
        if prefer == FOCUS:
            return Plan(FOCUS, panes, strip=SIDE, strip_size=STRIP_TEXT)
        if prefer == GRID:
            return rows_grid(media, panes, area)
        return rows_grid(media, panes, area, least)
    grid = picture_grid(panes, area, chrome, picture)
    focus = picture_focus(panes, area, chrome, picture)
    if prefer == GRID:
        return grid
    if prefer == FOCUS:
        return focus
    return grid if grid.scale >= GRID_SHARE * focus.scale else focus
