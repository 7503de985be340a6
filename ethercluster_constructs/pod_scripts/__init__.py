"""Small stdlib-only programs that run inside pods, mounted from ConfigMaps into a stock
Python image: nothing to build, scan or pin beyond that image."""

from importlib import resources


def read(name: str) -> str:
    return (resources.files(__name__) / name).read_text()
