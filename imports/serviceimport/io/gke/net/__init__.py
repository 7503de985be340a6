from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class ServiceImport(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="serviceimport_iogkenet.ServiceImport",
):
    '''ServiceImport describes a service imported from clusters in a ClusterSet.

    :schema: ServiceImport
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ServiceImportSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ServiceImport" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: spec defines the behavior of a ServiceImport.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55d35642b6f5a7d26d0466de102240b41a650ad863c11b72c110a34230f3cf13)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ServiceImportProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ServiceImportSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ServiceImport".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: spec defines the behavior of a ServiceImport.
        '''
        props = ServiceImportProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ServiceImport".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="serviceimport_iogkenet.ServiceImportProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ServiceImportProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ServiceImportSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ServiceImport describes a service imported from clusters in a ClusterSet.

        :param metadata: 
        :param spec: spec defines the behavior of a ServiceImport.

        :schema: ServiceImport
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ServiceImportSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8615a1cadafe6c4fd063cfde402aaa1acc0fca4d9148f5f467bf62940d48697)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ServiceImport#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ServiceImportSpec"]:
        '''spec defines the behavior of a ServiceImport.

        :schema: ServiceImport#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ServiceImportSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceImportProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="serviceimport_iogkenet.ServiceImportSpec",
    jsii_struct_bases=[],
    name_mapping={
        "ports": "ports",
        "type": "type",
        "internal_traffic_policy": "internalTrafficPolicy",
        "ip_families": "ipFamilies",
        "ips": "ips",
        "session_affinity": "sessionAffinity",
        "session_affinity_config": "sessionAffinityConfig",
        "traffic_distribution": "trafficDistribution",
    },
)
class ServiceImportSpec:
    def __init__(
        self,
        *,
        ports: typing.Sequence[typing.Union["ServiceImportSpecPorts", typing.Dict[builtins.str, typing.Any]]],
        type: "ServiceImportSpecType",
        internal_traffic_policy: typing.Optional[builtins.str] = None,
        ip_families: typing.Optional[typing.Sequence[builtins.str]] = None,
        ips: typing.Optional[typing.Sequence[builtins.str]] = None,
        session_affinity: typing.Optional[builtins.str] = None,
        session_affinity_config: typing.Optional[typing.Union["ServiceImportSpecSessionAffinityConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        traffic_distribution: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec defines the behavior of a ServiceImport.

        :param ports: 
        :param type: type defines the type of this service. Must be ClusterSetIP or Headless.
        :param internal_traffic_policy: InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to "Local", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, "Cluster", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).
        :param ip_families: IPFamilies identifies all the IPFamilies assigned for this ServiceImport.
        :param ips: ip will be used as the VIP for this service when type is ClusterSetIP.
        :param session_affinity: Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. Ignored when type is Headless More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies Default: None.
        :param session_affinity_config: sessionAffinityConfig contains session affinity configuration.
        :param traffic_distribution: TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to "PreferClose", implementations should prioritize endpoints that are in the same zone.

        :schema: ServiceImportSpec
        '''
        if isinstance(session_affinity_config, dict):
            session_affinity_config = ServiceImportSpecSessionAffinityConfig(**session_affinity_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78bce9c0e2c924f3276770f7f8e301edd47307b684e944545a30d569384513b6)
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument internal_traffic_policy", value=internal_traffic_policy, expected_type=type_hints["internal_traffic_policy"])
            check_type(argname="argument ip_families", value=ip_families, expected_type=type_hints["ip_families"])
            check_type(argname="argument ips", value=ips, expected_type=type_hints["ips"])
            check_type(argname="argument session_affinity", value=session_affinity, expected_type=type_hints["session_affinity"])
            check_type(argname="argument session_affinity_config", value=session_affinity_config, expected_type=type_hints["session_affinity_config"])
            check_type(argname="argument traffic_distribution", value=traffic_distribution, expected_type=type_hints["traffic_distribution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ports": ports,
            "type": type,
        }
        if internal_traffic_policy is not None:
            self._values["internal_traffic_policy"] = internal_traffic_policy
        if ip_families is not None:
            self._values["ip_families"] = ip_families
        if ips is not None:
            self._values["ips"] = ips
        if session_affinity is not None:
            self._values["session_affinity"] = session_affinity
        if session_affinity_config is not None:
            self._values["session_affinity_config"] = session_affinity_config
        if traffic_distribution is not None:
            self._values["traffic_distribution"] = traffic_distribution

    @builtins.property
    def ports(self) -> typing.List["ServiceImportSpecPorts"]:
        '''
        :schema: ServiceImportSpec#ports
        '''
        result = self._values.get("ports")
        assert result is not None, "Required property 'ports' is missing"
        return typing.cast(typing.List["ServiceImportSpecPorts"], result)

    @builtins.property
    def type(self) -> "ServiceImportSpecType":
        '''type defines the type of this service.

        Must be ClusterSetIP or Headless.

        :schema: ServiceImportSpec#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("ServiceImportSpecType", result)

    @builtins.property
    def internal_traffic_policy(self) -> typing.Optional[builtins.str]:
        '''InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP.

        If set to "Local", the proxy will assume that pods
        only want to talk to endpoints of the service on the same node as the pod,
        dropping the traffic if there are no local endpoints. The default value,
        "Cluster", uses the standard behavior of routing to all endpoints evenly
        (possibly modified by topology and other features).

        :schema: ServiceImportSpec#internalTrafficPolicy
        '''
        result = self._values.get("internal_traffic_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_families(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPFamilies identifies all the IPFamilies assigned for this ServiceImport.

        :schema: ServiceImportSpec#ipFamilies
        '''
        result = self._values.get("ip_families")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ips(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ip will be used as the VIP for this service when type is ClusterSetIP.

        :schema: ServiceImportSpec#ips
        '''
        result = self._values.get("ips")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def session_affinity(self) -> typing.Optional[builtins.str]:
        '''Supports "ClientIP" and "None".

        Used to maintain session affinity.
        Enable client IP based session affinity.
        Must be ClientIP or None.
        Defaults to None.
        Ignored when type is Headless
        More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies

        :default: None.

        :schema: ServiceImportSpec#sessionAffinity
        '''
        result = self._values.get("session_affinity")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_affinity_config(
        self,
    ) -> typing.Optional["ServiceImportSpecSessionAffinityConfig"]:
        '''sessionAffinityConfig contains session affinity configuration.

        :schema: ServiceImportSpec#sessionAffinityConfig
        '''
        result = self._values.get("session_affinity_config")
        return typing.cast(typing.Optional["ServiceImportSpecSessionAffinityConfig"], result)

    @builtins.property
    def traffic_distribution(self) -> typing.Optional[builtins.str]:
        '''TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints.

        Implementations can use this field
        as a hint, but are not required to guarantee strict adherence. If the
        field is not set, the implementation will apply its default routing
        strategy. If set to "PreferClose", implementations should prioritize
        endpoints that are in the same zone.

        :schema: ServiceImportSpec#trafficDistribution
        '''
        result = self._values.get("traffic_distribution")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceImportSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="serviceimport_iogkenet.ServiceImportSpecPorts",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "app_protocol": "appProtocol",
        "name": "name",
        "protocol": "protocol",
    },
)
class ServiceImportSpecPorts:
    def __init__(
        self,
        *,
        port: jsii.Number,
        app_protocol: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ServicePort represents the port on which the service is exposed.

        :param port: The port that will be exposed by this service.
        :param app_protocol: The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either: - Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names). - Kubernetes-defined prefixed names: - 'kubernetes.io/h2c' - HTTP/2 over cleartext as described in https://www.rfc-editor.org/rfc/rfc7540 - Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol. Field can be enabled with ServiceAppProtocol feature gate.
        :param name: The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service.
        :param protocol: The IP protocol for this port. Supports "TCP", "UDP", and "SCTP". Default is TCP. Default: TCP.

        :schema: ServiceImportSpecPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__810f5a2c486f2779eb45ab89cbdcf3dc3b0b915728c01d483aa8a1219037a8d8)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument app_protocol", value=app_protocol, expected_type=type_hints["app_protocol"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if app_protocol is not None:
            self._values["app_protocol"] = app_protocol
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def port(self) -> jsii.Number:
        '''The port that will be exposed by this service.

        :schema: ServiceImportSpecPorts#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def app_protocol(self) -> typing.Optional[builtins.str]:
        '''The application protocol for this port.

        This is used as a hint for implementations to offer richer behavior for protocols that they understand.
        This field follows standard Kubernetes label syntax.
        Valid values are either:

        - Un-prefixed protocol names - reserved for IANA standard service names (as per
          RFC-6335 and https://www.iana.org/assignments/service-names).
        - Kubernetes-defined prefixed names:
        - 'kubernetes.io/h2c' - HTTP/2 over cleartext as described in https://www.rfc-editor.org/rfc/rfc7540
        - Other protocols should use implementation-defined prefixed names such as
          mycompany.com/my-custom-protocol.
          Field can be enabled with ServiceAppProtocol feature gate.

        :schema: ServiceImportSpecPorts#appProtocol
        '''
        result = self._values.get("app_protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of this port within the service.

        This must be a DNS_LABEL.
        All ports within a ServiceSpec must have unique names. When considering
        the endpoints for a Service, this must match the 'name' field in the
        EndpointPort.
        Optional if only one ServicePort is defined on this service.

        :schema: ServiceImportSpecPorts#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''The IP protocol for this port.

        Supports "TCP", "UDP", and "SCTP".
        Default is TCP.

        :default: TCP.

        :schema: ServiceImportSpecPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceImportSpecPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="serviceimport_iogkenet.ServiceImportSpecSessionAffinityConfig",
    jsii_struct_bases=[],
    name_mapping={"client_ip": "clientIp"},
)
class ServiceImportSpecSessionAffinityConfig:
    def __init__(
        self,
        *,
        client_ip: typing.Optional[typing.Union["ServiceImportSpecSessionAffinityConfigClientIp", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''sessionAffinityConfig contains session affinity configuration.

        :param client_ip: clientIP contains the configurations of Client IP based session affinity.

        :schema: ServiceImportSpecSessionAffinityConfig
        '''
        if isinstance(client_ip, dict):
            client_ip = ServiceImportSpecSessionAffinityConfigClientIp(**client_ip)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1eaf703ce25949c950905edf5bab9f9cc5297c1b73b5faca425bcc4b705d1fde)
            check_type(argname="argument client_ip", value=client_ip, expected_type=type_hints["client_ip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_ip is not None:
            self._values["client_ip"] = client_ip

    @builtins.property
    def client_ip(
        self,
    ) -> typing.Optional["ServiceImportSpecSessionAffinityConfigClientIp"]:
        '''clientIP contains the configurations of Client IP based session affinity.

        :schema: ServiceImportSpecSessionAffinityConfig#clientIP
        '''
        result = self._values.get("client_ip")
        return typing.cast(typing.Optional["ServiceImportSpecSessionAffinityConfigClientIp"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceImportSpecSessionAffinityConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="serviceimport_iogkenet.ServiceImportSpecSessionAffinityConfigClientIp",
    jsii_struct_bases=[],
    name_mapping={"timeout_seconds": "timeoutSeconds"},
)
class ServiceImportSpecSessionAffinityConfigClientIp:
    def __init__(self, *, timeout_seconds: typing.Optional[jsii.Number] = None) -> None:
        '''clientIP contains the configurations of Client IP based session affinity.

        :param timeout_seconds: timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP". Default value is 10800(for 3 hours).

        :schema: ServiceImportSpecSessionAffinityConfigClientIp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d73144068152fbbb663c7bf4ae80c2979b772d27607ae20b2f7a552a7ae7a9cf)
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''timeoutSeconds specifies the seconds of ClientIP type session sticky time.

        The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
        Default value is 10800(for 3 hours).

        :schema: ServiceImportSpecSessionAffinityConfigClientIp#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ServiceImportSpecSessionAffinityConfigClientIp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="serviceimport_iogkenet.ServiceImportSpecType")
class ServiceImportSpecType(enum.Enum):
    '''type defines the type of this service.

    Must be ClusterSetIP or Headless.

    :schema: ServiceImportSpecType
    '''

    CLUSTER_SET_IP = "CLUSTER_SET_IP"
    '''ClusterSetIP.'''
    HEADLESS = "HEADLESS"
    '''Headless.'''


__all__ = [
    "ServiceImport",
    "ServiceImportProps",
    "ServiceImportSpec",
    "ServiceImportSpecPorts",
    "ServiceImportSpecSessionAffinityConfig",
    "ServiceImportSpecSessionAffinityConfigClientIp",
    "ServiceImportSpecType",
]

publication.publish()

def _typecheckingstub__55d35642b6f5a7d26d0466de102240b41a650ad863c11b72c110a34230f3cf13(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ServiceImportSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8615a1cadafe6c4fd063cfde402aaa1acc0fca4d9148f5f467bf62940d48697(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ServiceImportSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78bce9c0e2c924f3276770f7f8e301edd47307b684e944545a30d569384513b6(
    *,
    ports: typing.Sequence[typing.Union[ServiceImportSpecPorts, typing.Dict[builtins.str, typing.Any]]],
    type: ServiceImportSpecType,
    internal_traffic_policy: typing.Optional[builtins.str] = None,
    ip_families: typing.Optional[typing.Sequence[builtins.str]] = None,
    ips: typing.Optional[typing.Sequence[builtins.str]] = None,
    session_affinity: typing.Optional[builtins.str] = None,
    session_affinity_config: typing.Optional[typing.Union[ServiceImportSpecSessionAffinityConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    traffic_distribution: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__810f5a2c486f2779eb45ab89cbdcf3dc3b0b915728c01d483aa8a1219037a8d8(
    *,
    port: jsii.Number,
    app_protocol: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1eaf703ce25949c950905edf5bab9f9cc5297c1b73b5faca425bcc4b705d1fde(
    *,
    client_ip: typing.Optional[typing.Union[ServiceImportSpecSessionAffinityConfigClientIp, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d73144068152fbbb663c7bf4ae80c2979b772d27607ae20b2f7a552a7ae7a9cf(
    *,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
