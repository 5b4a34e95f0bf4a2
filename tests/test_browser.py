"""The built site in a real headless Chromium: what only a browser shows.

The example story, the hostile story (tests/data/hostile/) and an invented three-outlet story
(tests/data/three-outlets/) are built once as a user builds them, with `storydrift build DIR
--site-dir OUT`, served from 127.0.0.1 on a random port, and opened in Debian's Chromium driven by
Playwright. Every page must load with no console error, no request to any host but the local
server (requests elsewhere are recorded and aborted), no dialog and no hostile payload run
(`window.__pwned` stays unset). The site has its Method and About pages and a working dark-mode
toggle; Material's search box must find a quoted phrase; the tables and the heat map must render
with headers and readable contrast in light and dark mode; the print stylesheet must drop the
site chrome. A reader sees sources by name (a file id only on its own page), values as people
write them, nothing cut off at 1280 px with five sources, no page wider than a 400 px phone, and
every article's date on the Sources page. Screenshots (light, dark, print) and a PDF of the
summary land in test-artifacts/screenshots/ for a person to look at.

Needs the `playwright` Python package (in the `test` extra) and a Chromium binary: Debian's
`chromium` package, or the one named by $STORYDRIFT_CHROMIUM. `playwright install` is never
needed: the browser is the system's. Without either, the module skips and says why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sites import HOSTILE, ROOT, html_pages, parse_page

from generator import cli
from generator.values import day

CHROMIUM = os.environ.get("STORYDRIFT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason=f"no Chromium at {CHROMIUM}: install Debian's `chromium` package (.ci/run does) or set "
    "STORYDRIFT_CHROMIUM to a Chromium binary",
)
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="the `playwright` package is missing: pip install -e '.[test]'",
)

ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
THREE_OUTLETS = ROOT / "tests" / "data" / "three-outlets"
# The flags that keep Chromium to itself: no sandbox (CI runs as root), no GPU, and none of its
# own background traffic (updates, sync, safe browsing), which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--disable-default-apps", "--disable-extensions",
]  # fmt: skip
# Playwright waits this long for an element before failing: Material's search index is built in
# a web worker, which takes about a second on two cores.
WAIT_MS = 15_000
# A full-page screenshot is only an artifact for a person to look at; on a loaded machine it can
# take longer than an element takes to appear, and a slow picture is not a failure of the site.
SHOT_MS = 90_000
VIEWPORT = {"width": 1280, "height": 900}
# WCAG 2 AA: normal text needs a contrast ratio of 4.5 against its background.
MIN_CONTRAST = 4.5
# Marks for "no value", drawn faint on purpose: nothing is lost if they are not read.
PLACEHOLDERS = {"—", "–", "-", "·", ""}

CONTRAST_JS = """
(selector) => {
  const parse = (c) => {
    const m = c.match(/^rgba?\\(([^)]+)\\)$/);
    if (m) { const v = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
             return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; }
    const s = c.match(/^color\\(srgb ([^)]+)\\)$/);
    if (s) { const v = s[1].split(/[ \\/]+/).filter(Boolean).map(Number);
             return [v[0] * 255, v[1] * 255, v[2] * 255, v.length > 3 ? v[3] : 1]; }
    return null;
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) layers.push(c);
    }
    let bg = [255, 255, 255, 1];
    for (const layer of layers.reverse()) bg = over(layer, bg);
    return bg;
  };
  const luminance = (c) => {
    const ch = c.slice(0, 3).map(v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  };
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (el.closest('.headerlink')) continue;  // the permalink sign shows only on hover
    let shown = true;
    for (let e = el; e; e = e.parentElement) if (getComputedStyle(e).opacity === '0') shown = false;
    if (!shown) continue;
    const bg = background(el);
    const fg = over(parse(style.color) || [0, 0, 0, 1], bg);
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    out.push({ratio: (l1 + 0.05) / (l2 + 0.05), text: el.textContent.trim().slice(0, 40),
              tag: el.tagName.toLowerCase(), cls: el.className});
  }
  return out;
}
"""

HOSTILE_MARKUP_JS = """
() => {
  const article = document.querySelector('article') || document.body;
  const handlers = [...article.querySelectorAll('*')].filter(
    el => [...el.attributes].some(a => a.name.toLowerCase().startsWith('on')));
  return {
    handlers: handlers.map(el => el.outerHTML.slice(0, 80)),
    live: [...article.querySelectorAll(
             'script, iframe, object, embed, style, svg[onload], img[src="x"]')]
      .map(el => el.outerHTML.slice(0, 80)),
    pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
  };
}
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the browser dropped a request it no longer needed (a page left early)
        super().handle_error(request, client_address)  # type: ignore[arg-type]


