"""Shapes seen on the real pages of session 47, rewritten with invented names and wording."""

from __future__ import annotations

import pytest

from deedsnlp.clean.furniture import furniture_vocabulary
from tests.helpers import VILLAGE_P1, VILLAGE_P2, VILLAGE_TITLE, clean_page

TITLE, P1, P2 = VILLAGE_TITLE, VILLAGE_P1, VILLAGE_P2


# -- the outlets' names, written once ----------------------------------------------------------------------------

def test_every_rule_naming_an_outlet_gets_the_list_spliced():
    v = furniture_vocabulary()
    assert v["outlets"]
    for name, rule in v["inline"].items():
        assert "<OUTLET>" not in rule["regex"] and "<OUTLET>" not in rule.get("anchor", ""), name


@pytest.mark.parametrize("line", ["青川都市报 2016-04-12", "2016年04月12日 08:15 东江周刊"])
def test_an_outlet_and_its_day_alone_on_a_line_go(line):
    out = clean_page(TITLE + line + "\n" + P1 + P2)
    assert line not in out and P1.strip() in out


def test_a_county_media_centre_naming_itself_in_the_headline_stays():
    title = "青川县融媒体中心：把党旗插在疫情防控宣传一线\n"
    out = clean_page(title + P1 + P2)
    assert "青川县融媒体中心：把党旗插在" in out
