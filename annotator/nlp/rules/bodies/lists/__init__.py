"""ORG rules that read a body from the text around it: a list after its kind, a head for a body named before.

`field_lists` reads ministries listed by their fields after one plural `Bộ`
(`5 Bộ: Ngoại giao (chủ trì), Y tế`), `institution_lists` institutions of one
kind listed after a colon by their names alone (`các ĐH: Kinh tế quốc dân, Xây
dựng`), `back_references` a body's head alone, capitalised inside a sentence,
for the body named before (`Khi ấy [Hội] mới có 300 hội viên`). None of these
words names a body by itself; the kind written once before the list, or the
body named earlier in the article, makes it one. The package holds no code of
its own so that importing one rule module never runs another.
"""
