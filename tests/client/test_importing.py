"""Item import: planning a folder, a CSV or a JSONL file (no server), then running plans
against the real server (`labeler serve` on loopback) with real files: JPEG, PNG, WAV,
a corrupt JPEG, a text file named .png, duplicates, chunks, cancel, a lost server."""

from __future__ import annotations

import io
import json
import math
import re
import struct
import uuid
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from labeler.client.api import TaskServer
from labeler.client.errors import Unprocessable
from labeler.client.importing import (
    ImportProblem,
    ImportProgress,
    plan_import,
    run_import,
    upload_media,
)
from labeler.core.jsonvalues import MAX_STORED_BYTES, MAX_STORED_DEPTH
from labeler.core.schema import parse_schema
from tests.client.conftest import Caller, LiveServer, User

TEXT_SCHEMA: dict[str, Any] = {
    "title": "Sentiment",
    "media": "text",
    "fields": [
        {
            "name": "sentiment",
            "kind": "choice",
            "labels": [{"value": "pos", "hotkey": "p"}, {"value": "neg", "hotkey": "n"}],
        }
    ],
}
IMAGE_SCHEMA: dict[str, Any] = {
    "title": "Shapes",
    "media": "image",
    "fields": [{"name": "shape", "kind": "choice", "labels": [{"value": "square"}]}],
}
AUDIO_SCHEMA: dict[str, Any] = {
    "title": "Calls",
    "media": "audio",
    "fields": [{"name": "transcript", "kind": "transcript"}],
}


def jpeg(color: tuple[int, int, int], size: tuple[int, int] = (64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="JPEG", quality=90)
    return buf.getvalue()


def png(color: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buf, format="PNG")
    return buf.getvalue()


def wav(seconds: float = 0.5, rate: int = 8000, pitch: float = 440.0) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = (
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * pitch * i / rate)))
            for i in range(int(seconds * rate))
        )
        w.writeframes(b"".join(frames))
    return buf.getvalue()


@pytest.fixture
def image_folder(tmp_path: Path) -> Path:
    root = tmp_path / "photos"
    (root / "more").mkdir(parents=True)
    (root / ".hidden").mkdir()
    red = jpeg((200, 30, 30))
    (root / "a-red.jpg").write_bytes(red)
    (root / "b-blue.png").write_bytes(png((30, 30, 200)))
    (root / "more" / "c-red-again.jpeg").write_bytes(red)  # the same content
    (root / "more" / "d-green.JPG").write_bytes(jpeg((30, 200, 30)))
    (root / "e-corrupt.jpg").write_bytes(jpeg((9, 9, 9))[:300])  # cut short
    (root / "f-notes.png").write_bytes(b"These are my notes, not a picture.\n")
    (root / "g-call.wav").write_bytes(wav())
    (root / "h-empty.png").write_bytes(b"")
    (root / "readme.txt").write_text("left out")
    (root / ".hidden" / "x.jpg").write_bytes(red)
    (root / ".DS_Store").write_bytes(b"\0\1")
    return root


# -- planning (no server) ---------------------------------------------------------------


def test_a_folder_plan_lists_media_by_extension(image_folder: Path) -> None:
    plan = plan_import(image_folder, "shapes", "image")
    assert plan.form == "folder"
    assert [f.name for f in plan.files] == [
        "a-red.jpg",
        "b-blue.png",
        "e-corrupt.jpg",
        "f-notes.png",
        "more/c-red-again.jpeg",
        "more/d-green.JPG",
    ]
    refused = {r.source: r.reason for r in plan.refused}
    assert refused == {
        "g-call.wav": "an audio file; this is an image project",
        "h-empty.png": "the file is empty",
    }
    assert plan.ignored == ("readme.txt",)
    counts = plan.counts()
    assert (counts["image"], counts["refused"], counts["ignored"]) == (6, 2, 1)
    assert plan.bytes_total == sum(f.size for f in plan.files)
    assert plan.describe().startswith("6 images (")
    # Small files in the fewest digits that say something, never "0.0 MB".
    assert re.match(r"6 images \(\d+(\.\d)? (B|KB)\)", plan.describe()), plan.describe()
    assert "2 refused; 1 file of other kinds left out" in plan.describe()


