"""Remembered passwords of shared ledgers, in the operating system's keychain only (Windows
Credential Manager, macOS Keychain, the Secret Service on Linux) through `keyring`, and only
when the person ticks "remember". Nothing is ever written to the settings file. A computer
without a usable keychain simply remembers nothing (`available()` says so)."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

SERVICE = "Dealer Desk"


def _key(user: str, location: str) -> str:
    return f"{user}@{location}"


def _backend():  # noqa: ANN202
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            return None
        return keyring
    except Exception:  # noqa: BLE001 - no keychain on this computer (or it is locked)
        logger.warning("no keychain available", exc_info=True)
        return None


def available() -> bool:
    return _backend() is not None


def get(user: str, location: str) -> str | None:
    kr = _backend()
    if kr is None or not user:
        return None
    try:
        return kr.get_password(SERVICE, _key(user, location))
    except Exception:  # noqa: BLE001
        logger.warning("could not read the keychain", exc_info=True)
        return None


def remember(user: str, location: str, password: str) -> bool:
    kr = _backend()
    if kr is None:
        return False
    try:
        kr.set_password(SERVICE, _key(user, location), password)
        return True
    except Exception:  # noqa: BLE001
        logger.warning("could not write to the keychain", exc_info=True)
        return False


def forget(user: str, location: str) -> None:
    kr = _backend()
    if kr is None:
        return
    try:
        kr.delete_password(SERVICE, _key(user, location))
    except Exception:  # noqa: BLE001 - nothing stored
        pass
