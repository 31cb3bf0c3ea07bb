"""`python -m flows` runs the `cbec` command line."""

from flows.cli import main

main()
