"""Plugins are found by entry point, checked, and a broken one never stops the rest."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from labeler.core import formats, plugins
from labeler.core.plugins import CheckWarning, ItemView, Plugin, Prompt, Proposal
from labeler.core.schema import Field, Schema


class TinyBoxes:
    """A check: boxes under 4 px on a side."""

    name = "tiny-boxes"
    title = "Boxes too small to see"

    def check(
        self, item: ItemView, schema: Schema, answer: Mapping[str, Any]
    ) -> Sequence[CheckWarning]:
        return [
            CheckWarning("a box under 4 px", field=f.name, index=i)
            for f in schema.fields
            if f.kind == "boxes"
            for i, box in enumerate(answer.get(f.name) or [])
            if min(box["w"], box["h"]) < 4
        ]


class Centre:
    """An assist: a 10 px box around the click."""

    name = "centre"
    title = "Box at the click"
    media = frozenset({"image"})
    prompts = frozenset({"click"})

    def propose(
        self, item: ItemView, field: Field, answer: Mapping[str, Any], prompt: Prompt
    ) -> Sequence[Proposal]:
        ((x, y),) = prompt.points
        box = {"x": x - 5, "y": y - 5, "w": 10, "h": 10, "label": prompt.label}
        return [Proposal(field.name, box, confidence=0.5)]


GOOD = Plugin("good", "Good", assists=[Centre()], checks=[TinyBoxes()])


def make_good() -> Plugin:
    return GOOD


def make_broken() -> Plugin:
    raise RuntimeError("the model file is missing")


def make_wrong() -> object:
    return {"name": "not a plugin"}


def make_bad_check() -> Plugin:
    return Plugin("bad", checks=[object()])  # type: ignore[list-item]


def _entry(name: str, value: str) -> metadata.EntryPoint:
    return metadata.EntryPoint(name, value, plugins.GROUP)


def test_each_entry_point_is_loaded_or_says_why() -> None:
    here = __name__
    found = plugins.discover(
        [
            _entry("good", f"{here}:make_good"),
            _entry("direct", f"{here}:GOOD"),
            _entry("broken", f"{here}:make_broken"),
            _entry("wrong", f"{here}:make_wrong"),
            _entry("bad-check", f"{here}:make_bad_check"),
            _entry("missing", "no_such_module_anywhere:plugin"),
        ]
    )
    by_name = {loaded.entry_point: loaded for loaded in found}
    assert by_name["good"].plugin is GOOD and by_name["direct"].plugin is GOOD
    assert "RuntimeError: the model file is missing" in (by_name["broken"].error or "")
    assert "test_plugins.py" in (by_name["broken"].error or "")
    assert "not a labeler Plugin" in (by_name["wrong"].error or "")
    assert "checks" in (by_name["bad-check"].error or "")
    assert "ModuleNotFoundError" in (by_name["missing"].error or "")
    assert [loaded.entry_point for loaded in found] == sorted(by_name)


def test_loading_plugins_without_formats_leaves_the_formats_table_unloaded() -> None:
    """The workbench loads every installed plugin at start: the table of formats (every
    built-in reader and writer, about 4 MB) waits for a plugin that brings a format, or
    for an import or export. Run in a fresh interpreter, with the shipped plugins."""
    code = (
        "import sys; from labeler.core import plugins; "
        "loaded = plugins.loaded_plugins(); "
        "print(sorted(l.entry_point for l in loaded if l.ok and not l.plugin.formats), "
        "'labeler.core.formats' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    shipped = ["basic-checks", "labelstudio-ml", "onnx-models", "opencv-assist"]
    assert done.stdout.split("] ")[-1].strip() == "False", done.stdout + done.stderr
    assert all(name in done.stdout for name in shipped), done.stdout + done.stderr


def test_what_a_plugin_provides_is_listed_by_kind() -> None:
    assert GOOD.provides() == {"assist": ["centre"], "check": ["tiny-boxes"]}


def test_a_plugin_format_joins_the_table_and_cannot_replace_a_builtin() -> None:
    coco = formats.get("coco")
    mine = formats.Format(
        name="plugin-test-format",
        title="A format of a plugin",
        media=frozenset({"image"}),
        multi_file=False,
        file_name="out.txt",
        writer=coco.writer,
    )
    ok = plugins.Loaded("fmt", "dist", "1", plugin=Plugin("fmt", formats=[mine]))
    clash = plugins.Loaded(
        "clash", "dist", "1", plugin=Plugin("clash", formats=[_renamed(mine, "coco")])
    )
    try:
        done = plugins.install_formats([ok, clash])
        assert formats.get("plugin-test-format") is mine
        assert done[0].ok and not done[1].ok and "coco" in (done[1].error or "")
        assert formats.get("coco") is coco
    finally:
        formats.FORMATS.pop("plugin-test-format", None)


def _renamed(fmt: formats.Format, name: str) -> formats.Format:
    import dataclasses

    return dataclasses.replace(fmt, name=name)


def test_an_installed_distribution_is_found_by_its_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As pip leaves a plugin: a package and its dist-info with entry_points.txt."""
    package = tmp_path / "labeler_example_plugin"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """
            from labeler.core.plugins import Plugin

            def plugin():
                return Plugin("example", "An example")
            """
        )
    )
    info = tmp_path / "labeler_example_plugin-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: labeler-example-plugin\nVersion: 1.2.3\n"
    )
    (info / "entry_points.txt").write_text(
        "[labeler.plugins]\nexample = labeler_example_plugin:plugin\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    found = [p for p in plugins.discover() if p.entry_point == "example"]
    assert len(found) == 1
    [loaded] = found
    assert loaded.ok and loaded.plugin is not None and loaded.plugin.title == "An example"
    assert (loaded.distribution, loaded.version) == ("labeler-example-plugin", "1.2.3")
    sys.modules.pop("labeler_example_plugin", None)


def test_the_image_scale_maps_display_pixels_to_the_original() -> None:
    item = ItemView("i", "image", size=(4096, 3072), display_size=(2048, 1536))
    assert item.scale == 2.0
    assert ItemView("t", "text", text="hi").scale == 1.0


def _installed(root: Path, dist: str, module: str, body: str, entry: str) -> None:
    """A distribution as pip leaves it: its module and a dist-info with entry points."""
    (root / f"{module}.py").write_text(textwrap.dedent(body))
    info = root / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[labeler.plugins]\n{entry} = {module}:plugin\n")


def test_labeler_plugins_lists_each_and_says_which_failed(tmp_path: Path) -> None:
    import os
    import subprocess

    _installed(
        tmp_path,
        "labeler-boxcheck",
        "labeler_boxcheck",
        """
        from labeler.core.plugins import Plugin

        class Small:
            name = "small-boxes"
            title = "Small boxes"

            def check(self, item, schema, answer):
                return []

        def plugin():
            return Plugin("boxcheck", "Box checks", checks=[Small()])
        """,
        "boxcheck",
    )
    _installed(
        tmp_path,
        "labeler-broken",
        "labeler_broken",
        "import a_module_that_is_not_installed\n",
        "broken",
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)])}
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "plugins"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 1, done.stderr
    assert "boxcheck (labeler-boxcheck 0.1): Box checks. check: small-boxes" in lines
    [broken] = [line for line in lines if line.startswith("broken")]
    assert "failed to load: ModuleNotFoundError" in broken


