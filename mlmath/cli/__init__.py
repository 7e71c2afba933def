"""The command line: a thin Typer layer over :mod:`mlmath.core`."""