def cli_site(name: str, folder: Path, base: Path) -> Path:
    """The site as a user gets it from `storydrift build DIR --site-dir OUT`: the package's own
    configuration and pages, which is what the browser has to show (mkdocs build of this
    repository's mkdocs.yml is the same, tests/test_cli_safety.py)."""
    out = base / "cli-sites" / name
    assert cli.main(["build", str(folder), "--site-dir", str(out)]) == cli.OK, name
    return out


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.getbasetemp()
    built = {
        "seeds": cli_site("seeds", ROOT / "seeds", base),
        "hostile": cli_site("hostile", HOSTILE, base),
        # Three invented outlets: front matter, a saved page and pasted text without an outlet.
        "three": cli_site("three", THREE_OUTLETS, base),
    }
    return built


@pytest.fixture(scope="module")
def servers(sites) -> dict[str, str]:
    """Each site served at the root of its own local server, as a static host would (404.html,
    shown at any depth, links its assets from the root)."""
    running = {}
    for name, root in sites.items():
        handler = partial(QuietHandler, directory=str(root))
        httpd = QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        running[name] = httpd
    yield {name: f"http://127.0.0.1:{httpd.server_address[1]}/" for name, httpd in running.items()}
    for httpd in running.values():
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Session:
    """A browser context that records every request, console error, page error and dialog."""

    def __init__(self, browser, servers: dict[str, str], color_scheme: str = "light") -> None:
        self.servers = servers
        self.local = tuple(servers.values())
        self.context = browser.new_context(viewport=VIEWPORT, color_scheme=color_scheme)
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.set_default_timeout(WAIT_MS)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.local + ("data:", "blob:", "about:")):
            route.continue_()
        else:  # recorded, and never sent
            self.outside.append(url)
            route.abort()

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def url(self, site: str, path: str) -> str:
        return self.servers[site] + path

    def open(self, url: str):
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, url
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def session(browser, servers):
    session = Session(browser, servers)
    yield session
    session.close()


def page_url(session: Session, site: str, page: Path, sites: dict[str, Path]) -> str:
    return session.url(site, page.relative_to(sites[site]).as_posix())