def test_plans_that_cannot_be_made_say_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("x")
    with pytest.raises(ImportProblem, match="holds no image files"):
        plan_import(empty, "p", "image")
    with pytest.raises(ImportProblem, match="does not exist"):
        plan_import(tmp_path / "nowhere", "p", "image")
    with pytest.raises(ImportProblem, match="not a folder"):
        plan_import(empty, "p", "text")
    table = tmp_path / "texts.csv"
    table.write_text("text\nhello\n")
    with pytest.raises(ImportProblem, match="takes a folder of image files"):
        plan_import(table, "p", "image")
    other = tmp_path / "texts.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(ImportProblem, match="neither a folder nor a CSV or JSONL"):
        plan_import(other, "p", "text")


def test_an_empty_csv_is_refused_with_what_it_needs(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportProblem, match="empty: a CSV file needs a header row"):
        plan_import(path, "p", "text")
    path.write_text("text,source\n\n\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="holds no items"):
        plan_import(path, "p", "text")


def test_a_csv_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("text,city\nhello,Paris\ncafé au lait,Lyon\n".encode("latin-1"))
    with pytest.raises(ImportProblem) as caught:
        plan_import(path, "p", "text")
    assert "not UTF-8" in caught.value.message
    assert "line 3, column 4 has the byte 0xE9" in caught.value.message


def test_a_csv_needs_a_text_column_and_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("body,source\nhello,web\n")
    with pytest.raises(ImportProblem, match="no column named “text”.*it has: body, source"):
        plan_import(path, "p", "text")
    path.write_text("text,,source\nhello,x,web\n")
    with pytest.raises(ImportProblem, match="column 2 of the header has no name"):
        plan_import(path, "p", "text")
    path.write_text("text,Text\na,b\n")
    with pytest.raises(ImportProblem, match="names the column “text” twice"):
        plan_import(path, "p", "text")


def test_csv_rows_become_texts_with_data_and_bad_rows_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "\ufeffsource,Text,lang\n"
        'web,"Hello, world",en\n'
        'sms,"two\nlines",en\n'
        "app,,en\n"
        "web,too,many,values\n"
        "\n"
        "web,لاہور میں بارش,ur\n",
        encoding="utf-8",
    )
    plan = plan_import(path, "p", "text")
    assert plan.form == "csv"
    assert [(r.line, r.item) for r in plan.rows] == [
        (2, {"text": "Hello, world", "data": {"source": "web", "lang": "en"}}),
        (3, {"text": "two\nlines", "data": {"source": "sms", "lang": "en"}}),
        (8, {"text": "لاہور میں بارش", "data": {"source": "web", "lang": "ur"}}),
    ]
    assert [(r.source, r.reason) for r in plan.refused] == [
        ("line 5", "the text is empty"),
        ("line 6", "has 4 values; the header has 3 columns"),
    ]
    semicolons = tmp_path / "s.csv"
    semicolons.write_text("text;n\nbonjour;1\n")
    assert plan_import(semicolons, "p", "text").rows[0].item == {
        "text": "bonjour",
        "data": {"n": "1"},
    }


