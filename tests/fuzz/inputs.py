"""Fuzz inputs: annotated documents with hostile text, written in each format, then mutated.

Each input is made from (seed, index) alone, so any failure can be replayed.
A *structured* input is written by a small serialiser of its own here, so
what the source says every span covers is known exactly; a *mutated* input
is the bytes of a seed file (a structured input, or a fixture a reader
accepts) after random byte, line and Unicode mutations, where only
robustness can be checked.
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"

LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
WORDS = [
    "Phan",
    "Việt",
    "Cường",
    "Bí",
    "thư",
    "Tỉnh",
    "ủy",
    "Quảng",
    "Nam",
    "Hội",
    "đồng",
    "nhân",
    "dân",
    "tỉnh",
    "kỳ",
    "họp",
    "thứ",
    "10",
    "lấy",
    "phiếu",
    "tín",
    "nhiệm",
    "Nghị",
    "quyết",
    "18-NQ/TW",
    "ngày",
    "30/4/2021",
    "UBND",
    "TP.HCM",
    "Đảng",
    "Lê",
    "Trí",
    "Thanh",
    "hội",
    "nghị",
    "Ủy",
    "ban",
    "Kiểm",
    "tra",
    "Trung",
    "ương",
    "phó",
    "chủ",
    "tịch",
    "Hà",
    "Nội",
    "Đà",
    "Nẵng",
    "năm",
    "2022",
    "quý",
    "I",
]
# Characters that have broken offsets, decoders or rules somewhere.
HOSTILE = (
    "\u1100\u1161\u11a8"  # Hangul jamo that compose across clusters
    "\u0300\u0301\u0303\u0309\u0323\u0302\u031b"  # Vietnamese combining marks (NFD)
    "\u200b\u200c\u200d\ufeff\u2060\u00ad\x00"  # invisibles
    "\u2028\u2029\x85\x0b\x0c\r\t"  # line and column breakers
    "²³¹①٣１𝟗"  # digits that are not ASCII
    "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # an emoji family
    "\ud7a3\uac00ÐĐđ\u0110\u00d0"
    '"\\<>&[]{}:#;|_'
)
SPECIAL_TOKENS = (
    "-DOCSTART-",
    '<ENAMEX TYPE="PERSON">',
    "</ENAMEX>",
    "T1\tPER 0 5\tx",
    '{"text":',
    "[" * 60,
    "9" * 40,
    "-1",
    "\u202e",
)


@dataclass
class Case:
    """One fuzz input: files to write (suffix -> bytes) and the reader to use (None: detect)."""

    kind: str
    files: dict[str, bytes]
    reader: str | None = None
    # For structured cases: (label, text the source says the span covers), in any order.
    expected: list[tuple[str, str]] = field(default_factory=list)
    tokens: bool = False  # the format gives tokens: compare span texts without spaces


def hostile_word(rng: random.Random) -> str:
    word = rng.choice(WORDS)
    if rng.random() < 0.5:
        word = unicodedata.normalize(rng.choice(("NFD", "NFC", "NFKD")), word)
    for _ in range(rng.choice((0, 0, 1, 2, 3))):
        at = rng.randrange(len(word) + 1)
        word = word[:at] + rng.choice(HOSTILE) + word[at:]
    return word


def words_and_spans(rng: random.Random) -> tuple[list[str], list[tuple[int, int, str]]]:
    """Words (never empty, no spaces) and non-overlapping spans over word indices [i, j)."""
    words = []
    for _ in range(rng.randint(1, 30)):
        word = hostile_word(rng).replace(" ", "")
        words.append(word if word.strip() else "x")
    spans, i = [], 0
    while i < len(words):
        if rng.random() < 0.3:
            j = min(len(words), i + rng.randint(1, 4))
            spans.append((i, j, rng.choice(LABELS)))
            i = j
        i += 1
    return words, spans


def _offsets(words: list[str], sep: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for word in words:
        out.append((pos, pos + len(word)))
        pos += len(word) + len(sep)
    return out


def _raw_spans(words, spans, sep):
    offsets = _offsets(words, sep)
    return [(offsets[i][0], offsets[j - 1][1], label) for i, j, label in spans]


def _expected(raw: str, raw_spans) -> list[tuple[str, str]]:
    return [(label, raw[s:e]) for s, e, label in raw_spans]


def jsonl_case(rng: random.Random) -> Case:
    docs, expected = [], []
    for _ in range(rng.randint(1, 3)):
        words, spans = words_and_spans(rng)
        sep = rng.choice((" ", " ", "\r\n", " \u200b "))
        raw = sep.join(words)
        raw_spans = _raw_spans(words, spans, sep)
        docs.append(
            json.dumps(
                {"text": raw, "label": [list(s) for s in raw_spans]},
                ensure_ascii=rng.random() < 0.5,
            )
        )
        expected += _expected(raw, raw_spans)
    return Case("jsonl", {".jsonl": "\n".join(docs).encode("utf-8")}, "jsonl", expected)


def brat_case(rng: random.Random) -> Case:
    words, spans = words_and_spans(rng)
    sep = rng.choice((" ", "\n", " "))
    raw = sep.join(words)
    raw_spans = _raw_spans(words, spans, sep)
    ann = "".join(
        f"T{n}\t{label} {s} {e}\t{raw[s:e].replace(chr(10), ' ')}\n"
        for n, (s, e, label) in enumerate(raw_spans, start=1)
    )
    return Case(
        "brat", {".txt": raw.encode(), ".ann": ann.encode()}, "brat", _expected(raw, raw_spans)
    )


def _clean_token(word: str) -> str:
    """A CoNLL token cannot hold whitespace or line breaks; keep it non-empty."""
    token = "".join(ch for ch in word if not ch.isspace() and ch not in "\u2028\u2029\x85")
    return token or "x"


def _bio(words: list[str], spans) -> list[str]:
    tags = ["O"] * len(words)
    for i, j, label in spans:
        tags[i] = f"B-{label}"
        for k in range(i + 1, j):
            tags[k] = f"I-{label}"
    return tags


def conll_case(rng: random.Random) -> Case:
    words, spans = words_and_spans(rng)
    words = [_clean_token(w) for w in words]
    tags = _bio(words, spans)
    body = "\n".join(f"{w} {t}" for w, t in zip(words, tags, strict=True)) + "\n"
    expected = [(label, " ".join(words[i:j])) for i, j, label in spans]
    return Case("conll", {".conll": body.encode()}, "conll", expected, tokens=True)


def phoner_case(rng: random.Random) -> Case:
    words, spans = words_and_spans(rng)
    words = [_clean_token(w).replace("_", "") or "x" for w in words]
    line = json.dumps({"words": words, "tags": _bio(words, spans)}, ensure_ascii=False)
    expected = [(label, " ".join(words[i:j])) for i, j, label in spans]
    return Case("phoner", {".json": line.encode()}, "phoner", expected, tokens=True)


_ENAMEX = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def vlsp2018_case(rng: random.Random) -> Case:
    words, spans = words_and_spans(rng)
    words = [w.replace("<", "").replace(">", "") or "x" for w in words]
    spans = [(i, j, rng.choice(list(_ENAMEX))) for i, j, _ in spans]
    out, expected, k = [], [], 0
    for i, j, label in spans:
        out += words[k:i]
        out.append(f'<ENAMEX TYPE="{_ENAMEX[label]}">' + " ".join(words[i:j]) + "</ENAMEX>")
        expected.append((_ENAMEX[label], " ".join(words[i:j])))  # the reader keeps the names
        k = j
    out += words[k:]
    return Case("vlsp2018", {".txt": " ".join(out).encode()}, "vlsp2018", expected)


def plaintext_case(rng: random.Random) -> Case:
    words, _ = words_and_spans(rng)
    text = rng.choice(WORDS) + "\n" + " ".join(words)
    encoding = rng.choice(("utf-8", "utf-8-sig", "utf-16"))
    return Case("plaintext", {".txt": text.encode(encoding, errors="surrogatepass")}, "text")


STRUCTURED = {
    "jsonl": jsonl_case,
    "brat": brat_case,
    "conll": conll_case,
    "phoner": phoner_case,
    "vlsp2018": vlsp2018_case,
    "plaintext": plaintext_case,
}


# -- mutations ----------------------------------------------------------------------


def mutate(data: bytes, rng: random.Random, donors: list[bytes], *, nesting: bool = True) -> bytes:
    """1 to 4 random mutations: bytes, lines, inserted hostile text, splices of other seeds."""
    mutations = _MUTATIONS if nesting else _MUTATIONS[:-1]
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(mutations)(bytearray(data), rng, donors)
    return bytes(data)


def _flip(data: bytearray, rng, donors) -> bytes:
    for _ in range(rng.randint(1, 8)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _insert(data: bytearray, rng, donors) -> bytes:
    piece = rng.choice((rng.choice(HOSTILE), rng.choice(SPECIAL_TOKENS), rng.choice(WORDS)))
    at = rng.randrange(len(data) + 1)
    return bytes(data[:at]) + piece.encode("utf-8", "surrogatepass") + bytes(data[at:])


def _cut(data: bytearray, rng, donors) -> bytes:
    if not data:
        return b""
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 64))
    return bytes(data[:a] + data[b:])


def _lines(data: bytearray, rng, donors) -> bytes:
    lines = bytes(data).split(b"\n")
    op = rng.randrange(4)
    i = rng.randrange(len(lines))
    if op == 0:
        lines.insert(i, lines[i])
    elif op == 1 and len(lines) > 1:
        del lines[i]
    elif op == 2:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    else:
        lines[i] = lines[i].replace(b" ", b"\t", 1).replace(b"\t", b" ", rng.randint(0, 1))
    return b"\n".join(lines)


def _numbers(data: bytearray, rng, donors) -> bytes:
    """Change a number (an offset, a count) to another: negative, huge, swapped."""
    text = bytes(data)
    digits = [i for i, b in enumerate(text) if 48 <= b <= 57]
    if not digits:
        return text
    at = rng.choice(digits)
    new = str(rng.choice((-1, 0, 1, 10**6, 2**31, 2**63, rng.randint(0, 500)))).encode()
    end = at
    while end < len(text) and 48 <= text[end] <= 57:
        end += 1
    return text[:at] + new + text[end:]


def _splice(data: bytearray, rng, donors) -> bytes:
    donor = rng.choice(donors) if donors else b""
    if not donor:
        return bytes(data)
    a = rng.randrange(len(donor))
    piece = donor[a : a + rng.randint(1, 200)]
    at = rng.randrange(len(data) + 1)
    return bytes(data[:at]) + piece + bytes(data[at:])


def _nest(data: bytearray, rng, donors) -> bytes:
    depth = rng.choice((50, 500, 5000))
    at = rng.randrange(len(data) + 1)
    return bytes(data[:at]) + b"[" * depth + b"]" * rng.choice((0, depth)) + bytes(data[at:])


_MUTATIONS = (_flip, _insert, _cut, _lines, _numbers, _splice, _nest)


def fixture_seeds() -> list[tuple[str, bytes]]:
    """(suffix, bytes) of the format fixtures, real-looking seeds for every reader."""
    if not FIXTURES.is_dir():
        return []
    return [(p.suffix, p.read_bytes()) for p in sorted(FIXTURES.iterdir()) if p.is_file()]
