"""Reading prompts with candidates, one JSON object per line (`prompts-jsonl`): what
preference, evaluation and search-relevance data sets hold, under the names they use.

Each line becomes a text item: its prompt as the item's text, its responses as
`data.candidates` (A, B, … in order) and its chat as `data.conversation`
(`labeler.core.itemdata`). A line of `chosen` and `rejected` gives two candidates and the
answer that the chosen one wins (a pairwise field's winner, else a ranking field's order):
which of them is A is decided by a hash of the line, so the chosen one is not always on
one side and an annotator cannot learn a position. The names taken, in `docs/formats.md`:

- prompt: `prompt`, `query`, `question`, `instruction` or `text` (one of them); a
  `prompt` that is a list of messages (TRL's conversational form) is the conversation;
- candidates: `responses`, `candidates`, `completions`, `outputs` or `results`, a list
  of strings or objects (`text`, `content`, `response`, `completion`, `output`, `body` or
  `snippet`, with `title` and `url`), or of message lists (their assistant turns);
  `chosen` and `rejected`; `response_a` and `response_b`, with `winner` (`model_a`,
  `model_b`, `tie`, Chatbot Arena's names) when given;
- conversation: `messages`, `conversation`, `conversations` or `chat`, a list of
  `{role, content}` (also `text`, and ShareGPT's `{from, value}`, `human` and `gpt`
  read as `user` and `assistant`);
- `id`: the item's key (else its line number); `data`, an object, is the item's data (its
  `candidates` and `conversation` as the protocol has them); any other key is kept in
  `data` as is.

Every problem names its line; a line that cannot become an item is left out whole.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.formats.base import ImportProblem, ImportResult, at_line
from labeler.core.formats.streams import (
    MAX_MEMBER_BYTES,
    READ_ERRORS,
    Source,
    TooLarge,
    read_member,
)
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, joined, problem_said
from labeler.core.itemdata import (
    CANDIDATE_KEYS,
    MAX_CANDIDATES,
    MIN_CANDIDATES,
    candidate_keys,
    item_data_problems,
)
from labeler.core.itemfit import item_fit_problems, needs_candidates
from labeler.core.jsonvalues import is_clean_str, short, stored_json_problem, type_name
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Schema

NAME = "prompts-jsonl"
PROMPT_KEYS = ("prompt", "query", "question", "instruction", "text")
CANDIDATE_LISTS = ("responses", "candidates", "completions", "outputs", "results")
CONVERSATION_KEYS = ("messages", "conversation", "conversations", "chat")
CANDIDATE_TEXT_KEYS = ("text", "content", "response", "completion", "output", "body", "snippet")
TURN_TEXT_KEYS = ("content", "text", "value")
PAIR_KEYS = ("chosen", "rejected")
ARENA_KEYS = ("response_a", "response_b")
#: ShareGPT's roles, read as the usual ones.
_SHAREGPT_ROLES = {"human": "user", "gpt": "assistant"}
#: Chatbot Arena's and others' names of the winner of `response_a` / `response_b`.
_WINNERS = {
    "model_a": "A",
    "a": "A",
    "response_a": "A",
    "model_b": "B",
    "b": "B",
    "response_b": "B",
    "tie": "tie",
    "tie (bothbad)": "tie",
}
_KNOWN = frozenset(
    {
        *PROMPT_KEYS,
        *CANDIDATE_LISTS,
        *CONVERSATION_KEYS,
        *PAIR_KEYS,
        *ARENA_KEYS,
        "winner",
        "id",
        "data",
    }
)
#: The protocol's limit on an item's text (characters).
MAX_TEXT_CHARS = 1 << 20
#: A file with this many problems is read no further.
MAX_PROBLEMS = 1000
_SUFFIXES = (".jsonl", ".ndjson", ".json")


class LineProblem(ValueError):
    """Why one line cannot become an item: a marked template and its values, said in the
    workbench's language too."""

    def __init__(self, template: str, **params: Any) -> None:
        given = isinstance(template, Said) and not params
        self.said = template if given else Said(template, **params)
        super().__init__(self.said)


