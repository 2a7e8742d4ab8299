"""The assist: what the annotator points at becomes the `context` of an interactive
prediction, as Label Studio sends it to a backend such as Segment Anything, and the
regions the backend answers become proposals for the field the annotator works in.

The modules that build tasks and read results (Label Studio's reader, and the table of
formats it is part of: 4 MB) are imported at the first call, not when the workbench loads
the plugin at start."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.plugins import ItemView, Prompt, Proposal
from labeler.core.schema import Field, Schema
from labeler_labelstudio_ml.backend import Backend
from labeler_labelstudio_ml.brush import MASKED_KINDS
from labeler_labelstudio_ml.errors import TaskError


class BackendAssist:
    """Proposes regions, spans or segments of one field from a click, a box, a polygon,
    a span, a segment or the whole item. The backend is given the whole schema's config;
    a result of a type the field takes is taken for the field whatever control it names
    (a backend names its own), with the armed label. The rest is a problem
    (`Backend.problems`)."""

    name = "labelstudio-ml"
    title = QT_TRANSLATE_NOOP("messages", "Label Studio ML backend")
    media = frozenset({"image", "text", "audio"})
    prompts = frozenset({"click", "box", "polygon", "span", "segment", "item"})

    def __init__(self, backend: Backend, schema: Schema | None = None) -> None:
        self.backend = backend
        #: The project's schema, for the config the backend is given; without it, a
        #: schema of the one field the assist is asked about.
        self.schema = schema

    def propose(
        self, item: ItemView, field: Field, answer: Mapping[str, Any], prompt: Prompt
    ) -> Sequence[Proposal]:
        from labeler_labelstudio_ml.results import REGION_KINDS, results_of
        from labeler_labelstudio_ml.tasks import context, label_config, task

        backend = self.backend
        backend.start_call()
        if field.kind not in REGION_KINDS:
            raise TaskError(f"field {field.name!r} is a {field.kind}: an assist proposes regions")
        schema = self._schema(item, field)
        config = label_config(schema, backend.config().label_config)
        request = [task(1, item, config, backend.media_url(item))]
        hostname = backend.hostname() if item.media != "text" else ""
        ctx = context(item, field, prompt, config)
        predictions = backend.client().predict(request, config.xml, config.project, ctx, hostname)
        if not predictions:
            return []
        problems: list[str] = []
        results = results_of(predictions[0], problems) or []
        overall = predictions[0].get("score") if isinstance(predictions[0], dict) else None
        proposals = []
        for k, result in enumerate(results):
            proposals += self._proposals(item, field, prompt, k, result, overall, problems)
        for problem in problems:
            backend.report(item.id, problem)
        return proposals

    def _schema(self, item: ItemView, field: Field) -> Schema:
        if self.schema is not None and field in self.schema.fields:
            return self.schema
        return Schema(title="", media=item.media, instructions="", fields=(field,))

    def _proposals(
        self,
        item: ItemView,
        field: Field,
        prompt: Prompt,
        k: int,
        result: object,
        overall: object,
        problems: list[str],
    ) -> list[Proposal]:
        """The proposals of result `k`: its regions for `field`, with its score."""
        from labeler_labelstudio_ml.results import map_results, score

        one = Schema(title="", media=item.media, instructions="", fields=(field,))
        answer, said = map_results([_for_field(result, field, prompt)], item, one)
        problems += [p.replace("result[0]", f"result[{k}]", 1) for p in said]
        given = result.get("score") if isinstance(result, dict) else None
        confidence = score(given, f"result[{k}]: ", problems)
        if given is None:
            confidence = score(overall, "", problems)
        return [Proposal(field.name, region, confidence) for region in answer.get(field.name, [])]


def _for_field(result: object, field: Field, prompt: Prompt) -> object:
    """`result` named for `field` when its type is one the field takes (a brush mask for
    polygons and boxes), with the armed label in place of the backend's (a proposal
    takes the armed label)."""
    from labeler.core.formats.labelstudio_results import ACCEPTED

    if not isinstance(result, dict):
        return result
    kind = str(result.get("type", "")).lower()
    masked = kind == "brushlabels" and field.kind in MASKED_KINDS
    if kind not in ACCEPTED[field.kind] and not masked:
        return result
    out = {**result, "from_name": field.name}
    value = out.get("value")
    if prompt.label is not None and isinstance(value, dict) and kind in value:
        out["value"] = {**value, kind: [prompt.label]}
    return out
