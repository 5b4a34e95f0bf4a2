"""Whatever folder users point StoryDrift at: warnings or one-line errors, never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BASIL_STORIES, ROOT, SEEDS, need_basil
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator.cli import main
from generator.ingest.read import InputError
from generator.pipeline import run
from generator.render import render_site
from generator.report import build_report

ARTICLE = (
    "A Headline About the Meeting\n\nThe two leaders met on Thursday in the capital and "
    "talked for an hour about trade.\n\n“We made progress,” the minister said.\n"
)


# "Billion laughs": each alias doubles nine times over; expanded, the title is 9**9 words long.
ALIAS_BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{b}: &{b} [" + ",".join([f"*{a}"] * 9) + "]\n"
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "title: *i"
)


def front(yaml_text: str) -> str:
    """A Markdown article with this front matter and a body of its own."""
    return "---\n" + yaml_text + "\n---\n" + ARTICLE.replace("trade", "fishing rights")


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
        ("feb.md", front("date: 2024-02-30"), "feb.md: date '2024-02-30' is not a real date"),
        ("m13.md", front("date: 2024-13-01"), "m13.md: date '2024-13-01' is not a real date"),
        ("h25.md", front("date: 2024-01-01 25:00:00"), "h25.md: date '2024-01-01 25:00:00' is"),
        ("time.md", front("date: 25:00:00"), "time.md: date '25:00:00' is not a real date"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "deep.json: JSON nested too deeply"),
        ("deep.md", front("t: " + "[" * 5_000), "deep.md: front matter is nested too deeply"),
        ("long.md", front("t: " + "x" * 30_000), "long.md: front matter is over 20,000 char"),
        ("bomb.md", front(ALIAS_BOMB), "bomb.md: front matter uses an alias (*a)"),
        ("caf\udce9.txt", ARTICLE.replace("trade", "fish"), "caf\ufffd.txt: its name is not UTF"),
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
        "date-feb-30",
        "date-month-13",
        "date-hour-25",
        "time-alone",
        "json-100000-deep",
        "yaml-5000-deep",
        "yaml-too-long",
        "yaml-alias-bomb",
        "name-not-utf8",
    ],
)
def test_bad_files_give_a_warning_naming_the_file(tmp_path, name, data, expected):
    warnings = warnings_for(tmp_path, {name: data})
    assert any(w.startswith(expected) for w in warnings), warnings
    assert all("\n" not in w for w in warnings)


JSON_BODY = json.dumps(ARTICLE.replace("trade", "the harbour"))
NINES = "9" * 5_000  # past Python's 4,300-digit limit for reading an integer


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [
        ("big.md", front("title: " + NINES), NINES),
        ("inf.md", front("title: 1e309"), "1e309"),
        ("big.json", f'{{"title": {NINES}, "text": {JSON_BODY}}}', NINES),
        ("inf.json", f'{{"title": 1e309, "text": {JSON_BODY}}}', "1e309"),
        ("nan.json", f'{{"title": Infinity, "text": {JSON_BODY}}}', "Infinity"),
        ("half.json", f'{{"title": "A \\ud800 title", "text": {JSON_BODY}}}', "A ? title"),
    ],
    ids=["yaml-5000-digits", "yaml-1e309", "json-5000-digits", "json-1e309", "json-infinity",
         "json-lone-surrogate"],
)  # fmt: skip
def test_extreme_values_in_metadata_are_read_as_written(tmp_path, name, data, title):
    (story,) = run(folder_with(tmp_path, {"base.txt": ARTICLE, name: data}))
    assert story.source(name.split(".")[0]).title == title
    json.dumps(build_report(story), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


@pytest.mark.parametrize(
    "number",
    [NINES, "1e309", "1.5e309", "-" + NINES + ".5"],
    ids=["digits", "1e309", "float", "negative"],
)
def test_extreme_numbers_in_the_text_are_analysed(tmp_path, number):
    text = ARTICLE + f"\nThe repair bill came to {number} dollars, the council said on Friday.\n"
    (story,) = run(folder_with(tmp_path, {"base.txt": ARTICLE, "bill.txt": text}))
    assert number in story.source("bill").text


def test_ids_are_unique_and_never_take_a_page_name_the_site_needs(tmp_path):
    names = ("a-3.txt", "a.md", "a.txt", "index.txt", "Method.txt")
    files = {name: ARTICLE.replace("trade", f"topic {i}") for i, name in enumerate(names)}
    (story,) = run(folder_with(tmp_path, files))
    assert [s.id for s in story.sources] == ["method-2", "a-3", "a", "a-2", "index-2"]
    pages = render_site([story])
    assert "Sources" in pages["sources/index.md"]  # the overview, not an article
    assert all(f"sources/{s.id}.md" in pages for s in story.sources)
    renamed = [w for w in story.warnings if "its pages use" in w]
    assert [w.split(":")[0] for w in renamed] == ["Method.txt", "a.txt", "index.txt"]


def test_story_folders_whose_names_slug_alike_keep_their_own_pages(tmp_path):
    seeds = tmp_path / "seeds"
    for i, name in enumerate(("Story A", "story-a", "Sources")):
        (seeds / name).mkdir(parents=True)
        for article in ("one.txt", "two.txt"):
            text = ARTICLE.replace("trade", f"topic {i}").replace("hour", f"{article} hour")
            (seeds / name / article).write_text(text, "utf-8")
    stories = run(seeds)
    assert [s.id for s in stories] == ["sources-2", "story-a", "story-a-2"]
    pages = render_site(stories)
    assert {"sources-2/index.md", "story-a/index.md", "story-a-2/index.md"} <= set(pages)
    assert any("story-a: 'story-a' is the id of another folder" in w for w in stories[0].warnings)


def test_links_that_leave_the_folder_are_not_read(tmp_path):
    secret = tmp_path / "credentials.txt"
    secret.write_text("Login Details\n\nThe password of the account is hunter2-SECRET.\n", "utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.txt").write_text(ARTICLE, "utf-8")
    folder = folder_with(tmp_path, {"a.txt": ARTICLE, "b.txt": ARTICLE.replace("trade", "fish")})
    (folder / "leak.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (story,) = run(folder)
    assert "SECRET" not in json.dumps(build_report(story))
    assert any(
        w.startswith("leak.txt: a link to a file outside the folder") for w in story.warnings
    )
    assert "inside" in [s.id for s in story.sources]  # a link within the folder is read


def test_a_story_folder_linked_from_outside_is_not_read(tmp_path):
    seeds = tmp_path / "seeds"
    for name in ("mine", "../elsewhere"):
        (seeds / name).mkdir(parents=True)
        (seeds / name / "a.txt").write_text(ARTICLE, "utf-8")
        (seeds / name / "b.txt").write_text(ARTICLE.replace("trade", "fish"), "utf-8")
    (seeds / "theirs").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    stories = run(seeds)
    assert [s.id for s in stories] == ["mine"]
    assert any(w.startswith("theirs: a link to a folder outside") for w in stories[0].warnings)


def make_deep(folder: Path, depth: int) -> Path:
    for _ in range(depth):  # os.makedirs calls itself once per level, past Python's limit
        folder = folder / "d"
        folder.mkdir()
    return folder


def remove_deep(folder: Path, depth: int) -> None:
    """shutil.rmtree also calls itself once per level (before Python 3.12): undo make_deep."""
    paths = [folder]
    for _ in range(depth):
        paths.append(paths[-1] / "d")
    for path in reversed(paths[1:]):
        for child in path.iterdir():
            child.unlink()
        path.rmdir()


@pytest.mark.parametrize("with_articles", [True, False], ids=["beside-articles", "alone"])
def test_folders_nested_1500_deep_are_no_trouble(tmp_path, with_articles):
    folder = folder_with(tmp_path, {"a.txt": ARTICLE, "b.txt": ARTICLE} if with_articles else {})
    (make_deep(folder, 1_500) / "deep.txt").write_text(ARTICLE, "utf-8")
    try:
        if with_articles:
            assert len(run(folder)[0].sources) == 2
        else:
            with pytest.raises(InputError, match="no article files"):
                run(folder)
    finally:
        remove_deep(folder, 1_500)


# Each finishes within seconds (benchmarks/bench_hostile.py measures them); the test only checks
# that it finishes, in a fresh interpreter with a generous timeout, so that a hang fails.
BOUNDED = {
    "line-1mb-no-spaces": {"line.txt": ARTICLE + "x" * 1_000_000},
    "line-290k-dotted": {"line.txt": ARTICLE + "a." * 145_000},
    "line-1mb-in-markdown": {"line.md": front("title: T") + "y" * 1_000_000},
    "line-1mb-in-json": {"line.json": json.dumps({"text": ARTICLE + "z" * 1_000_000})},
    "html-2mb-list": {"page.html": "<ul>" + "<li>item</li>" * 160_000 + "</ul>"},
    "html-2mb-nested": {"page.html": "<div>" * 400_000 + ARTICLE},
    "html-unclosed-tags": {"page.html": "<a" * 500_000},
}
RUN = "import sys, pathlib; from generator.pipeline import run; run(pathlib.Path(sys.argv[1]))"


@pytest.mark.parametrize("files", BOUNDED.values(), ids=BOUNDED.keys())
def test_huge_lines_and_pages_finish(tmp_path, files):
    folder = folder_with(tmp_path, {"base.txt": ARTICLE, **files})
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(folder)], capture_output=True, text=True, timeout=60,
        cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-1000:]


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


def test_file_names_with_spaces_and_non_ascii_letters_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
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
