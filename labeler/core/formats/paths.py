"""File names as archive members: forward slashes, no way out of the archive's folder."""

from __future__ import annotations


def clean_path(name: str) -> str:
    """`name` as a member path: `/` between folders, no empty, `.` or `..` parts, so an
    archive unpacked anywhere stays in its folder."""
    parts = name.replace("\\", "/").split("/")
    return "/".join(p for p in parts if p not in ("", ".", ".."))


def split_extension(path: str) -> tuple[str, str]:
    """`("night/0007", ".jpg")` for `night/0007.jpg`; a name without one, or a hidden file's
    (`.env`), has the extension `""`."""
    base = path.rsplit("/", 1)[-1]
    cut = base.rfind(".")
    if cut <= 0:
        return path, ""
    head = path[: len(path) - len(base)]
    return head + base[:cut], base[cut:]
