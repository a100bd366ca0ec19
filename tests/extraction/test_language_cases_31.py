"""Session 13, holdout31 and holdout32: the language behind their misses (a relative clause "nơi
có" describing a place; the chapters of a document; a lane's number in an address; an average per
unit; a cap a rule sets; the organisations a meeting was held with; the size of a unit as formed;
a count in words before "trong đó"; a long breakdown in brackets). Sentences written for these
tests, not copied from the reports."""

from __future__ import annotations

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 10/10/2023\n\nHuyện Gia Lâm: kết quả công tác tuyên giáo 9 tháng năm 2023\n\n"
_facts, _iv = headed(HEAD)


def test_a_place_described_by_noi_co_is_no_audience(ex: Extractor) -> None:
    body = "Tại chợ Đồng Xa, nơi có gần 900 tiểu thương, huyện tổ chức 4 buổi tuyên truyền miệng."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 4.0)]


def test_members_of_a_place_described_by_noi_co_are_its_size(ex: Extractor) -> None:
    body = "Đảng bộ xã Kim Sơn, nơi có khoảng 1.200 đảng viên, mở 12 lớp học tập nghị quyết."
    assert _iv(ex, body) == [("study_sessions", 12.0)]


def test_the_chapters_of_a_document_are_no_count(ex: Extractor) -> None:
    body = "Huyện biên soạn bộ tài liệu hỏi – đáp gồm 6 chương, in 2.500 cuốn cấp cho các chi bộ."
    assert all(v != 6.0 for _i, v in _iv(ex, body))


def test_a_lane_in_an_address_is_no_count(ex: Extractor) -> None:
    body = "Huyện tổ chức 9 buổi tuyên truyền miệng. Mọi góp ý xin gửi về số 12 ngõ 4 phố Cổ Bi."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 9.0)]


def test_an_average_per_unit_is_no_count(ex: Extractor) -> None:
    body = "- Buổi tuyên truyền miệng: 120 (bình quân 3 buổi/xã)"
    assert _iv(ex, body) == [("oral_propaganda_sessions", 120.0)]


def test_a_cap_set_by_a_rule_is_no_count(ex: Extractor) -> None:
    body = "Theo quy định phòng dịch, mỗi buổi tuyên truyền chỉ được phép tổ chức tối đa 30 người; huyện tổ chức 40 buổi tuyên truyền miệng."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 40.0)]


def test_the_organisations_a_meeting_was_held_with_are_no_count(ex: Extractor) -> None:
    body = "Ngày 20/9, Ban Tuyên giáo Huyện ủy tổ chức giao ban với 20 đảng bộ xã và 12 chi, đảng bộ cơ quan; huyện tổ chức 15 buổi tuyên truyền miệng."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 15.0)]


def test_households_of_a_unit_as_formed_are_its_size(ex: Extractor) -> None:
    body = "Xã Phù Đổng được thành lập trên cơ sở hợp nhất hai xã, với khoảng 9 nghìn hộ dân; xã tổ chức 6 buổi tuyên truyền miệng."
    assert _iv(ex, body) == [("oral_propaganda_sessions", 6.0)]


def test_a_part_after_trong_do_of_a_count_in_words_is_no_fact(ex: Extractor) -> None:
    body = "Trung tâm Chính trị huyện mở mười lăm lớp bồi dưỡng, trong đó có 3 lớp sơ cấp lý luận chính trị."
    assert all(v != 3.0 for _i, v in _iv(ex, body))


def test_the_last_part_of_a_long_breakdown_in_brackets_is_no_fact(ex: Extractor) -> None:
    body = "Trung tâm Chính trị huyện mở 10 lớp (gồm 5 lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cơ sở, 3 lớp bồi dưỡng kết nạp đảng viên mới và 2 lớp bồi dưỡng nhận thức về Đảng) với 900 học viên."
    values = [v for _i, v in _iv(ex, body)]
    assert 2.0 not in values and 10.0 in values
