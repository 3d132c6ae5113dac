"""Errors the domain raises. Each carries a message fit to show to an operator."""


class DomainError(Exception):
    """A rule of the domain was broken; the message says which and how."""


class ValidationError(DomainError, ValueError):
    """A value given from outside (typed, imported, received) is not acceptable."""


class InvalidTransition(DomainError):
    """A status change that the rules do not allow."""

    def __init__(self, what: str, current: str, requested: str, allowed: tuple[str, ...]) -> None:
        self.what = what
        self.current = current
        self.requested = requested
        self.allowed = allowed
        options = ", ".join(allowed) if allowed else "none"
        super().__init__(
            f"{what} cannot go from '{current}' to '{requested}' (allowed from '{current}': {options})"
        )


class NotFound(DomainError, LookupError):
    """The incident, unit, precinct or category asked for does not exist."""


class ConcurrencyConflict(DomainError):
    """Somebody else changed the record since it was read; the caller must refresh and retry."""


class DatabaseUnavailable(DomainError):
    """The database cannot be reached or refused the operation for a reason outside the desk."""
