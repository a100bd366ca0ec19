"""Session 12, holdout29 and holdout30: the language behind their misses (a rate compared with an
earlier one; the best entries picked; parks where a show was staged; how often something is done;
a congress's vote; the members a place's party organisations have; the parts in brackets of a
count with a long noun; someone's words in straight single quotes; readers' comments under a
post; a cap set for each day; the officials of party organisations; a street named like a ward;
a bulletin item's opening date under lines in capitals).

Every sentence here is new (none is copied from an eval report); each rule is tested on a way
a reporter would phrase it and, where it matters, on a phrasing it must leave alone.
"""

from __future__ import annotations

from datetime import date

from extraction_helpers import headed

from orchestration.extraction import Extractor

HEAD = "Ngày 08/01/2024\n\nQuận Tây Hồ: kết quả công tác tuyên giáo năm 2023\n\n"
_facts, _iv = headed(HEAD)

WARD_HEAD = "Ngày 05/3/2026\n\nPhường Tân Định: kết quả công tác tuyên giáo hai tháng đầu năm 2026\n\n"


# ---- (1) a rate compared with an earlier one ("cao hơn N% so với ...") ------------------------------
def test_a_rate_higher_than_before_is_a_difference(ex: Extractor) -> None:
    body = "Tỷ lệ đảng viên dự học tập nghị quyết đạt 95,1%, cao hơn 1,8% so với năm 2022."
    assert _iv(ex, body) == [("study_participation_rate", 95.1)]


def test_a_rate_lower_than_before_is_a_difference(ex: Extractor) -> None:
    body = "Tỷ lệ đảng viên tham gia học tập đạt 93%, thấp hơn 2% so với cùng kỳ."
    assert _iv(ex, body) == [("study_participation_rate", 93.0)]


# ---- (2) the best entries picked ("N bài tốt nhất") -------------------------------------------------
def test_the_best_entries_picked_are_no_count(ex: Extractor) -> None:
    body = "Ban Tuyên giáo nhận 1.200 bài dự thi và chọn 20 bài tốt nhất để đăng trên bản tin quận."
    assert _iv(ex, body) == [("contest_entries", 1200.0)]


# ---- (3) the parks where a show was staged ------------------------------------------------------------
def test_parks_where_a_show_was_staged_are_geography(ex: Extractor) -> None:
    body = "Quận tổ chức biểu diễn sân khấu hóa tuyên truyền pháp luật tại 4 công viên trên địa bàn."
    assert _iv(ex, body) == []


# ---- (4) how often something is done ("N lần mỗi năm", "N lần/tháng") -------------------------------
def test_times_per_year_is_a_norm(ex: Extractor) -> None:
    body = "Đội ngũ báo cáo viên của quận có 40 đồng chí, được bồi dưỡng 3 lần mỗi năm."
    assert _iv(ex, body) == [("reporters", 40.0)]


def test_times_per_month_with_a_slash_is_a_norm(ex: Extractor) -> None:
    body = "Các chi bộ duy trì sinh hoạt chuyên đề 1 lần/quý theo hướng dẫn của Quận ủy."
    assert _iv(ex, body) == []


def test_times_without_a_period_after_stay_counted(ex: Extractor) -> None:
    body = "Trong năm, Quận ủy tổ chức 3 lần hội nghị báo cáo viên."
    assert [v for _, v in _iv(ex, body)] == [3.0]


# ---- (5) a congress's vote ---------------------------------------------------------------------------
def test_a_share_of_delegates_voting_is_no_rate_of_work(ex: Extractor) -> None:
    body = "Đại hội biểu quyết thông qua nghị quyết với 97,5% đại biểu tán thành."
    assert _iv(ex, body) == []


def test_a_share_of_the_ballots_is_no_rate_of_work(ex: Extractor) -> None:
    body = "Đồng chí Bí thư Quận ủy tái đắc cử với 96% số phiếu bầu."
    assert _iv(ex, body) == []


# ---- (6) the members of a place's party organisations ------------------------------------------------
def test_members_meeting_in_party_cells_are_a_size(ex: Extractor) -> None:
    body = "Phường có khoảng 30 nghìn dân, 40 tổ dân phố và hơn 1.500 đảng viên sinh hoạt tại 40 chi bộ."
    assert _iv(ex, body) == []


# ---- (7) the parts in brackets of a count with a long noun ------------------------------------------
def test_parts_in_brackets_after_a_long_noun_are_no_facts(ex: Extractor) -> None:
    body = (
        "Ban Tuyên giáo tham mưu ban hành 15 văn bản lãnh đạo, chỉ đạo về công tác tư tưởng, văn hóa "
        "và báo chí (gồm 6 kế hoạch, 9 hướng dẫn)."
    )
    assert _iv(ex, body) == [("documents_issued", 15.0)]


