"""Columns sharing a list's width: cut in proportion, some only once the others are at their floors."""

from __future__ import annotations

from annotator.gui.review.column_fit import fitted


def test_columns_that_fit_keep_their_width() -> None:
    assert fitted(500, [100, 100, 100], [40, 40, 40]) == [100, 100, 100]


def test_columns_are_cut_in_proportion_to_what_they_have_above_their_floor() -> None:
    assert fitted(240, [100, 100, 100], [40, 40, 40]) == [80, 80, 80]


def test_columns_cut_last_keep_their_width_while_the_others_give_room() -> None:
    assert fitted(240, [100, 100, 100], [40, 40, 40], last=[0, 2]) == [100, 40, 100]


def test_columns_cut_last_share_what_the_others_at_their_floors_leave() -> None:
    assert fitted(160, [100, 100, 100], [40, 40, 40], last=[0, 2]) == [60, 40, 60]
    assert fitted(100, [100, 100, 100], [40, 40, 40], last=[0, 2]) == [40, 40, 40]


def test_a_wished_floor_is_kept_where_every_floor_fits() -> None:
    from annotator.gui.review.column_fit import floors_within

    # own widths 100 and 200; plain floors 40 and 80; the second wishes 150
    assert floors_within(300, [100, 200], [40, 80], [0, 150]) == [40, 150]
    assert floors_within(150, [100, 200], [40, 80], [0, 150]) == [40, 80]  # no room: plain


def test_columns_kept_whole_count_at_their_own_width() -> None:
    from annotator.gui.review.column_fit import floors_within

    assert floors_within(300, [100, 200], [40, 80], [0, 150], whole=(0,)) == [40, 150]
    assert floors_within(240, [100, 200], [40, 80], [0, 150], whole=(0,)) == [40, 80]
    assert floors_within(240, [100, 200], [40, 80], [0, 150]) == [40, 150]


def test_the_last_columns_share_fairly_so_a_short_end_is_not_cut_for_a_long_one():
    # A person (120) beside a long event's name (700), 250 pixels for both: the person
    # reads whole and the event takes the rest; cut in proportion, the person got 59.
    assert fitted(250, [120, 700], [40, 40], last=[0, 1]) == [120, 130]
    assert fitted(200, [120, 700], [40, 40], last=[0, 1]) == [100, 100]
