"""Compiled translations (`labeler_<lang>.qm`), made from `resources/translations/` by
`make translations`; not kept in the repository."""
