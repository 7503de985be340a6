"""ApiScript: what a job needs to run one of pod_scripts/ against the Kubernetes API."""

from __future__ import annotations

from collections.abc import Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from . import _values, checkov_skips, pod_scripts
from .catalog import Resources
from .dns import dns_egress
from .network_policy import allow_to, ip_block, network_policy, tcp
from .node_containers import RUN_AS_UID, container_resources, restricted_container

SCRIPT_DIR = "/script"


class ApiScript(Construct):
    """A ServiceAccount (token mounted only by the job that uses it), the script in a
    ConfigMap, the container that runs it, and a NetworkPolicy letting those pods reach
    only DNS and the API server. Roles are bound with `bind`.

    Props: name, namespace, labels (also the pod selector), script (a pod_scripts file),
    image (a stock Python image), env, api_server_ranges (IPv4 CIDRs the control plane's
    address lies in; default None: any address, on port 443 or 6443).
    Attributes: `account`, `container` (ContainerProps), `pod_security`, `labels`.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        labels: dict[str, str],
        script: str,
        image: str,
        env: dict[str, str],
        api_server_ranges: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._name, self._namespace, self.labels = name, namespace, labels
        self.account = kplus.ServiceAccount(self, "Account", metadata=self.meta(), automount_token=False)
        config_map = kplus.ConfigMap(self, "Script", metadata=self.meta(), data={script: pod_scripts.read(script)})
        volume = kplus.Volume.from_config_map(self, "ScriptVolume", config_map, name="script")
        self.pod_security = kplus.PodSecurityContextProps(ensure_non_root=True, user=RUN_AS_UID, group=RUN_AS_UID)
        self.container = kplus.ContainerProps(
            name="run",
            image=image,
            image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
            command=["python3", f"{SCRIPT_DIR}/{script}"],
            env_variables={
                **{key: _values.env_value(value) for key, value in env.items()},
                "PYTHONDONTWRITEBYTECODE": _values.env_value("1"),
            },
            resources=container_resources(
                Resources(cpu_request="10m", cpu_limit="100m", memory_request="32Mi", memory_limit="64Mi")
            ),
            security_context=restricted_container(),
            volume_mounts=[kplus.VolumeMount(path=SCRIPT_DIR, volume=volume, read_only=True)],
        )
        # The API server is reached through the `kubernetes` Service, which resolves to the
        # control plane's address (a private range on private GKE clusters). NetworkPolicy sees
        # that address, so where the spec knows its range the rule admits only that range.
        if api_server_ranges:
            api_server = [allow_to(ip_block(cidr), [tcp(443)]) for cidr in api_server_ranges]
        else:
            api_server = [allow_to(ip_block("0.0.0.0/0"), [tcp(443), tcp(6443)])]
        network_policy(self, "Egress", metadata=self.meta(), pod_labels=labels, egress=[*dns_egress(), *api_server])

    def meta(self, annotations: dict[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
        return cdk8s.ApiObjectMetadata(
            name=self._name, namespace=self._namespace, labels=self.labels, annotations=annotations
        )

    def workload_meta(self) -> cdk8s.ApiObjectMetadata:
        """Metadata for the Job or CronJob that runs the script, with the checkov skips such a
        job needs (a pinned image's tag and pull policy, its own API token)."""
        return self.meta(checkov_skips.annotations("CKV_K8S_43", "CKV_K8S_15", "CKV_K8S_38"))

    def bind(self, role: k8s.KubeRole | k8s.KubeClusterRole) -> k8s.KubeRoleBinding | k8s.KubeClusterRoleBinding:
        """Grant `role` to this script's ServiceAccount (a RoleBinding or a ClusterRoleBinding)."""
        # The account is named after the script; each `.name` read would be a jsii round trip.
        subject = k8s.Subject(kind="ServiceAccount", name=self._name, namespace=self._namespace)
        role_name = role.name
        if isinstance(role, k8s.KubeClusterRole):
            return k8s.KubeClusterRoleBinding(
                self,
                f"Binding-{role_name}",
                metadata=k8s.ObjectMeta(name=role_name, labels=self.labels),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=role_name),
                subjects=[subject],
            )
        return k8s.KubeRoleBinding(
            self,
            f"Binding-{role_name}",
            metadata=k8s.ObjectMeta(name=role_name, namespace=self._namespace, labels=self.labels),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=role_name),
            subjects=[subject],
        )
