"""The MkDocs adapter: runs the pipeline in `on_files` and hands the generated pages to MkDocs.

Nothing generated is written into `docs/`: pages, downloads and the stylesheet are added in memory
with `File.generated`. Problems with the input are logged as warnings through MkDocs' logger, so
`mkdocs build --strict` fails on them; a folder with nothing to analyse stops the build with a
one-line `PluginError`. `mkdocs serve` watches the seeds folder.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.ingest.read import InputError
from generator.model import Story
from generator.pipeline import run
from generator.render import render_site, site_nav
from generator.render.method import METHOD_PAGE, fill_method_page

log = logging.getLogger("mkdocs.plugins.storydrift")
STYLESHEET = "assets/storydrift.css"
# MkDocs stamps every page with the build day (the sitemap's <lastmod>, the gzip header of
# sitemap.xml.gz), so builds on two days would differ. Pages get the newest publication date of the
# articles instead, or this fixed date (gzip's "no time") when no article states one.
NO_DATE = "1970-01-01"


class StoryConfig(Config):
    seeds = c.Type(str, default="seeds")
    """The folder of articles: one story at its top level, or one sub-folder per story."""
    nav = c.Type(bool, default=True)
    """Build the navigation from the stories (ignored when mkdocs.yml sets `nav`)."""


class StoryDriftPlugin(BasePlugin[StoryConfig]):
    def __init__(self) -> None:
        self.seeds = Path("seeds")
        self.date = NO_DATE

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path or ".").resolve().parent
        self.seeds = (base / self.config.seeds).resolve()
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        try:
            stories = run(self.seeds)
        except InputError as error:
            raise PluginError(f"storydrift: {error}") from None
        for story in stories:
            for warning in story.warnings:
                log.warning("storydrift: %s", warning)
        self.date = content_date(stories)
        generated = render_site(stories, directory_urls=config.use_directory_urls)
        generated[STYLESHEET] = (
            resources.files("generator").joinpath("assets/storydrift.css").read_text("utf-8")
        )
        for path in sorted(generated):
            existing = files.get_file_from_path(path)
            if existing is not None:
                log.warning(
                    "storydrift: docs/%s is replaced by the generated page; remove it from docs/",
                    path,
                )
                files.remove(existing)
            files.append(File.generated(config, path, content=generated[path]))
        if self.config.nav and not config.nav:
            hand_written = sorted(
                f.src_uri for f in files.documentation_pages() if f.src_uri not in generated
            )
            config.nav = site_nav(stories, set(generated), hand_written)
        return files

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        if "SOURCE_DATE_EPOCH" not in os.environ:  # a date the builder chose wins
            page.update_date = self.date
        return page

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """The Method page gets the code's tables of thresholds and word lists."""
        if page.file.src_uri == METHOD_PAGE:
            return fill_method_page(markdown)
        return markdown

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.seeds))
        return server


def content_date(stories: list[Story]) -> str:
    """The newest publication date (ISO) of any article, or NO_DATE when none states one."""
    dates = []
    for story in stories:
        for source in story.sources:
            try:
                dates.append(date.fromisoformat(source.published).isoformat())
            except ValueError:
                continue
    return max(dates, default=NO_DATE)