def _quoted(*keys: str) -> str:
    return ", ".join(f"“{k}”" for k in keys)


_NO_MEMBER = QT_TRANSLATE_NOOP("messages", "no .jsonl file to read: one JSON object per line")
_TOO_LARGE = QT_TRANSLATE_NOOP("messages", "cannot be read: it {why}")
_UNREADABLE = QT_TRANSLATE_NOOP("messages", "cannot be read from the archive: {error}")
_STOPPED = QT_TRANSLATE_NOOP("messages", "{count} lines with problems: read no further")
_LOST = QT_TRANSLATE_NOOP(
    "messages",
    "{count} lines say which response was chosen, and the schema has no pairwise or ranking "
    "field to hold it: the items come without it",
)
_NOT_UTF8 = QT_TRANSLATE_NOOP("messages", "is not UTF-8 (byte {byte})")
_NOT_JSON = QT_TRANSLATE_NOOP("messages", "is not JSON ({reason})")
#: The decoder's reason stays in its English words.
_NOT_JSON_AT = QT_TRANSLATE_NOOP("messages", "is not JSON ({reason} at column {column})")
_NOT_OBJECT = QT_TRANSLATE_NOOP("messages", "must be an object such as {example}, not {type}")
_BAD_ID = QT_TRANSLATE_NOOP(
    "messages",
    "“id” must be a string or a whole number, such as the item's id where it came from",
)
_ID_TAKEN = QT_TRANSLATE_NOOP("messages", "id {id} is taken by an earlier line")
_NO_TIE = QT_TRANSLATE_NOOP("messages", "the line says tie; field {field} takes no tie")
_TWO_PROMPTS = QT_TRANSLATE_NOOP("messages", "both {first} and {second} give the prompt; keep one")
_TWO_CHATS = QT_TRANSLATE_NOOP(
    "messages", "both {first} and {second} give the conversation; keep one"
)
_TWO_CANDIDATES = QT_TRANSLATE_NOOP(
    "messages", "both {first} and {second} give the candidates; keep one"
)
_PROMPT_AND_CHAT = QT_TRANSLATE_NOOP(
    "messages", "both “prompt” (as messages) and a conversation are given; keep one"
)
_NOT_A_STRING = QT_TRANSLATE_NOOP("messages", "{key} must be a string, not {type}")
_TOO_LONG = QT_TRANSLATE_NOOP("messages", "the prompt is longer than {limit} characters")
_UNCLEAN = QT_TRANSLATE_NOOP(
    "messages", "the prompt holds a NUL character or an unpaired surrogate"
)
_DATA_NOT_OBJECT = QT_TRANSLATE_NOOP("messages", "“data” must be an object, not {type}")
_DATA_TWICE = QT_TRANSLATE_NOOP(
    "messages", "{key} is given both in “data” and on the line itself; keep one"
)
_NOTHING = QT_TRANSLATE_NOOP(
    "messages", "has no prompt, candidates or conversation (looked for {names})"
)
_NO_CANDIDATES = QT_TRANSLATE_NOOP(
    "messages",
    "has no candidates, and field {field} ({kind}) compares them (looked for {names}, or"
    " “chosen” and “rejected”)",
)
_TOO_BIG = QT_TRANSLATE_NOOP("messages", "the item's data {why}")
_WINNER_ALONE = QT_TRANSLATE_NOOP("messages", "“winner” goes with “response_a” and “response_b”")
_NOT_A_LIST = QT_TRANSLATE_NOOP("messages", "{key} must be a list, not {type}")
_COUNT = QT_TRANSLATE_NOOP(
    "messages", "{key} holds {count} candidates; an item compares {min} to {max}"
)
_WITHOUT = QT_TRANSLATE_NOOP("messages", "{given} comes without {missing}")
_ARENA_ALONE = QT_TRANSLATE_NOOP("messages", "“response_a” and “response_b” come together")
_BAD_WINNER = QT_TRANSLATE_NOOP(
    "messages", "“winner” is {value}; it is model_a, model_b or tie (also A, B)"
)
_NO_TEXT = QT_TRANSLATE_NOOP("messages", "{at} has no text (looked for {names})")
_BAD_CANDIDATE = QT_TRANSLATE_NOOP(
    "messages", "{at} must be a string, an object or a list of messages, not {type}"
)
_NOT_MESSAGES = QT_TRANSLATE_NOOP("messages", "{key} must be a list of messages, not {type}")
_NOT_A_MESSAGE = QT_TRANSLATE_NOOP(
    "messages", "{at} must be a message such as {example}, not {type}"
)
_NO_ROLE = QT_TRANSLATE_NOOP("messages", "{at} has no “role”")
_BAD_ROLE = QT_TRANSLATE_NOOP("messages", "{at}: the role must be a name such as user or assistant")
_NOT_TEXT_PART = QT_TRANSLATE_NOOP(
    "messages", "{at} holds a part of type {type}: only text is taken"
)


