"""Command-line interface (Typer). Thin: every command parses arguments and calls the library.

Command groups live in :mod:`deedsnlp.commands`, one module each, registered on :data:`app`.

Start-up is kept short (``deedsnlp --help`` well under 0.3 s, see ``bench/startup.py``): this module
and the command modules import only typer and the standard library at top level; each command
imports what it needs (numpy, the classifier, the cleaner, Ray ...) inside its function, and help
is plain text (no rich import). A new command group: a module in :mod:`deedsnlp.commands` with a
``register(app)`` function, its name added to :data:`COMMAND_MODULES`, heavy imports inside the
command function.
"""

from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from typing import Iterable, Iterator, TypeVar

import typer

from .errors import DeedsError

T = TypeVar("T")

app = typer.Typer(
    name="deedsnlp",
    help="NLP toolkit for Chinese deeds reports (先进事迹材料).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with rich cost ~0.1 s of start-up
)

#: modules of :mod:`deedsnlp.commands` that define commands; each has ``register(app)``
COMMAND_MODULES = ["core", "classify", "clean", "dedup", "check", "draft", "serve", "run"]


def error(message: str) -> None:
    """One line on stderr, no traceback."""
    sys.stderr.write(f"deedsnlp: error: {message}\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    sys.stderr.write(f"deedsnlp: warning: {message}\n")
    sys.stderr.flush()


def progress(items: Iterable[T], total: int | None = None, description: str = "processing") -> Iterator[T]:
    """Iterate ``items`` with a rich progress bar on stderr when there are several and stderr is a terminal."""
    items = list(items) if total is None else items
    total = len(items) if total is None else total  # type: ignore[arg-type]
    if total < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)


class InputDocuments:
    """The documents of command-line inputs, for commands that process many.

    Names are expanded (folders, globs, ``-``) at once; every bad input — one that matches
    nothing, or a file or record that cannot be read — is reported as one line on stderr and
    sets :attr:`failed`, and the other inputs are still yielded.
    """

    def __init__(self, inputs, options=None, description: str = "processing"):
        from .errors import InputError
        from .io import LoadOptions, expand_inputs

        errors: list[InputError] = []
        self.names = list(expand_inputs(inputs, errors))
        for err in errors:
            error(str(err))
        self.failed = bool(errors)
        self.options = options or LoadOptions()
        self.description = description

    def __iter__(self):
        from .io import iter_documents

        def report(err) -> None:
            error(str(err))
            self.failed = True

        for name in progress(self.names, description=self.description):
            yield from iter_documents([name], report, options=self.options)


@contextmanager
def user_errors():
    """Turn :class:`DeedsError` into one stderr line and exit code 2."""
    try:
        yield
    except DeedsError as exc:
        error(str(exc))
        raise typer.Exit(2) from None


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f".commands.{name}", __package__).register(app)


_register_all()


def main() -> None:
    try:
        app()
    except DeedsError as exc:
        error(str(exc))
        sys.exit(2)
    except BrokenPipeError:  # e.g. `deedsnlp segment f | head`
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
