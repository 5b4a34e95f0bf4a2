"""`python -m generator`: the command line (`generator/cli.py`), without the script on PATH."""

from generator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
