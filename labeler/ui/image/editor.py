"""The image editor: boxes, polygons and points drawn on an image, by keyboard and mouse.

Above the image, a legend of the region labels and drawing keys; over it, the armed
tool (`ToolChip`) and, while drawing by keys (`KeyDrawing`), a crosshair and a
magnifier. None of them is in the canvas's layout: arming a tool never moves the image.

Scene coordinates are ORIGINAL image pixels: the decoded picture (a screen-sized
copy of the display variant, later the full variant or the original) is
stretched over the original's pixel rectangle, so every region the tools make
is already in the answer's units. The draft is changed only through its
operations, one per gesture (`RegionSession`); the workbench owns undo and
calls `refresh`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from labeler.client.workitem import WorkItem
from labeler.core.editing import Change, Draft
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.editor import PREPARING, MediaEditor, picture_box
from labeler.ui.image.canvas import ImageCanvas
from labeler.ui.image.chip import MARGIN as CHIP_MARGIN
from labeler.ui.image.chip import PADDING as CHIP_PADDING
from labeler.ui.image.click_tools import PointTool, PolygonTool
from labeler.ui.image.decode import Decoded, PreparedImage, UnreadableImage, prepare_image
from labeler.ui.image.geometry import centre_region
from labeler.ui.image.items import RegionKey
from labeler.ui.image.keydraw import KeyDrawing
from labeler.ui.image.keys import editor_actions
from labeler.ui.image.layer import RegionLayer, pad_for
from labeler.ui.image.legend import RegionLegend
from labeler.ui.image.loader import ImageLoader
from labeler.ui.image.overlays import Overlays
from labeler.ui.image.prompting import click_targets, targets
from labeler.ui.image.proposals import ProposalLayer
from labeler.ui.image.session import RegionSession
from labeler.ui.image.style import IMAGE_REGION_KINDS, LabelColors
from labeler.ui.image.tools import BoxTool, SelectTool, Tool
from labeler.ui.itemdata.view import ItemDataView
from labeler.ui.keymap import ShownKeys

if TYPE_CHECKING:
    from labeler.core.plugins.host import Pending, Target

_MESSAGE_STYLE = "QLabel { color: #f2f2f2; background: #2b2d31; padding: 24px; font-size: 15px; }"


class ImageEditor(MediaEditor):
    """The media editor of image items (see `labeler.ui.editor.MediaEditor`).

    Signals: `changed(Change)` after every draft operation; `original_wanted(item_id)`
    when the annotator zooms in past what the display variant holds and the original
    is not downloaded (answer with `set_original(path)`); `tool_changed(tool, field,
    label)` when the armed tool changes (`tool` is "select", "boxes", "polygons" or
    "points"; field and label are "" for select).
    """

    original_wanted = Signal(str)
    tool_changed = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.canvas = ImageCanvas(self)
        self.layer = RegionLayer(self.canvas.scene())
        self.session = RegionSession(self.canvas, self.layer, self.changed.emit)
        self.proposals = ProposalLayer(self.canvas.scene())
        self.canvas.alt_clicked.connect(self._assist_at)
        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(_MESSAGE_STYLE)
        self.legend = RegionLegend(self)
        self._pages = QStackedLayout()
        self._pages.addWidget(self.canvas)
        self._pages.addWidget(self._message)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.legend)
        # The item's record (the shop sign's fields to verify) beside the picture.
        self.item_view = ItemDataView(self)
        self.item_view.current_changed.connect(self.candidate_moved)
        self.item_view.setMinimumWidth(280)
        self.item_view.setMaximumWidth(460)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self._pages, 1)
        row.addWidget(self.item_view)
        column.addLayout(row, 1)
        self.setFocusProxy(self.canvas)
        self._item: WorkItem | None = None
        self._tools: dict[str, Tool] = {
            "select": SelectTool(self.session),
            "boxes": BoxTool(self.session),
            "polygons": PolygonTool(self.session),
            "points": PointTool(self.session),
        }
        self.canvas.tool = self._tools["select"]
        self.keydraw = KeyDrawing(self.canvas, self.session)
        self.canvas.gesture = self.keydraw
        self.overlays = Overlays(self.canvas, self.session, self.layer, self.keydraw)
        self.magnifier, self.chip = self.overlays.magnifier, self.overlays.chip
        self.keydraw.changed.connect(self._place_overlays)
        self.tool_changed.connect(self._on_tool_changed)
        for bar in (self.canvas.horizontalScrollBar(), self.canvas.verticalScrollBar()):
            bar.valueChanged.connect(self._place_overlays)
        self.loader = ImageLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._show_message)
        self.loader.original_wanted.connect(self.original_wanted)
        self.canvas.scale_changed.connect(self._on_scale)

    # -- MediaEditor ----------------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        self.session.schema = schema
        kinds = {f.name: f.kind for f in schema.fields if f.kind in IMAGE_REGION_KINDS}
        self.layer.set_fields(kinds, LabelColors(schema))
        self.proposals.kinds, self.proposals.colors = kinds, self.layer.colors
        self.proposals.show(None)
        self.session.armed_labels.clear()
        keys = ShownKeys.defaults(schema, self.key_actions())
        self.overlays.keys_shown = keys
        self.legend.set_schema(schema, kinds, keys)
        self.legend.setVisible(bool(kinds))
        self.set_tool("select")

    def kept_top(self) -> int:
        """The legend and, under it, the armed-tool chip in its corner (where it is but
        while the crosshair is there): banners float below them."""
        if not self.layer.kinds:
            return 0
        legend = self.legend.sizeHint().height() if not self.legend.isHidden() else 0
        chip = self.chip.fontMetrics().height() + CHIP_PADDING
        return legend + CHIP_MARGIN + chip

    def kept_beside(self) -> QWidget:
        """The item's data beside the picture (the record being verified): banners float
        over the picture's top only, as on a picture alone."""
        return self.item_view

    def show_item(self, item: WorkItem, draft: Draft, prepared: Any = None) -> None:
        waiting = prepared is PREPARING  # the queue's decode of it brings the picture
        if waiting:
            prepared = None
        self.canvas.tool.cancel()  # type: ignore[union-attr]
        self.keydraw.reset()
        self._item = item
        self.item_view.show_data(item.data, item.candidate_paths)
        media = item.media
        size = (media.width, media.height) if media and media.width and media.height else None
        if size is None and isinstance(prepared, PreparedImage):
            size = prepared.source_size
        self.canvas.set_image_size(*(size or (1, 1)))
        self.canvas.fit()  # before the picture arrives, which checks the zoom
        self.canvas.image_item.set_image(None)
        self.proposals.show(None)
        self.session.start(draft, size)
        self._loading = True  # until the first picture (or why there is none) shows
        self.loader.start(item, size, prepared, self._fit_box(), decode=not waiting)
        if isinstance(prepared, UnreadableImage):
            self._show_message(prepared.message)
        else:
            self._pages.setCurrentWidget(self.canvas)

    def show_candidate(self, key: str) -> None:
        self.item_view.comparison.set_current(key)

    def keep_clear_of(self, floating: QWidget) -> None:
        self.item_view.comparison.keep_clear_of(floating)

    def focus_candidates(self) -> bool:
        return self.item_view.focus_candidates()

    def refresh(self, change: Change) -> None:
        draft = self.session.draft
        if draft is None or change.field not in self.layer.kinds:
            return
        # An undo in the middle of a drag: the drag's region may be gone; a polygon
        # being drawn refers to no region and carries on.
        dragged = self.canvas.tool.drop_drag()  # type: ignore[union-attr]
        regions = draft.regions(change.field)
        index = change.index
        same_count = self.layer.item((change.field, len(regions))) is None
        if index is not None and index < len(regions) and same_count and not dragged:
            self.layer.show_region((change.field, index), regions[index])
            return
        if self.selected is not None and self.selected[0] == change.field:
            self.session.select(None)
        self.layer.sync(change.field, regions)

    def pick_label(self, field: str, label: str) -> bool:
        schema = self.session.schema
        if schema is None or field not in self.layer.kinds:
            return False
        if label not in schema.field(field).label_values():
            return False
        key = self.selected
        if key is not None and key[0] == field:
            self.session.commit_update(key, {**self.session.region(key), "label": label})
            return True
        kind = self.layer.kinds[field]
        self.session.armed_labels[kind] = (field, label)
        self.session.select(None)
        return self.arm(kind)

    def show_expected(self, expected: dict[str, Any] | None) -> None:
        self.layer.set_gold(expected)

    def show_keys(self, keys: ShownKeys) -> None:
        self.overlays.keys_shown = keys
        self.legend.show_keys(keys)
        self._place_overlays()

    def key_actions(self) -> list[Action]:
        schema = self.session.schema
        hotkeys = set()
        for field in schema.fields if schema else ():
            hotkeys |= {label.hotkey.lower() for label in field.labels if label.hotkey}
        return editor_actions(self, hotkeys)

    @staticmethod
    def prepare(item: WorkItem, screen_size: tuple[int, int]) -> Decoded:
        """Decode the item's display variant to fit `screen_size`, on a worker thread.

        Returns a `PreparedImage`, or an `UnreadableImage` that `show_item` shows as a
        message; never raises."""
        return prepare_image(item.display_path or item.media_path, screen_size)

    # -- public commands --------------------------------------------------------

    def set_original(self, path: Path | str, item_id: str | None = None) -> None:
        """Swap in the original file (decoded off the GUI thread); regions stay put.

        With `item_id`, a download that finishes after the annotator moved on is ignored."""
        if item_id is None or (self._item is not None and self._item.id == item_id):
            self.loader.load_original(Path(path))

    def set_tool(self, kind: str) -> bool:
        """Arm a tool ("select", "boxes", "polygons", "points"); False if the schema has
        no field for it. A drawing tool keeps the label it last drew."""
        armed, schema = self.session.armed_labels, self.session.schema
        if kind != "select" and kind not in armed:
            field = next((f for f, k in self.layer.kinds.items() if k == kind), None)
            if field is None or schema is None or not schema.field(field).labels:
                return False
            armed[kind] = (field, schema.field(field).labels[0].value)
        tool = self._tools[kind]
        if self.canvas.tool is not tool:
            self.canvas.tool.cancel()  # type: ignore[union-attr]
            self.canvas.tool = tool
        if kind == "select":
            self.keydraw.hide()
        elif self.keydraw.shown:
            self.keydraw.show(kind)
        field, label = armed.get(kind, ("", ""))
        self.tool_changed.emit(kind, field, label)
        return True

    def arm(self, kind: str) -> bool:
        """A key arms a tool: drawing tools show the crosshair, to draw by keyboard."""
        if not self.set_tool(kind):
            return False
        if kind != "select":
            self.keydraw.show(kind)
            self.loader.need_display()  # the magnifier's pixels, without a download
        return True

    def tool(self) -> str:
        """The current tool: "select", "boxes", "polygons" or "points"."""
        return self.canvas.tool.kind  # type: ignore[union-attr]

    def region_kinds(self) -> list[str]:
        return sorted(set(self.layer.kinds.values()))

    def zoom_in(self) -> None:
        self.canvas.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.canvas.zoom_by(1 / 1.25)

    def zoom_fit(self) -> None:
        self.canvas.fit()

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selection by whole original pixels; with none, pan the view."""
        self.session.nudge(dx, dy)

    def step(self, dx: int, dy: int) -> None:
        """Arrows: move an assist's proposal while one shows, else the crosshair when it
        shows, else nudge (original pixels)."""
        if self.proposals.move(dx, dy, self.session.image_size):
            return
        if self.keydraw.shown:
            self.keydraw.move(dx, dy)
        else:
            self.session.nudge(dx, dy)

    def mark(self) -> None:
        """Space: a corner, vertex or point at the crosshair. Held, a left drag pans (as
        Space always did), so one press marks once however long it is held."""
        if self.canvas.hold_space():
            self.keydraw.mark()

    def delete_selected(self) -> None:
        self.session.delete_selected()

    def add_at_center(self) -> None:
        """Drawing by keyboard: a box, polygon or point with the armed label in the middle
        of the view, selected, to move with the arrows and size with Alt+arrows (a
        polygon's vertices one by one with `]` / `[`). With a polygon vertex current, a
        vertex is added after it instead."""
        if self.session.insert_vertex():
            return
        self.keydraw.hide()  # the new region is selected: the arrows move it
        size = self.session.size
        kinds = [k for k in ("boxes", "polygons", "points") if k in self.region_kinds()]
        if size is None or not kinds:
            return
        kind = self.tool() if self.tool() in kinds else kinds[0]
        if self.session.armed(kind) is None and not self.set_tool(kind):
            return
        armed = self.session.armed(kind)
        assert armed is not None
        field, label = armed
        view = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        seen = view.intersected(self.canvas.sceneRect()) or view
        shown = (seen.left(), seen.top(), seen.right(), seen.bottom())
        region = centre_region(kind, label, shown, size)
        if self.session.commit_add(field, region) and self.session.draft is not None:
            self.session.select((field, len(self.session.draft.regions(field)) - 1))

    def select_vertex(self, step: int) -> None:
        """`]` / `[`: the next / previous vertex of the selected polygon becomes the one
        the arrows move, Insert adds after and Delete removes."""
        self.session.select_vertex(step)

    def resize_selected(self, dw: int, dh: int) -> None:
        """Alt+arrows: widen or narrow, heighten or lower the selected box (original
        pixels), keeping its top-left corner and staying inside the image; a proposed
        box while one shows."""
        if not self.proposals.resize(dw, dh, self.session.image_size):
            self.session.resize_selected(dw, dh)

    def select_next(self, step: int) -> None:
        """Tab / Shift+Tab: select the next / previous region of any region field (the
        arrows then move it, not the crosshair)."""
        self.session.select_next(step)
        if self.selected is not None:
            self.keydraw.hide()

    def wants_key(self, event: QKeyEvent) -> bool:
        """True when a gesture in progress needs this key (Enter closes a polygon); a
        workbench that routes keys itself should then leave the key to the canvas."""
        return self.canvas.claims(event)

    # -- assists -----------------------------------------------------------------------

    def assist_targets(self, what: str) -> list[Target]:
        return targets(self.session, self.keydraw, what)

    def show_proposals(self, pending: Pending | None) -> None:
        self.proposals.show(pending)

    def select_region(self, field: str, index: int) -> None:
        if self.session.draft is not None and index < len(self.session.draft.regions(field)):
            self.keydraw.hide()  # the arrows move the region, as after Tab
            self.session.select((field, index))

    def _assist_at(self, x: float, y: float) -> None:
        """Alt+click: the assist at the mouse, for the armed tool's field and label (the
        select tool: the first drawing tool armed)."""
        kind = self.tool()
        if kind == "select":
            kind = next((k for k in ("polygons", "boxes", "points") if self.session.armed(k)), "")
        found = click_targets(self.session, kind, (x, y)) if kind else []
        self.assist_asked.emit(found[0] if found else None)

    @property
    def selected(self) -> RegionKey | None:
        """The selected region as (field, index), or None."""
        return self.layer.selected

    # -- image -----------------------------------------------------------------------

    def _fit_box(self) -> tuple[int, int]:
        return self.prepare_box()

    def prepare_box(self) -> tuple[int, int]:
        """What pictures are prepared to fit, in device pixels: the canvas at fit once it
        is on screen (the picture then paints pixel for pixel, no scaling on the GUI
        thread; a larger window asks for a sharper one, as zooming does), else the
        screen (`picture_box`). Call it on the GUI thread."""
        view = self.canvas.viewport().size()
        if not self.isVisible() or view.width() < 64 or view.height() < 64:
            return picture_box(self)
        ratio = self.devicePixelRatioF()
        # As `ImageCanvas.fit_scale`: two pixels short of the viewport.
        return round((view.width() - 2) * ratio), round((view.height() - 2) * ratio)

    def _on_loaded(self, prepared: PreparedImage) -> None:
        if self.session.size is None:
            self.session.size = prepared.source_size
            self.canvas.set_image_size(*prepared.source_size)
            self.canvas.fit()
        self.canvas.image_item.set_image(prepared.image)
        self._pages.setCurrentWidget(self.canvas)
        self._on_scale(self.canvas.scale_value())  # zoomed in before it arrived?
        self._loaded()

    def take_prepared(self, item_id: str, prepared: Any) -> None:
        if self._item is None or self._item.id != item_id or not self._loading:
            return
        if isinstance(prepared, UnreadableImage):
            self._show_message(prepared.message)
        else:
            self.loader.take(prepared, self._fit_box())

    def _show_message(self, text: str) -> None:
        self._message.setText(
            self.tr("{message}\n\nSkip this item and give that as the reason.").format(message=text)
        )
        self._pages.setCurrentWidget(self._message)
        self._loaded()

    @property
    def loading(self) -> bool:
        return self._loading

    def _loaded(self) -> None:
        if self._loading:
            self._loading = False
            self.item_ready.emit()

    def _on_scale(self, scale: float) -> None:
        self.layer.set_scale(scale)
        self.proposals.set_pad(pad_for(scale))
        self.session.preview.set_pad(pad_for(scale))
        self.keydraw.crosshair.set_pad(pad_for(scale))
        if self.session.size is not None:
            self.loader.need(scale * self.devicePixelRatioF() * self.session.size[0])
        self._place_overlays()

    # -- overlays ----------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_overlays()

    def _on_tool_changed(self, kind: str, field: str, label: str) -> None:
        self.legend.set_armed(field, label)
        self._place_overlays()

    def _place_overlays(self) -> None:
        self.overlays.place()
