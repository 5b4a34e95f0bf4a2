"""The command line on anyone's folder: it never deletes or changes a file it did not write, builds
with the package's own configuration, and answers bad usage with one line and exit code 2.

Every test runs the command line from an empty temporary folder, never from the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from sites import build_into

from generator import cli
from generator.sitedir import MARKER, SiteDirError, publish

ARTICLE = (
    "A Headline About the Meeting\n\nThe two leaders met on Thursday in the capital and "
    "talked for an hour about trade.\n\n“We made progress,” the minister said.\n"
)


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder: an empty temporary folder, so no mkdocs.yml and nothing to lose."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def make_story(folder: Path, names: tuple[str, ...] = ("a.txt", "b.txt")) -> Path:
    folder.mkdir(parents=True)
    for i, name in enumerate(names):
        (folder / name).write_text(ARTICLE.replace("Thursday", f"day {i + 1}"), "utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def storydrift(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    code = cli.main([str(arg) for arg in argv])
    return code, capsys.readouterr().err


def one_line_error(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("storydrift: error: ") and "Traceback" not in err


# Where the site would go, relative to tmp_path (the story is tmp_path/story).
REFUSED_SITE_DIRS = {
    "current-folder": ".",
    "the-input-folder": "story",
    "parent-of-the-input": "",
    "inside-the-input": "story/site",
    "folder-of-other-files": "notes",
    "a-file": "notes/todo.txt",
    "under-a-file": "notes/todo.txt/site",
}


@pytest.mark.parametrize("where", REFUSED_SITE_DIRS.values(), ids=REFUSED_SITE_DIRS.keys())
def test_a_site_dir_holding_other_files_is_refused_and_nothing_changes(
    tmp_path, elsewhere, capsys, where
):
    make_story(tmp_path / "story")
    (elsewhere / "draft.md").write_text("my draft", "utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("keep me", "utf-8")
    before = snapshot(tmp_path)
    site_dir = elsewhere if where == "." else tmp_path / where
    code, err = storydrift(capsys, "build", tmp_path / "story", "--site-dir", site_dir)
    assert (code, one_line_error(err)) == (2, True), err
    assert snapshot(tmp_path) == before


def test_refusal_names_the_marker_and_force(tmp_path, capsys):
    make_story(tmp_path / "story")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "photo.jpg").write_bytes(b"\xff\xd8")
    _, err = storydrift(capsys, "build", tmp_path / "story", "--site-dir", tmp_path / "out")
    assert MARKER in err and "--force" in err


def test_force_writes_the_site_in_among_other_files_and_deletes_none(tmp_path, capsys):
    make_story(tmp_path / "story")
    out = tmp_path / "out"
    out.mkdir()
    (out / "photo.jpg").write_bytes(b"\xff\xd8")
    code, _ = storydrift(capsys, "build", tmp_path / "story", "--site-dir", out, "--force")
    assert code == 0
    assert (out / "photo.jpg").read_bytes() == b"\xff\xd8"
    assert (out / "index.html").is_file() and (out / MARKER).is_file()


def test_build_prints_each_warning_once(tmp_path, capsys):
    story = make_story(tmp_path / "story")
    (story / "empty.txt").write_text("", "utf-8")
    code, err = storydrift(capsys, "build", story, "--site-dir", tmp_path / "out")
    assert code == 0
    (line,) = [line for line in err.splitlines() if "empty.txt" in line]
    assert line.startswith("storydrift: warning: empty.txt: ")


def test_force_never_builds_over_the_articles(tmp_path, capsys):
    story = make_story(tmp_path / "story")
    code, err = storydrift(capsys, "build", story, "--site-dir", story, "--force")
    assert (code, one_line_error(err)) == (2, True)


def test_a_rebuild_replaces_only_what_the_last_build_wrote(tmp_path, capsys):
    story = make_story(tmp_path / "story", ("a.txt", "b.txt", "c.txt"))
    out = tmp_path / "out"
    assert storydrift(capsys, "build", story, "--site-dir", out)[0] == 0
    assert (out / "sources" / "c.html").is_file()
    (out / "CNAME").write_text("news.example.org", "utf-8")
    (out / "sources" / "notes.txt").write_text("mine", "utf-8")
    (story / "c.txt").unlink()
    assert storydrift(capsys, "build", story, "--site-dir", out)[0] == 0
    assert not (out / "sources" / "c.html").exists()
    assert (out / "CNAME").read_text("utf-8") == "news.example.org"
    assert (out / "sources" / "notes.txt").read_text("utf-8") == "mine"
    listed = json.loads((out / MARKER).read_text("utf-8"))["files"]
    assert "index.html" in listed and "CNAME" not in listed


def test_a_failed_analysis_writes_nothing(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, err = storydrift(capsys, "build", tmp_path / "empty", "--site-dir", tmp_path / "out")
    assert (code, one_line_error(err)) == (2, True)
    assert not (tmp_path / "out").exists()


# publish() on its own: a finished build (a folder of files) moved into a site folder.


def staged_build(tmp_path: Path, files: dict[str, str]) -> Path:
    staged = tmp_path / "staged"
    for name, text in files.items():
        (staged / name).parent.mkdir(parents=True, exist_ok=True)
        (staged / name).write_text(text, "utf-8")
    return staged


def test_publish_refuses_to_overwrite_a_file_the_last_build_did_not_write(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / MARKER).write_text(json.dumps({"files": ["index.html"]}), "utf-8")
    (out / "quotes.html").write_text("mine", "utf-8")
    staged = staged_build(tmp_path, {"index.html": "new", "quotes.html": "new"})
    with pytest.raises(SiteDirError, match="quotes.html"):
        publish(staged, out, force=False)
    assert (out / "quotes.html").read_text("utf-8") == "mine"


def test_publish_with_force_overwrites_a_file_of_the_same_name(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("mine", "utf-8")
    publish(staged_build(tmp_path, {"index.html": "new"}), out, force=True)
    assert (out / "index.html").read_text("utf-8") == "new"


def test_publish_never_deletes_through_an_edited_marker(tmp_path):
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    listed = ["../precious.txt", str(outside), "a/../../precious.txt"]
    (out / MARKER).write_text(json.dumps({"files": listed}), "utf-8")
    publish(staged_build(tmp_path, {"index.html": "new"}), out, force=False)
    assert outside.read_text("utf-8") == "keep"


def test_publish_never_writes_through_a_link_to_another_folder(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / MARKER).write_text(json.dumps({"files": ["sources/a.html"]}), "utf-8")
    (out / "sources").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(SiteDirError, match="is a link"):
        publish(staged_build(tmp_path, {"sources/a.html": "new"}), out, force=True)
    assert list(elsewhere.iterdir()) == []


def test_publish_removes_the_folders_its_old_files_leave_empty(tmp_path):
    out = tmp_path / "out"
    publish(staged_build(tmp_path, {"old/page.html": "x", "index.html": "x"}), out, force=False)
    publish(staged_build(tmp_path / "2", {"index.html": "y"}), out, force=False)
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "index.html"]


# The configuration: the package's own, whatever the current folder holds.


def test_build_never_loads_the_mkdocs_yml_of_the_current_folder(tmp_path, elsewhere, capsys):
    (elsewhere / "mkdocs.yml").write_text(
        "site_name: Somebody Else\nhooks: [hook.py]\nextra_javascript: [tracker.js]\n", "utf-8"
    )
    (elsewhere / "hook.py").write_text(
        "from pathlib import Path\nPath('hook-ran').write_text('yes')\n", "utf-8"
    )
    story = make_story(tmp_path / "story")
    code, _ = storydrift(capsys, "build", story, "--site-dir", tmp_path / "out")
    assert code == 0
    assert not (elsewhere / "hook-ran").exists()
    home = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert "tracker.js" not in home and "Somebody Else" not in home
    assert (tmp_path / "out" / "method.html").is_file()
    assert (tmp_path / "out" / "about.html").is_file()


def without_seeds(config: dict) -> dict:
    plugins = [p for p in config["plugins"] if not (isinstance(p, dict) and "storydrift" in p)]
    return {**config, "plugins": plugins}


def test_the_package_configuration_is_the_repository_one():
    package = yaml.safe_load((ROOT / "generator" / "site" / "mkdocs.yml").read_text("utf-8"))
    repository = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    assert without_seeds(package) == without_seeds(repository)


def test_the_package_ships_the_hand_written_pages():
    shipped = ROOT / "generator" / "site" / "docs"
    for page in sorted((ROOT / "docs").rglob("*.md")):
        assert (shipped / page.relative_to(ROOT / "docs")).read_bytes() == page.read_bytes()


def test_the_command_line_and_mkdocs_build_make_the_same_site(tmp_path, capsys):
    story = make_story(tmp_path / "story")
    assert storydrift(capsys, "build", story, "--site-dir", tmp_path / "cli")[0] == 0
    by_cli = snapshot(tmp_path / "cli")
    del by_cli[MARKER]
    assert snapshot(build_into(story, tmp_path / "mkdocs")) == by_cli


# Usage errors: one line, exit code 2, before any analysis when possible.


def json_target(tmp_path: Path, case: str) -> Path:
    return {
        "missing-folder": tmp_path / "no" / "such" / "report.json",
        "a-folder": tmp_path,
        "inside-the-input": tmp_path / "story" / "report.json",
        "an-article": tmp_path / "story" / "a.txt",
        "full-disk": Path("/dev/full"),
    }[case]


@pytest.mark.parametrize(
    "case", ["missing-folder", "a-folder", "inside-the-input", "an-article", "full-disk"]
)
def test_json_that_cannot_be_written_is_a_one_line_error(tmp_path, capsys, case):
    target = json_target(tmp_path, case)
    if case == "full-disk" and not target.exists():
        pytest.skip("no /dev/full on this system")
    story = make_story(tmp_path / "story")
    before = snapshot(story)
    code, err = storydrift(capsys, "analyse", story, "--json", target)
    assert (code, one_line_error(err)) == (2, True), err
    assert snapshot(story) == before


def test_an_empty_folder_argument_is_a_usage_error_not_the_current_folder(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["analyse", ""])
    assert exit_.value.code == 2
    assert "DIR is empty" in capsys.readouterr().err


def test_a_missing_folder_is_a_one_line_error(tmp_path, capsys):
    code, err = storydrift(capsys, "analyse", tmp_path / "nowhere")
    assert (code, one_line_error(err)) == (2, True)


def test_a_file_name_that_is_not_text_prints_on_one_line(tmp_path, capsys):
    story = make_story(tmp_path / "story")
    (story / "caf\udce9\n.txt").write_text(ARTICLE.replace("trade", "fish"), "utf-8")
    code, err = storydrift(capsys, "analyse", story)
    assert code == 0
    (warning,) = [line for line in err.splitlines() if "rename the file" in line]
    assert warning.startswith("storydrift: warning: caf") and warning.encode("utf-8")


def test_an_internal_error_is_one_line_with_exit_code_3(tmp_path, capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "run", broken)
    code, err = storydrift(capsys, "analyse", make_story(tmp_path / "story"))
    assert (code, one_line_error(err)) == (3, True)
    assert "ZeroDivisionError" in err and "please report" in err


def test_every_option_of_the_command_line_is_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = cli.parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    options = {
        option
        for command in commands.values()
        for action in command._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    }
    assert sorted(option for option in options if option not in readme) == []


def test_publish_keeps_a_page_edited_by_hand_since_the_last_build(tmp_path):
    out = tmp_path / "out"
    publish(staged_build(tmp_path, {"old.html": "x", "index.html": "x"}), out, force=False)
    (out / "old.html").write_text("my notes", "utf-8")
    (out / "index.html").write_text("my version", "utf-8")
    with pytest.raises(SiteDirError, match="index.html"):
        publish(staged_build(tmp_path / "2", {"index.html": "y"}), out, force=False)
    assert (out / "index.html").read_text("utf-8") == "my version"
    (out / "index.html").write_text("x", "utf-8")  # back as the build wrote it: ours again
    publish(staged_build(tmp_path / "3", {"index.html": "y"}), out, force=False)
    assert (out / "old.html").read_text("utf-8") == "my notes"
    assert (out / "index.html").read_text("utf-8") == "y"


def test_publish_removes_a_listed_link_not_what_it_points_to(tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep", "utf-8")
    out = tmp_path / "out"
    publish(staged_build(tmp_path, {"page.html": "x", "index.html": "x"}), out, force=False)
    (out / "page.html").unlink()
    (out / "page.html").symlink_to(precious)
    publish(staged_build(tmp_path / "2", {"index.html": "y"}), out, force=False)
    assert precious.read_text("utf-8") == "keep"
