"""End to end in a real browser: upload a draft on the check page and read the missing sections.

Serves the app with uvicorn on 127.0.0.1 (a free port) and drives Debian's Chromium
(``/usr/bin/chromium``, package ``chromium``) headless with Playwright for Python; Playwright's own
browser downloads are not used. Chinese text must really render (package ``fonts-noto-cjk``): the
glyphs drawn for Chinese characters are compared with the box drawn for a character no font has.
Outside CI a missing Chromium or Playwright skips these tests; under CI (``CI=true``, set by
``.ci/run``) it fails them, so CI cannot go green without the browser.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from deedsnlp.web import create_app, ops  # noqa: E402
from deedsnlp.web.background import serve_in_background  # noqa: E402

CHROMIUM = os.environ.get("DEEDSNLP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DRAFT = Path(__file__).resolve().parents[1] / "docs" / "samples" / "draft_missing_sections.txt"
UNDER_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")

pytestmark = pytest.mark.skipif(not ops.available_stages()["check"], reason="deedsnlp.check is not available")


def _missing(reason: str):
    if UNDER_CI:
        pytest.fail(f"CI must run the browser test: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def sync_api():
    try:
        from playwright import sync_api
    except ImportError:
        _missing("Playwright for Python is not installed (pip install playwright)")
    if not Path(CHROMIUM).exists():
        _missing(f"{CHROMIUM} not found (apt-get install chromium)")
    return sync_api


@pytest.fixture(scope="module")
def browser_page(sync_api):
    with serve_in_background(create_app(max_upload_bytes=1024 * 1024)) as url, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.set_default_timeout(60_000)
            yield url, page
        finally:
            browser.close()


def test_upload_a_draft_and_read_the_missing_sections(browser_page):
    url, page = browser_page
    page.goto(url + "/check")
    page.set_input_files("input[name=file]", str(DRAFT))
    page.select_option("select[name=profile]", "school")
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    missing = page.locator("#missing-sections li")
    labels = [missing.nth(i).get_attribute("data-label") for i in range(missing.count())]
    names = missing.all_inner_texts()
    assert labels == ["carriers", "cadre_building", "core_work", "integrity", "achievements"]
    assert names[0].startswith("载体活动") and names[0].endswith("（必需）")
    assert "暂不宜提交" in page.inner_text("#verdict")
    assert page.locator("#text mark.sev-error").count() >= 2  # findings highlighted in the text


def test_oversized_upload_gets_a_clear_413_page(browser_page, tmp_path):
    url, page = browser_page
    big = tmp_path / "big.txt"
    big.write_bytes("支部".encode() * 400_000)  # 2.4 MB over the 1 MB limit of this server
    page.goto(url + "/check")
    page.set_input_files("input[name=file]", str(big))
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "上传过大" in page.inner_text("h1")
    assert "1 MB" in page.inner_text("main")


def test_script_in_a_draft_shows_as_text(browser_page):
    url, page = browser_page
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url + "/check")
    page.fill("textarea[name=text]", DRAFT.read_text(encoding="utf-8") + "\n<script>alert(1)</script>支部开展活动12次。")
    page.click("button[type=submit]")
    page.wait_for_selector("#result")
    assert "<script>alert(1)</script>" in page.inner_text("#text")
    assert dialogs == []


GLYPHS_JS = """
(chars) => {
  const font = getComputedStyle(document.body).fontFamily;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 64;
  const g = canvas.getContext("2d", {willReadFrequently: true});
  return chars.map((ch) => {
    g.clearRect(0, 0, 64, 64);
    g.font = "48px " + font;
    g.textBaseline = "top";
    g.fillStyle = "#000";
    g.fillText(ch, 4, 4);
    const alpha = g.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3);
    return {ink: alpha.reduce((n, a) => n + (a > 128 ? 1 : 0), 0), key: alpha.join(",")};
  });
}
"""


def test_chinese_text_renders_with_real_glyphs(browser_page):
    """Without a CJK font every Chinese character is drawn as the same box (or nothing): compare the
    page font's glyphs of different characters with each other and with a code point no font has."""
    url, page = browser_page
    page.goto(url + "/check")
    chars = ["载", "体", "一", "龍", "\U0010FFFD"]
    drawn = page.evaluate(GLYPHS_JS, chars)
    box = drawn[-1]["key"]
    for ch, g in zip(chars[:-1], drawn[:-1]):
        assert g["ink"] > 20, f"{ch} draws no ink"
        boxed = g["key"] == box
        assert not boxed, f"{ch} is drawn as the missing-glyph box: no CJK font (apt-get install fonts-noto-cjk)"
    assert len({g["key"] for g in drawn[:-1]}) == len(chars) - 1, "different characters drawn alike"
    # the page's own Chinese text is laid out with full-width glyphs, not zero-width or box fallbacks
    width = page.evaluate("() => { const s = document.createElement('span'); s.textContent = '载体活动';"
                          " document.body.appendChild(s); const w = s.getBoundingClientRect().width;"
                          " const size = parseFloat(getComputedStyle(s).fontSize); s.remove(); return w / size; }")
    assert 3.5 <= width <= 4.5, width
