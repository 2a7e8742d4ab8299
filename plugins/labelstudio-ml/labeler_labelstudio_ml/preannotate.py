"""Pre-annotation: the backend's predictions for many items become their prefill."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.plugins import ItemView, Prefill, Progress
from labeler.core.schema import Schema
from labeler_labelstudio_ml.backend import Backend
from labeler_labelstudio_ml.client import BackendError
from labeler_labelstudio_ml.errors import TaskError


class BackendPreAnnotator:
    """Sends items to `/predict` in batches (`LABELER_LSML_BATCH`, one by default) and
    yields a prefill per item the backend proposed something for. An item it could not
    send, a prediction missing or partly unusable: each is a problem of the backend
    (`Backend.problems`); a backend that cannot be reached or fails ends the run with a
    `BackendError`."""

    name = "labelstudio-ml"
    title = QT_TRANSLATE_NOOP("messages", "Label Studio ML backend")
    media = frozenset({"image", "text", "audio"})

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def annotate(
        self, items: Iterable[ItemView], schema: Schema, progress: Progress
    ) -> Iterator[Prefill]:
        # Here, not at the top: with Label Studio's reader and the table of formats
        # behind them (4 MB), not when the workbench loads the plugin at start.
        from labeler_labelstudio_ml.tasks import label_config, task

        backend = self.backend
        backend.start_call()
        client = backend.client()
        config = label_config(schema, backend.config().label_config)
        client.health()
        hostname = backend.hostname() if schema.media != "text" else ""
        done = 0
        pending = iter(items)
        while batch := list(islice(pending, backend.config().batch)):
            sent: list[ItemView] = []
            tasks: list[dict[str, Any]] = []
            for item in batch:
                try:
                    tasks.append(task(len(tasks) + 1, item, config, backend.media_url(item)))
                    sent.append(item)
                except TaskError as exc:
                    backend.report(item.id, f"not sent: {exc}")
            predictions = client.predict(tasks, config.xml, config.project, None, hostname)
            yield from self._read(sent, predictions, schema)
            done += len(batch)
            if not progress(done):
                return

    def _read(
        self, sent: list[ItemView], predictions: list[object], schema: Schema
    ) -> Iterator[Prefill]:
        from labeler_labelstudio_ml.results import read_prediction

        if len(predictions) != len(sent):
            self.backend.report(
                ",".join(i.id for i in sent),
                f"the backend gave {len(predictions)} predictions for {len(sent)} items; "
                "they are read in order",
            )
        for item, prediction in zip(sent, predictions, strict=False):
            read = read_prediction(prediction, item, schema)
            for problem in read.problems:
                self.backend.report(item.id, problem)
            if read.answer:
                yield Prefill(item.id, read.answer, read.confidence)


__all__ = ["BackendError", "BackendPreAnnotator"]
