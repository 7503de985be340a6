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


class GcpGatewayPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gcpgatewaypolicy_iogkenetworking.GcpGatewayPolicy",
):
    '''GCPGatewayPolicy provides a way to apply SSL policy and other configuration to the GKE Gateway.

    :schema: GCPGatewayPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GcpGatewayPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GCPGatewayPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of GCPGatewayPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8169c1d7d56cf4e9fa5b7c237c19c940f7a6946e4233fcf27a08a34c29f1c2a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GcpGatewayPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GcpGatewayPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GCPGatewayPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of GCPGatewayPolicy.
        :param metadata: 
        '''
        props = GcpGatewayPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GCPGatewayPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gcpgatewaypolicy_iogkenetworking.GcpGatewayPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GcpGatewayPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["GcpGatewayPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GCPGatewayPolicy provides a way to apply SSL policy and other configuration to the GKE Gateway.

        :param spec: Spec defines the desired state of GCPGatewayPolicy.
        :param metadata: 

        :schema: GCPGatewayPolicy
        '''
        if isinstance(spec, dict):
            spec = GcpGatewayPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea7cb178efed88f44a756e8c4b50dc14d7ea78ec1739d83f3e5c958a3f729725)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GcpGatewayPolicySpec":
        '''Spec defines the desired state of GCPGatewayPolicy.

        :schema: GCPGatewayPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GcpGatewayPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: GCPGatewayPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpGatewayPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpgatewaypolicy_iogkenetworking.GcpGatewayPolicySpec",
    jsii_struct_bases=[],
    name_mapping={"target_ref": "targetRef", "default": "default"},
)
class GcpGatewayPolicySpec:
    def __init__(
        self,
        *,
        target_ref: typing.Union["GcpGatewayPolicySpecTargetRef", typing.Dict[builtins.str, typing.Any]],
        default: typing.Optional[typing.Union["GcpGatewayPolicySpecDefault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec defines the desired state of GCPGatewayPolicy.

        :param target_ref: TargetRef identifies an API object to apply policy to.
        :param default: Default defines default gateway policy configuration for the targeted resource.

        :schema: GcpGatewayPolicySpec
        '''
        if isinstance(target_ref, dict):
            target_ref = GcpGatewayPolicySpecTargetRef(**target_ref)
        if isinstance(default, dict):
            default = GcpGatewayPolicySpecDefault(**default)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__feb71ecbe25a73e06fc2f6e4817ae7965458c4299f36c3b872b109f9dcbf16a0)
            check_type(argname="argument target_ref", value=target_ref, expected_type=type_hints["target_ref"])
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_ref": target_ref,
        }
        if default is not None:
            self._values["default"] = default

    @builtins.property
    def target_ref(self) -> "GcpGatewayPolicySpecTargetRef":
        '''TargetRef identifies an API object to apply policy to.

        :schema: GcpGatewayPolicySpec#targetRef
        '''
        result = self._values.get("target_ref")
        assert result is not None, "Required property 'target_ref' is missing"
        return typing.cast("GcpGatewayPolicySpecTargetRef", result)

    @builtins.property
    def default(self) -> typing.Optional["GcpGatewayPolicySpecDefault"]:
        '''Default defines default gateway policy configuration for the targeted resource.

        :schema: GcpGatewayPolicySpec#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional["GcpGatewayPolicySpecDefault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpGatewayPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpgatewaypolicy_iogkenetworking.GcpGatewayPolicySpecDefault",
    jsii_struct_bases=[],
    name_mapping={
        "allow_global_access": "allowGlobalAccess",
        "region": "region",
        "ssl_policy": "sslPolicy",
    },
)
class GcpGatewayPolicySpecDefault:
    def __init__(
        self,
        *,
        allow_global_access: typing.Optional[builtins.bool] = None,
        region: typing.Optional[builtins.str] = None,
        ssl_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Default defines default gateway policy configuration for the targeted resource.

        :param allow_global_access: 
        :param region: Region allows to specify load balancer's region for Multi-cluster Gateway.
        :param ssl_policy: 

        :schema: GcpGatewayPolicySpecDefault
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc8f1e081e0ffb5279ed0cbb2ce25a3e10bc6e04cfa277f8a46caa8d71025ba9)
            check_type(argname="argument allow_global_access", value=allow_global_access, expected_type=type_hints["allow_global_access"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument ssl_policy", value=ssl_policy, expected_type=type_hints["ssl_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_global_access is not None:
            self._values["allow_global_access"] = allow_global_access
        if region is not None:
            self._values["region"] = region
        if ssl_policy is not None:
            self._values["ssl_policy"] = ssl_policy

    @builtins.property
    def allow_global_access(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GcpGatewayPolicySpecDefault#allowGlobalAccess
        '''
        result = self._values.get("allow_global_access")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''Region allows to specify load balancer's region for Multi-cluster Gateway.

        :schema: GcpGatewayPolicySpecDefault#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssl_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpGatewayPolicySpecDefault#sslPolicy
        '''
        result = self._values.get("ssl_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpGatewayPolicySpecDefault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpgatewaypolicy_iogkenetworking.GcpGatewayPolicySpecTargetRef",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
    },
)
class GcpGatewayPolicySpecTargetRef:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TargetRef identifies an API object to apply policy to.

        :param group: Group is the group of the target resource.
        :param kind: Kind is kind of the target resource.
        :param name: Name is the name of the target resource.
        :param namespace: Namespace is the namespace of the referent. When unspecified, the local namespace is inferred. Even when policy targets a resource in a different namespace, it MUST only apply to traffic originating from the same namespace as the policy.

        :schema: GcpGatewayPolicySpecTargetRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecff6eece7d5a61c55ccd77e6457cbac2658dd6930ab21cebb1822d2235f2083)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the target resource.

        :schema: GcpGatewayPolicySpecTargetRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the target resource.

        :schema: GcpGatewayPolicySpecTargetRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the target resource.

        :schema: GcpGatewayPolicySpecTargetRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the referent.

        When unspecified, the local
        namespace is inferred. Even when policy targets a resource in a different
        namespace, it MUST only apply to traffic originating from the same
        namespace as the policy.

        :schema: GcpGatewayPolicySpecTargetRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpGatewayPolicySpecTargetRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GcpGatewayPolicy",
    "GcpGatewayPolicyProps",
    "GcpGatewayPolicySpec",
    "GcpGatewayPolicySpecDefault",
    "GcpGatewayPolicySpecTargetRef",
]

publication.publish()

def _typecheckingstub__a8169c1d7d56cf4e9fa5b7c237c19c940f7a6946e4233fcf27a08a34c29f1c2a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GcpGatewayPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea7cb178efed88f44a756e8c4b50dc14d7ea78ec1739d83f3e5c958a3f729725(
    *,
    spec: typing.Union[GcpGatewayPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__feb71ecbe25a73e06fc2f6e4817ae7965458c4299f36c3b872b109f9dcbf16a0(
    *,
    target_ref: typing.Union[GcpGatewayPolicySpecTargetRef, typing.Dict[builtins.str, typing.Any]],
    default: typing.Optional[typing.Union[GcpGatewayPolicySpecDefault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc8f1e081e0ffb5279ed0cbb2ce25a3e10bc6e04cfa277f8a46caa8d71025ba9(
    *,
    allow_global_access: typing.Optional[builtins.bool] = None,
    region: typing.Optional[builtins.str] = None,
    ssl_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecff6eece7d5a61c55ccd77e6457cbac2658dd6930ab21cebb1822d2235f2083(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
