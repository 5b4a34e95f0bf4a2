"""The whole site through MkDocs, the command line, and determinism."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import BASIL_STORIES, ROOT, SEEDS, need_basil
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.cli import main


def build_site(project: Path, site_dir: Path) -> Path:
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir))
    build(config)
    return site_dir


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(ROOT, tmp_path_factory.mktemp("site"))


def test_every_source_has_a_page_with_an_anchor_per_sentence(site):
    report = json.loads((site / "report.json").read_text("utf-8"))
    assert len(report["sources"]) == 5
    for source in report["sources"]:
        page = (site / "sources" / f"{source['id']}.html").read_text("utf-8")
        for sentence in source["sentences"]:
            anchor = sentence["id"].rpartition(":")[2]
            assert f'id="{anchor}"' in page


def test_source_page_lists_removed_lines_with_reasons(site):
    page = (site / "sources" / "004_4dce971f2949da2d.html").read_text("utf-8")
    assert "Please enter your comment!" in page
    assert "comment form" in page
    assert "<details" in page


def test_report_json_follows_the_sources_contract(site):
    report = json.loads((site / "report.json").read_text("utf-8"))
    assert report["schema_version"] == 1
    keys = {
        "id",
        "path",
        "title",
        "outlet",
        "byline",
        "dateline",
        "published",
        "body",
        "removed",
        "sentences",
    }
    for source in report["sources"]:
        assert keys <= set(source)
        assert all({"text", "reason"} <= set(r) for r in source["removed"])
        text = "\n\n".join(source["body"])
        assert all(text[s["start"] : s["end"]] == s["text"] for s in source["sentences"])


def test_home_page_links_the_report(site):
    assert 'href="report.json"' in (site / "index.html").read_text("utf-8")


def test_nothing_generated_is_written_into_docs(site):
    assert sorted(p.name for p in (ROOT / "docs").rglob("*.md")) == ["about.md", "method.md"]


def test_two_builds_give_identical_report_and_pages(site, tmp_path):
    again = build_site(ROOT, tmp_path / "again")
    pages = sorted(p.relative_to(site) for p in site.rglob("*.html")) + [Path("report.json")]
    assert pages == sorted(p.relative_to(again) for p in again.rglob("*.html")) + [
        Path("report.json")
    ]
    for page in pages:
        assert (site / page).read_bytes() == (again / page).read_bytes(), page


# Every sixth BASIL story, across all its years: the command line's own path is the same for any
# folder, and every BASIL story goes through the analysis in CI anyway (the tuning half in
# conftest's basil_tuning_stories, the held-out half in benchmarks/gate.py).
@pytest.mark.parametrize("story", BASIL_STORIES[::6] or [None], ids=lambda p: p and p.name)
def test_cli_analyses_basil_stories(story, tmp_path, capsys):
    need_basil()
    out = tmp_path / "report.json"
    assert main(["analyse", str(story), "--json", str(out)]) == 0
    report = json.loads(out.read_text("utf-8"))
    assert [s["id"] for s in report["sources"]] == ["fox", "hpo", "nyt"]
    assert "3 sources" in capsys.readouterr().err


def test_cli_builds_a_site_for_any_folder(tmp_path):
    story = tmp_path / "my story"
    shutil.copytree(SEEDS, story)
    assert main(["build", str(story), "--site-dir", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "index.html").is_file()
    assert (tmp_path / "out" / "report.json").is_file()


@pytest.mark.parametrize(
    ("argv", "code"),
    [(["analyse", "/nonexistent/folder"], 2), (["frobnicate"], 2)],
    ids=["missing-folder", "unknown-command"],
)
def test_cli_exit_codes_for_bad_usage(argv, code, capsys):
    try:
        assert main(argv) == code
    except SystemExit as exit_:  # argparse exits on bad usage
        assert exit_.code == code
    assert "Traceback" not in capsys.readouterr().err


def test_source_pages_mark_quotes_and_facts_in_place(site):
    page = (site / "sources" / "003_773ce43e2e6e3cc6.html").read_text("utf-8")
    assert '<span class="sd-quote" title="quote: ' in page
    assert '<span class="sd-fact sd-fact-duration" title="duration: 50' in page


def test_annotate_escapes_text_and_keeps_tags_nested():
    from markupsafe import Markup

    from generator.render.source_pages import annotate

    marks = [
        (0, 9, Markup("<b>"), Markup("</b>")),
        (4, 6, Markup("<i>"), Markup("</i>")),
        (5, 12, Markup("<u>"), Markup("</u>")),
    ]
    assert annotate("<x> & y <z>", marks) == "<b>&lt;x&gt; <i>&amp; </i>y &lt;</b>z&gt;"


def test_an_unchanged_folder_is_analysed_once_and_a_changed_one_again(tmp_path):
    from generator.pipeline import run

    story = tmp_path / "story"
    shutil.copytree(SEEDS, story)
    first = run(story)
    assert run(story)[0] is first[0]
    path = sorted(story.iterdir())[0]
    path.write_text(path.read_text("utf-8") + "\nOne more paragraph was added later.\n", "utf-8")
    again = run(story)
    assert again[0] is not first[0]
    assert "One more paragraph was added later." in again[0].sources[0].body


@pytest.mark.parametrize(
    "needle",
    ["<code>weak_match</code>", "<code>version_min_claims</code>", "<code>FUNCTION_WORDS</code>"],
    ids=["threshold", "relation-threshold", "word-list"],
)
def test_method_page_carries_the_generated_tables(site, needle):
    page = (site / "method.html").read_text("utf-8")
    assert needle in page and "storydrift:thresholds" not in page


def test_people_table_lists_each_person_once(seed_story):
    from generator.render.people import people_rows

    rows = people_rows(seed_story)
    names = [row.entity.name for row in rows]
    also = {alias: row.entity.name for row in rows for alias in row.aliases}
    assert len(names) == len(set(names))
    assert [name for name in names if name in also] == []


def test_labels_name_every_source_of_the_seeds_without_its_file_name(seed_story):
    from generator.labels import source_labels

    labels = source_labels(seed_story.sources)
    assert len(set(labels.values())) == len(seed_story.sources)
    assert [s.id for s in seed_story.sources if s.id in labels[s.id]] == []
