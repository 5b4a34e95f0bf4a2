"""StoryDrift: how a news story drifts across outlets, with evidence for every line."""

__version__ = "0.1.0"
