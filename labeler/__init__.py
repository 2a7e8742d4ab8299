"""labeler: a keyboard-first labeling workbench and the task server that feeds it."""

__version__ = "0.1.0"
