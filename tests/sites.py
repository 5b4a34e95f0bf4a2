"""Built sites shared by the hostile-text, link and browser tests: each is built once per session.

`built_site(name, seeds, base)` builds the project's own mkdocs.yml (theme, hand-written docs,
plugins) with the storydrift plugin pointed at `seeds`, into `base/sites/name`, and returns that
folder. `html_pages(site)` lists its pages; `PageParser` reads one page with html.parser into the
facts the tests check (ids, links, resources, tags and attributes, visible text).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "data" / "hostile"
_BUILT: dict[str, Path] = {}


def build_into(seeds: Path, site_dir: Path) -> Path:
    """Build the project's site from `seeds` into `site_dir` through MkDocs itself."""
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site_dir))
    config.plugins["storydrift"].config.seeds = str(seeds.resolve())
    build(config)
    return site_dir


def built_site(name: str, seeds: Path, base: Path) -> Path:
    if name not in _BUILT:
        _BUILT[name] = build_into(seeds, base / "sites" / name)
    return _BUILT[name]


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


# Elements whose text the reader never sees as text.
HIDDEN_TEXT = {"script", "style", "template", "title"}


class PageParser(HTMLParser):
    """One page's ids, links, resource URLs, tags with their attributes, and visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []  # <a href> and <area href>
        self.resources: list[tuple[str, str]] = []  # (tag, url) that the browser fetches
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []  # inline script bodies
        self.text: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        self.tags.append((tag, values))
        for key in ("id", "name") if tag in ("a", "map") else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        if tag in ("a", "area") and "href" in values:
            self.links.append(values["href"])
        if tag == "link" and "href" in values:
            self.resources.append((tag, values["href"]))
        for key in ("src", "poster", "data"):
            if key in values:
                self.resources.append((tag, values[key]))
        if "srcset" in values:
            self.resources += [(tag, part.split()[0]) for part in values["srcset"].split(",")]
        if tag not in ("br", "img", "input", "link", "meta", "hr", "wbr", "source"):
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1] == "script":
            self.scripts.append(data)
        elif not HIDDEN_TEXT.intersection(self._open):
            self.text.append(data)

    @property
    def visible_text(self) -> str:
        return "".join(self.text)


def parse_page(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text("utf-8"))
    parser.close()
    return parser
