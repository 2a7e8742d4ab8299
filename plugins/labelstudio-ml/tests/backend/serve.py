"""Start the `label-studio-ml` server on the model of `model.py`: its Flask app
(`init_app`, the same call in the 1.x of PyPI and the 2.x of its repository), served on a
free loopback port, which is printed first. The working directory keeps its state."""

from __future__ import annotations

import sys
from pathlib import Path

from label_studio_ml.api import init_app
from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).parent))

from model import FixedModel  # noqa: E402

app = init_app(FixedModel)
server = make_server("127.0.0.1", 0, app, threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
