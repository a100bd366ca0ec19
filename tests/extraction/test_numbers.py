"""Vietnamese numbers as the reports write them (docs/LABELING.md "Value and qualifier")."""

from __future__ import annotations

import pytest
from extraction_helpers import facts, values

from orchestration.extraction import Extractor
from orchestration.extraction.numbers import parse_digits, parse_number_words, tokenize


@pytest.mark.parametrize("written, value", [
    ("20.012", 20012), ("1.329", 1329), ("97,55", 97.55), ("02", 2), ("1.000.000", 1_000_000),
])
def test_digits(written: str, value: float) -> None:
    assert parse_digits(written) == value


@pytest.mark.parametrize("words, value", [
    ("hai", 2), ("mười hai", 12), ("ba mươi lăm", 35), ("một trăm lẻ năm", 105), ("hai mươi mốt", 21),
    ("hai mươi tư", 24), ("một trăm", 100), ("chín mươi", 90), ("ba nghìn", 3000), ("trăm", 100),
])
def test_number_words(words: str, value: float) -> None:
    assert parse_number_words(words.split()) == value


@pytest.mark.parametrize("words", ["mươi", "lăm", "hai ba", "tư", "lẻ năm"])
def test_malformed_number_words(words: str) -> None:
    assert parse_number_words(words.split()) is None


@pytest.mark.parametrize("text, value", [
    ("3,5 triệu điện thoại", 3_500_000), ("147 nghìn tin", 147_000), ("147 ngàn tin", 147_000),
    ("1,2 tỷ đồng", 1_200_000_000), ("95,35 %", 95.35), ("97,55%", 97.55),
])
def test_scales_and_percent(text: str, value: float) -> None:
    toks = tokenize(text)
    assert len(toks) == 1 and toks[0].value == pytest.approx(value)


def test_codes_dates_and_times_are_shapes_not_numbers() -> None:
    shapes = [t.shape for t in tokenize("Chỉ thị 05-CT/TW, 100 - KL/TW, ngày 3/7/2019 lúc 18h, QĐ 202/2025/QH15")]
    assert shapes == ["code", "code", "date", "time", "code"]


def test_values_in_sentences(ex: Extractor) -> None:
    text = ("Năm 2022, Quận ủy Quận 3 tổ chức mười hai lớp học tập, quán triệt nghị quyết; "
            "mở 02 lớp bồi dưỡng nghiệp vụ với ba mươi lăm học viên; "
            "tổ chức một trăm lẻ năm buổi tuyên truyền miệng.")
    assert values(ex, text) == [12, 2, 35, 105]


def test_fraction_keeps_numerator_and_noun_decides(ex: Extractor) -> None:
    text = ("Năm 2020, Quận ủy Quận 5 tổ chức 52 hội nghị học tập, quán triệt nghị quyết. "
            "Kết quả có 4.207/4.412 đảng viên tham gia học tập.")
    got = facts(ex, text)
    assert ("Quận 5", "2020-01-01", "2020-12-31", "study_attendance", 4207.0, "exact", "party_members") in got
    assert all(f[4] != 4412 for f in got)


def test_range_gives_lower_bound_at_least_and_no_upper_fact(ex: Extractor) -> None:
    for text in ("Năm 2023, Huyện ủy Củ Chi mở từ 3 đến 5 lớp tập huấn nghiệp vụ.",
                 "Năm 2023, Huyện ủy Củ Chi mở 3-5 lớp tập huấn nghiệp vụ."):
        got = facts(ex, text)
        assert [(f[3], f[4], f[5]) for f in got] == [("training_classes", 3.0, "at_least")], text


def test_list_sharing_a_noun_gives_three_facts(ex: Extractor) -> None:
    text = ("Năm 2018, Quận ủy Quận 6 tổ chức 164 lớp học tập, quán triệt, thảo luận, với 20.012 lượt "
            "cán bộ, đảng viên và 11.499 lượt quần chúng tham dự.")
    got = [(f[3], f[4], f[6]) for f in facts(ex, text)]
    assert got == [("study_sessions", 164.0, "all"), ("study_attendance", 20012.0, "party_members"),
                   ("study_attendance", 11499.0, "masses")]


def test_hang_tram_is_at_least_a_hundred(ex: Extractor) -> None:
    got = facts(ex, "Năm 2023, Huyện ủy Củ Chi tổ chức hàng trăm buổi tuyên truyền miệng.")
    assert [(f[3], f[4], f[5]) for f in got] == [("oral_propaganda_sessions", 100.0, "at_least")]


@pytest.mark.parametrize("low", [
    "năm 2020, ba lớp; (hai\xa0người) “tư\tvấn” -năm\nmột\u3000chục trăm",
    "ba người\nnăm\n2021 nhiệm kỳ 2020-2025; giai đoạn 2021–2025 từ tháng 3 đến nay, quý i năm 2024",
    "tỷ lệ ba mươi lăm\r\nngười bảy tháng đầu năm hai ban báo ba_ người ba",
])
def test_word_starts_find_what_the_alternations_find(low: str) -> None:
    # the one scan of the reversed text (fastre.SpacedWords) gives the starts the number-word
    # and anchor alternations find in the text, whatever white space follows the word
    from orchestration.extraction import numbers, periods

    words = periods.word_starts(low)
    assert [i for i, _ in words] == sorted(i for i, _ in words)
    run_starts = [m.start() for m in numbers._WORDS_RUN_SCAN.finditer(low)]
    assert [t.start for t in tokenize(low, low, None, words) if t.shape == "words"] == [
        t.start for t in tokenize(low, low, None, None) if t.shape == "words"
    ]
    got = []
    pos = 0
    for i, w in words:
        p = numbers._WORDS_RUN_AT.get(w)
        if p is not None and i >= pos and (r := p.match(low, i)):
            got.append(i)
            pos = r.end()
    assert got == run_starts
    anchors = [m.start() for m in periods._ANCHOR_SCAN.finditer(low)]
    assert periods._anchor_starts(low, [], words) == anchors
    assert anchors and run_starts


def test_no_number_starts_with_these_words() -> None:
    from orchestration.extraction.numbers import _NO_NUMBER_FIRST, _NUMBER_WORD

    for w in _NO_NUMBER_FIRST:
        assert parse_number_words([w]) is None
        for v in _NUMBER_WORD.split("|"):
            assert parse_number_words([w, v]) is None
            assert parse_number_words([w, v, "hai"]) is None
