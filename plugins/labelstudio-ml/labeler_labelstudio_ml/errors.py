"""What goes wrong turning an item into a task, apart from the modules that do it: the
plugin's package imports this at load, and those (with Label Studio's reader and the
whole table of formats behind them) only when a backend is first asked."""

from __future__ import annotations


class TaskError(ValueError):
    """An item or a prompt that cannot become a task or a context; says why."""
