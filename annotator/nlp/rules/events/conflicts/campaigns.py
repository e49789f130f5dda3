"""EVENT: military campaigns and offensives named by a name, a place or a season.

`chiến dịch Hồ Chí Minh`, `chiến dịch Điện Biên Phủ`: a campaign with a
capitalised name after it is one campaign; `tham gia chiến dịch ở Ukraine`:
a bare campaign waged in a named place is one too, and so is one launched
for an aim (`mở chiến dịch để ...`). A campaign of any other
kind (`chiến dịch tiêm chủng`, `chiến dịch tuyên truyền`) or said in general
(`nhiều chiến dịch`) is left to the event rules. A campaign for an election,
sanctions or an armed operation (the list `campaign_purposes`) is one with its
purpose (`[chiến dịch tranh cử] năm 2014`, news13 twice; `[chiến dịch trừng phạt
mới nhất của phương Tây]`, news14; n9's `chống khủng bố` three sets with them);
how recent or fierce it is and `của` + its owner join. `cuộc tổng tiến công và nổi
dậy mùa xuân`, `cuộc Tổng tấn công Tết Mậu Thân 1968`: a general offensive
after its classifier keeps the season or lunar year that names it.
"""

from __future__ import annotations

from annotator.nlp.rules.events.conflicts.enemies import enemies_after, fights_a_drive
from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import cap_run, is_stop
from annotator.nlp.rules.owners import owner_after

_MAX_NAME = 4
# Words before a campaign that make it one of many, no particular one.
_GENERIC = frozenset(keys_of("các những nhiều mọi mỗi từng"))
_UPRISING = ("và nổi dậy", "nổi dậy")
_TRIGGERS = frozenset(keys_of("chiến tổng"))


def campaign_at(line: Line, i: int) -> int:
    """End of `chiến dịch Hồ Chí Minh`, `chiến dịch | ở Ukraine` at i, or -1."""
    noun = line.phrase(i, "chiến dịch")
    if noun < 0 or line.key(i - 1) in _GENERIC:
        return -1
    if line.cap(noun) and line.word(noun) and line.match(noun, "events", "places") < 0:
        end = cap_run(line, noun, _MAX_NAME)
        if end == noun + 1 and line.lower(end) and line.word(end) and not is_stop(line, end):
            return _sentence_case_title(line, end)  # "chiến dịch Mùa hè xanh"
        return -1 if line.digit(end) else end  # "chiến dịch Euro 2004": a tournament's run
    if line.cap(noun) and line.match(noun, "places") > noun:
        return line.match(noun, "places")  # "chiến dịch Điện Biên Phủ"
    if line.is_(noun, "ở", "tại") and line.cap(noun + 1):
        return noun if line.match(noun + 1, "places") > noun + 1 else -1
    # "quyết định mở chiến dịch | để ...": one campaign launched, its aim after it.
    launched = line.is_(i - 1, "mở") and (line.is_(noun, "để", "nhằm") or not line.word(noun))
    return noun if launched and noun < line.n else _described(line, i, noun)


_MAX_TITLE_TAIL = 2
# A time opening after a title closes it: "chiến dịch Cơn bão | hồi tháng 8/1995".
_TIME_OPENERS = ("hồi", "năm", "tháng", "ngày")


def _sentence_case_title(line: Line, k: int) -> int:
    """End of a title in sentence case whose lowercase tail starts at k (`Cơn | bão`,
    `Bàn | tay sạch`), or -1: the tail is at most two words, then a pause or a grammar
    word closes it (news27 `[chiến dịch Cơn bão] hồi tháng 8/1995`, `[chiến dịch Bàn tay
    sạch].`, missed at blind time); running on, its end is unknown."""
    end = k
    while end < line.n and end - k < _MAX_TITLE_TAIL and line.lower(end) and line.word(end):
        if is_stop(line, end) or line.is_(end, *_TIME_OPENERS):
            break
        end += 1
    closed = end >= line.n or not line.word(end) or is_stop(line, end)
    closed = closed or line.is_(end, *_TIME_OPENERS)
    return end if closed and end > k else -1


