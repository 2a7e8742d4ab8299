"""The ONNX models plugin's pre-annotation speed: items per second for a small detector on
640 px pictures, on this machine's CPU.

Builds (with `onnx.helper`, nothing downloaded) a YOLOv8-shaped detector of about 4 GFLOPs
at 640 × 640 (YOLOv8n is 8.7): a strided convolution backbone to 1/32, a head at 1/8, 1/16
and 1/32 giving [1, 84, 8400] (80 classes) as Ultralytics exports, random weights, its
class scores biased low so a few dozen candidates pass the threshold and suppression has
work to do. Writes N photo-like 640 × 480 JPEGs, then runs `ModelPreAnnotator.annotate`
over them as a pre-annotation run does (decode, letterbox, the model, suppression, boxes
in original pixels) and prints items per second, with the median time of each stage on
its own. `--threads` sets ONNX Runtime's threads (default: its own, one per core).

    .venv/bin/python benchmarks/preannotate_onnx.py --items 60
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
import onnx
import yaml
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins" / "onnx-models"))

from labeler_onnx_models import ModelPreAnnotator, decode, load_model  # noqa: E402
from labeler_onnx_models.model import Model  # noqa: E402
from labeler_onnx_models.picture import read_picture  # noqa: E402
from labeler_onnx_models.preprocess import prepare  # noqa: E402

from labeler.core.plugins import ItemView  # noqa: E402
from labeler.core.schema import parse_schema  # noqa: E402

SIDE = 640
CLASSES = 80
PICTURE = (640, 480)


class _Net:
    """A convolution network under construction, counting its multiply-adds."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self.macs = 0
        self._n = 0

    def _name(self, stem: str) -> str:
        self._n += 1
        return f"{stem}{self._n}"

    def conv(
        self, x: str, cin: int, cout: int, side: int, k: int = 3, stride: int = 1, bias: float = 0
    ) -> tuple[str, int]:
        """A k × k convolution of `x` (side × side), and the side it gives."""
        w = self.rng.normal(0, np.sqrt(2 / (cin * k * k)), (cout, cin, k, k)).astype(np.float32)
        b = np.full(cout, bias, np.float32)
        wn, bn, out = self._name("w"), self._name("b"), self._name("conv")
        self.inits += [numpy_helper.from_array(w, wn), numpy_helper.from_array(b, bn)]
        pad = k // 2
        self.nodes.append(
            helper.make_node(
                "Conv",
                [x, wn, bn],
                [out],
                kernel_shape=[k, k],
                strides=[stride, stride],
                pads=[pad] * 4,
            )
        )
        side = (side + stride - 1) // stride
        self.macs += side * side * cout * cin * k * k
        return out, side

    def relu(self, x: str) -> str:
        out = self._name("relu")
        self.nodes.append(helper.make_node("Relu", [x], [out]))
        return out

    def block(self, x: str, cin: int, cout: int, side: int, stride: int) -> tuple[str, int]:
        y, side = self.conv(x, cin, cout, side, stride=stride)
        y, side = self.conv(self.relu(y), cout, cout, side)
        return self.relu(y), side

    def op(self, kind: str, inputs: list[str], **attrs: object) -> str:
        out = self._name(kind.lower())
        self.nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def const(self, value: np.ndarray) -> str:
        name = self._name("c")
        self.inits.append(numpy_helper.from_array(value, name))
        return name


