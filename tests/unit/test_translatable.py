"""Every user-visible string of the interface is marked for translation.

A string is taken for user-visible when it reads as words (two words, or one capitalised
word) or is handed to a Qt call that shows text (`setText`, `QLabel`, `addAction`, …).
It must then sit inside `tr(...)`, `translate(...)` or `QT_TRANSLATE_NOOP(...)`, where
`pyside6-lupdate` finds it. An f-string of words cannot be translated at all: its values
go in by name, `tr("{n} left").format(n=n)`. Left alone: docstrings, log lines, raised
exceptions, style sheets, object names, comparisons, and a line that says `# notr` with
why (a font family, a file filter's pattern, a key's name).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "labeler" / "ui"

MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Calls whose string arguments the user reads.
SHOWN = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setWindowTitle", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setButtonText", "setCancelButtonText", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "showMessage", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addItem", "addItems", "insertItem", "setItemText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setFormat", "addRow", "addAction",
    "addMenu", "addSection", "setAccessibleName", "setAccessibleDescription", "information",
    "critical", "question", "about", "getText", "getItem", "getInt", "getDouble",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "save_file_name", "open_file_name", "existing_directory",
    "setHtml", "setMarkdown", "setPlainText", "addButton", "QLabel", "QPushButton",
    "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QMessageBox", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "QProgressDialog",
}  # fmt: skip
#: Calls whose string arguments are never shown as words.
NOT_SHOWN = {
    "setObjectName", "setStyleSheet", "setProperty", "property", "QFont", "setFamily",
    "setFamilies", "QSettings", "QKeySequence", "fromString", "compile", "match", "search",
    "sub", "fullmatch", "split", "startswith", "endswith", "getattr", "hasattr", "setattr",
    "cast", "print", "warn", "Signal", "Property", "QColor", "QUrl", "fromLocalFile",
    "connect", "emit", "get", "pop", "setdefault", "encode", "decode", "join", "strptime",
    "strftime", "format_exc", "isoformat", "fromisoformat", "TypeVar", "NewType",
    "setTextFormat", "value", "setValue", "contains", "remove", "fromTheme",
}  # fmt: skip
LOGGERS = {"log", "logger", "logging", "LOG"}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[0-9n]|<[^<>]*>|&[a-z]+;")
_WORD = r"[^\W\d_]{2,}"
_PROSE = re.compile(rf"{_WORD}[ ,.:;!?'’…-]+\S*[^\W\d_]|^\s*&?[A-Z][a-z]+\b")
_KEYS = re.compile(r"^(Ctrl|Shift|Alt|Meta|Esc|Tab|Space|Del|Home|End|F\d+)([+-]|$)")


_IDENTIFIER = re.compile(r"^[a-z_][\w.-]*$")
#: A file's name or path (`assets/NotoNaskhArabic-Regular.ttf`): no words to translate.
_FILE = re.compile(r"^[\w./-]+\.[a-z0-9]{1,5}$")
_CSS = re.compile(r"[\w-]+\s*:\s*[^;:]+;")


def reads_as_words(text: str) -> bool:
    bare = _PLACEHOLDER.sub(" ", text).strip()
    if _KEYS.match(bare) or _IDENTIFIER.match(bare) or _FILE.match(bare) or _CSS.search(text):
        return False
    return bool(_PROSE.search(bare))


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_logger(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in LOGGERS
    )


def unmarked(source: str, path: str = "<string>", core: bool = False) -> list[Unmarked]:
    """The strings of `source` that a user reads but no translation marks. In a Qt-free
    module (`core`) the words read are those handed to `CORE_SHOWN`'s calls or returned
    as a function's whole value (a reader gives its reasons back that way), and f-strings
    of words anywhere; other words there are keys and names of the formats."""
    shown = SHOWN | CORE_SHOWN if core else SHOWN
    tree = ast.parse(source)
    lines = source.splitlines()
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found: list[Unmarked] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if isinstance(parents.get(node), ast.JoinedStr) or id(node) in docstrings:
                continue
            text = node.value
        else:
            continue
        context = _context(node, parents, shown, core)
        if context == "ignored":
            continue
        line = node.lineno
        if any("# notr" in lines[n - 1] for n in range(line, (node.end_lineno or line) + 1)):
            continue
        read = context == "shown"
        if isinstance(node, ast.JoinedStr):
            words = reads_as_words(text) or read and not core and _has_letters(text)
            if context != "marked" and words:
                found.append(Unmarked(path, line, text, "an f-string of words"))
        elif core and (not read or " " not in text.strip()):
            continue  # in a Qt-free module one word is a key, or a place in a file
        elif context != "marked" and (reads_as_words(text) or read and _has_letters(text)):
            found.append(Unmarked(path, line, text, "not marked for translation"))
    return sorted(found, key=lambda u: u.line)


def _has_letters(text: str) -> bool:
    return bool(re.search(_WORD, _PLACEHOLDER.sub(" ", text)))


def _context(
    node: ast.AST,
    parents: dict[ast.AST, ast.AST],
    shown: frozenset[str] | set[str] = SHOWN,
    core: bool = False,
) -> str:
    """'marked', 'ignored', 'shown' or 'plain': what the nearest telling ancestor says."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Call) and child is not parent.func:
            name = _name(parent.func)
            if name in MARKERS:
                return "marked"
            if _is_logger(parent.func) or name in NOT_SHOWN:
                return "ignored"
            if name in shown:
                return "shown"
        if isinstance(parent, ast.Raise | ast.Assert | ast.Compare):
            return "ignored"
        if isinstance(parent, ast.keyword) and parent.arg in ("objectName", "styleSheet"):
            return "ignored"
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return "ignored"
        if core and isinstance(parent, ast.Return) and child is node:
            return "shown"  # a reason a core reader gives back, to be reported
        if isinstance(parent, ast.stmt):
            return "plain"
        child, parent = parent, parents.get(parent)
    return "plain"


