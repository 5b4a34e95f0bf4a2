"""Affiliations: what news copy writes beside a name to say where a person belongs.

In: short strings next to a name. Out: the party of a US party-and-state tag ("D-N.Y.",
"(R-Minn.)" -> "Democrat", "Republican"), so that a speaker's role carries the group the text
puts them in.
"""

from __future__ import annotations

import re

PARTY_TAG = re.compile(r"^\(?[DRI]-[A-Z][\w.]*\)?$")  # "D-Ill.", the US party-and-state tag
# The tag in brackets inside a phrase ("Rep. Jane Doe (R-Minn.)") or after a name ("Doe, D-Ill.").
PARTY_INLINE = re.compile(r"\s*\(\s*(?P<party>[DRI])(?:-[A-Z][\w. ]*)?\)")
PARTY_AFTER = re.compile(r"\s*[,(]\s*(?P<party>[DRI])-[A-Z][\w.]*\)?")
PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
def party_of(tag: str) -> str:
    """ "D-N.Y." / "(R-Minn.)" -> "Democrat" / "Republican", "" for anything else."""
    match = re.search(r"\b([DRI])-[A-Z]|\(([DRI])\)", tag)
    return PARTIES[match.group(1) or match.group(2)] if match else ""
