"""How annotators treated the proposals (the items' prefill), field by field, in plain
sentences: the share of answers that changed a proposal and the mean size of the change
(0 kept as proposed, 1 redone whole), named by what it measures for the field's kind
(1 − F1 of the boxes matched by IoU, the share of labels changed, word error rate…); a
choice's change is its share alone. A project without prefill says nothing here."""

from __future__ import annotations

from labeler.client.analytics import ProposalFigures, Stats
from labeler.ui.i18n import isolate, number, percent, translate


def proposal_sentence(figures: ProposalFigures) -> str:
    """`Annotators changed the proposed “boxes” in 34% of 50 answers; by 0.12 on average.`"""
    name = isolate(figures.field)
    if figures.answers == 0:
        return translate(
            "analytics.proposals", "No answers yet to items with a proposed “{field}”."
        ).format(field=name)
    if figures.changed == 0:
        kept = (
            translate(
                "analytics.proposals", "Annotators kept the proposed “{field}” in its 1 answer."
            )
            if figures.answers == 1
            else translate(
                "analytics.proposals",
                "Annotators kept the proposed “{field}” as it was in all {count} answers.",
            )
        )
        return kept.format(field=name, count=number(figures.answers))
    share = figures.changed_share
    if share is None:
        share = figures.changed / figures.answers
    measure = measure_words(figures.measure)
    if measure is None:  # a choice changed or not: the share says it all
        changed = (
            translate(
                "analytics.proposals", "Annotators changed the proposed “{field}” in its 1 answer."
            )
            if figures.answers == 1
            else translate(
                "analytics.proposals",
                "Annotators changed the proposed “{field}” in {share} of {count} answers.",
            )
        )
    else:
        changed = (
            translate(
                "analytics.proposals",
                "Annotators changed the proposed “{field}” in its 1 answer; by {change} "
                "({measure}).",
            )
            if figures.answers == 1
            else translate(
                "analytics.proposals",
                "Annotators changed the proposed “{field}” in {share} of {count} answers; "
                "by {change} on average ({measure}).",
            )
        )
    mean = figures.mean_change
    return changed.format(
        field=name,
        share=percent(share),
        count=number(figures.answers),
        change=number(mean if mean is not None else 0.0, 2),
        measure=measure or "",
    )


def measure_words(metric: str) -> str | None:
    """What a field's change is measured in, by its gold metric (`labeler.core.scoring`);
    None for a metric that is only same or not (a choice), whose change is the share."""
    if metric in ("exact", "normalized_exact"):
        return None
    words = {
        "box_f1": translate("analytics.proposals", "1 − F1 of the boxes matched by IoU"),
        "mask_f1": translate("analytics.proposals", "1 − F1 of the outlines matched by IoU"),
        "point_f1": translate("analytics.proposals", "1 − F1 of the points matched by distance"),
        "span_f1": translate("analytics.proposals", "1 − F1 of the spans"),
        "segment_f1": translate("analytics.proposals", "1 − F1 of the segments matched by IoU"),
        "jaccard": translate(
            "analytics.proposals", "share of labels added or removed, 1 − Jaccard"
        ),
        "distance": translate("analytics.proposals", "distance as a share of the scale"),
        "wer": translate("analytics.proposals", "word error rate"),
    }
    return words.get(
        metric,
        translate("analytics.proposals", "1 − similarity: 0 kept as proposed, 1 redone whole"),
    )


def proposals_text(stats: Stats | None) -> str:
    """One sentence per field a proposal gave a value; "" for a project without prefill."""
    if stats is None or not stats.proposals:
        return ""
    return "\n".join(proposal_sentence(f) for f in stats.proposals)


__all__ = ["measure_words", "proposal_sentence", "proposals_text"]
