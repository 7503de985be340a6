"""GeneratedSecret: a Secret whose value is created at runtime inside the cluster.

No value exists at synth time, so none can reach a manifest, the repo or a CI log. A
one-shot Job creates the Secret with a random value if it does not exist yet (see
pod_scripts/ensure_secret.py); pods that reference it wait until it does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches
from .api_script import ApiScript
from .node_containers import HEALTH_IMAGE
from .validation import dns_label


class GeneratedSecret(Construct):
    """Props: namespace, name (of the Secret), key (in it), image (a stock Python image),
    api_server_ranges (see ApiScript).

    Creates a ServiceAccount allowed only to *create* Secrets in `namespace`, a Job that
    does so once, and a NetworkPolicy letting only that Job reach the API server.
    Attributes: `name`, `key`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        name: str,
        key: str,
        image: str = HEALTH_IMAGE,
        api_server_ranges: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = dns_label("GeneratedSecret.name", name, max_length=63 - len("-create"))
        self.key = key
        job_name = f"{self.name}-create"
        script = ApiScript(
            self,
            "Script",
            name=job_name,
            namespace=namespace,
            labels={"app.kubernetes.io/name": "generated-secret", "app.kubernetes.io/instance": job_name},
            script="ensure_secret.py",
            image=image,
            env={
                "SECRET_NAME": self.name,
                "SECRET_KEY": key,
                "SECRET_LABELS": json.dumps({"app.kubernetes.io/managed-by": job_name}),
            },
            api_server_ranges=api_server_ranges,
        )
        # Only "create": the script never reads, lists or updates Secrets (409 means it exists).
        script.bind(
            k8s.KubeRole(
                self,
                "Role",
                metadata=k8s.ObjectMeta(name=job_name, namespace=namespace, labels=script.labels),
                rules=[k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=["create"])],
            )
        )
        job = kplus.Job(
            self,
            "Job",
            metadata=script.workload_meta(),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=script.labels),
            service_account=script.account,
            # The Job calls the API server with its own token, so it mounts it.
            automount_service_account_token=True,
            backoff_limit=10,
            ttl_after_finished=cdk8s.Duration.minutes(10),
            security_context=script.pod_security,
            containers=[script.container],
        )
        _patches.harden_pod(job, containers=("containers/0",))
