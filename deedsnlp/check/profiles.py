"""Profiles: which sections a deeds report of a kind of unit must and should have.

The shipped profiles live in ``deedsnlp/data/profiles.yaml``; :func:`load_profile` takes a shipped
name (or an alias such as ``primary_school``) or the path of a user's own YAML/JSON file.

>>> p = load_profile("school")
>>> p.required
('study', 'institutions', 'carriers', 'cadre_building', 'core_work')
>>> load_profile("primary_school").name
'school'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..classify.labels import LABEL_NAMES, LABELS
from ..errors import DeedsError, InputError
from ..yamlsafe import refuse_yaml_bombs, safe_load

#: labels every shipped profile requires
CORE_SECTIONS: tuple[str, ...] = ("study", "institutions", "carriers", "cadre_building")
SECTION_LABELS: tuple[str, ...] = tuple(label for label in LABELS if label != "other")
_DEFAULTS = {"min_passages": 1, "min_score": 0.3, "weak_min_chars": 60}
_PROFILE_SUFFIXES = (".yaml", ".yml", ".json")
#: largest profile file read (a real one is well under 10 KB)
MAX_PROFILE_BYTES = 1 << 20


class ProfileError(DeedsError):
    """An unknown profile name or a malformed profile file."""


@dataclass(frozen=True)
class Profile:
    """Required and recommended sections (classifier labels) and the presence thresholds."""

    name: str
    required: tuple[str, ...]
    recommended: tuple[str, ...] = ()
    description: str = ""
    min_passages: int = 1
    min_score: float = 0.3
    weak_min_chars: int = 60
    source: str = "shipped"

    def __post_init__(self) -> None:
        where = f"profile {self.name!r}" + ("" if self.source == "shipped" else f" ({self.source})")
        for key in ("required", "recommended"):
            labels = getattr(self, key)
            bad = [label for label in labels if label not in SECTION_LABELS]
            if bad:
                raise ProfileError(f"{where}: unknown section label(s) in {key}: {', '.join(map(str, bad))} "
                                   f"(known: {', '.join(SECTION_LABELS)})")
        both = set(self.required) & set(self.recommended)
        if both:
            raise ProfileError(f"{where}: {', '.join(sorted(both))} both required and recommended")
        if not self.required:
            raise ProfileError(f"{where}: no required sections")
        if self.min_passages < 1:
            raise ProfileError(f"{where}: min_passages must be at least 1, got {self.min_passages}")
        if not 0.0 <= self.min_score <= 1.0:
            raise ProfileError(f"{where}: min_score must be between 0 and 1, got {self.min_score}")
        if self.weak_min_chars < 0:
            raise ProfileError(f"{where}: weak_min_chars must not be negative, got {self.weak_min_chars}")

    def level(self, label: str) -> str:
        """``required``, ``recommended`` or ``optional``."""
        if label in self.required:
            return "required"
        return "recommended" if label in self.recommended else "optional"

    @staticmethod
    def section_name(label: str) -> str:
        return LABEL_NAMES.get(label, label)


def profile_from_dict(name: str, data: Any, defaults: dict | None = None, source: str = "shipped") -> Profile:
    """A :class:`Profile` from its mapping (YAML/JSON), with ``defaults`` for the thresholds."""
    where = f"profile {name!r}" + ("" if source == "shipped" else f" ({source})")
    if not isinstance(data, dict):
        raise ProfileError(f"{where}: a profile is a mapping with 'required' (and 'recommended') lists")
    merged = {**_DEFAULTS, **(defaults or {}), **data}

    def labels(key: str) -> tuple[str, ...]:
        value = merged.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProfileError(f"{where}: {key!r} must be a list of section labels")
        return tuple(value)

    if "required" not in data:
        raise ProfileError(f"{where}: missing 'required' (a list of section labels: {', '.join(SECTION_LABELS)})")
    try:
        return Profile(
            name=str(merged.get("name") or name), required=labels("required"), recommended=labels("recommended"),
            description=str(merged.get("description") or ""), min_passages=int(merged["min_passages"]),
            min_score=float(merged["min_score"]), weak_min_chars=int(merged["weak_min_chars"]), source=source,
        )
    except (TypeError, ValueError) as exc:
        raise ProfileError(f"{where}: bad threshold ({exc})") from None


@dataclass(frozen=True)
class _Shipped:
    profiles: dict[str, Profile]
    aliases: dict[str, str]


@lru_cache(maxsize=1)
def _shipped() -> _Shipped:
    text = resources.files("deedsnlp").joinpath("data/profiles.yaml").read_text(encoding="utf-8")
    data = safe_load(text) or {}
    defaults = data.get("defaults") or {}
    profiles: dict[str, Profile] = {}
    aliases: dict[str, str] = {}
    for name, body in (data.get("profiles") or {}).items():
        profiles[name] = profile_from_dict(name, body, defaults)
        for alias in body.get("aliases") or []:
            aliases[str(alias)] = name
    return _Shipped(profiles, aliases)


def shipped_profiles() -> dict[str, Profile]:
    """The shipped profiles by name."""
    return dict(_shipped().profiles)


def profile_names() -> list[str]:
    return sorted(_shipped().profiles)


def _looks_like_path(spec: str) -> bool:
    base = spec.split("#", 1)[0]
    return base.lower().endswith(_PROFILE_SUFFIXES) or "/" in base or "\\" in base or Path(base).exists()


def load_profile_file(path: str | Path, name: str | None = None) -> Profile:
    """A user's profile file: one profile, or a ``profiles:`` mapping (``name`` picks one)."""
    path = Path(path)
    source = str(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_PROFILE_BYTES + 1)
        if len(raw) > MAX_PROFILE_BYTES:
            raise ProfileError(f"{source}: profile file larger than {MAX_PROFILE_BYTES >> 20} MiB (refused)")
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise ProfileError(f"{source}: no such profile file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{source}: cannot read the profile file ({exc})") from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            refuse_yaml_bombs(text, source)  # aliases ("billion laughs") refused before anything is built
            data = safe_load(text)
    except InputError as exc:
        raise ProfileError(str(exc)) from None
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise ProfileError(f"{source}: malformed profile file ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: a profile file holds a mapping (required, recommended ...)")
    defaults = data.get("defaults") or {}
    if "profiles" in data:
        profiles = data.get("profiles") or {}
        if not isinstance(profiles, dict) or not profiles:
            raise ProfileError(f"{source}: 'profiles' must map names to profiles")
        if name is None:
            if len(profiles) > 1:
                raise ProfileError(f"{source}: the file has several profiles ({', '.join(map(str, profiles))}); "
                                   f"pass {source}#NAME")
            name = next(iter(profiles))
        if name not in profiles:
            raise ProfileError(f"{source}: no profile {name!r} in the file (it has {', '.join(map(str, profiles))})")
        return profile_from_dict(str(name), profiles[name], defaults, source)
    fallback = name or path.stem
    return profile_from_dict(str(data.get("name") or fallback), data, defaults, source)


def load_profile(spec: str | Path | Profile) -> Profile:
    """A shipped profile by name or alias, or a profile file (``path`` or ``path#name``)."""
    if isinstance(spec, Profile):
        return spec
    spec = str(spec).strip()
    shipped = _shipped()
    if spec in shipped.profiles:
        return shipped.profiles[spec]
    if spec in shipped.aliases:
        return shipped.profiles[shipped.aliases[spec]]
    if spec and _looks_like_path(spec):
        base, _, name = spec.partition("#")
        return load_profile_file(base, name or None)
    raise ProfileError(f"unknown profile {spec!r}; shipped profiles: {', '.join(profile_names())} "
                       f"(or pass a profile file, .yaml or .json)")
