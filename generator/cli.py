"""Command line: `storydrift analyse DIR --json FILE` and `storydrift build DIR --site-dir OUT`.

Exit codes: 0 done, 1 done with warnings under `--strict`, 2 bad usage or unreadable input, 3 an
internal error (a bug to report). Warnings and errors go to standard error, one line each; a terse
summary ends every run. The site is built with the package's own MkDocs configuration, never a
`mkdocs.yml` found in the current folder, and written as `sitedir` allows: nothing the command did
not write is deleted or overwritten.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from importlib import resources
from pathlib import Path

from tqdm import tqdm

from generator.ingest.read import InputError, shown
from generator.model import Story
from generator.pipeline import count_articles, run
from generator.report import build_report
from generator.sitedir import SiteDirError, check_site_dir, publish

OK, WARNINGS, BAD_INPUT, INTERNAL_ERROR = 0, 1, 2, 3
EXIT_CODES = (
    "exit codes: 0 done, 1 done with warnings (with --strict), 2 bad usage or unreadable input, "
    "3 internal error"
)


class UsageError(Exception):
    """An option the command line refuses; the message is one line with the fix."""


def folder_argument(text: str) -> Path:
    """DIR as given; an empty string would silently mean the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("DIR is empty; give a folder of articles (. for here)")
    return Path(text)


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="storydrift",
        description="Compare how several outlets reported one news story: summary, source "
        "comparison, quotes and discrepancies, each with its evidence.",
        epilog="examples:\n  storydrift analyse seeds --json report.json\n"
        f"  storydrift build seeds --site-dir site\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    analyse = commands.add_parser(
        "analyse",
        help="analyse a folder of articles and write report.json",
        description="Analyse a folder of articles (one story, or one sub-folder per story).",
        epilog=EXIT_CODES,
    )
    analyse.add_argument(
        "folder", type=folder_argument, metavar="DIR", help="folder of article files"
    )
    analyse.add_argument("--json", type=Path, metavar="FILE", help="write the report here")
    analyse.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    build = commands.add_parser(
        "build",
        help="analyse a folder of articles and build the static site",
        description="Build the StoryDrift site for any folder of articles, without mkdocs.yml. "
        "OUT must be new, empty, or a site StoryDrift built before (whose files are replaced); "
        "it may not hold the articles or sit inside their folder.",
        epilog=EXIT_CODES,
    )
    build.add_argument(
        "folder", type=folder_argument, metavar="DIR", help="folder of article files"
    )
    build.add_argument(
        "--site-dir",
        type=Path,
        metavar="OUT",
        default=Path("site"),
        help="where to write the site (default: ./site)",
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that holds other files (overwriting any with the site's "
        "names; nothing is deleted)",
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
    """The pipeline with a progress bar on standard error (shown only on a terminal).

    tqdm's monitor thread (which only re-tunes a stalled bar's refresh) is turned off: a process
    running a second thread is never forked (`workers.can_fork`), and a large story is read and
    parsed by forked workers."""
    tqdm.monitor_interval = 0
    with tqdm(
        total=count_articles(folder), unit="article", desc="storydrift", disable=None, leave=False
    ) as bar:
        return run(folder, progress=lambda _name: bar.update())


def check_json_path(json_path: Path, folder: Path) -> None:
    """Refuse a report path that cannot be written, before the analysis starts."""
    if json_path.is_dir():
        raise UsageError(f"--json {json_path}: is a folder; give a file name such as report.json")
    parent = json_path.parent
    if not parent.is_dir():
        raise UsageError(f"--json {json_path}: folder {parent} does not exist; create it first")
    target = json_path.resolve()
    if target.is_relative_to(folder.resolve()):
        raise UsageError(
            f"--json {json_path}: is inside the folder of articles, where it could replace an "
            "article and be read as one next time; write it outside the folder"
        )


def write_json(json_path: Path, data: object) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        with json_path.open("w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise UsageError(
            f"--json {json_path}: cannot be written ({error.strerror}); choose another file"
        ) from None


def analyse(folder: Path, json_path: Path | None) -> list[Story]:
    if json_path is not None:
        check_json_path(json_path, folder)
    stories = run_with_progress(folder)
    if json_path is not None:
        reports = [build_report(story) for story in stories]
        data = reports[0] if len(reports) == 1 else {"schema_version": 1, "stories": reports}
        write_json(json_path, data)
    return stories


def build(folder: Path, site_dir: Path, force: bool = False) -> list[Story]:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    if not folder.is_dir():
        raise InputError(
            f"{shown(folder)}: not a folder; point StoryDrift at a folder of article files"
        )
    check_site_dir(site_dir, folder, force=force)
    stories = run_with_progress(folder)  # fails early with a one-line error, before MkDocs
    config_file = resources.files("generator").joinpath("site/mkdocs.yml")
    with (
        tempfile.TemporaryDirectory(prefix="storydrift-") as staged,
        resources.as_file(config_file) as config_path,
    ):
        config = load_config(config_file=str(config_path), site_dir=staged)
        config.plugins["storydrift"].config.seeds = str(folder.resolve())
        plugin_log = logging.getLogger("mkdocs.plugins.storydrift")
        plugin_log.disabled = True  # its warnings are the analysis's, which `main` prints once
        try:
            mkdocs_build(config)
        finally:
            plugin_log.disabled = False
        publish(Path(staged), site_dir, force=force)
    return stories


def say(kind: str, message: str) -> None:
    """One line on standard error; a name that is not text or holds a line break stays one line."""
    line = " ".join(message.splitlines())
    line = line.encode("utf-8", "replace").decode("utf-8")
    print(f"storydrift: {kind}: {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "analyse":
            stories = analyse(args.folder, args.json)
        else:
            stories = build(args.folder, args.site_dir, args.force)
    except (InputError, UsageError, SiteDirError) as error:
        say("error", str(error))
        return BAD_INPUT
    except KeyboardInterrupt:
        say("error", "interrupted; nothing more was written")
        return 130
    except Exception as error:  # noqa: BLE001 (a bug: one line, not a traceback)
        say(
            "error",
            f"internal error ({type(error).__name__}: {str(error)[:200]}); this is a StoryDrift "
            "bug, please report it with the command and the files",
        )
        return INTERNAL_ERROR
    for story in stories:
        for warning in story.warnings:
            say("warning", warning)
    print(summary_line(stories), file=sys.stderr)
    has_warnings = any(story.warnings for story in stories)
    return WARNINGS if args.strict and has_warnings else OK