def test_jsonl_lines_become_items_and_broken_lines_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    lines = [
        json.dumps({"text": "good"}),
        '{"text": "broken',
        json.dumps({"text": "gold", "gold": {"answer": {"sentiment": "pos"}, "hint": "Smile."}}),
        json.dumps({"text": "bad gold", "gold": {"answer": {"sentiment": "meh"}}}),
        json.dumps({"text": "pre", "prefill": {"sentiment": "neg"}, "data": {"id": 7}}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "x", "media": "abc"}),
        "",
        json.dumps({"text": "", "data": {}}),
        '{"text": NaN}',
    ]
    raw = ("\n".join(lines) + "\n").encode("utf-8") + b'{"text": "caf\xe9"}\n'
    path.write_bytes(raw)
    schema = parse_schema(TEXT_SCHEMA)
    plan = plan_import(path, "p", "text", schema)
    assert [r.line for r in plan.rows] == [1, 3, 5]
    assert plan.rows[1].item["gold"] == {"answer": {"sentiment": "pos"}, "hint": "Smile."}
    assert plan.rows[2].item == {"text": "pre", "prefill": {"sentiment": "neg"}, "data": {"id": 7}}
    refused = {r.source: r.reason for r in plan.refused}
    assert refused["line 2"].startswith("is not JSON (Unterminated string")
    assert refused["line 4"].startswith("the gold answer does not fit the schema: sentiment:")
    assert refused["line 6"] == 'must be an object such as {"text": "…"}'
    assert refused["line 7"].startswith("unknown key “media”")
    assert refused["line 9"] == "the text is empty"
    assert refused["line 10"].startswith("is not JSON")
    assert refused["line 11"] == "is not UTF-8 (byte 0xE9)"
    counts = plan.counts()
    assert (counts["text"], counts["gold"], counts["prefill"]) == (3, 1, 1)
    assert plan.describe() == "3 texts (1 with gold, 1 with prefill); 7 refused"
    # Without the schema the gold answer is left to the task server.
    assert [r.line for r in plan_import(path, "p", "text").rows] == [1, 3, 4, 5]


def test_lines_the_task_server_would_not_store_are_refused_in_the_plan(tmp_path: Path) -> None:
    """Data, prefill and gold nested or sized past the task server's limits refuse their
    line alone, before anything is sent (the server would refuse the whole chunk)."""
    deep: dict[str, Any] = {}
    for _ in range(MAX_STORED_DEPTH):
        deep = {"a": deep}
    huge = "x" * MAX_STORED_BYTES
    lines = [
        {"text": "deep data", "data": deep},
        {"text": "deepest data", "data": deep["a"]},
        {"text": "huge data", "data": {"note": huge}},
        {"text": "deep prefill", "prefill": {"sentiment": deep}},
        {"text": "huge gold", "gold": {"answer": {"sentiment": huge}}},
    ]
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    plan = plan_import(path, "p", "text", parse_schema(TEXT_SCHEMA))
    assert [r.line for r in plan.rows] == [2]
    refused = {r.source: r.reason for r in plan.refused}
    assert refused == {
        "line 1": f"“data” nests objects and lists more than {MAX_STORED_DEPTH} deep",
        "line 3": f"“data” takes {MAX_STORED_BYTES + 11} bytes as JSON; at most "
        f"{MAX_STORED_BYTES} are stored",
        "line 4": f"the prefill nests objects and lists more than {MAX_STORED_DEPTH} deep",
        "line 5": f"the gold answer takes {MAX_STORED_BYTES + 16} bytes as JSON; at most "
        f"{MAX_STORED_BYTES} are stored",
    }
    table = tmp_path / "t.csv"
    table.write_text(f"text,note\nfine,short\nlong,{huge}\n", encoding="utf-8")
    plan = plan_import(table, "p", "text")
    assert [r.line for r in plan.rows] == [2]
    assert plan.refused[0].reason.startswith("the data of the other columns takes")