def detector(path: Path) -> float:
    """Writes the detector; its GFLOPs (two per multiply-add)."""
    net = _Net()
    x, side = net.conv("images", 3, 16, SIDE, stride=2)
    x = net.relu(x)
    x, side = net.block(x, 16, 32, side, 2)
    p3, s3 = net.block(x, 32, 64, side, 2)
    p4, s4 = net.block(p3, 64, 128, s3, 2)
    p5, s5 = net.block(p4, 128, 256, s4, 2)
    heads = []
    for feature, channels, s in ((p3, 64, s3), (p4, 128, s4), (p5, 256, s5)):
        h, _ = net.conv(feature, channels, 64, s)
        box, _ = net.conv(net.relu(h), 64, 4, s, k=1)
        cls, _ = net.conv(net.relu(h), 64, CLASSES, s, k=1, bias=-4.0)
        box = net.op("Mul", [net.op("Sigmoid", [box]), net.const(np.float32([SIDE]))])
        both = net.op("Concat", [box, net.op("Sigmoid", [cls])], axis=1)
        shape = net.const(np.array([1, 4 + CLASSES, s * s], np.int64))
        heads.append(net.op("Reshape", [both, shape]))
    net.nodes.append(helper.make_node("Concat", heads, ["output0"], axis=2))
    count = s3 * s3 + s4 * s4 + s5 * s5
    graph = helper.make_graph(
        net.nodes,
        "bench",
        [helper.make_tensor_value_info("images", TensorProto.FLOAT, [1, 3, SIDE, SIDE])],
        [helper.make_tensor_value_info("output0", TensorProto.FLOAT, [1, 4 + CLASSES, count])],
        net.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
    return 2 * net.macs / 1e9


def pictures(folder: Path, count: int) -> list[Path]:
    """Photo-like JPEGs: smooth colour blotches with grain and a few filled shapes."""
    rng = np.random.default_rng(1)
    out = []
    for i in range(count):
        w, h = PICTURE
        coarse = rng.integers(30, 225, (h // 32 + 1, w // 32 + 1, 3), dtype=np.uint8)
        image = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
        for _ in range(6):
            x, y = int(rng.integers(0, w - 80)), int(rng.integers(0, h - 80))
            colour = tuple(int(c) for c in rng.integers(0, 255, 3))
            cv2.rectangle(image, (x, y), (x + int(rng.integers(20, 80)), y + 60), colour, -1)
        image = np.clip(image + rng.normal(0, 6, image.shape), 0, 255).astype(np.uint8)
        path = folder / f"{i:04d}.jpg"
        cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, 85])
        out.append(path)
    return out


def stages(m: Model, items: list[ItemView]) -> dict[str, float]:
    """The median milliseconds of each stage alone, over the items."""
    times: dict[str, list[float]] = {"decode": [], "letterbox": [], "model": [], "boxes": []}
    for item in items:
        t0 = time.perf_counter()
        picture = read_picture(item, m.least)
        t1 = time.perf_counter()
        tensor, affine = prepare(picture, m.spec.input, m.size, np.dtype(m.dtype))
        t2 = time.perf_counter()
        outputs = m.session.run(None, {m.input.name: tensor})
        t3 = time.perf_counter()
        decode.detections(m.spec, outputs, m.size, affine, picture)
        t4 = time.perf_counter()
        for stage, seconds in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            times[stage].append(seconds)
    return {k: 1000 * statistics.median(v) for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=60, help="pictures to pre-annotate")
    parser.add_argument("--threads", type=int, help="ONNX Runtime's threads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        gflops = detector(folder / "bench.onnx")
        spec = {
            "title": "bench",
            "task": "detect",
            "model": "bench.onnx",
            "field": "objects",
            "labels": [f"class{i}" for i in range(CLASSES)],
            "output": {"format": "yolov8"},
        }
        (folder / "bench.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
        model = load_model(folder / "bench.yaml", args.threads)
        schema = parse_schema(
            {
                "title": "bench",
                "media": "image",
                "fields": [
                    {
                        "name": "objects",
                        "kind": "boxes",
                        "labels": [{"value": f"class{i}"} for i in range(CLASSES)],
                    }
                ],
            }
        )
        items = [ItemView(p.name, "image", p) for p in pictures(folder, args.items)]
        run = ModelPreAnnotator(model)
        list(run.annotate(items[:3], schema, lambda n: True))  # warm up
        started = time.perf_counter()
        prefills = list(run.annotate(items, schema, lambda n: True))
        seconds = time.perf_counter() - started
        boxes = [len(p.answer["objects"]) for p in prefills]
        parts = stages(model, items[: min(20, len(items))])
    threads = args.threads or "ONNX Runtime's default"
    print(
        f"detector: {gflops:.1f} GFLOPs at {SIDE} × {SIDE}, [1, {4 + CLASSES}, 8400]; "
        f"threads: {threads}"
    )
    print(
        f"{len(items)} pictures of {PICTURE[0]} × {PICTURE[1]}: {seconds:.2f} s, "
        f"{len(items) / seconds:.1f} items/s ({1000 * seconds / len(items):.0f} ms an item); "
        f"boxes per item: median {statistics.median(boxes):.0f}"
    )
    print("median ms: " + ", ".join(f"{k} {v:.1f}" for k, v in parts.items()))


if __name__ == "__main__":
    main()