def read_prompts(source: Source, schema: Schema, images: Mapping[str, Any] | None) -> ImportResult:
    """Items (texts and data) and answers from JSONL files of prompts with candidates;
    problems, never exceptions."""
    out = ImportResult()
    members = [n for n in source.names() if n.lower().endswith(_SUFFIXES)]
    if not members:
        out.problems.append(ImportProblem("", "", Said(_NO_MEMBER)))
    reader = _Reader(schema, out)
    for name in members:
        reader.file(source, name)
    return out


class _Reader:
    def __init__(self, schema: Schema, out: ImportResult) -> None:
        self.schema = schema
        self.out = out
        self.pairwise = next((f for f in schema.fields if f.kind == "pairwise"), None)
        self.ranking = next((f for f in schema.fields if f.kind == "ranking"), None)
        self.lost_choices: list[str] = []
        self.keys: set[str] = set()

    def file(self, source: Source, name: str) -> None:
        try:
            raw = read_member(source, name, MAX_MEMBER_BYTES)
        except TooLarge as exc:
            self.out.problems.append(ImportProblem(name, "", Said(_TOO_LARGE, why=str(exc))))
            return
        except READ_ERRORS as exc:
            self.out.problems.append(ImportProblem(name, "", Said(_UNREADABLE, error=str(exc))))
            return
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        several = len([n for n in source.names() if n.lower().endswith(_SUFFIXES)]) > 1
        problems = 0
        for number, chunk in enumerate(raw.split(b"\n"), start=1):
            if not chunk.strip():
                continue
            at = at_line(number)
            try:
                self.line(name, number, chunk, several)
            except LineProblem as exc:
                self.out.problems.append(ImportProblem(name, at, exc.said))
                problems += 1
                if problems >= MAX_PROBLEMS:
                    self.out.problems.append(
                        ImportProblem(name, at, Said(_STOPPED, count=MAX_PROBLEMS))
                    )
                    break
        if self.lost_choices:
            some = joined(self.lost_choices[:5]) + (", …" if len(self.lost_choices) > 5 else "")
            count = len(self.lost_choices)
            self.out.problems.append(ImportProblem(name, some, Said(_LOST, count=count)))
            self.lost_choices = []

    def line(self, file: str, number: int, chunk: bytes, several: bool) -> None:
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LineProblem(_NOT_UTF8, byte=f"0x{chunk[exc.start]:02X}") from None
        try:
            value = json.loads(text, parse_constant=_not_json)
        except (ValueError, RecursionError) as exc:
            if isinstance(exc, json.JSONDecodeError):
                raise LineProblem(_NOT_JSON_AT, reason=exc.msg, column=exc.colno) from None
            raise LineProblem(_NOT_JSON, reason=str(exc)) from None
        if not isinstance(value, dict):
            raise LineProblem(_NOT_OBJECT, example='{"prompt": "…"}', type=type_name(value))
        key = self._key(value, number, file if several else "")
        item = _Line(value)
        data, winner = item.read()
        self._fits(data)
        self.keys.add(key)
        self.out.texts[key] = item.prompt
        if data:
            self.out.data[key] = data
        if winner is None:
            return
        at = at_line(number)
        answer = self._answer(winner, data, key, at)
        if answer is None:
            return
        try:
            validate_answer(
                _relaxed(self.schema),
                answer,
                ItemContext(text=item.prompt).with_data(data),
                proposal=True,
            )
        except AnswerInvalid as exc:
            self.out.problems.append(ImportProblem(file, at, problem_said(exc.problems[0]), key))
            self.out.lost.add(key)
            return
        self.out.answers[key] = answer

    def _fits(self, data: dict[str, Any]) -> None:
        """A line the schema's fields cannot be answered on (a prompt without candidates
        for a pairwise field) would reach annotators as an item they can only skip."""
        comparing = next((f for f in self.schema.fields if needs_candidates(f)), None)
        if comparing is not None and not candidate_keys(data):
            names = _quoted(*CANDIDATE_LISTS)
            raise LineProblem(
                _NO_CANDIDATES, field=repr(comparing.name), kind=comparing.kind, names=names
            )
        problems = item_fit_problems(self.schema, data)
        if problems:
            raise LineProblem(problem_said(problems[0]))

    def _key(self, value: dict[str, Any], number: int, file: str) -> str:
        raw = value.get("id")
        if raw is None:
            key = str(number)
        elif (
            isinstance(raw, str)
            and raw.strip()
            or isinstance(raw, int)
            and not isinstance(raw, bool)
        ):
            key = str(raw).strip()
        else:
            raise LineProblem(_BAD_ID)
        key = f"{file}:{key}" if file else key
        if key in self.keys:
            raise LineProblem(_ID_TAKEN, id=short(key))
        return key

    def _answer(
        self, winner: str, data: dict[str, Any], key: str, at: str
    ) -> dict[str, Any] | None:
        field = self.pairwise or self.ranking
        takes_tie = field is not None and (field.tie if field.kind == "pairwise" else field.ties)
        if winner == "tie" and field is not None and not takes_tie:
            why = Said(_NO_TIE, field=repr(field.name))
            self.out.problems.append(ImportProblem("", at, why, key))
            self.out.lost.add(key)
            return None
        if self.pairwise is not None:
            return {self.pairwise.name: {"winner": winner}}
        if self.ranking is not None:
            keys = [c["key"] for c in data["candidates"]]
            if winner == "tie":
                return {self.ranking.name: dict.fromkeys(keys, 1)}
            return {self.ranking.name: {k: 1 if k == winner else 2 for k in keys}}
        self.lost_choices.append(at)
        return None


