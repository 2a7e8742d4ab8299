"""Pre-annotation: a model's answers for many items, to become their prefill.

`ModelPreAnnotator.annotate` checks the model's fields and labels against the schema
before any item (a `ModelError` names every problem), then runs the model on each item in
turn. `progress(done)` is called after each; False stops the run, as does `cancel` (a
`threading.Event`) set from another thread: the item under way is finished first. An
item whose picture cannot be read is a problem of that item (`on_problem`, else a logged
warning) and the run goes on; a model that fails ends it with a `ModelError`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from labeler.core.plugins.api import ItemView, Prefill, Progress
from labeler.core.schema import Field, Schema
from labeler_onnx_models.errors import ImageUnreadable
from labeler_onnx_models.run import need, propose
from labeler_onnx_models.titles import titled

if TYPE_CHECKING:
    from labeler_onnx_models.model import Model

log = logging.getLogger(__name__)

#: Told of an item that gave no prefill because of a problem: (item id, why).
OnProblem = Callable[[str, str], None]


@dataclass(frozen=True)
class ModelPrefill(Prefill):
    """A prefill with the model's score of each box or label it holds: field → scores, in
    the order of the field's answer. The answer itself is as the schema holds it (a box
    has no score); the prefill's confidence is that of its least sure part."""

    scores: Mapping[str, tuple[float, ...]] = field(default_factory=dict)


class ModelPreAnnotator:
    """Meets `labeler.core.plugins.api.PreAnnotator`."""

    name = "onnx-model"
    media = frozenset({"image"})

    def __init__(self, model: Model | None) -> None:
        self.model = model
        self.title = titled(model)

    def annotate(
        self,
        items: Iterable[ItemView],
        schema: Schema,
        progress: Progress,
        *,
        cancel: threading.Event | None = None,
        on_problem: OnProblem | None = None,
    ) -> Iterator[Prefill]:
        """A prefill for each item the model proposes something for, in the items' order.
        The schema is checked here, before the first item is read."""
        model = need(self.model)
        fields = model.spec.check_schema(schema)
        return self._run(model, items, fields, progress, cancel, on_problem or _logged)

    def _run(
        self,
        model: Model,
        items: Iterable[ItemView],
        fields: Mapping[str, Field],
        progress: Progress,
        cancel: threading.Event | None,
        on_problem: OnProblem,
    ) -> Iterator[Prefill]:
        done = 0
        for item in items:
            if cancel is not None and cancel.is_set():
                return
            try:
                proposed = propose(model, item, fields)
            except ImageUnreadable as exc:
                on_problem(item.id, str(exc))
            else:
                if proposed.answer:
                    yield ModelPrefill(
                        item.id, proposed.answer, proposed.confidence, proposed.scores
                    )
            done += 1
            if not progress(done):
                return


def _logged(item_id: str, why: str) -> None:
    log.warning("item %s: no prefill: %s", item_id, why)
