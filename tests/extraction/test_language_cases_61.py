"""The language of holdout61 and holdout63 (session 15, t61): an administrative header whose
two columns share a line, a speech introduced by a paragraph ending in a colon, the reports of
the opinion collaborators a paragraph named before them, and "Ban Xây dựng Đảng" before a
count.

Sentences and pages of our own invention, written for each rule (docs/LABELING.md)."""

from __future__ import annotations

from extraction_helpers import facts

from orchestration.extraction import Extractor

# --- a dateline in the second column of the document number's line ------------------------


def test_dateline_in_the_second_column_of_the_number_line(ex: Extractor) -> None:
    text = (
        "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "HUYỆN ỦY BÌNH CHÁNH\n"
        "BAN TUYÊN GIÁO\n"
        "*\n"
        "Số 57-BC/BTGHU                    Bình Chánh, ngày 12 tháng 7 năm 2018\n\n"
        "BÁO CÁO\nKết quả công tác tuyên giáo 6 tháng đầu năm 2018\n\n"
        "Các chi bộ đã mở 96 lớp học tập nghị quyết.\n"
    )
    for page in (text, text.replace("                    Bình", "\tBình")):  # (or a TAB between)
        result = ex.extract(page, doc_id="t")
        assert result.doc_date is not None and result.doc_date.isoformat() == "2018-07-12"
        assert result.doc_date_source == "text"


# --- a speech introduced by a paragraph ending in a colon ---------------------------------


SPEECH_HEAD = (
    "Mê Linh: Sơ kết công tác tuyên giáo 6 tháng đầu năm 2024\n\n"
    "Cập nhật 21/6/2024 09:40\n\n"
    "Sáng 20/6, Huyện ủy Mê Linh tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024.\n\n"
)


def test_speech_under_an_introduction_ending_in_a_colon_is_the_officials(ex: Extractor) -> None:
    text = SPEECH_HEAD + (
        "Trình bày báo cáo tại hội nghị, đồng chí Lê Văn Sơn, Phó Trưởng ban Thường trực Ban "
        "Tuyên giáo Huyện ủy Mê Linh cho biết:\n\n"
        "“Sáu tháng đầu năm, Huyện ủy đã tổ chức 3 hội nghị cấp huyện quán triệt nghị quyết; các "
        "chi bộ mở 148 lớp với 9.210 lượt cán bộ, đảng viên.\n\n"
        "“Ban đã tham mưu ban hành 12 văn bản chỉ đạo công tác tư tưởng. Các trang thông tin đăng "
        "640 tin, bài.”\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert {("study_sessions", 3.0), ("study_sessions", 148.0), ("documents_issued", 12.0)} <= got


def test_speech_under_a_residents_introduction_stays_an_anecdote(ex: Extractor) -> None:
    text = SPEECH_HEAD + (
        "Bà Nguyễn Thị Hoa, một người dân ở thôn Đông, kể:\n\n"
        "“Nhà tôi có 5 người, tuần nào cũng đi nghe 2 buổi nói chuyện.\n\n"
        "“Cả xóm có 40 hộ đều vào nhóm Zalo.”\n"
    )
    values = [f[4] for f in facts(ex, text)]
    assert 2.0 not in values and 40.0 not in values


# --- reports of the opinion collaborators named earlier in the paragraph ------------------


REPORTS_HEAD = (
    "HUYỆN ỦY HÓC MÔN\nBAN TUYÊN GIÁO\n\nHóc Môn, ngày 05 tháng 7 năm 2018\n\n"
    "BÁO CÁO\nCông tác tuyên giáo 6 tháng đầu năm 2018\n\n"
)


def test_reports_of_collaborators_named_two_sentences_before(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Đội ngũ cộng tác viên dư luận xã hội của huyện hiện có 96 người. Đa số là trưởng ấp, cán "
        "bộ hưu trí. Trong 6 tháng, đội ngũ này đã gửi về Ban 204 báo cáo, phản ánh nhiều ý kiến.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 204.0) in got


def test_reports_of_a_kind_after_the_collaborators_sentence(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Huyện có 52 cộng tác viên dư luận xã hội ở 10 xã. Trong 6 tháng, anh em gửi về Ban "
        "Tuyên giáo 41 báo cáo định kỳ và 9 báo cáo nhanh.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 41.0) in got and ("opinion_reports", 9.0) in got


def test_reports_with_no_collaborators_before_stay_unread(ex: Extractor) -> None:
    text = REPORTS_HEAD + (
        "Huyện có 45 báo cáo viên. Trong 6 tháng, các xã gửi về Ban 31 báo cáo định kỳ.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 31.0) not in got


# --- a count right after "Ban Xây dựng Đảng" ----------------------------------------------


def test_count_after_the_party_building_board_is_no_name(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY XÃ BÌNH MỸ\n\nBình Mỹ, ngày 02 tháng 10 năm 2025\n\n"
        "BÁO CÁO\nCông tác tư tưởng quý III năm 2025\n\n"
        "Trong quý, cộng tác viên dư luận xã hội gửi về Ban Xây dựng Đảng 27 báo cáo định kỳ.\n"
    )
    got = {(f[3], f[4]) for f in facts(ex, text)}
    assert ("opinion_reports", 27.0) in got
