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


class GcpBackendPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicy",
):
    '''GCPBackendPolicy provides a way to apply LoadBalancer policy configuration with the GKE implementation of the Gateway API.

    :schema: GCPBackendPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GcpBackendPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GCPBackendPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of GCPBackendPolicy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e1f355ed2bc4dc8f70a7f0ffe73950b3b36afcab08368c51e50bcfbf81cf231)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GcpBackendPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GcpBackendPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GCPBackendPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of GCPBackendPolicy.
        :param metadata: 
        '''
        props = GcpBackendPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GCPBackendPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GcpBackendPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["GcpBackendPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GCPBackendPolicy provides a way to apply LoadBalancer policy configuration with the GKE implementation of the Gateway API.

        :param spec: Spec defines the desired state of GCPBackendPolicy.
        :param metadata: 

        :schema: GCPBackendPolicy
        '''
        if isinstance(spec, dict):
            spec = GcpBackendPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86ed7eef7cda05ba0ec8a2f110eba09fadc93da13113ca4dd110678ab9ab34a1)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GcpBackendPolicySpec":
        '''Spec defines the desired state of GCPBackendPolicy.

        :schema: GCPBackendPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GcpBackendPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: GCPBackendPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpec",
    jsii_struct_bases=[],
    name_mapping={"target_ref": "targetRef", "default": "default"},
)
class GcpBackendPolicySpec:
    def __init__(
        self,
        *,
        target_ref: typing.Union["GcpBackendPolicySpecTargetRef", typing.Dict[builtins.str, typing.Any]],
        default: typing.Optional[typing.Union["GcpBackendPolicySpecDefault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Spec defines the desired state of GCPBackendPolicy.

        :param target_ref: TargetRef identifies an API object to apply policy to.
        :param default: Default defines default policy configuration for the targeted resource.

        :schema: GcpBackendPolicySpec
        '''
        if isinstance(target_ref, dict):
            target_ref = GcpBackendPolicySpecTargetRef(**target_ref)
        if isinstance(default, dict):
            default = GcpBackendPolicySpecDefault(**default)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d57ddf61d2c11c26ced8b8b1621590e900b76d498366651c33f9b9b110e77b0)
            check_type(argname="argument target_ref", value=target_ref, expected_type=type_hints["target_ref"])
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_ref": target_ref,
        }
        if default is not None:
            self._values["default"] = default

    @builtins.property
    def target_ref(self) -> "GcpBackendPolicySpecTargetRef":
        '''TargetRef identifies an API object to apply policy to.

        :schema: GcpBackendPolicySpec#targetRef
        '''
        result = self._values.get("target_ref")
        assert result is not None, "Required property 'target_ref' is missing"
        return typing.cast("GcpBackendPolicySpecTargetRef", result)

    @builtins.property
    def default(self) -> typing.Optional["GcpBackendPolicySpecDefault"]:
        '''Default defines default policy configuration for the targeted resource.

        :schema: GcpBackendPolicySpec#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefault",
    jsii_struct_bases=[],
    name_mapping={
        "backend_preference": "backendPreference",
        "connection_draining": "connectionDraining",
        "iap": "iap",
        "logging": "logging",
        "max_rate_per_endpoint": "maxRatePerEndpoint",
        "security_policy": "securityPolicy",
        "session_affinity": "sessionAffinity",
        "timeout_sec": "timeoutSec",
    },
)
class GcpBackendPolicySpecDefault:
    def __init__(
        self,
        *,
        backend_preference: typing.Optional["GcpBackendPolicySpecDefaultBackendPreference"] = None,
        connection_draining: typing.Optional[typing.Union["GcpBackendPolicySpecDefaultConnectionDraining", typing.Dict[builtins.str, typing.Any]]] = None,
        iap: typing.Optional[typing.Union["GcpBackendPolicySpecDefaultIap", typing.Dict[builtins.str, typing.Any]]] = None,
        logging: typing.Optional[typing.Union["GcpBackendPolicySpecDefaultLogging", typing.Dict[builtins.str, typing.Any]]] = None,
        max_rate_per_endpoint: typing.Optional[jsii.Number] = None,
        security_policy: typing.Optional[builtins.str] = None,
        session_affinity: typing.Optional[typing.Union["GcpBackendPolicySpecDefaultSessionAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        timeout_sec: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Default defines default policy configuration for the targeted resource.

        :param backend_preference: BackendPreference indicates whether the backend should be fully utilized before sending traffic to backends with default preference. Can only be configured for multi-cluster service backends when GCPBackendPolicy targets ServiceExport. The default value is DEFAULT.
        :param connection_draining: ConnectionDraining contains configuration for connection draining.
        :param iap: IAP contains the configurations for Identity-Aware Proxy. See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices Identity-Aware Proxy manages access control policies for backend services associated with a HTTPRoute, so they can be accessed only by authenticated users or applications with correct Identity and Access Management (IAM) role.
        :param logging: LoggingConfig contains configuration for logging.
        :param max_rate_per_endpoint: MaxRatePerEndpoint configures the target capacity for backends. If the field is omitted, a default value (1e8) will be used. In the future we may add selector based settings for MaxRatePerEndpoint but they will co-exist
        :param security_policy: SecurityPolicy is a reference to a GCP Cloud Armor SecurityPolicy resource.
        :param session_affinity: SessionAffinityConfig contains configuration for stickiness parameters.
        :param timeout_sec: TimeoutSec is a BackendService parameter. See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices. If the field is omitted, a default value (30s) will be used.

        :schema: GcpBackendPolicySpecDefault
        '''
        if isinstance(connection_draining, dict):
            connection_draining = GcpBackendPolicySpecDefaultConnectionDraining(**connection_draining)
        if isinstance(iap, dict):
            iap = GcpBackendPolicySpecDefaultIap(**iap)
        if isinstance(logging, dict):
            logging = GcpBackendPolicySpecDefaultLogging(**logging)
        if isinstance(session_affinity, dict):
            session_affinity = GcpBackendPolicySpecDefaultSessionAffinity(**session_affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8aabfdfeefcdd71bead82d31a3d2d0307476527fce95370b0cb4d4989ed4422)
            check_type(argname="argument backend_preference", value=backend_preference, expected_type=type_hints["backend_preference"])
            check_type(argname="argument connection_draining", value=connection_draining, expected_type=type_hints["connection_draining"])
            check_type(argname="argument iap", value=iap, expected_type=type_hints["iap"])
            check_type(argname="argument logging", value=logging, expected_type=type_hints["logging"])
            check_type(argname="argument max_rate_per_endpoint", value=max_rate_per_endpoint, expected_type=type_hints["max_rate_per_endpoint"])
            check_type(argname="argument security_policy", value=security_policy, expected_type=type_hints["security_policy"])
            check_type(argname="argument session_affinity", value=session_affinity, expected_type=type_hints["session_affinity"])
            check_type(argname="argument timeout_sec", value=timeout_sec, expected_type=type_hints["timeout_sec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_preference is not None:
            self._values["backend_preference"] = backend_preference
        if connection_draining is not None:
            self._values["connection_draining"] = connection_draining
        if iap is not None:
            self._values["iap"] = iap
        if logging is not None:
            self._values["logging"] = logging
        if max_rate_per_endpoint is not None:
            self._values["max_rate_per_endpoint"] = max_rate_per_endpoint
        if security_policy is not None:
            self._values["security_policy"] = security_policy
        if session_affinity is not None:
            self._values["session_affinity"] = session_affinity
        if timeout_sec is not None:
            self._values["timeout_sec"] = timeout_sec

    @builtins.property
    def backend_preference(
        self,
    ) -> typing.Optional["GcpBackendPolicySpecDefaultBackendPreference"]:
        '''BackendPreference indicates whether the backend should be fully utilized before sending traffic to backends with default preference.

        Can only be configured for multi-cluster service backends when
        GCPBackendPolicy targets ServiceExport.
        The default value is DEFAULT.

        :schema: GcpBackendPolicySpecDefault#backendPreference
        '''
        result = self._values.get("backend_preference")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultBackendPreference"], result)

    @builtins.property
    def connection_draining(
        self,
    ) -> typing.Optional["GcpBackendPolicySpecDefaultConnectionDraining"]:
        '''ConnectionDraining contains configuration for connection draining.

        :schema: GcpBackendPolicySpecDefault#connectionDraining
        '''
        result = self._values.get("connection_draining")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultConnectionDraining"], result)

    @builtins.property
    def iap(self) -> typing.Optional["GcpBackendPolicySpecDefaultIap"]:
        '''IAP contains the configurations for Identity-Aware Proxy.

        See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices
        Identity-Aware Proxy manages access control policies for backend services associated with a HTTPRoute,
        so they can be accessed only by authenticated users or applications with correct Identity and Access Management (IAM) role.

        :schema: GcpBackendPolicySpecDefault#iap
        '''
        result = self._values.get("iap")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultIap"], result)

    @builtins.property
    def logging(self) -> typing.Optional["GcpBackendPolicySpecDefaultLogging"]:
        '''LoggingConfig contains configuration for logging.

        :schema: GcpBackendPolicySpecDefault#logging
        '''
        result = self._values.get("logging")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultLogging"], result)

    @builtins.property
    def max_rate_per_endpoint(self) -> typing.Optional[jsii.Number]:
        '''MaxRatePerEndpoint configures the target capacity for backends.

        If the field is omitted, a default value (1e8) will be used.
        In the future we may add selector based settings for MaxRatePerEndpoint but they will co-exist

        :schema: GcpBackendPolicySpecDefault#maxRatePerEndpoint
        '''
        result = self._values.get("max_rate_per_endpoint")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def security_policy(self) -> typing.Optional[builtins.str]:
        '''SecurityPolicy is a reference to a GCP Cloud Armor SecurityPolicy resource.

        :schema: GcpBackendPolicySpecDefault#securityPolicy
        '''
        result = self._values.get("security_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_affinity(
        self,
    ) -> typing.Optional["GcpBackendPolicySpecDefaultSessionAffinity"]:
        '''SessionAffinityConfig contains configuration for stickiness parameters.

        :schema: GcpBackendPolicySpecDefault#sessionAffinity
        '''
        result = self._values.get("session_affinity")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultSessionAffinity"], result)

    @builtins.property
    def timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''TimeoutSec is a BackendService parameter.

        See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices.
        If the field is omitted, a default value (30s) will be used.

        :schema: GcpBackendPolicySpecDefault#timeoutSec
        '''
        result = self._values.get("timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecDefault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultBackendPreference"
)
class GcpBackendPolicySpecDefaultBackendPreference(enum.Enum):
    '''BackendPreference indicates whether the backend should be fully utilized before sending traffic to backends with default preference.

    Can only be configured for multi-cluster service backends when
    GCPBackendPolicy targets ServiceExport.
    The default value is DEFAULT.

    :schema: GcpBackendPolicySpecDefaultBackendPreference
    '''

    DEFAULT = "DEFAULT"
    '''DEFAULT.'''
    PREFERRED = "PREFERRED"
    '''PREFERRED.'''


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultConnectionDraining",
    jsii_struct_bases=[],
    name_mapping={"draining_timeout_sec": "drainingTimeoutSec"},
)
class GcpBackendPolicySpecDefaultConnectionDraining:
    def __init__(
        self,
        *,
        draining_timeout_sec: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''ConnectionDraining contains configuration for connection draining.

        :param draining_timeout_sec: DrainingTimeoutSec is a BackendService parameter. It is used during removal of VMs from instance groups. This guarantees that for the specified time all existing connections to a VM will remain untouched, but no new connections will be accepted. Set timeout to zero to disable connection draining. Enable the feature by specifying a timeout of up to one hour. If the field is omitted, a default value (0s) will be used. See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices

        :schema: GcpBackendPolicySpecDefaultConnectionDraining
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58874b95698d5b41f34c3bf5f1a98fa586edb488276dbbb727c9bc3582a7cdd7)
            check_type(argname="argument draining_timeout_sec", value=draining_timeout_sec, expected_type=type_hints["draining_timeout_sec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if draining_timeout_sec is not None:
            self._values["draining_timeout_sec"] = draining_timeout_sec

    @builtins.property
    def draining_timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''DrainingTimeoutSec is a BackendService parameter.

        It is used during removal of VMs from instance groups. This guarantees that for
        the specified time all existing connections to a VM will remain untouched,
        but no new connections will be accepted. Set timeout to zero to disable
        connection draining. Enable the feature by specifying a timeout of up to
        one hour. If the field is omitted, a default value (0s) will be used.
        See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices

        :schema: GcpBackendPolicySpecDefaultConnectionDraining#drainingTimeoutSec
        '''
        result = self._values.get("draining_timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecDefaultConnectionDraining(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultIap",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "enabled": "enabled",
        "oauth2_client_secret": "oauth2ClientSecret",
    },
)
class GcpBackendPolicySpecDefaultIap:
    def __init__(
        self,
        *,
        client_id: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[builtins.bool] = None,
        oauth2_client_secret: typing.Optional[typing.Union["GcpBackendPolicySpecDefaultIapOauth2ClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IAP contains the configurations for Identity-Aware Proxy.

        See https://cloud.google.com/compute/docs/reference/rest/v1/backendServices
        Identity-Aware Proxy manages access control policies for backend services associated with a HTTPRoute,
        so they can be accessed only by authenticated users or applications with correct Identity and Access Management (IAM) role.

        :param client_id: ClientID is the OAuth2 client ID to use for the authentication flow. See iap.oauth2ClientId in https://cloud.google.com/compute/docs/reference/rest/v1/backendServices ClientID must be set if Enabled is set to true.
        :param enabled: Enabled denotes whether the serving infrastructure will authenticate and authorize all incoming requests. If true, the ClientID and Oauth2ClientSecret fields must be non-empty. If not specified, this defaults to false, which means Identity-Aware Proxy is disabled by default.
        :param oauth2_client_secret: Oauth2ClientSecret contains the OAuth2 client secret to use for the authentication flow. Oauth2ClientSecret must be set if Enabled is set to true.

        :schema: GcpBackendPolicySpecDefaultIap
        '''
        if isinstance(oauth2_client_secret, dict):
            oauth2_client_secret = GcpBackendPolicySpecDefaultIapOauth2ClientSecret(**oauth2_client_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b52099b001d71d4819e0e4202ea89d74055227f06da7df3179cd2028e9804db3)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument oauth2_client_secret", value=oauth2_client_secret, expected_type=type_hints["oauth2_client_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_id is not None:
            self._values["client_id"] = client_id
        if enabled is not None:
            self._values["enabled"] = enabled
        if oauth2_client_secret is not None:
            self._values["oauth2_client_secret"] = oauth2_client_secret

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''ClientID is the OAuth2 client ID to use for the authentication flow.

        See iap.oauth2ClientId in https://cloud.google.com/compute/docs/reference/rest/v1/backendServices
        ClientID must be set if Enabled is set to true.

        :schema: GcpBackendPolicySpecDefaultIap#clientID
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled denotes whether the serving infrastructure will authenticate and authorize all incoming requests.

        If true, the ClientID and Oauth2ClientSecret fields must be non-empty.
        If not specified, this defaults to false, which means Identity-Aware Proxy is disabled by default.

        :schema: GcpBackendPolicySpecDefaultIap#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def oauth2_client_secret(
        self,
    ) -> typing.Optional["GcpBackendPolicySpecDefaultIapOauth2ClientSecret"]:
        '''Oauth2ClientSecret contains the OAuth2 client secret to use for the authentication flow.

        Oauth2ClientSecret must be set if Enabled is set to true.

        :schema: GcpBackendPolicySpecDefaultIap#oauth2ClientSecret
        '''
        result = self._values.get("oauth2_client_secret")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultIapOauth2ClientSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecDefaultIap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultIapOauth2ClientSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class GcpBackendPolicySpecDefaultIapOauth2ClientSecret:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''Oauth2ClientSecret contains the OAuth2 client secret to use for the authentication flow.

        Oauth2ClientSecret must be set if Enabled is set to true.

        :param name: Name is the reference to the secret resource.

        :schema: GcpBackendPolicySpecDefaultIapOauth2ClientSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5ac39fd4693931cbc4c25c2b631a1ee94355332a9700410b1ddc87caba17ec1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the reference to the secret resource.

        :schema: GcpBackendPolicySpecDefaultIapOauth2ClientSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecDefaultIapOauth2ClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultLogging",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "sample_rate": "sampleRate"},
)
class GcpBackendPolicySpecDefaultLogging:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        sample_rate: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''LoggingConfig contains configuration for logging.

        :param enabled: Enabled denotes whether to enable logging for the load balancer traffic served by this backend service. If not specified, this defaults to false, which means logging is disabled by default.
        :param sample_rate: This field can only be specified if logging is enabled for this backend service. The value of the field must be in range [0, 1e6]. This is converted to a floating point value in the range [0, 1] by dividing by 1e6 for use with the GCE api and interpreted as the proportion of requests that will be logged. By default all requests will be logged.

        :schema: GcpBackendPolicySpecDefaultLogging
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee299f01c412960aa9a6cf6aea492faf8f959e01731ce6d768ef8cb828a3ae75)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument sample_rate", value=sample_rate, expected_type=type_hints["sample_rate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if sample_rate is not None:
            self._values["sample_rate"] = sample_rate

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled denotes whether to enable logging for the load balancer traffic served by this backend service.

        If not specified, this defaults to false,
        which means logging is disabled by default.

        :schema: GcpBackendPolicySpecDefaultLogging#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def sample_rate(self) -> typing.Optional[jsii.Number]:
        '''This field can only be specified if logging is enabled for this backend service.

        The value of the field must be in range [0, 1e6]. This is
        converted to a floating point value in the range [0, 1] by dividing by 1e6
        for use with the GCE api and interpreted as the proportion of requests that
        will be logged. By default all requests will be logged.

        :schema: GcpBackendPolicySpecDefaultLogging#sampleRate
        '''
        result = self._values.get("sample_rate")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecDefaultLogging(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultSessionAffinity",
    jsii_struct_bases=[],
    name_mapping={"cookie_ttl_sec": "cookieTtlSec", "type": "type"},
)
class GcpBackendPolicySpecDefaultSessionAffinity:
    def __init__(
        self,
        *,
        cookie_ttl_sec: typing.Optional[jsii.Number] = None,
        type: typing.Optional["GcpBackendPolicySpecDefaultSessionAffinityType"] = None,
    ) -> None:
        '''SessionAffinityConfig contains configuration for stickiness parameters.

        :param cookie_ttl_sec: CookieTTLSec specifies the lifetime of cookies in seconds. This setting requires GENERATED_COOKIE or HTTP_COOKIE session affinity. If set to 0, the cookie is non-persistent and lasts only until the end of the browser session (or equivalent). The maximum allowed value is two weeks (1,209,600).
        :param type: Type specifies the type of session affinity to use. If not specified, this defaults to NONE.

        :schema: GcpBackendPolicySpecDefaultSessionAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6daad23bfe4d139390c372dc0e0a11b8c186bce09002556a4f246f7c054bf4d5)
            check_type(argname="argument cookie_ttl_sec", value=cookie_ttl_sec, expected_type=type_hints["cookie_ttl_sec"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cookie_ttl_sec is not None:
            self._values["cookie_ttl_sec"] = cookie_ttl_sec
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def cookie_ttl_sec(self) -> typing.Optional[jsii.Number]:
        '''CookieTTLSec specifies the lifetime of cookies in seconds.

        This setting
        requires GENERATED_COOKIE or HTTP_COOKIE session affinity. If set to 0, the
        cookie is non-persistent and lasts only until the end of the browser
        session (or equivalent). The maximum allowed value is two weeks
        (1,209,600).

        :schema: GcpBackendPolicySpecDefaultSessionAffinity#cookieTtlSec
        '''
        result = self._values.get("cookie_ttl_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def type(self) -> typing.Optional["GcpBackendPolicySpecDefaultSessionAffinityType"]:
        '''Type specifies the type of session affinity to use.

        If not specified, this
        defaults to NONE.

        :schema: GcpBackendPolicySpecDefaultSessionAffinity#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["GcpBackendPolicySpecDefaultSessionAffinityType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecDefaultSessionAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecDefaultSessionAffinityType"
)
class GcpBackendPolicySpecDefaultSessionAffinityType(enum.Enum):
    '''Type specifies the type of session affinity to use.

    If not specified, this
    defaults to NONE.

    :schema: GcpBackendPolicySpecDefaultSessionAffinityType
    '''

    CLIENT_UNDERSCORE_IP = "CLIENT_UNDERSCORE_IP"
    '''CLIENT_IP.'''
    CLIENT_UNDERSCORE_IP_UNDERSCORE_PORT_UNDERSCORE_PROTO = "CLIENT_UNDERSCORE_IP_UNDERSCORE_PORT_UNDERSCORE_PROTO"
    '''CLIENT_IP_PORT_PROTO.'''
    CLIENT_UNDERSCORE_IP_UNDERSCORE_PROTO = "CLIENT_UNDERSCORE_IP_UNDERSCORE_PROTO"
    '''CLIENT_IP_PROTO.'''
    GENERATED_UNDERSCORE_COOKIE = "GENERATED_UNDERSCORE_COOKIE"
    '''GENERATED_COOKIE.'''
    HEADER_UNDERSCORE_FIELD = "HEADER_UNDERSCORE_FIELD"
    '''HEADER_FIELD.'''
    HTTP_UNDERSCORE_COOKIE = "HTTP_UNDERSCORE_COOKIE"
    '''HTTP_COOKIE.'''
    NONE = "NONE"
    '''NONE.'''


@jsii.data_type(
    jsii_type="gcpbackendpolicy_iogkenetworking.GcpBackendPolicySpecTargetRef",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
    },
)
class GcpBackendPolicySpecTargetRef:
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

        :schema: GcpBackendPolicySpecTargetRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05732c13c3410ebb2d8926f8329df24fb258cdcbab29d0b97ec19ec0002d2d9a)
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

        :schema: GcpBackendPolicySpecTargetRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the target resource.

        :schema: GcpBackendPolicySpecTargetRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the target resource.

        :schema: GcpBackendPolicySpecTargetRef#name
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

        :schema: GcpBackendPolicySpecTargetRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpBackendPolicySpecTargetRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GcpBackendPolicy",
    "GcpBackendPolicyProps",
    "GcpBackendPolicySpec",
    "GcpBackendPolicySpecDefault",
    "GcpBackendPolicySpecDefaultBackendPreference",
    "GcpBackendPolicySpecDefaultConnectionDraining",
    "GcpBackendPolicySpecDefaultIap",
    "GcpBackendPolicySpecDefaultIapOauth2ClientSecret",
    "GcpBackendPolicySpecDefaultLogging",
    "GcpBackendPolicySpecDefaultSessionAffinity",
    "GcpBackendPolicySpecDefaultSessionAffinityType",
    "GcpBackendPolicySpecTargetRef",
]

