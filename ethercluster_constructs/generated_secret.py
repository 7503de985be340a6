"""GeneratedSecret: a Secret whose value is created at runtime inside the cluster.

No value exists at synth time, so none can reach a manifest, the repo or a CI log. A
one-shot Job creates the Secret with a random value if it does not exist yet (see
pod_scripts/ensure_secret.py); pods that reference it wait until it does.
"""

from __future__ import annotations

import json

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _patches, checkov_skips, pod_scripts
from .catalog import Resources
from .node_containers import HEALTH_IMAGE, container_resources, restricted_container
from .validation import dns_label


class GeneratedSecret(Construct):
    """Props: namespace, name (of the Secret), key (in it), image (a stock Python image).

    Creates a ServiceAccount allowed only to *create* Secrets in `namespace`, a Job that
    does so once, and a NetworkPolicy letting only that Job reach the API server.
    Attributes: `name`, `key`.
    """

    def __init__(
        self, scope: Construct, id: str, *, namespace: str, name: str, key: str, image: str = HEALTH_IMAGE
    ) -> None:
        super().__init__(scope, id)
        self.name = dns_label("GeneratedSecret.name", name, max_length=63 - len("-create"))
        self.key = key
        job_name = f"{self.name}-create"
        labels = {"app.kubernetes.io/name": "generated-secret", "app.kubernetes.io/instance": job_name}

        def meta(object_name: str) -> cdk8s.ApiObjectMetadata:
            return cdk8s.ApiObjectMetadata(name=object_name, namespace=namespace, labels=labels)

        account = kplus.ServiceAccount(self, "Account", metadata=meta(job_name), automount_token=False)
        # Only "create": the script never reads, lists or updates Secrets (409 means it exists).
        role = k8s.KubeRole(
            self,
            "Role",
            metadata=k8s.ObjectMeta(name=job_name, namespace=namespace, labels=labels),
            rules=[k8s.PolicyRule(api_groups=[""], resources=["secrets"], verbs=["create"])],
        )
        k8s.KubeRoleBinding(
            self,
            "Binding",
            metadata=k8s.ObjectMeta(name=job_name, namespace=namespace, labels=labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=role.name),
            subjects=[k8s.Subject(kind="ServiceAccount", name=account.name, namespace=namespace)],
        )
        script = kplus.ConfigMap(
            self, "Script", metadata=meta(job_name), data={"ensure_secret.py": pod_scripts.read("ensure_secret.py")}
        )
        volume = kplus.Volume.from_config_map(self, "ScriptVolume", script, name="script")
        job = kplus.Job(
            self,
            "Job",
            metadata=meta(job_name),
            pod_metadata=cdk8s.ApiObjectMetadata(labels=labels),
            service_account=account,
            # The Job calls the API server with its own token, so it mounts it.
            automount_service_account_token=True,
            backoff_limit=10,
            ttl_after_finished=cdk8s.Duration.minutes(10),
            security_context=kplus.PodSecurityContextProps(ensure_non_root=True, user=10001, group=10001),
            containers=[
                kplus.ContainerProps(
                    name="create",
                    image=image,
                    image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
                    command=["python3", "/script/ensure_secret.py"],
                    env_variables={
                        "SECRET_NAME": kplus.EnvValue.from_value(self.name),
                        "SECRET_KEY": kplus.EnvValue.from_value(key),
                        "SECRET_LABELS": kplus.EnvValue.from_value(
                            json.dumps({"app.kubernetes.io/managed-by": job_name})
                        ),
                        "PYTHONDONTWRITEBYTECODE": kplus.EnvValue.from_value("1"),
                    },
                    resources=container_resources(
                        Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")
                    ),
                    security_context=restricted_container(),
                    volume_mounts=[kplus.VolumeMount(path="/script", volume=volume, read_only=True)],
                )
            ],
        )
        job_object = cdk8s.ApiObject.of(job)
        checkov_skips.skip(job_object, "CKV_K8S_43", "CKV_K8S_15", "CKV_K8S_38")
        _patches.harden_pod(job, containers=("containers/0",))
        # The API server is reached through the `kubernetes` Service, which resolves to the
        # control plane's address (a private range on private GKE clusters).
        policy = kplus.NetworkPolicy(
            self, "Egress", metadata=meta(job_name), selector=kplus.Pods.select(self, "JobPods", labels=labels)
        )
        dns = [kplus.NetworkPolicyPort.udp(53), kplus.NetworkPolicyPort.tcp(53)]
        policy.add_egress_rule(kplus.Namespaces.select(self, "KubeSystem", names=["kube-system"]), dns)
        api_ports = [kplus.NetworkPolicyPort.tcp(443), kplus.NetworkPolicyPort.tcp(6443)]
        policy.add_egress_rule(kplus.NetworkPolicyIpBlock.any_ipv4(self, "ApiServer"), api_ports)