def test_the_documented_plugin_works_as_written(tmp_path: Path) -> None:
    """docs/plugins.md's whole plugin, taken from the page, installed and run."""
    import os
    import re
    import subprocess
    import tomllib

    root = Path(__file__).resolve().parents[2]
    page = (root / "docs" / "plugins.md").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"```(python|toml)\n(.*?)```", page, re.S))
    project = tomllib.loads(blocks["toml"])
    [(entry, target)] = project["project"]["entry-points"]["labeler.plugins"].items()
    module = target.split(":")[0]
    _installed(tmp_path, project["project"]["name"], module, blocks["python"], entry)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(root)])}
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "plugins"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "boxcheck (labeler-boxcheck 0.1): Box checks. check: small-boxes" in done.stdout

    sys.path.insert(0, str(tmp_path))
    try:
        import importlib

        plugin = importlib.import_module(module).plugin()
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(module, None)
    from labeler.core.schema import parse_schema

    schema = parse_schema(
        {
            "version": 1,
            "title": "Boxes",
            "media": "image",
            "fields": [{"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]}],
        }
    )
    answer = {"objects": [{"x": 0, "y": 0, "w": 3, "h": 30, "label": "car"},
                          {"x": 5, "y": 5, "w": 10, "h": 10, "label": "car"}]}  # fmt: skip
    [warning] = plugin.checks[0].check(ItemView("i", "image"), schema, answer)
    assert (warning.field, warning.index) == ("objects", 0)