#: Modules whose strings are still being marked, one path a line; a module leaves the list
#: when it is done (a strict xfail: a clean module still listed fails too).
PENDING = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "translatable_pending.txt").read_text().splitlines()
    if line.strip()
)


def _modules() -> list[object]:
    paths = sorted(p for p in UI.rglob("*.py") if "translations" not in p.parts)
    return [
        pytest.param(
            p,
            id=str(p.relative_to(UI)),
            marks=[pytest.mark.xfail(strict=True, reason="being marked")]
            if str(p.relative_to(ROOT)) in PENDING
            else [],
        )
        for p in paths
    ]


@pytest.mark.parametrize("path", _modules())
def test_every_user_visible_string_is_marked(path: Path) -> None:
    rel = str(path.relative_to(ROOT))
    found = unmarked(path.read_text(encoding="utf-8"), rel)
    assert not found, "\n".join(map(str, found))


#: Calls of the Qt-free packages whose string arguments an annotator or a lead reads: an
#: import's problems and refusals, a check's warnings, a pre-annotation's problems, and a
#: `Said` (its template must be marked).
CORE_SHOWN = frozenset(
    {
        "problem", "ImportProblem", "Trouble", "Refusal", "_Refused", "CheckWarning", "Said",
        "leave", "broken", "TooLarge", "LabelStudioConfigError", "_drop",
    }
)  # fmt: skip
#: Qt-free modules whose words reach the interface that way: the format readers, the
#: import's planning and running, pre-annotation, the shipped checks. Each is said in the
#: interface's language (`labeler.ui.messages.said`), so each must be marked.
CORE = sorted(
    {
        *(ROOT / "labeler" / "core" / "formats").glob("*_read.py"),
        *(
            ROOT / "labeler" / "core" / "formats" / f"{name}.py"
            for name in (
                "reading", "members", "streams", "audacity", "subtitles", "srt", "webvtt",
                "voc", "labelme",
            )
        ),
        ROOT / "labeler" / "core" / "formats" / "labelstudio_results.py",
        ROOT / "labeler" / "core" / "lsxml.py",
        ROOT / "labeler" / "core" / "lsconfig.py",
        ROOT / "labeler" / "core" / "lstags.py",
        ROOT / "labeler" / "core" / "lscompare.py",
        ROOT / "labeler" / "client" / "importing" / "run.py",
        ROOT / "labeler" / "client" / "importing" / "formatted.py",
        ROOT / "labeler" / "client" / "prefilling.py",
        ROOT / "plugins" / "basic-checks" / "labeler_basic_checks" / "__init__.py",
    }
)  # fmt: skip


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_core_words_an_interface_shows_are_marked(path: Path) -> None:
    rel = str(path.relative_to(ROOT))
    found = unmarked(path.read_text(encoding="utf-8"), rel, core=True)
    assert not found, "\n".join(map(str, found))


def test_the_core_check_finds_what_it_should() -> None:
    source = """
def read(b, n, name):
    b.problem(name, "", "has no label")
    b.problem(name, "", f"has {n} labels")
    b.problem(name, "", QT_TRANSLATE_NOOP("messages", "has no label"))
    b.problem(name, "", Said("has {n} labels", n=n))
    b.problem(name, "", Said(QT_TRANSLATE_NOOP("messages", "has {n} labels"), n=n))
    key = f"tasks[{n}]"
    log.warning("could not read the file")
    return "no boxes field has this label"
"""
    found = [(u.line, u.why) for u in unmarked(source, core=True)]
    assert found == [
        (3, "not marked for translation"),
        (4, "an f-string of words"),
        (6, "not marked for translation"),
        (10, "not marked for translation"),
    ]


def test_the_check_finds_what_it_should() -> None:
    source = """
class W:
    def a(self, n):
        QLabel("Next item")
        self.button.setText("Save")
        self.status.showMessage(f"{n} items left")
        title = "Show all"
        QLabel(self.tr("Next item"))
        QLabel(translate("ctx", "Show {n}").format(n=n))
        log.warning("Could not read the file")
        self.setObjectName("Main Window")
        raise ValueError("bad value given")
        if kind == "Some Kind":
            pass
        font.setFamily("DejaVu Sans")
        pattern = "*.png *.jpg"  # notr: a file filter's pattern
        key = "history.filter_all"
        QKeySequence("Ctrl+S")
        path = "assets/NotoNaskhArabic-Regular.ttf"
"""
    found = [(u.line, u.why) for u in unmarked(source)]
    assert found == [
        (4, "not marked for translation"),
        (5, "not marked for translation"),
        (6, "an f-string of words"),
        (7, "not marked for translation"),
    ]
