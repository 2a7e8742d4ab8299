"""The schema being edited: a JSON document changed only by undoable edits.

Widgets never write the document themselves: they ask for an edit (`set`, `insert`,
`remove`, `move`, `replace`) and redraw from what the edit says changed. Undo keeps a
copy of the document before each step (a schema is a few kilobytes); keystrokes typed
into one input merge into one step. Plain Python: no Qt (the schema editor names each
step in the interface's language; the names here are for other callers).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Path = tuple[str | int, ...]
MAX_UNDO = 300


def path_text(path: Sequence[str | int]) -> str:
    """A path as the protocol writes it: `fields[1].labels[0].hotkey`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class Edit:
    """What one edit (or its undo) touched: `path`, and whether lists changed shape
    (fields or labels added, removed or moved: views rebuild rather than refresh)."""

    path: Path
    structural: bool
    title: str


class SchemaDocument:
    """The document of one schema under edit, with undo, redo and a saved baseline."""

    def __init__(self, doc: dict[str, Any] | None = None) -> None:
        self._doc: dict[str, Any] = copy.deepcopy(doc) if doc else {}
        self._saved: dict[str, Any] = copy.deepcopy(self._doc)
        self._undo: list[tuple[dict[str, Any], Edit]] = []
        self._redo: list[tuple[dict[str, Any], Edit]] = []
        self._merge: str | None = None
        self.revision = 0

    # -- reading -------------------------------------------------------------------------

    def json(self) -> dict[str, Any]:
        """A copy of the document as it stands."""
        return copy.deepcopy(self._doc)

    def get(self, path: Sequence[str | int], default: Any = None) -> Any:
        """The value at `path` (a copy), or `default` where the path does not lead."""
        node: Any = self._doc
        for part in path:
            if isinstance(part, int):
                if not isinstance(node, list) or not 0 <= part < len(node):
                    return default
            elif not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return copy.deepcopy(node)

    def fields(self) -> list[dict[str, Any]]:
        """The field objects (non-objects read as empty ones)."""
        raw = self._doc.get("fields")
        if not isinstance(raw, list):
            return []
        return [copy.deepcopy(f) if isinstance(f, dict) else {} for f in raw]

    @property
    def dirty(self) -> bool:
        """Whether the document differs from the saved baseline."""
        return self._doc != self._saved

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_title(self) -> str:
        return self._undo[-1][1].title if self._undo else ""

    def redo_title(self) -> str:
        return self._redo[-1][1].title if self._redo else ""

    # -- baselines -----------------------------------------------------------------------

    def load(self, doc: dict[str, Any]) -> None:
        """Start over from `doc` (a project opened): no history, nothing unsaved."""
        self._doc = copy.deepcopy(doc)
        self._saved = copy.deepcopy(doc)
        self._undo.clear()
        self._redo.clear()
        self._merge = None
        self.revision += 1

    def mark_saved(self, doc: dict[str, Any] | None = None) -> None:
        """The document as it stands (or `doc`, what the server stored) is saved."""
        self._saved = copy.deepcopy(self._doc if doc is None else doc)
        self._merge = None

    # -- edits ---------------------------------------------------------------------------

    def set(
        self, path: Sequence[str | int], value: Any, *, title: str = "", merge: bool = False
    ) -> Edit | None:
        """Set the value at `path` (None removes an object key). Objects on the way are
        made when missing. `merge` folds the keystrokes of one input into one undo step.
        None when nothing changed."""
        path = tuple(path)
        if self.get(path, _MISSING) == value or (value is None and self.get(path) is None):
            return None
        key = path_text(path) if merge else None
        before = self._before(key)
        parent = self._parent(path, create=True)
        last = path[-1]
        if value is None and isinstance(parent, dict):
            parent.pop(last, None)  # type: ignore[arg-type]
        else:
            parent[last] = copy.deepcopy(value)
        title = title or f"Change {path_text(path)}"  # notr: the editor names its steps
        return self._did(before, Edit(path, False, title), key)

    def insert(self, path: Sequence[str | int], index: int, value: Any, *, title: str = "") -> Edit:
        """Insert `value` at `index` of the list at `path` (made when missing)."""
        path = tuple(path)
        before = self._before(None)
        items = self._list(path)
        index = max(0, min(index, len(items)))
        items.insert(index, copy.deepcopy(value))
        return self._done(before, Edit((*path, index), True, title or "Add"))  # notr: as above

    def remove(self, path: Sequence[str | int], index: int, *, title: str = "") -> Edit | None:
        """Remove entry `index` of the list at `path`; None when there is none."""
        path = tuple(path)
        items = self.get(path)
        if not isinstance(items, list) or not 0 <= index < len(items):
            return None
        before = self._before(None)
        del self._list(path)[index]
        return self._done(before, Edit((*path, index), True, title or "Remove"))  # notr: as above

    def move(
        self, path: Sequence[str | int], index: int, to: int, *, title: str = ""
    ) -> Edit | None:
        """Move entry `index` of the list at `path` to position `to`; None if it cannot."""
        path = tuple(path)
        items = self.get(path)
        if not isinstance(items, list) or not 0 <= index < len(items) or not 0 <= to < len(items):
            return None
        if index == to:
            return None
        before = self._before(None)
        target = self._list(path)
        target.insert(to, target.pop(index))
        return self._done(before, Edit((*path, to), True, title or "Move"))  # notr: as above

    def replace(
        self,
        doc: dict[str, Any],
        *,
        title: str = "Replace the schema",  # notr: the editor names its steps
    ) -> Edit | None:
        """Put a whole new document in (an import, the JSON view, an older version)."""
        if doc == self._doc:
            return None
        before = self._before(None)
        self._doc = copy.deepcopy(doc)
        return self._done(before, Edit((), True, title))

    def end_merge(self) -> None:
        """The input being typed into lost focus: the next keystroke is a new step."""
        self._merge = None

    def undo(self) -> Edit | None:
        """Step back; the Edit says what changed (a structural one: redraw all)."""
        if not self._undo:
            return None
        doc, edit = self._undo.pop()
        self._redo.append((self._doc, edit))
        self._doc = doc
        self._merge = None
        self.revision += 1
        return Edit(edit.path, True, edit.title)

    def redo(self) -> Edit | None:
        if not self._redo:
            return None
        doc, edit = self._redo.pop()
        self._undo.append((self._doc, edit))
        self._doc = doc
        self._merge = None
        self.revision += 1
        return Edit(edit.path, True, edit.title)

    # -- inside --------------------------------------------------------------------------

    def _before(self, merge_key: str | None) -> dict[str, Any] | None:
        """A copy of the document for the undo stack; None when this edit merges."""
        if merge_key is not None and merge_key == self._merge and self._undo:
            return None
        return copy.deepcopy(self._doc)

    def _did(self, before: dict[str, Any] | None, edit: Edit, merge_key: str | None) -> Edit:
        if before is not None:
            self._undo.append((before, edit))
            del self._undo[:-MAX_UNDO]
        self._redo.clear()
        self._merge = merge_key
        self.revision += 1
        return edit

    def _done(self, before: dict[str, Any] | None, edit: Edit) -> Edit:
        return self._did(before, edit, None)

    def _parent(self, path: Path, *, create: bool) -> Any:
        node: Any = self._doc
        for i, part in enumerate(path[:-1]):
            nxt = path[i + 1]
            if isinstance(part, int):
                node = node[part]
                continue
            if not isinstance(node.get(part), dict | list) and create:
                node[part] = [] if isinstance(nxt, int) else {}
            node = node[part]
        return node

    def _list(self, path: Path) -> list[Any]:
        parent = self._parent((*path, 0), create=True) if path else None
        if parent is None:
            raise ValueError("a list path is needed")
        return parent  # type: ignore[no-any-return]


_MISSING = object()
