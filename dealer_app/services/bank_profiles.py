"""The bank file profiles a person may choose: those shipped with the program
(resources/bank_profiles) and those a user added to the data folder's bank_profiles/ (the same
key there replaces the shipped one)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from dealer_app.domain.bank_files import Profile, profile_from_dict
from dealer_app.domain.errors import InvalidInput, NotFound
from dealer_app.domain.messages import Msg
from dealer_app.paths import data_dir, resource_path

DEFAULT_PROFILE = "generic"


def folders() -> list[Path]:
    """Where profiles are read from, shipped first (a user's file of the same name wins)."""
    return [resource_path("bank_profiles"), user_folder()]


def user_folder() -> Path:
    return data_dir() / "bank_profiles"


def read_profile(path: Path) -> Profile:
    """One profile file, checked; InvalidInput saying what is wrong with it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        why = Msg("profile.why.unreadable", {"detail": str(exc)})
        raise InvalidInput("profile.invalid", file=str(path), why=why) from exc
    except tomllib.TOMLDecodeError as exc:
        why = Msg("profile.why.toml", {"detail": str(exc)})
        raise InvalidInput("profile.invalid", file=str(path), why=why) from exc
    return profile_from_dict(path.stem, data, str(path))


def profiles() -> tuple[dict[str, Profile], list[InvalidInput]]:
    """key -> profile, and the problems of files that could not be used (said, not hidden)."""
    found: dict[str, Profile] = {}
    problems: list[InvalidInput] = []
    for folder in folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                found[path.stem] = read_profile(path)
            except InvalidInput as exc:
                problems.append(exc)
    return found, problems


def get(key: str | None) -> Profile:
    """A profile by key (None: the generic one), or a profile file given by its path."""
    key = (key or DEFAULT_PROFILE).strip()
    if key.endswith(".toml") and Path(key).is_file():
        return read_profile(Path(key))
    found, problems = profiles()
    if key in found:
        return found[key]
    for p in problems:
        if Path(str(p.msg.params.get("file", ""))).stem == key:
            raise p
    raise NotFound("profile.not_found", key=key, known=sorted(found))
