"""The fields form: choice, multichoice, rating and text fields of any media."""

from __future__ import annotations

from labeler.ui.fields.form import FORM_KINDS, FieldsForm

__all__ = ["FORM_KINDS", "FieldsForm"]