class _Line:
    """One line's prompt, candidates, conversation and the winner it names."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value
        self.prompt = ""

    def read(self) -> tuple[dict[str, Any], str | None]:
        v = self.value
        data: dict[str, Any] = {}
        conversation = self._conversation()
        prompt_keys = [k for k in PROMPT_KEYS if k in v]
        if len(prompt_keys) > 1:
            first, second = _quoted(prompt_keys[0]), _quoted(prompt_keys[1])
            raise LineProblem(_TWO_PROMPTS, first=first, second=second)
        if prompt_keys:
            raw = v[prompt_keys[0]]
            if isinstance(raw, list) and prompt_keys[0] == "prompt":
                if conversation is not None:
                    raise LineProblem(_PROMPT_AND_CHAT)
                conversation = _turns(raw, "prompt")
            elif isinstance(raw, str):
                self.prompt = raw
            else:
                raise LineProblem(_NOT_A_STRING, key=_quoted(prompt_keys[0]), type=type_name(raw))
        if len(self.prompt) > MAX_TEXT_CHARS:
            raise LineProblem(_TOO_LONG, limit=MAX_TEXT_CHARS)
        if not is_clean_str(self.prompt):
            raise LineProblem(_UNCLEAN)
        candidates, winner = self._candidates()
        if conversation is not None:
            data["conversation"] = conversation
        if candidates is not None:
            data["candidates"] = candidates
        given = v.get("data")
        if given is not None:
            if not isinstance(given, dict):
                raise LineProblem(_DATA_NOT_OBJECT, type=type_name(given))
            both = [k for k in ("candidates", "conversation") if k in given and k in data]
            if both:
                raise LineProblem(_DATA_TWICE, key=_quoted(both[0]))
            data = {**given, **data}
        if not self.prompt.strip() and not data:
            names = _quoted(*PROMPT_KEYS, *CANDIDATE_LISTS, *CONVERSATION_KEYS)
            raise LineProblem(_NOTHING, names=names)
        for k, extra in v.items():
            if k not in _KNOWN:
                data[str(k)] = extra
        problems = item_data_problems(data)
        if problems:
            raise LineProblem(problem_said(problems[0]))
        too_big = stored_json_problem(data)
        if too_big is not None:
            raise LineProblem(_TOO_BIG, why=too_big)
        return data, winner

    def _conversation(self) -> list[dict[str, str]] | None:
        keys = [k for k in CONVERSATION_KEYS if k in self.value]
        if len(keys) > 1:
            raise LineProblem(_TWO_CHATS, first=_quoted(keys[0]), second=_quoted(keys[1]))
        if not keys:
            return None
        return _turns(self.value[keys[0]], keys[0])

    def _candidates(self) -> tuple[list[dict[str, Any]] | None, str | None]:
        v = self.value
        forms = [k for k in CANDIDATE_LISTS if k in v]
        pair = [k for k in PAIR_KEYS if k in v]
        arena = [k for k in ARENA_KEYS if k in v]
        given = forms + ([PAIR_KEYS[0]] if pair else []) + ([ARENA_KEYS[0]] if arena else [])
        if len(given) > 1:
            raise LineProblem(_TWO_CANDIDATES, first=_quoted(given[0]), second=_quoted(given[1]))
        if "winner" in v and not arena:
            raise LineProblem(_WINNER_ALONE)
        if forms:
            raw = v[forms[0]]
            if not isinstance(raw, list):
                raise LineProblem(_NOT_A_LIST, key=_quoted(forms[0]), type=type_name(raw))
            if not MIN_CANDIDATES <= len(raw) <= MAX_CANDIDATES:
                raise LineProblem(
                    _COUNT,
                    key=_quoted(forms[0]),
                    count=len(raw),
                    min=MIN_CANDIDATES,
                    max=MAX_CANDIDATES,
                )
            return [
                {"key": CANDIDATE_KEYS[i], **_candidate(c, f"{forms[0]}[{i}]")}
                for i, c in enumerate(raw)
            ], None
        if pair:
            if len(pair) == 1:
                missing = "rejected" if pair[0] == "chosen" else "chosen"
                raise LineProblem(_WITHOUT, given=_quoted(pair[0]), missing=_quoted(missing))
            chosen = _candidate(v["chosen"], "chosen")
            rejected = _candidate(v["rejected"], "rejected")
            if _chosen_second(self.value):
                return [{"key": "A", **rejected}, {"key": "B", **chosen}], "B"
            return [{"key": "A", **chosen}, {"key": "B", **rejected}], "A"
        if arena:
            if len(arena) == 1:
                raise LineProblem(_ARENA_ALONE)
            candidates = [
                {"key": "A", **_candidate(v["response_a"], "response_a")},
                {"key": "B", **_candidate(v["response_b"], "response_b")},
            ]
            if "winner" not in v or v["winner"] is None:
                return candidates, None
            said = v["winner"]
            winner = _WINNERS.get(said.strip().lower()) if isinstance(said, str) else None
            if winner is None:
                raise LineProblem(_BAD_WINNER, value=short(said))
            return candidates, winner
        return None, None


def _chosen_second(value: dict[str, Any]) -> bool:
    """Whether the chosen response goes second (B): a hash of the line's pair decides, so
    the same line always puts it on the same side and about half the lines on each."""
    body = json.dumps(
        [value.get("chosen"), value.get("rejected")], sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).digest()[0] & 1 == 1


def _candidate(raw: object, where: str) -> dict[str, Any]:
    """A candidate object (`text`, `title`, `url`) from a string, an object or messages."""
    if isinstance(raw, str):
        return {"text": raw}
    if isinstance(raw, list):
        turns = _turns(raw, where)
        said = [t["text"] for t in turns if t["role"] == "assistant"] or [t["text"] for t in turns]
        return {"text": "\n\n".join(said)}
    if isinstance(raw, dict):
        texts = [k for k in CANDIDATE_TEXT_KEYS if isinstance(raw.get(k), str)]
        if not texts:
            raise LineProblem(_NO_TEXT, at=where, names=_quoted(*CANDIDATE_TEXT_KEYS))
        out: dict[str, Any] = {"text": raw[texts[0]]}
        for k in ("title", "url"):
            if raw.get(k) is not None:
                if not isinstance(raw[k], str):
                    raise LineProblem(_NOT_A_STRING, key=f"{where}.{k}", type=type_name(raw[k]))
                out[k] = raw[k]
        return out
    raise LineProblem(_BAD_CANDIDATE, at=where, type=type_name(raw))


def _turns(raw: object, where: str) -> list[dict[str, str]]:
    """`[{role, text}]` from a list of `{role, content}` (or `text`; ShareGPT's `{from,
    value}`)."""
    if not isinstance(raw, list):
        raise LineProblem(_NOT_MESSAGES, key=_quoted(where), type=type_name(raw))
    turns = []
    for i, turn in enumerate(raw):
        at = f"{where}[{i}]"
        if not isinstance(turn, dict):
            example = '{"role": "user", "content": "…"}'
            raise LineProblem(_NOT_A_MESSAGE, at=at, example=example, type=type_name(turn))
        if "role" in turn:
            role = turn["role"]
        elif "from" in turn:
            role = turn["from"]
            role = _SHAREGPT_ROLES.get(role, role) if isinstance(role, str) else role
        else:
            raise LineProblem(_NO_ROLE, at=at)
        if not isinstance(role, str) or not role.strip():
            raise LineProblem(_BAD_ROLE, at=at)
        text = next((turn[k] for k in TURN_TEXT_KEYS if k in turn), None)
        turns.append({"role": role, "text": _content(text, at)})
    return turns


def _content(value: object, at: str) -> str:
    """A message's text: a string, or the text parts of OpenAI's list of parts."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        texts = []
        for part in value:
            if (
                isinstance(part, dict)
                and part.get("type") == "text"
                and isinstance(part.get("text"), str)
            ):
                texts.append(part["text"])
            else:
                kind = part.get("type") if isinstance(part, dict) else type_name(part)
                raise LineProblem(_NOT_TEXT_PART, at=at, type=short(kind))
        return "\n\n".join(texts)
    raise LineProblem(_NO_TEXT, at=at, names=_quoted(*TURN_TEXT_KEYS))


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _relaxed(schema: Schema) -> Schema:
    """The schema with no field required: a line answers one field of it."""
    return dataclasses.replace(
        schema, fields=tuple(dataclasses.replace(f, required=False) for f in schema.fields)
    )
