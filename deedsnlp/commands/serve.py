"""`deedsnlp serve`: the local web page for clerks (needs the ``web`` extra)."""

from __future__ import annotations

import typer

from ..cli import error, warn

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default is only reachable from this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    max_upload_mb: float = typer.Option(10.0, "--max-upload-mb", min=0.001, help="Largest request body (upload) in MB; larger ones are answered 413."),
) -> None:
    """Serve the check / clean / draft / near-duplicate pages and the JSON API on this machine."""
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        error(f"the web page needs the web extra ({exc.name} is missing): pip install 'deedsnlp[web]'")
        raise typer.Exit(2)
    if host not in LOOPBACK:
        warn(f"binding to {host}: the page has no login and will be reachable from other machines")
    app = create_app(max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"deedsnlp: serving on http://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
