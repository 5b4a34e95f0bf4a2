"""The folder a site is written to: what the command line may write there, and how a new build
replaces the previous one.

A build is made in a temporary folder and only then moved into the site folder, so a failed build
changes nothing. The build leaves a marker file, `.storydrift-site`, listing every file it wrote;
the marker is the only thing that makes a folder a StoryDrift site. A new build into such a folder
removes or replaces the files the previous build listed, and nothing else; the marker keeps each
file's SHA-256, so a listed file that was changed since (a page someone edited by hand) is no
longer ours and is neither removed nor overwritten. A folder that holds anything else is
refused (unless `force`, which writes the site in among the files there, still deleting nothing),
and so is a folder that holds the articles or sits inside their folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path, PurePosixPath

MARKER = ".storydrift-site"
MARKER_FORMAT = 2  # 2: the marker records each file's SHA-256


class SiteDirError(Exception):
    """A site folder the command line refuses to write; the message is one line with the fix."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def check_site_dir(site_dir: Path, articles: Path, *, force: bool) -> None:
    """Refuse a site folder that would lose or mix up someone's files, before anything is done."""
    out, given = site_dir.resolve(), articles.resolve()
    if _inside(given, out):
        raise SiteDirError(
            f"--site-dir {site_dir}: holds the folder of articles, and building would replace "
            "what is in it; choose a folder outside it, such as a new sibling folder"
        )
    if _inside(out, given):
        raise SiteDirError(
            f"--site-dir {site_dir}: is inside the folder of articles, where the next run would "
            "read the site as articles; choose a folder outside it"
        )
    if site_dir.exists() and not site_dir.is_dir():
        raise SiteDirError(f"--site-dir {site_dir}: is a file, not a folder; choose a folder")
    existing = site_dir
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise SiteDirError(
            f"--site-dir {site_dir}: {existing} is a file, so the folder cannot be made; choose "
            "another place"
        )
    if force or not site_dir.exists() or is_site(site_dir):
        return
    if any(site_dir.iterdir()):
        raise SiteDirError(
            f"--site-dir {site_dir}: is not empty and is not a site StoryDrift built (it has no "
            f"{MARKER} file); choose a new or empty folder, or add --force to write the site in "
            "among its files (nothing is deleted)"
        )


def is_site(folder: Path) -> bool:
    return (folder / MARKER).is_file()


def previous_files(site_dir: Path) -> set[str]:
    """The files the previous build wrote and nobody changed since (relative, forward slashes).

    Only safe names are kept, so an edited marker cannot point outside the folder, and only files
    whose content still has the digest the marker recorded, so a page edited by hand stays."""
    try:
        data = json.loads((site_dir / MARKER).read_text("utf-8"))
        digests = data["sha256"] if isinstance(data, dict) else {}
    except (OSError, ValueError, KeyError):
        return set()  # unreadable: nothing is known to be ours, so nothing is removed
    names = set()
    for name, digest in digests.items() if isinstance(digests, dict) else ():
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or name != path.as_posix():
            continue
        target = site_dir / name
        if target.is_file() and not target.is_symlink() and _digest(target) == digest:
            names.add(name)
    return names


def _digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def built_files(staged: Path) -> list[str]:
    return sorted(
        path.relative_to(staged).as_posix() for path in staged.rglob("*") if path.is_file()
    )


def _obstacles(site_dir: Path, new: list[str], ours: set[str], *, force: bool) -> list[str]:
    """Paths of the new build that would change a file the previous build did not write, or
    write through a link."""
    problems = []
    folders: dict[str, str] = {}  # folder -> what is wrong with it ("" when nothing)
    for name in new:
        for folder in reversed(PurePosixPath(name).parents[:-1]):
            key = folder.as_posix()
            if key not in folders:
                path = site_dir / key
                folders[key] = (
                    "is a link"
                    if path.is_symlink()
                    else "is a file"
                    if path.exists() and not path.is_dir()
                    else ""
                )
            if folders[key]:
                problems.append(f"{key} ({folders[key]} where the site needs a folder)")
                break
        else:
            target = site_dir / name
            if target.is_dir() and not target.is_symlink():
                problems.append(f"{name} (a folder where the site writes a file)")
            elif (target.exists() or target.is_symlink()) and name not in ours and not force:
                problems.append(f"{name} (a file StoryDrift did not write)")
    return sorted(set(problems))


def publish(staged: Path, site_dir: Path, *, force: bool) -> int:
    """Move a finished build into `site_dir`, replacing only what the previous build wrote.
    Returns the number of files written."""
    try:
        return _publish(staged, site_dir, force=force)
    except OSError as error:
        raise SiteDirError(
            f"--site-dir {site_dir}: cannot be written ({error.strerror}); check the disk and "
            "the folder's permissions"
        ) from None


def _publish(staged: Path, site_dir: Path, *, force: bool) -> int:
    site_dir.mkdir(parents=True, exist_ok=True)
    ours = previous_files(site_dir) if is_site(site_dir) else set()
    new = built_files(staged)
    problems = _obstacles(site_dir, new, ours, force=force)
    if problems:
        more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
        raise SiteDirError(
            f"--site-dir {site_dir}: would overwrite {problems[0]}{more}; move it away or "
            "choose another folder"
        )
    for name in sorted(ours - set(new)):
        _remove_file(site_dir, name)
    digests = {name: _digest(staged / name) for name in new}
    for name in new:
        target = site_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink():  # replace the link itself, never write through it
            target.unlink()
        try:
            os.replace(staged / name, target)
        except OSError:  # another disk
            shutil.copyfile(staged / name, target)
    marker = {"storydrift_site": MARKER_FORMAT, "files": new, "sha256": digests}
    (site_dir / MARKER).write_text(json.dumps(marker, indent=0) + "\n", "utf-8")
    return len(new)


def _remove_file(site_dir: Path, name: str) -> None:
    """Remove one file an earlier build wrote, then the folders it leaves empty; never through a
    link that leads out of the site folder."""
    target = site_dir / name
    if not _inside(target.parent.resolve(), site_dir.resolve()):
        return
    if target.is_file() and not target.is_symlink():
        target.unlink()
    for parent in target.parents:
        if parent == site_dir or not _inside(parent, site_dir):
            break
        try:
            parent.rmdir()  # only succeeds when empty
        except OSError:
            break
