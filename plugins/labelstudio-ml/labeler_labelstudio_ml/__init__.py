"""Label Studio ML backends as a labeler plugin.

A backend a team runs for Label Studio (`label-studio-ml`: Segment Anything, YOLO,
GLiNER, Whisper…) becomes an assist (`BackendAssist`: a click or a box on the picture,
a span, a segment) and a source of pre-annotation (`BackendPreAnnotator`), spoken to by
the protocol Label Studio uses (`client`), with the project's schema given as the Label
Studio labeling config it maps to (`labeler.core.lsexport`). Settings come from the
environment (`config`, README.md).
"""

from __future__ import annotations

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.plugins import Plugin
from labeler_labelstudio_ml.assist import BackendAssist
from labeler_labelstudio_ml.backend import Backend, Problem
from labeler_labelstudio_ml.client import BackendClient, BackendError
from labeler_labelstudio_ml.config import BackendConfig, ConfigError
from labeler_labelstudio_ml.errors import TaskError
from labeler_labelstudio_ml.preannotate import BackendPreAnnotator

__all__ = [
    "Backend",
    "BackendAssist",
    "BackendClient",
    "BackendConfig",
    "BackendError",
    "BackendPreAnnotator",
    "ConfigError",
    "Problem",
    "TaskError",
    "plugin",
]


def plugin(config: BackendConfig | None = None) -> Plugin:
    """The plugin the entry point names. The environment's settings are checked here,
    so a wrong one shows in `labeler plugins` as the reason it failed to load; they are
    read again at each call."""
    if config is None:
        BackendConfig.from_env()
    backend = Backend(config)
    return Plugin(
        "labelstudio-ml",
        QT_TRANSLATE_NOOP("messages", "Label Studio ML backends"),
        assists=[BackendAssist(backend)],
        preannotators=[BackendPreAnnotator(backend)],
    )
