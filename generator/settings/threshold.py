"""`threshold`: a settings field holding one threshold, with the reason for its value."""

from __future__ import annotations

from dataclasses import field
from typing import Any


def threshold(value: Any, why: str) -> Any:
    """A field holding one threshold, with the reason for its value (shown on the Method page)."""
    if not why:
        raise ValueError("every threshold says how it was chosen")
    return field(default=value, metadata={"why": why})
