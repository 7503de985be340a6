"""Create a Secret holding a random value, once, from inside the cluster.

Runs as a Job with a ServiceAccount that may only create Secrets in its namespace. If the
Secret already exists (HTTP 409) it is left untouched, so re-running is safe and an
operator-provided value is never overwritten. Standard library only.

Environment: SECRET_NAME, SECRET_KEY, and optionally SECRET_LABELS (JSON object).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import ssl
import sys
import urllib.error
import urllib.request

ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount"
API = "https://kubernetes.default.svc"


def secret_manifest(name: str, key: str, labels: dict[str, str], value: str) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "labels": labels},
        "type": "Opaque",
        "data": {key: base64.b64encode(value.encode()).decode()},
    }


def main() -> int:
    name, key = os.environ["SECRET_NAME"], os.environ["SECRET_KEY"]
    labels = json.loads(os.environ.get("SECRET_LABELS", "{}"))
    with open(f"{ACCOUNT}/namespace") as file:
        namespace = file.read().strip()
    with open(f"{ACCOUNT}/token") as file:
        token = file.read().strip()
    body = json.dumps(secret_manifest(name, key, labels, secrets.token_hex(32))).encode()
    request = urllib.request.Request(
        f"{API}/api/v1/namespaces/{namespace}/secrets",
        data=body,
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    context = ssl.create_default_context(cafile=f"{ACCOUNT}/ca.crt")
    try:
        with urllib.request.urlopen(request, context=context, timeout=30):
            print(f"created Secret {namespace}/{name}")
    except urllib.error.HTTPError as error:
        if error.code != 409:
            print(f"creating Secret {namespace}/{name} failed: HTTP {error.code} {error.read()[:300]!r}")
            return 1
        print(f"Secret {namespace}/{name} already exists; left unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
