"""Screenshots of the web pages for the docs: ``docs/screenshots/<page>.png``.

    .venv/bin/python docs/make_screenshots.py [--chromium /usr/bin/chromium] [--out docs/screenshots]

Serves the app on 127.0.0.1 (a free port) in a background thread and drives Debian's Chromium
(``apt-get install chromium``) with Playwright for Python (``pip install playwright``; no
``playwright install`` needed: the system browser is used). Chinese text needs a CJK font:
``apt-get install fonts-noto-cjk`` (without it the characters show as boxes). The inputs are
the shipped samples: ``docs/samples/`` (a draft missing sections, a scraped page),
``examples/school/`` (facts and logs) and ``corpora/docs/`` (near-duplicates).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTH = 1280
MAX_HEIGHT = 2600


def shoot(page, path: Path) -> None:
    height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
    page.screenshot(path=str(path), full_page=True, clip={"x": 0, "y": 0, "width": WIDTH, "height": height})
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def near_copy(path: Path) -> bytes:
    """A sample report lightly reworded (what a near-duplicate looks like)."""
    text = path.read_text(encoding="utf-8")
    return text.replace("支部", "党支部", 3).replace("全年", "一年来", 2).encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium binary (Debian's chromium package)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not Path(args.chromium).exists():
        parser.error(f"{args.chromium} not found: apt-get install chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    from deedsnlp.web import create_app
    from deedsnlp.web.background import serve_in_background

    args.out.mkdir(parents=True, exist_ok=True)
    samples = ROOT / "docs" / "samples"
    school = ROOT / "examples" / "school"
    corpus = ROOT / "corpora" / "docs"
    with serve_in_background(create_app()) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": WIDTH, "height": 900}, locale="zh-CN")

        page.goto(url + "/")
        shoot(page, args.out / "index.png")

        page.goto(url + "/check")
        page.set_input_files("input[name=file]", str(samples / "draft_missing_sections.txt"))
        page.select_option("select[name=profile]", "school")
        page.click("button[type=submit]")
        page.wait_for_selector("#result")
        shoot(page, args.out / "check.png")

        page.goto(url + "/clean")
        page.set_input_files("input[name=file]", str(samples / "scraped.txt"))
        page.click("button[type=submit]")
        page.wait_for_selector("#result")
        shoot(page, args.out / "clean.png")

        page.goto(url + "/draft")
        page.set_input_files("input[name=facts]", str(school / "facts.yaml"))
        page.set_input_files("input[name=logs]", [str(school / "logs.csv"), str(school / "logs.txt")])
        page.click("button[type=submit]")
        page.wait_for_selector("#result")
        shoot(page, args.out / "draft.png")

        page.goto(url + "/dedup")
        base = corpus / "village_2024_08.txt"
        files = [{"name": p.name, "mimeType": "text/plain", "buffer": p.read_bytes()}
                 for p in (base, corpus / "village_2022_07.txt", corpus / "school_example.txt") if p.exists()]
        files.append({"name": "village_2024_08_copy.txt", "mimeType": "text/plain", "buffer": near_copy(base)})
        files += [{"name": p.name, "mimeType": "text/plain", "buffer": p.read_bytes()}
                  for p in (corpus / "agency_2019_04.txt", corpus / "hospital_2016_06.txt")]
        page.set_input_files("input[name=files]", files)
        page.click("button[type=submit]")
        page.wait_for_selector("#result")
        shoot(page, args.out / "dedup.png")

        page.goto(url + "/api")
        shoot(page, args.out / "api.png")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
