"""The one error type the library raises for bad input."""


class EtherclusterError(ValueError):
    """Bad input to a construct, the catalog or the cluster spec.

    Messages name where the value came from (a prop, or a spec file and key path),
    the value given, and what is accepted.
    """


QUOTE_LIMIT = 80
"""Longest quoted value in an error message: a hostile value must not flood the one error line."""


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """repr(value), cut to about `limit` characters with a '…' (inside the quotes of a string)."""
    shown = repr(value)
    if len(shown) <= limit:
        return shown
    if isinstance(value, str):
        cut = repr(value[: limit - 3])
        return f"{cut[:-1]}…{cut[-1]}"
    return shown[: limit - 1] + "…"