def shot_name(site: str, path: str, variant: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", path.removesuffix(".html"))
    return f"{site}-{stem}-{variant}.png"


def generated_pages(site: Path) -> list[Path]:
    """The story's pages (not the hand-written docs or the 404 page)."""
    hand_written = {"about.html", "method.html", "404.html"}
    return [p for p in html_pages(site) if p.relative_to(site).as_posix() not in hand_written]


@pytest.mark.parametrize("site", ["seeds", "hostile"])
def test_every_page_loads_cleanly_and_stays_on_localhost(site, sites, session):
    pages = html_pages(sites[site])
    assert len(pages) >= 4
    hostile_markup: list[str] = []
    for page in pages:
        url = page_url(session, site, page, sites)
        tab = session.open(url)
        assert tab.title().strip(), url
        assert tab.locator("article h1").first.is_visible(), url
        found = tab.evaluate(HOSTILE_MARKUP_JS)
        hostile_markup += [f"{url}: {item}" for item in found["handlers"] + found["live"]]
        if found["pwned"] is not None:
            hostile_markup.append(f"{url}: window.__pwned = {found['pwned']}")
        name = shot_name(site, page.relative_to(sites[site]).as_posix(), "light")
        tab.screenshot(timeout=SHOT_MS, path=ARTIFACTS / name, full_page=True)
    assert session.outside == []
    assert [url for url in session.requests if not url.startswith(session.local)] == []
    assert session.errors == []
    assert session.dialogs == []
    assert hostile_markup == []


def test_the_command_line_site_has_method_about_and_a_dark_toggle(sites, session):
    tab = session.open(session.url("seeds", "index.html"))
    nav = tab.locator(".md-nav--primary a.md-nav__link[href]").evaluate_all(
        "els => els.map(e => [e.textContent.trim(), e.href])")
    pages = {text: href for text, href in nav}
    assert {"Method", "About StoryDrift"} <= set(pages), sorted(pages)
    for text in ("Method", "About StoryDrift"):
        assert session.open(pages[text]).locator("article h1").first.is_visible(), text
    tab = session.open(session.url("seeds", "index.html"))
    assert tab.evaluate("document.body.dataset.mdColorScheme") == "default"
    tab.locator("label.md-header__button[for^='__palette']:visible").click()
    assert tab.evaluate("document.body.dataset.mdColorScheme") == "slate"
    tab.reload(wait_until="load")  # the choice is remembered
    assert tab.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert session.errors == []


def test_hostile_text_is_shown_as_written(sites, session):
    text = session.open(session.url("hostile", "sources/wire.html")).locator("article").inner_text()
    assert '<script>window.__pwned="quote";alert("quote")</script>' in text
    assert "{{ 7*7 }}" in text
    assert "[petition](javascript:" in text
    assert session.page.evaluate("typeof window.__pwned") == "undefined"


def quoted_phrase(site: Path) -> str:
    """Words from inside a quotation in the story: from a quote group if the story has quotes,
    otherwise from the first sentence that holds a quotation mark."""
    report = json.loads((site / "report.json").read_text("utf-8"))
    texts = [v["text"] for q in report.get("quotes", []) for v in q.get("variants", [])]
    for source in report["sources"]:
        for sentence in source["sentences"]:
            quoted = re.search(r"[\"“]([^\"”]{20,})[\"”]", sentence["text"])
            if quoted:
                texts.append(quoted.group(1))
    for text in texts:
        words = re.findall(r"[^\W\d_]{4,}", text)
        if len(words) >= 3:
            return " ".join(words[:3])
    raise AssertionError("the story has no quotation to search for")


@pytest.mark.parametrize("site", ["seeds", "hostile"])
def test_search_finds_a_quoted_phrase(site, sites, session):
    phrase = quoted_phrase(sites[site])
    holders = {
        p.relative_to(sites[site]).as_posix()
        for p in generated_pages(sites[site])
        if all(w.lower() in parse_page(p).visible_text.lower() for w in phrase.split())
    }
    tab = session.open(session.url(site, "index.html"))
    tab.locator(".md-search__input").click()
    tab.locator(".md-search__input").press_sequentially(phrase, delay=20)
    tab.locator(".md-search-result__item").first.wait_for()
    links = tab.locator(".md-search-result__link").evaluate_all("els => els.map(e => e.href)")
    found = {urlsplit(link).path.removeprefix("/") for link in links}
    tab.screenshot(timeout=SHOT_MS, path=ARTIFACTS / f"{site}-search.png")
    assert found & holders, (phrase, sorted(found), sorted(holders))
    tab.locator(".md-search-result__link").first.click()  # highlights the words on the page
    tab.wait_for_load_state("load")
    assert tab.evaluate("typeof window.__pwned") == "undefined"
    assert session.dialogs == []
    assert session.errors == []
    assert session.outside == []


def test_heat_map_and_tables_render_on_the_sources_page(sites, session):
    page = sites["seeds"] / "sources" / "index.html"
    if not page.is_file():
        pytest.skip("no Sources page in this build yet (render/comparison.py)")
    tab = session.open(session.url("seeds", "sources/index.html"))
    tables = tab.locator("article table")
    assert tables.count() >= 2
    heat = tab.locator("article [class*='sd-heat']").first
    heat.scroll_into_view_if_needed()
    assert heat.is_visible()
    box = heat.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 20
    cells = tab.locator("article table.sd-heat td, article [class*='sd-heat-'] td")
    assert cells.count() >= len(json.loads((sites["seeds"] / "report.json").read_text())["sources"])
    heat.screenshot(timeout=SHOT_MS, path=ARTIFACTS / "seeds-heat-map.png")


TABLE_JS = """
t => {
  const th = t.tHead && t.tHead.querySelector('th');
  const first = t.tBodies.length && t.tBodies[0].rows[0];
  return {
    headers: t.querySelectorAll('th').length,
    position: th ? getComputedStyle(th).position : null,
    // at rest the header row sits above the first body row, not pushed over it
    displaced: th && first ? th.getBoundingClientRect().bottom - first.getBoundingClientRect().top
                           : 0,
    rows: t.tBodies.length ? t.tBodies[0].rows.length : 0,
  };
}
"""
# A short window, so that a table of a dozen rows is already taller than it.
SHORT_WINDOW = {"width": 1280, "height": 400}


@pytest.mark.parametrize("site", ["seeds", "hostile"])
def test_every_table_has_headers_that_stay_in_view(site, sites, session):
    session.page.set_viewport_size(SHORT_WINDOW)
    problems = []
    scrolled_past = 0
    for page in generated_pages(sites[site]):
        tab = session.open(page_url(session, site, page, sites))
        tab.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
        bar = tab.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
        for table in tab.locator("article table:visible").all():
            info = table.evaluate(TABLE_JS)
            if info["headers"] == 0:
                problems.append(f"{page.name}: a table without header cells")
            if info["position"] not in (None, "sticky"):
                problems.append(f"{page.name}: header row scrolls away ({info['position']})")
            if info["displaced"] > 1:
                problems.append(f"{page.name}: header row covers the first row at rest")
            if info["position"] != "sticky" or info["rows"] < 3:
                continue
            # Scroll to a row near the end: if the table's top has gone under the header bar,
            # the header row must still be there, below the bar and above that row.
            table_top, head, row = table.evaluate(
                """t => { const row = t.tBodies[0].rows[t.tBodies[0].rows.length - 2];
                          row.scrollIntoView({block: 'end'});
                          return [t.getBoundingClientRect().top,
                                  t.tHead.querySelector('th').getBoundingClientRect().toJSON(),
                                  row.getBoundingClientRect().toJSON()]; }"""
            )
            if table_top >= bar:
                continue
            scrolled_past += 1
            if not (head["top"] >= bar - 1 and head["bottom"] <= row["top"] + 1):
                problems.append(
                    f"{page.name}: header row out of view when scrolled "
                    f"(at {head['top']:.0f}px, header bar ends at {bar:.0f}px)"
                )
    assert problems == [], "\n".join(problems)
    assert scrolled_past > 0, "no table taller than the window to check the sticky header on"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_in_tables_and_marks_reads_in_light_and_dark_mode(scheme, sites, browser, servers):
    session = Session(browser, servers, color_scheme=scheme)
    low = []
    try:
        for page in generated_pages(sites["seeds"]):
            tab = session.open(page_url(session, "seeds", page, sites))
            expected = "slate" if scheme == "dark" else "default"
            assert tab.evaluate("document.body.dataset.mdColorScheme") == expected
            selector = "article td, article th, article td *, article th *, article mark, " \
                       "article p, article li, article a"  # fmt: skip
            for item in tab.evaluate(CONTRAST_JS, selector):
                if item["ratio"] < MIN_CONTRAST and item["text"] not in PLACEHOLDERS:
                    problem = (f"{page.relative_to(sites['seeds'])} <{item['tag']} "
                               f"class={item['cls']!r}>: {item['ratio']:.1f}")  # fmt: skip
                    if problem not in low:
                        low.append(problem)
            if scheme == "dark":
                tab.screenshot(timeout=SHOT_MS, path=ARTIFACTS / shot_name(
                    "seeds", page.relative_to(sites["seeds"]).as_posix(), "dark"))  # fmt: skip
        assert session.errors == []
    finally:
        session.close()
    assert low == [], "\n".join(low)


def test_print_stylesheet_drops_the_site_chrome(sites, session):
    tab = session.open(session.url("seeds", "index.html"))
    tab.emulate_media(media="print")
    hidden = tab.evaluate(
        """() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer',
                  '.md-search', '.md-top'].filter(s => {
            const el = document.querySelector(s);
            return el && el.getClientRects().length && getComputedStyle(el).display !== 'none';
        })"""
    )
    assert hidden == []
    tab.screenshot(timeout=SHOT_MS, path=ARTIFACTS / "seeds-index-print.png", full_page=True)
    source = next(p for p in html_pages(sites["seeds"]) if p.parent.name == "sources"
                  and p.name != "index.html")  # fmt: skip
    tab = session.open(page_url(session, "seeds", source, sites))
    tab.emulate_media(media="print")
    # A printed report shows what a reader would have to click to open: the removed lines.
    assert tab.locator("details.sd-removed table").is_visible()
    name = shot_name("seeds", "source", "print")
    tab.screenshot(timeout=SHOT_MS, path=ARTIFACTS / name, full_page=True)
    pdf = tab.pdf(path=ARTIFACTS / "seeds-source.pdf", print_background=True)
    assert pdf.startswith(b"%PDF")


# What a reader must never see: a date as the analysis stores it ("--12-03") or a float as Python
# prints it ("4500000.0"); on the story's pages, no ISO date ("2021-12-03") either.
MACHINE_VALUE = re.compile(r"(?<![\w-])--\d\d-\d\d\b|\b\d{4,}\.0\b")
ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")
READER_TEXT_JS = """() => [document.body.innerText,
  ...[...document.querySelectorAll('article [title]')].map(e => e.getAttribute('title'))]
  .join('\\n')"""


@pytest.mark.parametrize("site", ["seeds", "three"])
def test_no_page_shows_a_file_id_or_a_machine_value(site, sites, session):
    report = json.loads((sites[site] / "report.json").read_text("utf-8"))
    ids = [s["id"] for s in report["sources"]]
    problems = []
    for page in html_pages(sites[site]):
        path = page.relative_to(sites[site]).as_posix()
        text = session.open(page_url(session, site, page, sites)).evaluate(READER_TEXT_JS)
        own = page.stem if page.parent.name == "sources" else None
        problems += [f"{path}: file id {i}" for i in ids if i != own and re.search(
            rf"(?<![\w-]){re.escape(i)}(?![\w-])", text)]  # fmt: skip
        problems += [f"{path}: {m.group(0)!r}" for m in MACHINE_VALUE.finditer(text)]
        if page in generated_pages(sites[site]):
            problems += [f"{path}: ISO date {m.group(0)!r}" for m in ISO_DAY.finditer(text)]
    assert problems == [], "\n".join(problems[:30])


OVERFLOW_JS = """() => ({
  page: document.documentElement.scrollWidth,
  boxes: [...document.querySelectorAll('article [class*="-wrap"], article table')]
    .filter(el => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1)
    .map(el => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
})"""


def test_nothing_is_cut_off_at_1280px_for_five_sources(sites, session):
    report = json.loads((sites["seeds"] / "report.json").read_text("utf-8"))
    assert len(report["sources"]) == 5
    problems = []
    for page in html_pages(sites["seeds"]):
        found = session.open(page_url(session, "seeds", page, sites)).evaluate(OVERFLOW_JS)
        if found["page"] > VIEWPORT["width"]:
            problems.append(f"{page.name}: page {found['page']}px wide")
        problems += [f"{page.relative_to(sites['seeds'])}: {box}" for box in found["boxes"]]
    session.page.goto(session.url("seeds", "alignment.html"))
    session.page.screenshot(timeout=SHOT_MS, path=ARTIFACTS / "seeds-alignment-1280.png")
    assert problems == [], "\n".join(problems)


PHONE = {"width": 400, "height": 860}
# A card per statement: each cell led by its source's name, the sources without the statement
# left out, and the cards scrolling with the page (no box with its own scroll bar on a phone).
CARD_JS = """() => { const td = document.querySelector(
  'table.sd-align td[data-label]:not(.sd-align-missing)');
  const missing = document.querySelector('table.sd-align td.sd-align-missing');
  const wrap = document.querySelector('.sd-align-wrap');
  return {display: td && getComputedStyle(td).display,
          label: td && getComputedStyle(td, '::before').content,
          missing: missing ? getComputedStyle(missing).display : 'none',
          boxed: getComputedStyle(wrap).overflowY !== 'visible'}; }"""


@pytest.mark.parametrize("site", ["seeds", "three", "hostile"])
def test_no_page_is_wider_than_a_phone_and_the_alignment_becomes_cards(site, sites, session):
    session.page.set_viewport_size(PHONE)
    wide = []
    for page in html_pages(sites[site]):
        found = session.open(page_url(session, site, page, sites)).evaluate(OVERFLOW_JS)
        if found["page"] > PHONE["width"]:
            wide.append(f"{page.relative_to(sites[site])}: {found['page']}px")
    tab = session.open(session.url(site, "alignment.html"))
    cards = tab.evaluate(CARD_JS)
    tab.screenshot(timeout=SHOT_MS, path=ARTIFACTS / f"{site}-alignment-phone.png", full_page=True)
    assert wide == []
    assert cards["display"] == "block" and cards["label"].strip('"'), cards
    assert (cards["missing"], cards["boxed"]) == ("none", False), cards
    # A heat-map card's source name is written in its cell's colour, which reads on its shade.
    unreadable = session.open(session.url(site, "sources/index.html")).evaluate(
        """() => [...document.querySelectorAll('table.sd-heat td[data-label]')]
             .filter(td => getComputedStyle(td, '::before').color !== getComputedStyle(td).color)
             .map(td => td.dataset.label)""")
    assert unreadable == []


def test_every_article_date_is_on_the_sources_page(sites, session):
    report = json.loads((sites["three"] / "report.json").read_text("utf-8"))
    dates = {s["published"] for s in report["sources"] if s["published"]}
    assert dates, "the three-outlet story states no publication date"
    text = session.open(session.url("three", "sources/index.html")).locator("article").inner_text()
    assert sorted(d for d in dates if day(d) not in text) == []
