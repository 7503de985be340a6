"""The one error type the library raises for bad input."""


class EtherclusterError(ValueError):
    """Bad input to a construct, the catalog or the cluster spec.

    Messages name where the value came from (a prop, or a spec file and key path),
    the value given, and what is accepted.
    """
