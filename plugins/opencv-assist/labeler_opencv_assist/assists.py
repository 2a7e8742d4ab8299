"""The assists: a click, a box or a rough polygon in, proposed regions out.

Each meets `labeler.core.plugins.api.Assist`. This module imports neither OpenCV nor
NumPy: loading the plugin (as `labeler plugins`, the task server and the workbench do at
start) costs nothing until an assist is first asked.

A prompt's points and the proposals are in the original's pixels; the work is done on
the display variant (`ItemView.path`), reduced further where that is enough. Errors: a
prompt of the wrong shape, a field of a kind the assist does not answer, a label the field
lacks, or an image that cannot be read raise `AssistError` (its subclass
`ImageUnreadable` for the image) with a sentence saying which; a prompt on which nothing
is found (a click on a texture, a box around nothing) gives no proposal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from numbers import Real
from typing import TYPE_CHECKING, Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.plugins.api import ItemView, Prompt, Proposal
from labeler.core.schema import Field
from labeler_opencv_assist.errors import AssistError

if TYPE_CHECKING:
    from labeler_opencv_assist.segment import Region

#: A click floods a copy of the display variant reduced to this long edge.
CLICK_EDGE = 1024
#: Boxes and polygons work on the display variant, or the original reduced to this.
DISPLAY_EDGE = 2048
#: A rough polygon's vertices used as scissors' anchors (more are thinned out evenly).
MAX_ANCHORS = 40
#: A rough vertex moves to the strongest edge within this share of the polygon's size.
SNAP_SHARE = 0.04


class _ImageAssist:
    """What the four share: the checks of a prompt, a field and a label."""

    name = ""
    title = ""
    media = frozenset({"image"})
    prompts: frozenset[str] = frozenset()
    #: The field kinds it proposes for (beyond the Assist protocol: a caller may offer it
    #: only there).
    fields: frozenset[str] = frozenset()
    #: How many points a prompt has: (at least, at most).
    points: tuple[int, int | None] = (1, 1)

    def propose(
        self, item: ItemView, field: Field, answer: Mapping[str, Any], prompt: Prompt
    ) -> Sequence[Proposal]:
        """Proposals for `field` from `prompt`, best first; none when nothing is found."""
        self._check(field, prompt)
        label = _label(field, prompt)
        value, confidence = self._find(item, field, prompt, label)
        if value is None:
            return []
        return [Proposal(field.name, value, confidence=confidence)]

    def _find(
        self, item: ItemView, field: Field, prompt: Prompt, label: str
    ) -> tuple[dict | None, float | None]:
        raise NotImplementedError

    def _check(self, field: Field, prompt: Prompt) -> None:
        if field.kind not in self.fields:
            kinds = " or ".join(sorted(self.fields))
            raise AssistError(
                f"{self.name} proposes {kinds}; field {field.name!r} holds {field.kind}"
            )
        if prompt.kind not in self.prompts:
            kinds = " or ".join(sorted(self.prompts))
            raise AssistError(f"{self.name} takes a {kinds} prompt, not a {prompt.kind}")
        least, most = self.points
        n = len(prompt.points)
        if n < least or (most is not None and n > most):
            wanted = f"{least}" if least == most else f"at least {least}"
            raise AssistError(f"a {prompt.kind} prompt has {wanted} points, not {n}")
        if not all(len(point) == 2 and all(_finite(c) for c in point) for point in prompt.points):
            raise AssistError(f"a {prompt.kind} prompt's points are pairs of finite numbers")


def _finite(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value)


def _label(field: Field, prompt: Prompt) -> str:
    """The armed label, else the field's only one."""
    labels = [label.value for label in field.labels]
    if prompt.label is None:
        if len(labels) == 1:
            return labels[0]
        raise AssistError(f"no label is armed, and field {field.name!r} has {len(labels)}")
    if prompt.label not in labels:
        raise AssistError(f"field {field.name!r} has no label {prompt.label!r}")
    return prompt.label


def _corners(prompt: Prompt) -> tuple[tuple[float, float], tuple[float, float]]:
    (ax, ay), (bx, by) = prompt.points
    return (min(ax, bx), min(ay, by)), (max(ax, bx), max(ay, by))