def test_every_row_and_file_is_named_by_where_it_came_from(
    tmp_path: Path, image_folder: Path
) -> None:
    """The item's source name: a file's path in the folder; a CSV row's file and line; a
    JSONL line's own `source`, else its file and line."""
    table = tmp_path / "reviews.csv"
    table.write_text('text,lang\nfirst,en\n"two\nlines",en\nthird,en\n')
    rows = plan_import(table, "p", "text").rows
    assert [r.source_name for r in rows] == ["reviews.csv:2", "reviews.csv:3", "reviews.csv:5"]
    assert rows[0].body() == {"text": "first", "data": {"lang": "en"}, "source": "reviews.csv:2"}
    lines = tmp_path / "جائزے.jsonl"
    lines.write_text(
        json.dumps({"text": "own", "source": "crm/ticket-881"})
        + "\n"
        + json.dumps({"text": "plain"})
        + "\n"
        + json.dumps({"text": "bad", "source": 7})
        + "\n"
        + json.dumps({"text": "empty", "source": " "})
        + "\n",
        encoding="utf-8",
    )
    plan = plan_import(lines, "p", "text")
    assert [r.source_name for r in plan.rows] == ["crm/ticket-881", "جائزے.jsonl:2"]
    assert "source" not in plan.rows[0].item  # the body proper; body() adds it
    assert [r.source for r in plan.refused] == ["line 3", "line 4"]
    assert plan.refused[0].reason.startswith("“source” must be a name")
    folder = plan_import(image_folder, "p", "image")
    assert "more/d-green.JPG" in [f.name for f in folder.files]


def test_a_source_name_fits_the_task_server() -> None:
    from labeler.client.importing.plan import MAX_SOURCE_NAME, source_name

    assert source_name("night/0007.jpg") == "night/0007.jpg"
    assert source_name("caf\udce9.jpg") == "caf\ufffd.jpg"  # a byte that was not UTF-8
    assert source_name("a\x00b") == "ab"
    long = source_name("deep/" * 400 + "gold_07.jpg")
    assert len(long) == MAX_SOURCE_NAME and long.startswith("…") and long.endswith("gold_07.jpg")


# -- against the task server --------------------------------------------------------------


@pytest.fixture
def lead_user(server: LiveServer) -> User:
    return User(server, ["lead"])


@pytest.fixture
def api(server: LiveServer, lead_user: User) -> Iterator[TaskServer]:
    client = TaskServer(server.url, lead_user.token, retries=1, backoff=0.05)
    yield client
    client.close()


