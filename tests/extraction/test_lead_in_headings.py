"""A heading with no numbering over list lines is their lead-in (extractor `_lead_in`): the
list lines' short labels ("- Lượt ĐV dự: 3.150") count what the heading names, as under a
numbered heading or a line ending in ":".

Sentences of our own invention (docs/LABELING.md, list lines)."""

from __future__ import annotations

import pytest
from extraction_helpers import facts

from orchestration.extraction import Extractor

TOP = "Quận ủy Tây Hồ\nTây Hồ, ngày 5 tháng 7 năm 2023\n\nBáo cáo 6 tháng đầu năm 2023\n\n"
LIST = "- Lượt ĐV dự: 3.150.\n- Số lượt quần chúng dự: 1.020.\n"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.default()


def _ia(ex: Extractor, text: str) -> list[tuple]:
    """(indicator, value, audience) of each fact."""
    return [(f[3], f[4], f[6]) for f in facts(ex, text)]


@pytest.mark.parametrize("heading", [
    "Kết quả học tập nghị quyết\n",
    "KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT\n\n",  # one blank line under it
    "Học tập các chuyên đề năm 2023\n",
])
def test_an_unnumbered_heading_leads_in_the_list_under_it(ex: Extractor, heading: str) -> None:
    assert _ia(ex, TOP + heading + LIST) == [
        ("study_attendance", 3150.0, "party_members"),
        ("study_attendance", 1020.0, "masses"),
    ]


def test_a_line_closed_by_a_stop_or_far_above_is_no_heading(ex: Extractor) -> None:
    # a sentence closed by a full stop, and a heading two blank lines above the list, name
    # nothing the labels count: the attendances stay unread as study ones
    for above in ("Quận tổ chức học tập nghị quyết.\n", "Kết quả học tập nghị quyết\n\n\n"):
        got = _ia(ex, TOP + above + LIST)
        assert ("study_attendance", 1020.0, "masses") not in got, got
