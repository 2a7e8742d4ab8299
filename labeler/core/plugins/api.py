"""What a plugin may provide: assists, pre-annotation, formats and checks.

Each is a small typed interface over plain data, so a plugin needs neither Qt nor the
task server: the workbench and the server call it, off the GUI thread and within a
time limit. A plugin sees an item as an `ItemView` (its media on this computer, never
its gold answer) and answers in the answer format of the schema's field (a region, a
span or a segment as `labeler.core.answers` holds it), with a confidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from labeler.core.schema import Field, Schema

if TYPE_CHECKING:
    # Only for the annotation: the formats' table (every built-in reader and writer,
    # 3.6 MB) is imported when a plugin brings a format, not whenever plugins load.
    from labeler.core.formats.base import Format

Media = Literal["image", "text", "audio"]
PromptKind = Literal["click", "box", "polygon", "span", "segment", "item"]


@dataclass(frozen=True)
class ItemView:
    """An item as a plugin sees it.

    `path` is the media file on this computer (for images the display variant, whose
    `display_size` may be smaller than the original's `size`: proposals are given in the
    original's pixels, `scale` converts); `text` is a text item's text; `duration` an
    audio item's length in seconds."""

    id: str
    media: Media
    path: Path | None = None
    size: tuple[int, int] | None = None
    display_size: tuple[int, int] | None = None
    text: str | None = None
    duration: float | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def scale(self) -> float:
        """Original pixels per display-variant pixel (1 when there is no variant)."""
        if not self.size or not self.display_size or not self.display_size[0]:
            return 1.0
        return self.size[0] / self.display_size[0]


@dataclass(frozen=True)
class Prompt:
    """What the annotator pointed at: a click (`points`, one, original image pixels), a
    box (two corners), a polygon (its vertices), a span (`start`, `end` in code points),
    a segment (`start`, `end` in seconds) or the whole item."""

    kind: PromptKind
    points: tuple[tuple[float, float], ...] = ()
    start: float | None = None
    end: float | None = None
    #: The label the annotator has armed, if any: a proposal takes it.
    label: str | None = None


@dataclass(frozen=True)
class Proposal:
    """One region, span or segment proposed for `field`, as the field's answer holds one,
    with the plugin's confidence in [0, 1] (None: it has no measure)."""

    field: str
    value: Mapping[str, Any]
    confidence: float | None = None


@dataclass(frozen=True)
class Prefill:
    """A whole proposed answer of one item, from pre-annotation."""

    item_id: str
    answer: Mapping[str, Any]
    confidence: float | None = None


@dataclass(frozen=True)
class CheckWarning:
    """What a check finds in an answer before it is submitted: `message` in plain words,
    `field` and `index` (the region, span or segment) when it concerns one."""

    message: str
    field: str | None = None
    index: int | None = None


#: Called with the number of items done; False asks the pre-annotation to stop.
Progress = Callable[[int], bool]


@runtime_checkable
class Assist(Protocol):
    """Proposes regions, spans or segments for the item on screen from a prompt."""

    name: str
    title: str
    media: frozenset[str]
    prompts: frozenset[str]

    def propose(
        self, item: ItemView, field: Field, answer: Mapping[str, Any], prompt: Prompt
    ) -> Sequence[Proposal]: ...


@runtime_checkable
class PreAnnotator(Protocol):
    """Proposes whole answers for many items, to become their prefill."""

    name: str
    title: str
    media: frozenset[str]

    def annotate(
        self, items: Iterable[ItemView], schema: Schema, progress: Progress
    ) -> Iterator[Prefill]: ...


@runtime_checkable
class Check(Protocol):
    """Warns about an answer before it is submitted (the annotator may still submit)."""

    name: str
    title: str

    def check(
        self, item: ItemView, schema: Schema, answer: Mapping[str, Any]
    ) -> Sequence[CheckWarning]: ...


@dataclass(frozen=True)
class Plugin:
    """What one plugin provides. An entry point of the group `labeler.plugins` names a
    `Plugin` or a callable without arguments that returns one."""

    name: str
    title: str = ""
    assists: Sequence[Assist] = ()
    preannotators: Sequence[PreAnnotator] = ()
    formats: Sequence[Format] = ()
    checks: Sequence[Check] = ()

    def provides(self) -> dict[str, list[str]]:
        """Kind → names, the kinds it provides only."""
        kinds = {
            "assist": [a.name for a in self.assists],
            "pre-annotation": [p.name for p in self.preannotators],
            "format": [f.name for f in self.formats],
            "check": [c.name for c in self.checks],
        }
        return {kind: names for kind, names in kinds.items() if names}
