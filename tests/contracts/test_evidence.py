"""The evidence check: does a sentence contain the number an observation claims?"""

from __future__ import annotations

import pandas as pd
import pytest

from data_contracts.evidence import parse_number_words, sentence_contains_value, span_in_sentence


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("hai", 2),
        ("mười", 10),
        ("mười hai", 12),
        ("ba mươi lăm", 35),
        ("hai mươi mốt", 21),
        ("một trăm lẻ năm", 105),
        ("một trăm linh tư", 104),
        ("hai nghìn ba trăm", 2300),
        ("ba triệu", 3_000_000),
    ],
)
def test_number_words(phrase: str, value: float) -> None:
    assert parse_number_words(phrase) == value


def test_number_words_that_are_not_a_number() -> None:
    assert parse_number_words("hai ba") is None  # two digits without a multiplier
    assert parse_number_words("mươi") is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("tổ chức 164 lớp với 20.012 lượt cán bộ", 20012),
        ("tổ chức 164 lớp với 20.012 lượt cán bộ", 164),
        ("tỷ lệ đạt 95,35%", 95.35),
        ("thu hút 3,5 triệu lượt người", 3_500_000),
        ("147 nghìn lượt xem", 147_000),
        ("kinh phí 1,2 tỷ đồng", 1_200_000_000),
        ("mở 02 lớp bồi dưỡng", 2),
        ("4.207/4.412 đảng viên", 4207),
        ("từ 3 đến 5 lớp", 3),
        ("tổ chức hai đợt sinh hoạt", 2),
        ("có ba mươi lăm báo cáo viên", 35),
    ],
)
def test_sentence_contains_written_number(sentence: str, value: float) -> None:
    result = sentence_contains_value(pd.Series([sentence]), pd.Series([value]))
    assert result.tolist() == [True]


def test_sentence_without_the_number_fails_per_row() -> None:
    sentences = pd.Series(["tổ chức 164 lớp", "tổ chức 164 lớp", "", None, "tỷ lệ đạt 95,35%"])
    values = pd.Series([164.0, 146.0, 5.0, 5.0, 95.0])
    assert sentence_contains_value(sentences, values).tolist() == [True, False, False, False, False]


def test_result_keeps_the_frame_index() -> None:
    sentences = pd.Series(["có 7 nhóm", "có 8 nhóm"], index=[10, 20])
    result = sentence_contains_value(sentences, pd.Series([7.0, 7.0], index=[10, 20]))
    assert result.to_dict() == {10: True, 20: False}


def test_span_in_sentence_uses_document_offsets() -> None:
    text = "Mở đầu. Quận 1 có 12 lớp học."
    docs = pd.DataFrame({"sha256": ["a"], "text": [text]})
    start = text.index("12")
    frame = pd.DataFrame(
        {
            "sha256": ["a", "a", "b"],
            "char_start": [start, 0, start],
            "char_end": [start + 2, 6, start + 2],
            "sentence": ["Quận 1 có 12 lớp học.", "Quận 1 có 12 lớp học.", "Quận 1 có 12 lớp học."],
        }
    )
    # row 2 points at "Mở đầu" (not in the sentence); row 3's document is unknown
    assert span_in_sentence(frame, docs).tolist() == [True, False, False]
