"""Whatever folder users point StoryDrift at: warnings or one-line errors, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import BASIL_STORIES, ROOT, SEEDS, need_basil
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator.cli import main
from generator.ingest.read import InputError
from generator.pipeline import run

ARTICLE = (
    "A Headline About the Meeting\n\nThe two leaders met on Thursday in the capital and "
    "talked for an hour about trade.\n\n“We made progress,” the minister said.\n"
)


def folder_with(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def warnings_for(tmp_path: Path, files: dict[str, bytes | str]) -> list[str]:
    stories = run(folder_with(tmp_path, {"base.txt": ARTICLE, **files}))
    return [w for story in stories for w in story.warnings]


def test_empty_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(InputError, match="no article files") as error:
        run(folder_with(tmp_path, {}))
    assert "\n" not in str(error.value)


def test_one_article_is_analysed_with_a_warning(tmp_path):
    (story,) = run(folder_with(tmp_path, {"only.txt": ARTICLE}))
    assert len(story.sources) == 1
    assert any("only one article" in w for w in story.warnings)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty.txt: no article text found"),
        ("blank.txt", b"\n\n   \n", "blank.txt: no article text found"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 50, "image.txt: looks like a binary file"),
        (
            "old.txt",
            ARTICLE.replace("talked", "talked — très élégant —").encode("cp1252"),
            "old.txt: not UTF-8, read as",
        ),
        ("copy.txt", ARTICLE, "copy.txt: same article text as base.txt"),
        ("bad.md", "---\ntitle: [oops\n---\n" + ARTICLE, "bad.md: front matter is not valid YAML"),
        ("bad.json", '{"title": "x", "text": ', "bad.json: not valid JSON"),
        (
            "German.txt",
            "Überschrift\n\n" + "Die Regierung erklärte am Donnerstag, dass die "
            "Gespräche fortgesetzt werden. Beobachter sehen darin ein Signal für eine Einigung "
            "zwischen den beiden Ländern, die seit Jahren streiten und nun wieder reden. " * 3,
            "German.txt: does not look like English",
        ),
        ("punct.txt", "....\n!!!\n", "punct.txt: no article text found"),
    ],
    ids=[
        "empty",
        "blank",
        "binary",
        "legacy-encoding",
        "duplicate",
        "bad-front-matter",
        "bad-json",
        "other-language",
        "no-sentences",
    ],
)
def test_bad_files_give_a_warning_naming_the_file(tmp_path, name, data, expected):
    warnings = warnings_for(tmp_path, {name: data})
    assert any(w.startswith(expected) for w in warnings), warnings
    assert all("\n" not in w for w in warnings)


def test_huge_file_is_capped_with_nothing_lost(tmp_path):
    paragraph = "The committee met again on Tuesday and discussed the budget at length. " * 20
    big = ("Huge Article Headline\n\n" + (paragraph + "\n\n") * 7100).encode()
    assert len(big) > 10_000_000
    (story,) = run(folder_with(tmp_path, {"huge.txt": big, "base.txt": ARTICLE}))
    huge = story.source("huge")
    assert any("huge.txt: longer than" in w for w in story.warnings)
    assert len(huge.lines) == 1 + 7100
    assert sum("character limit" in line.reason for line in huge.lines) > 6000


def test_html_full_of_scripts_keeps_only_text(tmp_path):
    page = (
        "<html><body>" + "<script>var x = 1;</script>" * 50 + "<h1>A Headline for a Page</h1>"
        "<p>The mayor opened the new bridge on Monday morning.</p></body></html>"
    )
    (story,) = run(folder_with(tmp_path, {"page.html": page, "base.txt": ARTICLE}))
    source = story.source("page")
    assert source.body == ("The mayor opened the new bridge on Monday morning.",)
    assert len([line for line in source.removed if "<script>" in line.reason]) == 50


def test_file_names_with_spaces_and_non_ascii_letters_build(tmp_path):
    folder = folder_with(
        tmp_path,
        {
            "Le Monde – été.txt": ARTICLE,
            "second file.md": ARTICLE.replace("hour", "hour and a half"),
        },
    )
    assert main(["build", str(folder), "--site-dir", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "sources" / "le-monde-été.html").is_file()
    assert (tmp_path / "out" / "sources" / "second-file.html").is_file()


@pytest.mark.parametrize(
    ("files", "argv_tail", "code"),
    [
        ({"a.txt": ARTICLE, "b.txt": ARTICLE.replace("Thursday", "Friday")}, [], 0),
        ({"a.txt": ARTICLE, "b.txt": b""}, ["--strict"], 1),
        ({"a.txt": ARTICLE, "b.txt": b""}, [], 0),
        ({}, [], 2),
    ],
    ids=["clean", "warnings-strict", "warnings-lenient", "empty-folder"],
)
def test_cli_exit_codes(tmp_path, capsys, files, argv_tail, code):
    folder = folder_with(tmp_path, files)
    assert main(["analyse", str(folder), *argv_tail]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("storydrift: error:")
    else:
        assert "sources" in err.splitlines()[-1]


def test_cli_help_names_the_commands_and_exit_codes(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert all(word in out for word in ("analyse", "build", "exit codes"))


def write_project(tmp_path: Path, seeds: Path) -> Path:
    (tmp_path / "docs").mkdir()
    config = (ROOT / "mkdocs.yml").read_text("utf-8").replace("seeds: seeds", f"seeds: {seeds}")
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    return tmp_path / "mkdocs.yml"


def test_plugin_stops_with_a_one_line_error_on_an_empty_folder(tmp_path, caplog):
    (tmp_path / "empty").mkdir()
    config = load_config(
        config_file=str(write_project(tmp_path, tmp_path / "empty")),
        site_dir=str(tmp_path / "site"),
    )
    with pytest.raises(Abort):  # MkDocs reports a PluginError as one line and aborts
        build(config)
    (message,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert "storydrift: " in message and "no article files" in message and "\n" not in message


def test_plugin_warnings_fail_a_strict_build(tmp_path):
    seeds = folder_with(tmp_path, {"a.txt": ARTICLE, "b.txt": b""})
    config = load_config(
        config_file=str(write_project(tmp_path, seeds)),
        site_dir=str(tmp_path / "site"),
        strict=True,
    )
    with pytest.raises(Abort, match="in strict mode"):
        build(config)


def test_seeds_with_story_subfolders_build_one_section_per_story(tmp_path):
    need_basil()
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds / "example")
    for story in BASIL_STORIES[:2]:
        shutil.copytree(story, seeds / story.name)
    config = load_config(
        config_file=str(write_project(tmp_path, seeds)), site_dir=str(tmp_path / "site")
    )
    build(config)
    site = tmp_path / "site"
    home = (site / "index.html").read_text("utf-8")
    names = ["example", BASIL_STORIES[0].name, BASIL_STORIES[1].name]
    for name in names:
        assert f'href="{name}/index.html"' in home
        report = json.loads((site / name / "report.json").read_text("utf-8"))
        assert report["story"]["id"] == name


def test_warnings_show_on_the_site_and_in_the_build_log(tmp_path, caplog):
    seeds = folder_with(tmp_path, {"a.txt": ARTICLE, "b.txt": b""})
    config = load_config(
        config_file=str(write_project(tmp_path, seeds)), site_dir=str(tmp_path / "site")
    )
    build(config)
    logged = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any("b.txt: no article text found" in message for message in logged)
    home = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert "b.txt: no article text found" in home
