"""Command line: `storydrift analyse DIR --json FILE` and `storydrift build DIR --site-dir OUT`.

Exit codes: 0 done, 1 done with warnings under `--strict`, 2 bad usage or unreadable input.
Warnings and errors go to standard error, one line each; a terse summary ends every run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from tqdm import tqdm

from generator.ingest.read import InputError
from generator.model import Story
from generator.pipeline import count_articles, run
from generator.report import build_report

OK, WARNINGS, BAD_INPUT = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="storydrift",
        description="Compare how several outlets reported one news story: summary, source "
        "comparison, quotes and discrepancies, each with its evidence.",
        epilog="examples:\n  storydrift analyse seeds --json report.json\n"
        "  storydrift build seeds --site-dir site\n\n"
        "exit codes: 0 done, 1 done with warnings (with --strict), 2 bad usage or unreadable "
        "input",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    analyse = commands.add_parser(
        "analyse",
        help="analyse a folder of articles and write report.json",
        description="Analyse a folder of articles (one story, or one sub-folder per story).",
    )
    analyse.add_argument("folder", type=Path, metavar="DIR", help="folder of article files")
    analyse.add_argument("--json", type=Path, metavar="FILE", help="write the report here")
    analyse.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    build = commands.add_parser(
        "build",
        help="analyse a folder of articles and build the static site",
        description="Build the StoryDrift site for any folder of articles, without mkdocs.yml.",
    )
    build.add_argument("folder", type=Path, metavar="DIR", help="folder of article files")
    build.add_argument(
        "--site-dir",
        type=Path,
        metavar="OUT",
        default=Path("site"),
        help="where to write the site (default: ./site)",
    )
    build.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    return main


def summary_line(stories: list[Story]) -> str:
    sources = sum(len(s.sources) for s in stories)
    quotes = sum(len(s.quote_groups) for s in stories)
    discrepancies = sum(len(s.discrepancies) for s in stories)
    warnings = sum(len(s.warnings) for s in stories)
    return (
        f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'}, {sources} sources, "
        f"{quotes} quotes, {discrepancies} discrepancies, {warnings} warnings"
    )


def run_with_progress(folder: Path) -> list[Story]:
    """The pipeline with a progress bar on standard error (shown only on a terminal)."""
    with tqdm(
        total=count_articles(folder), unit="article", desc="storydrift", disable=None, leave=False
    ) as bar:
        return run(folder, progress=lambda _name: bar.update())


def analyse(folder: Path, json_path: Path | None) -> list[Story]:
    stories = run_with_progress(folder)
    if json_path is not None:
        reports = [build_report(story) for story in stories]
        data = reports[0] if len(reports) == 1 else {"schema_version": 1, "stories": reports}
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return stories


def build(folder: Path, site_dir: Path) -> list[Story]:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    stories = run_with_progress(folder)  # fails early with a one-line error, before MkDocs
    with tempfile.TemporaryDirectory() as docs:
        config = load_config(
            config_file=None,
            site_name="StoryDrift",
            docs_dir=docs,
            site_dir=str(site_dir.resolve()),
            use_directory_urls=False,
            theme={"name": "material", "font": False},
            plugins={"search": {}, "storydrift": {"seeds": str(folder.resolve())}},
            markdown_extensions=["admonition", "attr_list", "md_in_html"],
        )
        mkdocs_build(config)
    return stories


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "analyse":
            stories = analyse(args.folder, args.json)
        else:
            stories = build(args.folder, args.site_dir)
    except InputError as error:
        print(f"storydrift: error: {error}", file=sys.stderr)
        return BAD_INPUT
    for story in stories:
        for warning in story.warnings:
            print(f"storydrift: warning: {warning}", file=sys.stderr)
    print(summary_line(stories), file=sys.stderr)
    has_warnings = any(story.warnings for story in stories)
    return WARNINGS if args.strict and has_warnings else OK
