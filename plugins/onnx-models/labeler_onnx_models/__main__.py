"""`python -m labeler_onnx_models`: the same as `labeler-onnx`."""

from __future__ import annotations

import sys

from labeler_onnx_models.cli import main

sys.exit(main())