# ---- (8) someone's words in straight single quotes after a colon ------------------------------------
def test_words_in_straight_single_quotes_are_an_anecdote(ex: Extractor) -> None:
    body = (
        "Quận ủy tổ chức 6 hội nghị báo cáo viên. Một bà con kể với tôi: 'Xóm tôi 80 hộ thì có tới 70 "
        "hộ đi nghe nói chuyện'. Tôi rất vui."
    )
    assert [v for _, v in _iv(ex, body)] == [6.0]


# ---- (9) readers' comments under a post ---------------------------------------------------------------
def test_readers_comments_under_a_post_are_no_facts(ex: Extractor) -> None:
    body = (
        "Phường tổ chức 5 buổi nói chuyện thời sự cho người dân.\n\n"
        "👍 120 · 💬 9 bình luận · 4 lượt chia sẻ\n\n"
        "Trần Văn Hùng: Tổ tui nghe 3 buổi nói chuyện rồi, hay lắm!\n"
        "Lê Thị Hoa: Chung cư nhà mình có 2 nhóm Zalo, tin nào cũng có."
    )
    assert _iv(ex, body) == [("oral_propaganda_sessions", 5.0)]


def test_a_labelled_line_without_a_reactions_line_stays_counted(ex: Extractor) -> None:
    body = "Kết quả nổi bật:\nBuổi nói chuyện thời sự: 5 buổi cho người dân khu phố."
    assert ("oral_propaganda_sessions", 5.0) in _iv(ex, body)


# ---- (10) a cap set for each day, the doer named before "mỗi" ----------------------------------------
def test_a_cap_for_each_week_is_a_norm(ex: Extractor) -> None:
    body = "Quận ủy giao tổ biên tập trang thông tin điện tử, mỗi tuần chọn tối đa 10 tin để đăng lên trang."
    assert _iv(ex, body) == []


def test_a_daily_average_with_a_qualifier_stays_a_fact(ex: Extractor) -> None:
    body = "Trang thông tin điện tử của quận mỗi ngày có hơn 300 lượt truy cập."
    assert [v for _, v in _iv(ex, body)] == [300.0]


# ---- (11) the officials of party organisations ---------------------------------------------------------
def test_officials_of_party_organisations_name_no_count(ex: Extractor) -> None:
    body = (
        "Ban Tuyên giáo Quận ủy tổ chức giao ban quý III với các đồng chí bí thư, phó bí thư phụ trách "
        "công tác tư tưởng của 12 đảng ủy phường."
    )
    assert _iv(ex, body) == []


# ---- (12) a street named like a ward ------------------------------------------------------------------
def test_a_street_named_like_a_ward_is_no_actor(ex: Extractor) -> None:
    body = (
        "Đội xe tuyên truyền của phường chạy 30 lượt trên đường Hai Bà Trưng và đường Võ Thị Sáu; "
        "phường tổ chức 4 buổi nói chuyện."
    )
    units = {f[0] for f in _facts(ex, body, head=WARD_HEAD)}
    assert units == {"Phường Tân Định"}


# ---- (13) a bulletin item's opening date under lines in capitals ---------------------------------------
def test_an_opening_date_under_a_letterhead_and_headline_is_the_documents_date(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY PHƯỜNG YÊN HÒA\n"
        "BAN TUYÊN GIÁO\n\n"
        "THÔNG TIN NỘI BỘ – SỐ 7 (THÁNG 7/2019)\n\n"
        "SƠ KẾT CÔNG TÁC TUYÊN GIÁO 6 THÁNG ĐẦU NĂM 2019\n\n"
        "Ngày 12/7/2019, Đảng ủy phường tổ chức sơ kết công tác tuyên giáo 6 tháng đầu năm 2019. "
        "Các chi bộ mở 24 lớp. Bản tin số 8 phát hành trước ngày 20/8/2019.\n"
    )
    res = ex.extract(text, doc_id="t")
    assert (res.doc_date, res.doc_date_source) == (date(2019, 7, 12), "text")


def test_a_lower_case_line_before_it_leaves_the_date_inferred(ex: Extractor) -> None:
    text = (
        "ĐẢNG ỦY PHƯỜNG YÊN HÒA\n"
        "Ban Tuyên giáo\n\n"
        "Thông tin nội bộ số 7\n\n"
        "Sơ kết công tác tuyên giáo 6 tháng đầu năm 2019\n\n"
        "Ngày 12/7/2019, Đảng ủy phường tổ chức sơ kết. Bản tin số 8 phát hành trước ngày 20/8/2019.\n"
    )
    res = ex.extract(text, doc_id="t")
    # (the lines above are no letterhead in capitals: the latest date mentioned, as before)
    assert (res.doc_date, res.doc_date_source) == (date(2019, 8, 20), "inferred")
