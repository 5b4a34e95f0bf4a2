"""Every internal link of the built site leads somewhere: the file exists and so does the anchor.

Pure Python (html.parser), no browser: each page's links and resource URLs are resolved against the
page, the target must be a file of the site, and a `#fragment` must be an id on the target page.
Evidence links (`page.html#s12`) are the links this product lives by, so they get their own test.
Checked on three sites: the example story, the hostile story, and a site holding both stories.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from sites import HOSTILE, ROOT, built_site, html_pages, parse_page

SITE_NAMES = ("seeds", "hostile", "two-stories")
SENTENCE_ANCHOR = re.compile(r"s\d+")
# Link schemes a browser runs or renders as a document of its own: never from an article.
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")


@pytest.fixture(scope="module", params=SITE_NAMES)
def site(request, tmp_path_factory) -> Path:
    base = tmp_path_factory.getbasetemp()
    if request.param == "seeds":
        return built_site("seeds", ROOT / "seeds", base)
    if request.param == "hostile":
        return built_site("hostile", HOSTILE, base)
    stories = base / "two-stories-input"
    if not stories.exists():
        shutil.copytree(ROOT / "seeds", stories / "example")
        shutil.copytree(HOSTILE, stories / "hostile")
    return built_site("two-stories", stories, base)


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def resolve(site: Path, page: Path, url: str) -> tuple[Path, str]:
    """The file a relative URL on `page` points at, and its fragment."""
    parts = urlsplit(url)
    here = page.relative_to(site).parent.as_posix()
    path = unquote(parts.path)
    if path.startswith("/"):  # only 404.html, served at any depth, links from the root
        here, path = "", path.lstrip("/")
    target = posixpath.normpath(posixpath.join(here, path)) if path else page.relative_to(site)
    target_path = site / str(target)
    if path.endswith("/") or target_path.is_dir():
        target_path = target_path / "index.html"
    return target_path, unquote(parts.fragment)


def broken_links(site: Path, selector=lambda page, url: True) -> tuple[list[str], int]:
    """Every internal link or resource that misses its file or anchor, and how many were checked."""
    parsed = {page: parse_page(page) for page in html_pages(site)}
    broken: list[str] = []
    checked = 0
    for page, facts in parsed.items():
        for url in facts.links + [url for _, url in facts.resources]:
            if is_external(url) or not selector(page, url):
                continue
            checked += 1
            target, fragment = resolve(site, page, url)
            where = f"{page.relative_to(site)}: {url}"
            if not target.is_file():
                broken.append(f"{where} (no file {target.relative_to(site)})")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse_page(target).ids
                if fragment not in ids:
                    broken.append(f"{where} (no id={fragment!r} on {target.relative_to(site)})")
    return broken, checked


def test_no_internal_link_or_resource_is_broken(site):
    broken, checked = broken_links(site)
    assert checked > 0
    assert broken == []


def test_every_evidence_link_lands_on_a_sentence(site):
    evidence: list[tuple[Path, str]] = []
    for page in html_pages(site):
        for tag, attrs in parse_page(page).tags:
            if tag == "a" and "sd-evidence" in attrs.get("class", "").split():
                evidence.append((page, attrs.get("href", "")))
    if not evidence:
        pytest.skip("no page of this build has evidence links yet (sd-evidence)")
    wrong = []
    for page, url in evidence:
        target, fragment = resolve(site, page, url)
        if (
            not SENTENCE_ANCHOR.fullmatch(fragment)
            or target.parent.name != "sources"
            or target.name == "index.html"
        ):
            wrong.append(f"{page.relative_to(site)}: {url}")
    assert wrong == []
    broken, _ = broken_links(site, lambda page, url: url in {u for _, u in evidence})
    assert broken == []


def test_every_sentence_number_links_to_its_own_anchor(site):
    source_pages = [
        p for p in html_pages(site) if p.parent.name == "sources" and p.name != "index.html"
    ]
    assert source_pages
    for page in source_pages:
        facts = parse_page(page)
        numbers = [a.get("href", "") for tag, a in facts.tags if a.get("class") == "sd-n"]
        assert numbers, page.name
        assert all(href[1:] in facts.ids for href in numbers), page.name


def test_pages_link_relatively_so_the_site_opens_from_any_folder(site):
    # 404.html is the exception: a server shows it at any depth, so MkDocs links it from the root.
    absolute = [
        f"{page.relative_to(site)}: {url}"
        for page in html_pages(site)
        if page.name != "404.html" or page.parent != site
        for url in parse_page(page).links + [url for _, url in parse_page(page).resources]
        if not is_external(url) and url.startswith("/")
    ]
    assert absolute == []


def test_pages_load_nothing_from_another_host(site):
    external = [
        f"{page.relative_to(site)}: <{tag}> {url}"
        for page in html_pages(site)
        for tag, url in parse_page(page).resources
        if is_external(url) and not url.startswith("data:")
    ]
    assert external == []


def test_no_link_runs_script(site):
    scripted = [
        f"{page.relative_to(site)}: {url}"
        for page in html_pages(site)
        for url in parse_page(page).links
        if re.sub(r"[\s\x00-\x1f]", "", url).lower().startswith(SCRIPT_SCHEMES)
    ]
    assert scripted == []
