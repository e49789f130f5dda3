"""How names compare in the registry: keys, short forms, initials, organisations."""

from __future__ import annotations

from annotator.core.registry import (
    display_name,
    is_initials,
    is_short_form,
    name_key,
    organisation_key,
    short_form_fits,
)


def test_name_keys_fold_case_and_tone_placement_but_not_letters() -> None:
    assert name_key("NGUYÊN ĐOAN") == name_key("Nguyên  Đoan")
    assert name_key("Nguyễn Thị Thuỷ") == name_key("Nguyễn Thị Thủy")
    assert name_key("Lê Văn Dũng") != name_key("Lê Văn Dung")
    assert name_key("Ðoan") == name_key("Đoan")  # the Icelandic eth lookalike


def test_short_forms_and_what_they_fit() -> None:
    assert is_short_form("Cường") and is_short_form("N.Đ") and not is_short_form("Lê Trí Thanh")
    assert is_initials("N.Đ") and is_initials("P.V.C") and not is_initials("Cường")
    assert short_form_fits("Cường", "Phan Việt Cường")
    assert not short_form_fits("Việt", "Phan Việt Cường")
    assert short_form_fits("N.Đ", "NGUYÊN ĐOAN")
    assert short_form_fits("V.C", "Phan Việt Cường")
    assert not short_form_fits("N.Đ", "Lê Văn Dũng")


def test_display_names_and_organisation_keys() -> None:
    assert display_name("NGUYÊN ĐOAN") == "Nguyên Đoan"
    assert display_name("Phan  Việt Cường") == "Phan Việt Cường"
    assert display_name("QNO") == "QNO"
    assert organisation_key("UBND tỉnh Quảng Nam") == organisation_key(
        "Ủy ban nhân dân tỉnh Quảng Nam"
    )
    assert organisation_key("HĐND tỉnh") == organisation_key("Hội đồng nhân dân tỉnh")


def test_the_view_filter_matches_names_typed_without_diacritics() -> None:
    from annotator.core.registry import PERSON, Entity, name_filter

    person = Entity(1, "u1", PERSON, "Phan Việt Cường", ("PHAN VIỆT CƯỜNG", "ông Cường"))
    assert name_filter("phan viet")(person) and name_filter("CUONG")(person)
    assert name_filter("Phan Việt")(person) and name_filter("phan viêt cường")(person) is False
    assert not name_filter("nguyen")(person)