# A campaign referred back to by time: "nhằm vào người Chechnya trước [chiến dịch]."
_AROUND = frozenset(keys_of("trước sau"))


def _described(line: Line, i: int, noun: int) -> int:
    """End of `chiến dịch chống khủng bố`, `2 chiến dịch quan trọng`, `trước chiến dịch.`

    A campaign against an enemy or called important is a military one (news6, news8,
    news9 at blind time); a bare one right after `trước`/`sau` that ends the clause is
    the campaign the article reports. Other kinds (`chiến dịch tiêm chủng`) are left.
    """
    if line.is_(noun, "chống"):
        return enemies_after(line, noun)  # the `enemies` list; a drive (`chống rác thải`) is left
    purpose = line.match(noun, "campaign_purposes")
    if purpose > noun:
        return _owned(line, manners_after(line, max(purpose, line.longest(purpose, _RECENT))))
    if manners_after(line, noun) > noun:
        return manners_after(line, noun)
    bare = line.key(i - 1) in _AROUND and noun < line.n and not line.word(noun)
    return noun if bare else -1


# How recent a campaign is: "chiến dịch trừng phạt mới nhất của phương Tây".
_RECENT = ("mới nhất", "mới", "gần đây nhất", "lần này")


def _owned(line: Line, end: int) -> int:
    """`của` + the body, government, country or bloc (`war_blocs`: `phương Tây`) that wages
    the campaign ending at end."""
    bloc = line.longest(end + 1, line.gaz.phrases("war_blocs")) if line.is_(end, "của") else -1
    return max(end, owner_after(line, end), bloc)


def offensive_at(line: Line, i: int) -> int:
    """End of `tổng tiến công và nổi dậy mùa xuân 1975` after `cuộc` at i, or -1."""
    if not line.is_(i - 1, "cuộc"):
        return -1
    end = line.longest(i, line.gaz.phrases("offensives"))
    if end < 0:
        return -1
    end = max([end] + [line.phrase(end, u) for u in _UPRISING])
    season = max(
        line.longest(end, line.gaz.phrases("campaign_seasons")), end if line.cap(end) else -1
    )
    if season > 0:  # "mùa xuân 1975", "Tết Mậu Thân 1968", "Mậu Thân 1968"
        end = max(season, line.match(season, "lunar_years"))
        end = end + 1 if line.digit(end) and len(line.surface[end]) == 4 else end
    return end


def find_campaigns(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i, key in enumerate(line.keys):
        if key not in _TRIGGERS:
            continue
        end = campaign_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
        end = offensive_at(line, i)
        if end > i:
            found.append(Candidate(i - 1, end, "EVENT"))
    return found


# Wars and fights named by the armed enemy they are waged against: "cuộc chiến chống
# khủng bố" (news15 0259, three times; the campaign form is news9's); the war nouns
# are data (`enemy_wars`).


def wars_on_enemies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """An EVENT that is a war noun grows over `chống` + an armed enemy of the `enemies`
    list; against a lowercase ill that is none (`cuộc chiến chống tham nhũng`, news17;
    `những cuộc chiến chống lại sự đô hộ`, news14; both unmarked) it is a drive: dropped."""
    out: list[Candidate] = []
    grown: list[Candidate] = []
    for c in spans:
        if c.label == "EVENT" and line.longest(c.start, line.gaz.phrases("enemy_wars")) == c.end:
            if fights_a_drive(line, c.end):
                continue
            enemy = enemies_after(line, c.end)
            inside = [s for s in spans if s.start < enemy and s.end > c.end and s is not c]
            # "phát xít [Đức]": the enemy's country goes into the war's name.
            if enemy > 0 and all(s.label == "LOC" and s.end <= enemy for s in inside):
                c = Candidate(c.start, enemy, c.label, c.weak)
                grown.append(c)
        out.append(c)
    return [s for s in out if not any(g.start < s.start and s.end <= g.end for g in grown)]
