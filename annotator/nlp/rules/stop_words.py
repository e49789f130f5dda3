"""Words that end a lowercase name: grammar words, frequent verbs and verb phrases.

Kept apart from the name shapes (names.py) because nearly every rule asks
`is_stop` while reading a phrase, and the lists grow with the rules; a stop
word that is also a syllable of a noun (`công trình`, `hàng không`) is not one.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of

# Grammar words and frequent verbs that end a lowercase name or descriptive phrase.
_STOP_WORDS = (
    "của tại ở và về cho với là đã được bị có trong từ theo khi sẽ đang thuộc nhưng thì "
    "mà do để nhằm vào đến sau trước cùng này đó kiêm giữ làm nói dự trình vừa đều cũng "
    "không chưa cần phải vẫn còn luôn rất đối qua nhìn gồm nêu gửi tặng thăm tới sang rời"
)
STOP = frozenset(keys_of(_STOP_WORDS))


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(keys_of(p.strip()) for p in text.split(","))


_STOP_PHRASES = _phrases(
    "phát biểu, cho biết, khẳng định, nhấn mạnh, yêu cầu, đề nghị, chia sẻ, trao đổi, "
    "tham dự, tiếp xúc, chủ trì, hiện nay, phân công, đồng thời, lãnh đạo, giao nhiệm vụ, "
    "chịu trách nhiệm, ban hành, tổ chức, cho rằng, thông báo, tiếp nhận, kiến nghị, "
    "xác minh, đề xuất, báo cáo, chỉ đạo, kiểm tra, hội chẩn, ký kết, quyết định, "
    "quy định, hướng dẫn, cho phép, trả lời, cảnh báo, mong muốn, bày tỏ, đánh giá, "
    "thừa nhận, xác nhận, ghi nhận, nhận định, nêu rõ, tiếp tục, bố trí, diễn ra"
)


# Stop words that are also a syllable of a noun a name may hold: `công trình`,
# `chương trình` (not `trình` "submit"), `thăm dò`, `cho thuê`, `dự báo`.
_WORD_BEFORE = {
    keys_of("trình")[0]: frozenset(keys_of("công chương quá lộ tiến hành giáo phương")),
    # "Cục CSĐT tội phạm về trật tự xã hội": the crimes a police department handles
    keys_of("về")[0]: frozenset(keys_of("phạm")),
    keys_of("vay")[0]: frozenset(keys_of("cho")),
    keys_of("hiện")[0]: frozenset(keys_of("thực xuất phát thể biểu hiển tái ẩn")),
    # "Luật hàng không dân dụng": aviation, not "not"
    keys_of("không")[0]: frozenset(keys_of("hàng")),
}
_WORD_AFTER = {
    keys_of("thăm")[0]: frozenset(keys_of("dò")),
    keys_of("cho")[0]: frozenset(keys_of("thuê vay")),
    keys_of("dự")[0]: frozenset(keys_of("báo án trữ phòng toán")),
    keys_of("hiện")[0]: frozenset(keys_of("đại trường vật tượng thực hành diện")),
}


def in_noun(line: Line, j: int) -> bool:
    """A stop word at j that is a syllable of a noun with its neighbour (`công trình`, `hàng không`)."""
    key = line.key(j)
    return line.key(j - 1) in _WORD_BEFORE.get(key, ()) or line.key(j + 1) in _WORD_AFTER.get(
        key, ()
    )


def is_stop(line: Line, j: int) -> bool:
    """A word that cannot continue a lowercase name (grammar word or common verb)."""
    key = line.key(j)
    if in_noun(line, j):
        return False
    if key in STOP or line.match(j, "stops") > j:
        return True
    return any(p[0] == key and tuple(line.keys[j : j + len(p)]) == p for p in _STOP_PHRASES)
