"""Render: analysed `Story` records in, the site's generated files (path -> text) out.

Each page family has its own module and template; `render_site` calls them in order and adds the
machine-readable downloads. Only this stage imports Jinja2.
"""

from __future__ import annotations

from typing import Any

from generator.model import Story
from generator.render import comparison, discrepancies, home, quotes, source_pages
from generator.render.common import Site, plain, source_page, source_title
from generator.render.home import story_title
from generator.report import csv_files, report_json

PAGE_FAMILIES = (
    home.render,
    source_pages.render,
    comparison.render,
    quotes.render,
    discrepancies.render,
)


def render_story(story: Story, site: Site) -> dict[str, str]:
    files: dict[str, str] = {}
    for family in PAGE_FAMILIES:
        files.update(family(story, site))
    files[site.path("report.json")] = report_json(story)
    for name, content in csv_files(story).items():
        files[site.path(name)] = content
    return files


def render_site(stories: list[Story], directory_urls: bool = False) -> dict[str, str]:
    """All generated files of a site holding one story at its root, or several in sub-folders."""
    if len(stories) == 1:
        return render_story(stories[0], Site("", directory_urls))
    files: dict[str, str] = {}
    for story in stories:
        files.update(render_story(story, Site(f"{story.id}/", directory_urls)))
    files["index.md"] = home.render_index(stories, Site("", directory_urls))
    return files


PAGE_TITLES = (
    ("Summary", "index.md"),
    ("Sources", "sources/index.md"),
    ("Alignment", "alignment.md"),
    ("Quotes", "quotes.md"),
    ("Discrepancies", "discrepancies.md"),
)


# Every page carries the whole navigation: past this many sources, listing each source page in
# it would make every page of a thousand-article story ~150 KB larger and the build quadratic.
# The Sources page links every source page instead.
NAV_SOURCES_MAX = 50


def story_nav(story: Story, site: Site, generated: set[str]) -> list[Any]:
    nav: list[Any] = []
    for title, page in PAGE_TITLES:
        if site.path(page) in generated:
            # The alignment view is split into pages of statements in a large story.
            entry = (
                comparison.alignment_nav(story, site) if page == "alignment.md" else site.path(page)
            )
            nav.append({title: entry})
    if len(story.sources) <= NAV_SOURCES_MAX:
        nav.append(
            {
                "Source texts": [
                    {plain(source_title(story, source), 60): site.path(source_page(source.id))}
                    for source in story.sources
                ]
            }
        )
    return nav


def site_nav(stories: list[Story], generated: set[str], hand_written: list[str]) -> list[Any]:
    """The navigation: the story pages in reading order, then the hand-written pages."""
    if len(stories) == 1:
        nav = story_nav(stories[0], Site(), generated)
    else:
        nav = [{"Stories": "index.md"}] + [
            {plain(story_title(story), 60): story_nav(story, Site(f"{story.id}/"), generated)}
            for story in stories
        ]
    return nav + [page for page in hand_written if page != "index.md"]
