"""The report page in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright. Skipped, with the reason, where either is missing; ``.ci/run`` installs both.

With FACTCHECK_SCREENSHOT=PATH the screenshot is also saved there (docs/report-page.png
in the README is made this way).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from factcheck.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install '.[test]')")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium browser: install Debian's chromium package (scripts/install-test-tools)"
)

#: Flags for a sandboxed CI machine with no network: no sandbox as root, no GPU, no
#: background connections that a closed network refuses.
_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def page_and_findings(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("report")
    page = folder / "report.html"
    assert main(["check", str(EXAMPLES), "--format", "html", "-o", str(page)]) == 1
    listing = folder / "report.json"
    main(["check", str(EXAMPLES), "--format", "json", "-o", str(listing)])
    findings = json.loads(listing.read_text(encoding="utf-8"))["findings"]
    return page, findings


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=_FLAGS)
        yield chromium
        chromium.close()


def test_the_page_in_chromium(browser, page_and_findings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page_file, findings = page_and_findings
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())

    assert page.locator("mark.finding").count() == len(findings)
    assert page.locator("#popover").is_hidden()

    # a finding with a related span: clicking it opens its note and lights both spans
    assert any(finding["related"] for finding in findings)
    related_mark = page.locator("mark.related").first
    related_id = related_mark.get_attribute("data-for")
    anchor = page.locator(f"mark.finding[id='{related_id}']")
    anchor.scroll_into_view_if_needed()
    anchor.click()
    popover = page.locator("#popover")
    assert popover.is_visible()
    message = page.locator(f"#note-{related_id} .message").inner_text()
    assert message and message in popover.inner_text()
    assert "active" in (related_mark.get_attribute("class") or "")
    assert "active" in (anchor.get_attribute("class") or "")

    # Escape closes the note and the highlights go out
    page.keyboard.press("Escape")
    assert popover.is_hidden()
    assert "active" not in (anchor.get_attribute("class") or "")

    # the screenshot: the summary table, then the start of an article with a note open
    page.set_viewport_size({"width": 1280, "height": 1500})
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("section.article mark.finding.sev-error").first.click()
    assert popover.is_visible()
    shot = tmp_path / "report-page.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("FACTCHECK_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["FACTCHECK_SCREENSHOT"])
    page.keyboard.press("Escape")

    # every message in the page is the one the JSON report gives for that finding
    shown = sorted(page.locator("li.note .message").all_inner_texts())
    assert shown == sorted(finding["message"] for finding in findings)

    assert [url for url in requests if not url.startswith("file://")] == []
    page.close()


def test_a_finding_opens_from_the_keyboard(browser, page_and_findings) -> None:  # type: ignore[no-untyped-def]
    page_file, _ = page_and_findings
    page = browser.new_page()
    page.goto(page_file.as_uri())
    first = page.locator("mark.finding").first
    first.focus()
    page.keyboard.press("Enter")
    assert page.locator("#popover").is_visible()
    ident = first.get_attribute("id")
    assert page.locator(f"#note-{ident}").evaluate("note => note.classList.contains('open')")
    page.close()