def make_project(caller: Caller, schema: dict[str, Any]) -> str:
    body = {"name": f"{schema['title']} {uuid.uuid4().hex[:6]}", "schema": schema}
    r = caller.post("/projects", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def project_items(caller: Caller, project_id: str) -> list[dict[str, Any]]:
    r = caller.get(f"/projects/{project_id}/items", params={"limit": 500})
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


@pytest.mark.slow
def test_upload_media_streams_a_file(api: TaskServer, tmp_path: Path) -> None:
    path = tmp_path / "red.jpg"
    path.write_bytes(jpeg((200, 0, 0), (320, 200)))
    seen: list[tuple[int, int]] = []
    stored = upload_media(api, path, sent=lambda n, total: seen.append((n, total)))
    assert stored.mime == "image/jpeg" and (stored.width, stored.height) == (320, 200)
    assert stored.bytes == path.stat().st_size and seen[-1] == (stored.bytes, stored.bytes)
    fake = tmp_path / "fake.png"
    fake.write_text("hello")
    with pytest.raises(Unprocessable) as caught:
        upload_media(api, fake)
    assert caught.value.code == "invalid_media"


@pytest.mark.slow
def test_a_folder_import_dedupes_and_lists_refused_files(
    api: TaskServer, lead_user: User, image_folder: Path
) -> None:
    project = make_project(lead_user.caller, IMAGE_SCHEMA)
    plan = plan_import(image_folder, project, "image")
    reports: list[ImportProgress] = []
    summary = run_import(api, plan, progress=reports.append)
    assert summary.created == 3 and len(summary.item_ids) == 3
    assert summary.uploaded == 3  # red once, blue, green; the corrupt and the fake refused
    assert [(d.source, d.same_as) for d in summary.duplicates] == [
        ("more/c-red-again.jpeg", "a-red.jpg")
    ]
    refused = {r.source: r.reason for r in summary.refused}
    assert set(refused) == {"g-call.wav", "h-empty.png", "e-corrupt.jpg", "f-notes.png"}
    assert "not an image" in refused["f-notes.png"] or "cannot be decoded" in refused["f-notes.png"]
    assert not summary.cancelled and summary.stopped is None and summary.not_done == 0
    assert reports[-1].done == reports[-1].total == 6
    assert reports[-1].bytes_done == plan.bytes_total and reports[-1].created == 3
    assert [r.done for r in reports] == sorted(r.done for r in reports)
    assert any(r.stage == "uploading" and r.current == "b-blue.png" for r in reports)
    assert summary.describe() == "3 items created; 1 duplicate left out; 4 refused."

    items = project_items(lead_user.caller, project)
    assert sorted(i["id"] for i in items) == sorted(summary.item_ids)
    assert sorted(i["source"] for i in items) == ["a-red.jpg", "b-blue.png", "more/d-green.JPG"]
    # Again: everything the project holds is left out as a duplicate.
    again = run_import(api, plan)
    assert again.created == 0 and again.uploaded == 0
    assert {d.source for d in again.duplicates if d.same_as is None} == {
        "a-red.jpg",
        "b-blue.png",
        "more/c-red-again.jpeg",
        "more/d-green.JPG",
    }


@pytest.mark.slow
def test_an_audio_folder_imports_wav(api: TaskServer, lead_user: User, tmp_path: Path) -> None:
    root = tmp_path / "calls"
    root.mkdir()
    (root / "one.wav").write_bytes(wav(0.4, pitch=300))
    (root / "two.wav").write_bytes(wav(0.3, pitch=500))
    (root / "picture.png").write_bytes(png((1, 2, 3)))
    project = make_project(lead_user.caller, AUDIO_SCHEMA)
    summary = run_import(api, plan_import(root, project, "audio"))
    assert summary.created == 2
    assert [(r.source, r.reason) for r in summary.refused] == [
        ("picture.png", "an image file; this is an audio project")
    ]
    media = [i["media"] for i in project_items(lead_user.caller, project)]
    assert all(m["mime"] == "audio/wav" and m["duration"] > 0.2 for m in media)


@pytest.mark.slow
def test_texts_go_in_chunks_and_a_bad_item_is_dropped_from_its_chunk(
    api: TaskServer, lead_user: User, tmp_path: Path
) -> None:
    project = make_project(lead_user.caller, TEXT_SCHEMA)
    path = tmp_path / "texts.jsonl"
    lines = [{"text": f"text {n}", "data": {"n": n}} for n in range(7)]
    lines[4]["gold"] = {"answer": {"sentiment": "meh"}, "hint": None}  # the server refuses it
    lines[5]["gold"] = {"answer": {"sentiment": "pos"}, "hint": "Happy."}
    lines.append({"text": "text 1", "data": {"n": 1}})  # a duplicate of line 2
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{oops\n")
    plan = plan_import(path, project, "text")  # no schema: the server checks answers
    assert plan.total == 8 and [r.source for r in plan.refused] == ["line 9"]
    summary = run_import(api, plan, chunk_items=3)
    assert summary.created == 6
    assert [(d.source, d.same_as) for d in summary.duplicates] == [("line 8", "line 2")]
    refused = {r.source: r.reason for r in summary.refused}
    assert set(refused) == {"line 5", "line 9"}
    assert refused["line 5"].startswith("gold.answer.sentiment:")
    items = project_items(lead_user.caller, project)
    assert [i["text"] for i in items] == [f"text {n}" for n in (0, 1, 2, 3, 5, 6)]
    assert [i["gold"] is not None for i in items] == [False] * 4 + [True, False]
    assert [i["source"] for i in items] == [f"texts.jsonl:{n}" for n in (1, 2, 3, 4, 6, 7)]


@pytest.mark.slow
def test_a_server_without_source_names_gets_the_items_without_them(
    api: TaskServer, lead_user: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task server from before source names refuses the key (422 "unknown key"): the
    import sends the items again without it, and the rest of the import too."""
    project = make_project(lead_user.caller, TEXT_SCHEMA)
    path = tmp_path / "old.jsonl"
    lines = [{"text": f"old {n}"} for n in range(5)]
    lines[3]["gold"] = {"answer": {"sentiment": "meh"}}  # still refused, by its own reason
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    real_call = api.transport.call
    sent: list[list[dict[str, Any]]] = []

    def older_server(method: str, url: str, **kw: Any) -> Any:
        body = kw.get("body")
        if method == "POST" and url.endswith("/items") and isinstance(body, dict):
            sent.append(body["items"])
            named = [i for i, item in enumerate(body["items"]) if "source" in item]
            if named:
                errors = [{"path": f"items[{i}].source", "message": "unknown key"} for i in named]
                raise Unprocessable(422, "invalid_item", "Not valid.", {"errors": errors})
        return real_call(method, url, **kw)

    monkeypatch.setattr(api.transport, "call", older_server)
    summary = run_import(api, plan_import(path, project, "text"), chunk_items=2)
    assert summary.created == 4 and [r.source for r in summary.refused] == ["line 4"]
    assert "source" in sent[0][0] and all("source" not in i for chunk in sent[1:] for i in chunk)
    assert [i["source"] for i in project_items(lead_user.caller, project)] == [None] * 4


@pytest.mark.slow
def test_a_csv_import_keeps_the_other_columns_as_data(
    api: TaskServer, lead_user: User, tmp_path: Path
) -> None:
    project = make_project(lead_user.caller, TEXT_SCHEMA)
    path = tmp_path / "reviews.csv"
    path.write_text("id,text,stars\n1,Great phone,5\n2,بیٹری جلدی ختم ہو جاتی ہے,2\n")
    summary = run_import(api, plan_import(path, project, "text"))
    assert summary.created == 2
    items = project_items(lead_user.caller, project)
    assert [(i["text"], i["data"]) for i in items] == [
        ("Great phone", {"id": "1", "stars": "5"}),
        ("بیٹری جلدی ختم ہو جاتی ہے", {"id": "2", "stars": "2"}),
    ]


@pytest.mark.slow
def test_cancel_stops_between_files_and_keeps_what_was_sent(
    api: TaskServer, lead_user: User, tmp_path: Path
) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for n in range(5):
        (root / f"{n}.png").write_bytes(png((n * 40, 10, 10)))
    project = make_project(lead_user.caller, IMAGE_SCHEMA)
    reports: list[ImportProgress] = []
    summary = run_import(
        api,
        plan_import(root, project, "image"),
        progress=reports.append,
        cancelled=lambda: any(r.current == "1.png" for r in reports),  # pressed during 1.png
    )
    assert summary.cancelled and summary.created == 2 and summary.not_done == 3
    assert summary.describe() == "2 items created; cancelled with 3 not sent."
    assert len(project_items(lead_user.caller, project)) == 2
    rest = run_import(api, plan_import(root, project, "image"))
    assert rest.created == 3 and len(rest.duplicates) == 2


@pytest.mark.slow
def test_a_lost_server_stops_the_import_with_a_reason(lead_user: User, image_folder: Path) -> None:
    from labeler.server.commands import free_port

    gone = TaskServer(f"http://127.0.0.1:{free_port()}", lead_user.token, retries=0)
    summary = run_import(gone, plan_import(image_folder, "shapes", "image"))
    gone.close()
    assert summary.created == 0 and summary.stopped is not None
    assert "cannot be reached" in summary.stopped
    assert summary.not_done == 6
