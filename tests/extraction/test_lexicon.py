"""Indicator classification is driven by dbt_project/seeds/indicators.csv."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor
from orchestration.extraction.extractor import DEFAULT_INDICATORS, DEFAULT_ORG_UNITS
from orchestration.extraction.lexicon import BASE_COLUMNS, Lexicon

P = "Năm 2020, Quận ủy Quận 5"


def test_seed_keeps_the_dbt_columns_first() -> None:
    with DEFAULT_INDICATORS.open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert tuple(header[:6]) == BASE_COLUMNS
    assert {"cue_phrases", "context_any", "context_none", "priority", "note"} <= set(header)


@pytest.mark.parametrize("sentence, indicator", [
    (f"{P} tổ chức 30 lớp học tập, quán triệt nghị quyết.", "study_sessions"),
    (f"{P} mở 30 lớp bồi dưỡng lý luận chính trị.", "training_classes"),
    (f"{P} mở 30 lớp học tập, bồi dưỡng lý luận chính trị.", "training_classes"),
    (f"{P} tổ chức 30 hội nghị báo cáo viên.", "reporter_conferences"),
    (f"{P} tổ chức 30 buổi tuyên truyền miệng.", "oral_propaganda_sessions"),
    (f"{P} tổ chức 30 buổi thảo luận chi bộ.", "party_cell_discussions"),
    (f"{P} ban hành 30 văn bản lãnh đạo, chỉ đạo.", "documents_issued"),
    (f"{P} đăng tải 30 tin, bài.", "news_items"),
    (f"{P} nhận được 30 bài dự thi.", "contest_entries"),
    (f"{P} khen thưởng 30 tập thể.", "commended_collectives"),
    (f"{P} tặng giấy khen cho 30 cá nhân.", "commended_individuals"),
    (f"{P} thành lập 30 nhóm Zalo với 900 thành viên.", "chat_groups"),
    (f"{P} tiếp nhận 30 báo cáo dư luận xã hội.", "opinion_reports"),
    (f"{P} có 30 cộng tác viên dư luận xã hội.", "opinion_collaborators"),
    (f"{P} triển khai 3 đợt sinh hoạt chính trị.", "political_campaigns"),
    (f"{P} treo 30 băng rôn.", "other"),
])
def test_indicator_of_the_counted_noun(ex: Extractor, sentence: str, indicator: str) -> None:
    assert facts(ex, sentence)[0][3] == indicator


def test_members_count_only_for_groups(ex: Extractor) -> None:
    assert [f[3] for f in facts(ex, f"{P} thành lập 30 nhóm Zalo với 900 thành viên.")] == [
        "chat_groups", "chat_group_members"]
    assert "chat_group_members" not in [f[3] for f in facts(ex, f"{P} kết nạp 30 thành viên mới.")]


def test_collectives_and_individuals_only_within_a_commendation(ex: Extractor) -> None:
    got = facts(ex, f"{P} biểu dương 8 tập thể 4 cá nhân.")
    assert [f[3] for f in got] == ["commended_collectives", "commended_individuals"]
    plain = [f[3] for f in facts(ex, f"{P} có 8 tập thể đăng ký thi đua.")]
    assert "commended_collectives" not in plain


def test_audience_split(ex: Extractor) -> None:
    got = facts(ex, f"{P} tổ chức 14 buổi tuyên truyền miệng với 1.960 lượt người dân tham dự.")
    assert [(f[3], f[6]) for f in got] == [("oral_propaganda_sessions", "all"), ("propaganda_audience", "masses")]


def test_adding_an_indicator_is_a_csv_row(tmp_path: Path) -> None:
    seed = tmp_path / "indicators.csv"
    shutil.copy(DEFAULT_INDICATORS, seed)
    with seed.open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(
            ["banners", "Băng rôn, khẩu hiệu", "Banners", "flow", "băng rôn", "banners",
             "băng rôn|khẩu hiệu|pa nô", "", "", "", "", "", "10", "visual propaganda"])
    ex = Extractor.from_seeds(indicators_csv=seed, org_units_csv=DEFAULT_ORG_UNITS)
    assert [f[3] for f in facts(ex, f"{P} treo 30 băng rôn.")] == ["banners"]


def test_bad_lexicon_names_the_file_and_line(tmp_path: Path) -> None:
    seed = tmp_path / "indicators.csv"
    text = DEFAULT_INDICATORS.read_text(encoding="utf-8").replace(",flow,", ",flows,", 1)
    seed.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"indicators.csv: line 2: kind 'flows'"):
        Lexicon.from_csv(seed)