publication.publish()

def _typecheckingstub__4e1f355ed2bc4dc8f70a7f0ffe73950b3b36afcab08368c51e50bcfbf81cf231(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GcpBackendPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86ed7eef7cda05ba0ec8a2f110eba09fadc93da13113ca4dd110678ab9ab34a1(
    *,
    spec: typing.Union[GcpBackendPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d57ddf61d2c11c26ced8b8b1621590e900b76d498366651c33f9b9b110e77b0(
    *,
    target_ref: typing.Union[GcpBackendPolicySpecTargetRef, typing.Dict[builtins.str, typing.Any]],
    default: typing.Optional[typing.Union[GcpBackendPolicySpecDefault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8aabfdfeefcdd71bead82d31a3d2d0307476527fce95370b0cb4d4989ed4422(
    *,
    backend_preference: typing.Optional[GcpBackendPolicySpecDefaultBackendPreference] = None,
    connection_draining: typing.Optional[typing.Union[GcpBackendPolicySpecDefaultConnectionDraining, typing.Dict[builtins.str, typing.Any]]] = None,
    iap: typing.Optional[typing.Union[GcpBackendPolicySpecDefaultIap, typing.Dict[builtins.str, typing.Any]]] = None,
    logging: typing.Optional[typing.Union[GcpBackendPolicySpecDefaultLogging, typing.Dict[builtins.str, typing.Any]]] = None,
    max_rate_per_endpoint: typing.Optional[jsii.Number] = None,
    security_policy: typing.Optional[builtins.str] = None,
    session_affinity: typing.Optional[typing.Union[GcpBackendPolicySpecDefaultSessionAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    timeout_sec: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58874b95698d5b41f34c3bf5f1a98fa586edb488276dbbb727c9bc3582a7cdd7(
    *,
    draining_timeout_sec: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b52099b001d71d4819e0e4202ea89d74055227f06da7df3179cd2028e9804db3(
    *,
    client_id: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[builtins.bool] = None,
    oauth2_client_secret: typing.Optional[typing.Union[GcpBackendPolicySpecDefaultIapOauth2ClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5ac39fd4693931cbc4c25c2b631a1ee94355332a9700410b1ddc87caba17ec1(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee299f01c412960aa9a6cf6aea492faf8f959e01731ce6d768ef8cb828a3ae75(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    sample_rate: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6daad23bfe4d139390c372dc0e0a11b8c186bce09002556a4f246f7c054bf4d5(
    *,
    cookie_ttl_sec: typing.Optional[jsii.Number] = None,
    type: typing.Optional[GcpBackendPolicySpecDefaultSessionAffinityType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05732c13c3410ebb2d8926f8329df24fb258cdcbab29d0b97ec19ec0002d2d9a(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
