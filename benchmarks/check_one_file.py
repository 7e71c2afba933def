"""Baseline of the class-checking budget: the same 2,000 problems checked as ONE homework file.

A homework file holds at most 1,000 problems, so this script raises the cap for its own run and then
runs ``mlmath check FILE`` in this process, exactly as the command line would.
"""

import sys

import mlmath.parsing.homework as reading
from mlmath.cli.app import main

reading.MAX_PROBLEMS = 10_000
sys.exit(main(["check", *sys.argv[1:]]))
