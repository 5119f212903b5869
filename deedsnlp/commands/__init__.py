"""CLI command groups; each module defines ``register(app)`` and keeps its commands thin."""
