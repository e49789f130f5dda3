"""ORG rules for boards, councils, committees and teams named by what they do.

`boards` reads a body's board written before it (`ban giám đốc Công an TP`),
`board_functions` leaves a board's head alone before its lowercase function
(`Ban | dân nguyện`), `councils` a council in sentence case with its task
(`Hội đồng định giá`), `founded` a body set up for one task after a verb of
founding (`thành lập Ban chỉ đạo xử lý các vướng mắc`), `scourges` a committee
named by the ill it fights (`Ủy ban phòng chống tham nhũng`), `steering` a
steering board's remit (`Ban chỉ đạo cải cách tiền lương`) and `task_teams` a
team named by its task, with its number or its sender (`đoàn kiểm tra số 7`).
Such a body's name is its function, mostly in lower case after a capitalised
head, which the other rules read as the sentence's verb or cut at the head;
each module decides for one kind of head when the words after it are the name.
Presidia stay in `bodies.presidia`, which the meeting rules import. The package
holds no code of its own so that importing one rule module never runs another.
"""