class ClickPolygon(_ImageAssist):
    """A click inside an object → its outline (a polygon field) or its box (a boxes
    field), by flooding the colour around the click."""

    name = "opencv-click"
    title = QT_TRANSLATE_NOOP("messages", "Outline the object under a click")
    prompts = frozenset({"click"})
    fields = frozenset({"polygons", "boxes"})
    points = (1, 1)

    def _find(
        self, item: ItemView, field: Field, prompt: Prompt, label: str
    ) -> tuple[dict | None, float | None]:
        from labeler_opencv_assist import outline, picture, segment

        view = picture.load(item, CLICK_EDGE)
        smooth = picture.load(item, CLICK_EDGE, median=segment.MEDIAN).pixels
        ((x, y),) = view.to_view([prompt.points[0]])
        region = segment.flood(view, float(x), float(y), smooth)
        if region is None:
            return None, None
        points = outline.outline(region.mask)
        if points is None:
            return None, None
        confidence = round(region.stability * outline.edge_support(view, points), 3)
        if field.kind == "boxes":
            return outline.box_value(view, region.mask, label), confidence
        return outline.polygon_value(view, points, label), confidence


class _BoxAssist(_ImageAssist):
    prompts = frozenset({"box"})
    points = (2, 2)

    def _region(self, item: ItemView, prompt: Prompt) -> Region | None:
        from labeler_opencv_assist import picture, segment

        view = picture.load(item, DISPLAY_EDGE)
        (x0, y0), (x1, y1) = view.to_view(_corners(prompt))
        if x1 - x0 <= 0 or y1 - y0 <= 0:
            raise AssistError("a box prompt's two corners enclose no area")
        return segment.grabcut(view, (float(x0), float(y0), float(x1), float(y1)))


class BoxPolygon(_BoxAssist):
    """A box around an object → its tight outline, by GrabCut."""

    name = "opencv-box-polygon"
    title = QT_TRANSLATE_NOOP("messages", "Outline the object in a box")
    fields = frozenset({"polygons"})

    def _find(
        self, item: ItemView, field: Field, prompt: Prompt, label: str
    ) -> tuple[dict | None, float | None]:
        from labeler_opencv_assist import outline

        region = self._region(item, prompt)
        points = outline.outline(region.mask) if region is not None else None
        if region is None or points is None:
            return None, None
        value = outline.polygon_value(region.view, points, label)
        return value, outline.edge_support(region.view, points)


class TightenBox(_BoxAssist):
    """A loose box → the box that just holds the object inside it, by GrabCut."""

    name = "opencv-tighten-box"
    title = QT_TRANSLATE_NOOP("messages", "Tighten a box to the object's edges")
    fields = frozenset({"boxes"})

    def _find(
        self, item: ItemView, field: Field, prompt: Prompt, label: str
    ) -> tuple[dict | None, float | None]:
        from labeler_opencv_assist import outline

        region = self._region(item, prompt)
        points = outline.outline(region.mask) if region is not None else None
        if region is None or points is None:
            return None, None
        value = outline.box_value(region.view, region.mask, label)
        return value, outline.edge_support(region.view, points)


class SnapPolygon(_ImageAssist):
    """A rough polygon → one along the object's edges: each vertex moves to the strongest
    edge near it, and intelligent scissors join them along the edges."""

    name = "opencv-snap"
    title = QT_TRANSLATE_NOOP("messages", "Snap a polygon to the edges")
    prompts = frozenset({"polygon"})
    fields = frozenset({"polygons"})
    points = (3, None)

    def _find(
        self, item: ItemView, field: Field, prompt: Prompt, label: str
    ) -> tuple[dict | None, float | None]:
        import numpy as np

        from labeler_opencv_assist import outline, picture, segment

        view = picture.load(item, DISPLAY_EDGE)
        anchors = view.to_view(np.array(prompt.points, np.float64))
        h, w = view.shape
        (x0, y0), (x1, y1) = anchors.min(axis=0), anchors.max(axis=0)
        if x1 <= 0 or y1 <= 0 or x0 >= w or y0 >= h:
            return None, None  # the polygon lies off the picture
        anchors = segment.inside(view, anchors)
        if len(anchors) > MAX_ANCHORS:
            anchors = anchors[np.linspace(0, len(anchors), MAX_ANCHORS, endpoint=False).astype(int)]
        size = float(np.hypot(*(anchors.max(axis=0) - anchors.min(axis=0))))
        radius = min(20.0, max(3.0, SNAP_SHARE * size))
        anchors = segment.strongest_edge_near(view, anchors, radius)
        path = segment.scissors(view, anchors)
        points = outline.simplify(path) if path is not None else None
        if points is None:
            return None, None
        return outline.polygon_value(view, points, label), outline.edge_support(view, points)
