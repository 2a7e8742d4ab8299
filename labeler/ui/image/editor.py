"""The image editor: boxes, polygons and points drawn on an image, by keyboard and mouse.

Scene coordinates are ORIGINAL image pixels: the decoded picture (a screen-sized
copy of the display variant, later the full variant or the original) is
stretched over the original's pixel rectangle, so every region the tools make
is already in the answer's units. The draft is changed only through its
operations, one per gesture; the workbench owns undo and calls `refresh`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from labeler.client.workitem import WorkItem
from labeler.core.editing import Change, Draft
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.editor import MediaEditor
from labeler.ui.image.canvas import ImageCanvas
from labeler.ui.image.click_tools import PointTool, PolygonTool
from labeler.ui.image.decode import Decoded, PreparedImage, UnreadableImage, prepare_image
from labeler.ui.image.geometry import translate
from labeler.ui.image.items import Z_PREVIEW, RegionItem, RegionKey
from labeler.ui.image.keys import PAN_STEP, editor_actions
from labeler.ui.image.layer import RegionLayer, pad_for
from labeler.ui.image.loader import ImageLoader
from labeler.ui.image.style import IMAGE_REGION_KINDS, LabelColors
from labeler.ui.image.tools import BoxTool, SelectTool, Tool


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
        self.canvas = ImageCanvas(self)
        self.layer = RegionLayer(self.canvas.scene())
        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setObjectName("image_message")
        self._message.setStyleSheet(
            "QLabel { color: #f2f2f2; background: #2b2d31; padding: 24px; font-size: 15px; }"
        )
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.canvas)
        self._pages.addWidget(self._message)
        self._preview = RegionItem()
        self._preview.setZValue(Z_PREVIEW)
        self._preview.set_gold(True)
        self._preview.setVisible(False)
        self.canvas.scene().addItem(self._preview)
        self._schema: Schema | None = None
        self._item: WorkItem | None = None
        self._draft: Draft | None = None
        self._size: tuple[float, float] | None = None
        self._armed: dict[str, tuple[str, str]] = {}
        self._cycle_hint: int | None = None
        self._tools: dict[str, Tool] = {
            "select": SelectTool(self),
            "boxes": BoxTool(self),
            "polygons": PolygonTool(self),
            "points": PointTool(self),
        }
        self.canvas.tool = self._tools["select"]
        self.loader = ImageLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._show_message)
        self.loader.original_wanted.connect(self.original_wanted)
        self.canvas.scale_changed.connect(self._on_scale)

    # -- MediaEditor ----------------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        self._schema = schema
        kinds = {f.name: f.kind for f in schema.fields if f.kind in IMAGE_REGION_KINDS}
        self.layer.set_fields(kinds, LabelColors(schema))
        self._armed.clear()
        self.set_tool("select")

    def show_item(self, item: WorkItem, draft: Draft, prepared: Any = None) -> None:
        self.canvas.tool.cancel()  # type: ignore[union-attr]
        self._item, self._draft, self._cycle_hint = item, draft, None
        self.layer.select(None)
        self.layer.set_gold(None)
        media = item.media
        self._size = (media.width, media.height) if media and media.width and media.height else None
        if self._size is None and isinstance(prepared, PreparedImage):
            self._size = prepared.source_size
        self.canvas.set_image_size(*(self._size or (1, 1)))
        self.canvas.fit()  # before the picture arrives, which checks the zoom
        self.canvas.image_item.set_image(None)
        self.loader.start(item, self._size, prepared, self._fit_box())
        if isinstance(prepared, UnreadableImage):
            self._show_message(prepared.message)
        else:
            self._pages.setCurrentWidget(self.canvas)
        for field in self.layer.kinds:
            self.layer.sync(field, draft.regions(field))

    def refresh(self, change: Change) -> None:
        if self._draft is None or change.field not in self.layer.kinds:
            return
        self.canvas.tool.cancel()  # type: ignore[union-attr]
        regions = self._draft.regions(change.field)
        item = self.layer.item((change.field, change.index)) if change.index is not None else None
        same_count = self.layer.item((change.field, len(regions))) is None
        if item is not None and change.index is not None and same_count:
            self.layer.show_region((change.field, change.index), regions[change.index])
            return
        if self.selected is not None and self.selected[0] == change.field:
            self.select(None)
        self.layer.sync(change.field, regions)

    def pick_label(self, field: str, label: str) -> bool:
        if self._schema is None or field not in self.layer.kinds:
            return False
        if label not in self._schema.field(field).label_values():
            return False
        key = self.selected
        if key is not None and key[0] == field:
            self.commit_update(key, {**self.region(key), "label": label})
            return True
        kind = self.layer.kinds[field]
        self._armed[kind] = (field, label)
        self.select(None)
        self.set_tool(kind)
        return True

    def show_expected(self, expected: dict[str, Any] | None) -> None:
        self.layer.set_gold(expected)

    def actions(self) -> list[Action]:
        hotkeys = set()
        for field in self._schema.fields if self._schema else ():
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
        if kind != "select" and kind not in self._armed:
            field = next((f for f, k in self.layer.kinds.items() if k == kind), None)
            if field is None or self._schema is None or not self._schema.field(field).labels:
                return False
            self._armed[kind] = (field, self._schema.field(field).labels[0].value)
        tool = self._tools[kind]
        if self.canvas.tool is not tool:
            self.canvas.tool.cancel()  # type: ignore[union-attr]
            self.canvas.tool = tool
        field, label = self._armed.get(kind, ("", ""))
        self.tool_changed.emit(kind, field, label)
        return True

    def tool(self) -> str:
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
        key = self.selected
        if key is None:
            self.canvas.pan_by(QPoint(round(dx * PAN_STEP), round(dy * PAN_STEP)))
            return
        kind = self.layer.kinds[key[0]]
        self.commit_update(key, translate(kind, self.region(key), dx, dy, self.image_size))

    def delete_selected(self) -> None:
        key = self.selected
        if key is None or self._draft is None:
            return
        hint = self.layer.keys().index(key)
        self.select(None)
        change = self._draft.remove_region(*key)
        self.layer.sync(key[0], self._draft.regions(key[0]))
        self._cycle_hint = hint  # Tab goes on with the region that took its place
        self.changed.emit(change)

    def select_next(self, step: int) -> None:
        """Tab / Shift+Tab: select the next / previous region of any region field."""
        keys = self.layer.keys()
        if not keys:
            return
        current = self.selected
        if current in keys:
            index = keys.index(current) + step  # type: ignore[arg-type]
        elif self._cycle_hint is not None:
            index = self._cycle_hint if step > 0 else self._cycle_hint - 1
        else:
            index = 0 if step > 0 else -1
        self.select(keys[index % len(keys)])

    def wants_key(self, event: QKeyEvent) -> bool:
        """True when a gesture in progress needs this key (Enter closes a polygon)."""
        return self.canvas.claims(event)

    @property
    def selected(self) -> RegionKey | None:
        return self.layer.selected

    # -- ToolHost (what the tools ask of the editor) --------------------------------

    @property
    def image_size(self) -> tuple[float, float]:
        return self._size or (1.0, 1.0)

    def handle_at(self, view: QPoint) -> str | int | None:
        handle = self.canvas.handle_at(view)
        return handle.handle if handle is not None else None

    def region_at(self, view: QPoint) -> RegionItem | None:
        return self.canvas.region_at(view)

    def screen_distance(self, a: tuple[float, float], b: tuple[float, float]) -> float:
        return self.canvas.screen_distance(a, b)

    def armed(self, kind: str) -> tuple[str, str] | None:
        return self._armed.get(kind)

    def region(self, key: RegionKey) -> dict[str, Any]:
        assert self._draft is not None
        return self._draft.regions(key[0])[key[1]]

    def select(self, key: RegionKey | None) -> None:
        self._cycle_hint = None
        self.layer.select(key)

    def show_preview(self, key: RegionKey, region: dict[str, Any]) -> None:
        self.layer.show_region(key, region)

    def show_outline(self, points: list[QPointF] | None, closed: bool, kind: str) -> None:
        armed = self._armed.get(kind)
        if points is None or armed is None:
            self._preview.setVisible(False)
            return
        self._preview.set_outline(points, self.layer.colors.color(*armed), closed=closed)
        self._preview.setVisible(True)

    def commit_update(self, key: RegionKey, region: dict[str, Any]) -> None:
        if self._draft is None:
            return
        change = self._draft.update_region(key[0], key[1], region)
        self.restore(key)
        if change is not None:
            self.changed.emit(change)

    def commit_add(self, field: str, region: dict[str, Any]) -> bool:
        if self._draft is None or self._schema is None:
            return False
        limit = self._schema.field(field).max_count
        if limit is not None and len(self._draft.regions(field)) >= limit:
            return False
        self._draft.add_region(field, region)
        self.layer.sync(field, self._draft.regions(field))
        self.changed.emit(Change(field))
        return True

    def restore(self, key: RegionKey) -> None:
        if self._draft is not None:
            self.layer.show_region(key, self.region(key))

    # -- image -----------------------------------------------------------------------

    def _fit_box(self) -> tuple[int, int]:
        screen = self.screen()
        size = screen.size() if screen is not None else None
        ratio = self.devicePixelRatioF()
        if size is None:
            return 1920, 1080
        return round(size.width() * ratio), round(size.height() * ratio)

    def _on_loaded(self, prepared: PreparedImage) -> None:
        if self._size is None:
            self._size = prepared.source_size
            self.canvas.set_image_size(*self._size)
            self.canvas.fit()
        self.canvas.image_item.set_image(prepared.image)
        self._pages.setCurrentWidget(self.canvas)
        self._on_scale(self.canvas.scale_value())  # zoomed in before it arrived?

    def _show_message(self, text: str) -> None:
        self._message.setText(f"{text}\n\nSkip this item and give that as the reason.")
        self._pages.setCurrentWidget(self._message)

    def _on_scale(self, scale: float) -> None:
        self.layer.set_scale(scale)
        self._preview.set_pad(pad_for(scale))
        if self._size is not None:
            self.loader.need(scale * self.devicePixelRatioF() * self._size[0])
