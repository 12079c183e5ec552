"""``python -m seedclean``: the command line (see :mod:`seedclean.cli`)."""

from .cli import main

if __name__ == "__main__":  # not when imported, e.g. by pytest's doctest collection
    raise SystemExit(main())
