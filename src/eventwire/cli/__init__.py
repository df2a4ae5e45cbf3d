"""The command line: a thin layer over the library. Each verb lives in its own module and is
imported only when used (so `eventwire extract` does not pay for FastAPI, and the reverse).

Exit codes: 0 ok; 1 unexpected error; 2 bad input; 3 configuration/resources; 4 bad gold file;
5 database. They come from ``EventwireError.exit_code`` (see :mod:`eventwire.errors`).
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from .. import __version__

COMMANDS: dict[str, str] = {
    "extract": "eventwire.cli.extract:extract",
    "ingest": "eventwire.cli.ingest:ingest",
    "serve": "eventwire.cli.serve:serve",
    "export": "eventwire.cli.export:export",
    "gazetteer": "eventwire.cli.gazetteer:gazetteer",
    "evaluate": "eventwire.cli.evaluate:evaluate",
    "withdraw": "eventwire.cli.withdraw:withdraw",
    "db": "eventwire.cli.db:db",
    "stats": "eventwire.cli.db:stats",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        module = importlib.import_module(module_name)
        command: Any = getattr(module, attr)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug) on stderr.")
def cli(verbose: int) -> None:
    """eventwire: conflict news in, ACLED-shaped, geolocated events out."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if verbose == 0:
        # trafilatura logs ERROR for every page it cannot parse, though eventwire then reads the page
        # with its fallback extractor (or records a rejection): that is not an error of the run
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def main() -> None:
    cli(prog_name="eventwire")
