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


class PodMonitoring(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoring",
):
    '''PodMonitoring defines monitoring for a set of pods, scoped to pods within the PodMonitoring's namespace.

    :schema: PodMonitoring
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PodMonitoring" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Specification of desired Pod selection for target discovery by Prometheus.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__930d33059c664bb860fb45a9bee8788dc1414da53e60c5fd4d958c443abc7098)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PodMonitoringProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PodMonitoring".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Specification of desired Pod selection for target discovery by Prometheus.
        :param metadata: 
        '''
        props = PodMonitoringProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PodMonitoring".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PodMonitoringProps:
    def __init__(
        self,
        *,
        spec: typing.Union["PodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PodMonitoring defines monitoring for a set of pods, scoped to pods within the PodMonitoring's namespace.

        :param spec: Specification of desired Pod selection for target discovery by Prometheus.
        :param metadata: 

        :schema: PodMonitoring
        '''
        if isinstance(spec, dict):
            spec = PodMonitoringSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49e438afbfeea8f04385816e42c82bba7bd8970febf7218013caa24e1ceb258d)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PodMonitoringSpec":
        '''Specification of desired Pod selection for target discovery by Prometheus.

        :schema: PodMonitoring#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PodMonitoringSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PodMonitoring#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "selector": "selector",
        "filter_running": "filterRunning",
        "limits": "limits",
        "target_labels": "targetLabels",
    },
)
class PodMonitoringSpec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["PodMonitoringSpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["PodMonitoringSpecSelector", typing.Dict[builtins.str, typing.Any]],
        filter_running: typing.Optional[builtins.bool] = None,
        limits: typing.Optional[typing.Union["PodMonitoringSpecLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        target_labels: typing.Optional[typing.Union["PodMonitoringSpecTargetLabels", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specification of desired Pod selection for target discovery by Prometheus.

        :param endpoints: The endpoints to scrape on the selected pods.
        :param selector: Label selector that specifies which pods are selected for this monitoring configuration.
        :param filter_running: FilterRunning will drop any pods that are in the "Failed" or "Succeeded" pod lifecycle. See: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase
        :param limits: Limits to apply at scrape time.
        :param target_labels: Labels to add to the Prometheus target for discovered endpoints. The ``instance`` label is always set to ``<pod_name>:<port>`` or ``<node_name>:<port>`` if the scraped pod is controlled by a DaemonSet.

        :schema: PodMonitoringSpec
        '''
        if isinstance(selector, dict):
            selector = PodMonitoringSpecSelector(**selector)
        if isinstance(limits, dict):
            limits = PodMonitoringSpecLimits(**limits)
        if isinstance(target_labels, dict):
            target_labels = PodMonitoringSpecTargetLabels(**target_labels)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07acc4e739063980d3705a4c45f17f00ffb2fc7975ac2cf03e73c22e88782c14)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument filter_running", value=filter_running, expected_type=type_hints["filter_running"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument target_labels", value=target_labels, expected_type=type_hints["target_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
            "selector": selector,
        }
        if filter_running is not None:
            self._values["filter_running"] = filter_running
        if limits is not None:
            self._values["limits"] = limits
        if target_labels is not None:
            self._values["target_labels"] = target_labels

    @builtins.property
    def endpoints(self) -> typing.List["PodMonitoringSpecEndpoints"]:
        '''The endpoints to scrape on the selected pods.

        :schema: PodMonitoringSpec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["PodMonitoringSpecEndpoints"], result)

    @builtins.property
    def selector(self) -> "PodMonitoringSpecSelector":
        '''Label selector that specifies which pods are selected for this monitoring configuration.

        :schema: PodMonitoringSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PodMonitoringSpecSelector", result)

    @builtins.property
    def filter_running(self) -> typing.Optional[builtins.bool]:
        '''FilterRunning will drop any pods that are in the "Failed" or "Succeeded" pod lifecycle.

        See: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase

        :schema: PodMonitoringSpec#filterRunning
        '''
        result = self._values.get("filter_running")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def limits(self) -> typing.Optional["PodMonitoringSpecLimits"]:
        '''Limits to apply at scrape time.

        :schema: PodMonitoringSpec#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["PodMonitoringSpecLimits"], result)

    @builtins.property
    def target_labels(self) -> typing.Optional["PodMonitoringSpecTargetLabels"]:
        '''Labels to add to the Prometheus target for discovered endpoints.

        The ``instance`` label is always set to ``<pod_name>:<port>`` or ``<node_name>:<port>``
        if the scraped pod is controlled by a DaemonSet.

        :schema: PodMonitoringSpec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional["PodMonitoringSpecTargetLabels"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "interval": "interval",
        "port": "port",
        "authorization": "authorization",
        "basic_auth": "basicAuth",
        "metric_relabeling": "metricRelabeling",
        "oauth2": "oauth2",
        "params": "params",
        "path": "path",
        "proxy_url": "proxyUrl",
        "scheme": "scheme",
        "timeout": "timeout",
        "tls": "tls",
    },
)
class PodMonitoringSpecEndpoints:
    def __init__(
        self,
        *,
        interval: builtins.str,
        port: "PodMonitoringSpecEndpointsPort",
        authorization: typing.Optional[typing.Union["PodMonitoringSpecEndpointsAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["PodMonitoringSpecEndpointsBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        metric_relabeling: typing.Optional[typing.Sequence[typing.Union["PodMonitoringSpecEndpointsMetricRelabeling", typing.Dict[builtins.str, typing.Any]]]] = None,
        oauth2: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2", typing.Dict[builtins.str, typing.Any]]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        path: typing.Optional[builtins.str] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scheme: typing.Optional["PodMonitoringSpecEndpointsScheme"] = None,
        timeout: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ScrapeEndpoint specifies a Prometheus metrics endpoint to scrape.

        :param interval: Interval at which to scrape metrics. Must be a valid Prometheus duration.
        :param port: Name or number of the port to scrape. The container metadata label is only populated if the port is referenced by name because port numbers are not unique across containers.
        :param authorization: Authorization is the HTTP authorization credentials for the targets.
        :param basic_auth: BasicAuth is the HTTP basic authentication credentials for the targets.
        :param metric_relabeling: Relabeling rules for metrics scraped from this endpoint. Relabeling rules that override protected target labels (project_id, location, cluster, namespace, job, instance, top_level_controller, top_level_controller_type, or **address**) are not permitted. The labelmap action is not permitted in general.
        :param oauth2: OAuth2 is the OAuth2 client credentials used to fetch a token for the targets.
        :param params: HTTP GET params to use when scraping.
        :param path: HTTP path to scrape metrics from. Defaults to "/metrics". Default: metrics".
        :param proxy_url: ProxyURL is the HTTP proxy server to use to connect to the targets. Encoded passwords are not supported.
        :param scheme: Protocol scheme to use to scrape.
        :param timeout: Timeout for metrics scrapes. Must be a valid Prometheus duration. Must not be larger than the scrape interval.
        :param tls: TLS configures the scrape request's TLS settings.

        :schema: PodMonitoringSpecEndpoints
        '''
        if isinstance(authorization, dict):
            authorization = PodMonitoringSpecEndpointsAuthorization(**authorization)
        if isinstance(basic_auth, dict):
            basic_auth = PodMonitoringSpecEndpointsBasicAuth(**basic_auth)
        if isinstance(oauth2, dict):
            oauth2 = PodMonitoringSpecEndpointsOauth2(**oauth2)
        if isinstance(tls, dict):
            tls = PodMonitoringSpecEndpointsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc67a08b3bddf5a430ab59e05f815fe98fffebfeafd28019755c5aed0c0e715e)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
            check_type(argname="argument metric_relabeling", value=metric_relabeling, expected_type=type_hints["metric_relabeling"])
            check_type(argname="argument oauth2", value=oauth2, expected_type=type_hints["oauth2"])
            check_type(argname="argument params", value=params, expected_type=type_hints["params"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "interval": interval,
            "port": port,
        }
        if authorization is not None:
            self._values["authorization"] = authorization
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth
        if metric_relabeling is not None:
            self._values["metric_relabeling"] = metric_relabeling
        if oauth2 is not None:
            self._values["oauth2"] = oauth2
        if params is not None:
            self._values["params"] = params
        if path is not None:
            self._values["path"] = path
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scheme is not None:
            self._values["scheme"] = scheme
        if timeout is not None:
            self._values["timeout"] = timeout
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def interval(self) -> builtins.str:
        '''Interval at which to scrape metrics.

        Must be a valid Prometheus duration.

        :schema: PodMonitoringSpecEndpoints#interval
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> "PodMonitoringSpecEndpointsPort":
        '''Name or number of the port to scrape.

        The container metadata label is only populated if the port is referenced by name
        because port numbers are not unique across containers.

        :schema: PodMonitoringSpecEndpoints#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodMonitoringSpecEndpointsPort", result)

    @builtins.property
    def authorization(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsAuthorization"]:
        '''Authorization is the HTTP authorization credentials for the targets.

        :schema: PodMonitoringSpecEndpoints#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsAuthorization"], result)

    @builtins.property
    def basic_auth(self) -> typing.Optional["PodMonitoringSpecEndpointsBasicAuth"]:
        '''BasicAuth is the HTTP basic authentication credentials for the targets.

        :schema: PodMonitoringSpecEndpoints#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsBasicAuth"], result)

    @builtins.property
    def metric_relabeling(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecEndpointsMetricRelabeling"]]:
        '''Relabeling rules for metrics scraped from this endpoint.

        Relabeling rules that
        override protected target labels (project_id, location, cluster, namespace, job,
        instance, top_level_controller, top_level_controller_type, or **address**) are
        not permitted. The labelmap action is not permitted in general.

        :schema: PodMonitoringSpecEndpoints#metricRelabeling
        '''
        result = self._values.get("metric_relabeling")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecEndpointsMetricRelabeling"]], result)

    @builtins.property
    def oauth2(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2"]:
        '''OAuth2 is the OAuth2 client credentials used to fetch a token for the targets.

        :schema: PodMonitoringSpecEndpoints#oauth2
        '''
        result = self._values.get("oauth2")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2"], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''HTTP GET params to use when scraping.

        :schema: PodMonitoringSpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''HTTP path to scrape metrics from.

        Defaults to "/metrics".

        :default: metrics".

        :schema: PodMonitoringSpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''ProxyURL is the HTTP proxy server to use to connect to the targets.

        Encoded passwords are not supported.

        :schema: PodMonitoringSpecEndpoints#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional["PodMonitoringSpecEndpointsScheme"]:
        '''Protocol scheme to use to scrape.

        :schema: PodMonitoringSpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsScheme"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for metrics scrapes.

        Must be a valid Prometheus duration.
        Must not be larger than the scrape interval.

        :schema: PodMonitoringSpecEndpoints#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["PodMonitoringSpecEndpointsTls"]:
        '''TLS configures the scrape request's TLS settings.

        :schema: PodMonitoringSpecEndpoints#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsAuthorization",
    jsii_struct_bases=[],
    name_mapping={"credentials": "credentials", "type": "type"},
)
class PodMonitoringSpecEndpointsAuthorization:
    def __init__(
        self,
        *,
        credentials: typing.Optional[typing.Union["PodMonitoringSpecEndpointsAuthorizationCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Authorization is the HTTP authorization credentials for the targets.

        :param credentials: Credentials uses the secret as the credentials (token) for the authentication header.
        :param type: Type is the authentication type. Defaults to Bearer. Basic will cause an error, as the BasicAuth object should be used instead. Default: Bearer.

        :schema: PodMonitoringSpecEndpointsAuthorization
        '''
        if isinstance(credentials, dict):
            credentials = PodMonitoringSpecEndpointsAuthorizationCredentials(**credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__209e909dccf0533a4e7016b09ee5529aca595780bae4ed920b89b6ec89fbaec7)
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if credentials is not None:
            self._values["credentials"] = credentials
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def credentials(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentials"]:
        '''Credentials uses the secret as the credentials (token) for the authentication header.

        :schema: PodMonitoringSpecEndpointsAuthorization#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentials"], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Type is the authentication type.

        Defaults to Bearer.
        Basic will cause an error, as the BasicAuth object should be used instead.

        :default: Bearer.

        :schema: PodMonitoringSpecEndpointsAuthorization#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsAuthorizationCredentials",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsAuthorizationCredentials:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsAuthorizationCredentialsSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Credentials uses the secret as the credentials (token) for the authentication header.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentials
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsAuthorizationCredentialsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cb4dae1501f1758ed5e1697a714a9208065ad6317d82da4411d5fc4fd049b23)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentialsSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentials#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentialsSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsAuthorizationCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsAuthorizationCredentialsSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsAuthorizationCredentialsSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e66ad146ed2630c1ff087ee218a292b7259cc5840b69193008ddaeed4ffff91)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsAuthorizationCredentialsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsBasicAuth",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class PodMonitoringSpecEndpointsBasicAuth:
    def __init__(
        self,
        *,
        password: typing.Optional[typing.Union["PodMonitoringSpecEndpointsBasicAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''BasicAuth is the HTTP basic authentication credentials for the targets.

        :param password: Password uses the secret as the BasicAuth password.
        :param username: Username is the BasicAuth username.

        :schema: PodMonitoringSpecEndpointsBasicAuth
        '''
        if isinstance(password, dict):
            password = PodMonitoringSpecEndpointsBasicAuthPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1df96bf1a6f8652e4b22c6c71c468e4cea9650dcc1220c205debac600181ba8)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsBasicAuthPassword"]:
        '''Password uses the secret as the BasicAuth password.

        :schema: PodMonitoringSpecEndpointsBasicAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsBasicAuthPassword"], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Username is the BasicAuth username.

        :schema: PodMonitoringSpecEndpointsBasicAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsBasicAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsBasicAuthPassword:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsBasicAuthPasswordSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Password uses the secret as the BasicAuth password.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsBasicAuthPassword
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsBasicAuthPasswordSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a8f9d109c5ecb303bd3629a19c3633cd3193b3b4c977721e8ce496874c2ec2d)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsBasicAuthPasswordSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsBasicAuthPassword#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsBasicAuthPasswordSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsBasicAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsBasicAuthPasswordSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsBasicAuthPasswordSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f86c17907fb4864f558f5d2022aec11247dc1905899895d3e14fd9930f6c8365)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsBasicAuthPasswordSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsMetricRelabeling",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class PodMonitoringSpecEndpointsMetricRelabeling:
    def __init__(
        self,
        *,
        action: typing.Optional["PodMonitoringSpecEndpointsMetricRelabelingAction"] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RelabelingRule defines a single Prometheus relabeling rule.

        :param action: Action to perform based on regex matching. Defaults to 'replace'. Default: replace'.
        :param modulus: Modulus to take of the hash of the source label values.
        :param regex: Regular expression against which the extracted value is matched. Defaults to '(.*)'. Default: .
        :param replacement: Replacement value against which a regex replace is performed if the regular expression matches. Regex capture groups are available. Defaults to '$1'. Default: 1'.
        :param separator: Separator placed between concatenated source label values. Defaults to ';'. Default: .
        :param source_labels: The source labels select values from existing labels. Their content is concatenated using the configured separator and matched against the configured regular expression for the replace, keep, and drop actions.
        :param target_label: Label to which the resulting value is written in a replace action. It is mandatory for replace actions. Regex capture groups are available.

        :schema: PodMonitoringSpecEndpointsMetricRelabeling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7176cd13711ad42a540237444edec7c607c02edb5120791b4a24c22e2498e781)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsMetricRelabelingAction"]:
        '''Action to perform based on regex matching.

        Defaults to 'replace'.

        :default: replace'.

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsMetricRelabelingAction"], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''Modulus to take of the hash of the source label values.

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''Regular expression against which the extracted value is matched.

        Defaults to '(.*)'.

        :default: .

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''Replacement value against which a regex replace is performed if the regular expression matches.

        Regex capture groups are available. Defaults to '$1'.

        :default: 1'.

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''Separator placed between concatenated source label values.

        Defaults to ';'.

        :default: .

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The source labels select values from existing labels.

        Their content is concatenated
        using the configured separator and matched against the configured regular expression
        for the replace, keep, and drop actions.

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''Label to which the resulting value is written in a replace action.

        It is mandatory for replace actions. Regex capture groups are available.

        :schema: PodMonitoringSpecEndpointsMetricRelabeling#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsMetricRelabeling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsMetricRelabelingAction"
)
class PodMonitoringSpecEndpointsMetricRelabelingAction(enum.Enum):
    '''Action to perform based on regex matching.

    Defaults to 'replace'.

    :default: replace'.

    :schema: PodMonitoringSpecEndpointsMetricRelabelingAction
    '''

    REPLACE = "REPLACE"
    '''replace.'''
    LOWERCASE = "LOWERCASE"
    '''lowercase.'''
    UPPERCASE = "UPPERCASE"
    '''uppercase.'''
    KEEP = "KEEP"
    '''keep.'''
    DROP = "DROP"
    '''drop.'''
    KEEPEQUAL = "KEEPEQUAL"
    '''keepequal.'''
    DROPEQUAL = "DROPEQUAL"
    '''dropequal.'''
    HASHMOD = "HASHMOD"
    '''hashmod.'''
    LABELDROP = "LABELDROP"
    '''labeldrop.'''
    LABELKEEP = "LABELKEEP"
    '''labelkeep.'''


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "endpoint_params": "endpointParams",
        "proxy_url": "proxyUrl",
        "scopes": "scopes",
        "tls_config": "tlsConfig",
        "token_url": "tokenUrl",
    },
)
class PodMonitoringSpecEndpointsOauth2:
    def __init__(
        self,
        *,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2ClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_config: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        token_url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''OAuth2 is the OAuth2 client credentials used to fetch a token for the targets.

        :param client_id: ClientID is the public identifier for the client.
        :param client_secret: ClientSecret uses the secret as the client secret token.
        :param endpoint_params: EndpointParams are additional parameters to append to the token URL.
        :param proxy_url: ProxyURL is the HTTP proxy server to use to connect to the targets. Encoded passwords are not supported.
        :param scopes: Scopes represents the scopes for the token request.
        :param tls_config: TLS configures the token request's TLS settings.
        :param token_url: TokenURL is the URL to fetch the token from.

        :schema: PodMonitoringSpecEndpointsOauth2
        '''
        if isinstance(client_secret, dict):
            client_secret = PodMonitoringSpecEndpointsOauth2ClientSecret(**client_secret)
        if isinstance(tls_config, dict):
            tls_config = PodMonitoringSpecEndpointsOauth2TlsConfig(**tls_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87e0c65418c28f4a21d866cd186874caca31b8adaaae7c133c0a0cd53e1a16cd)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument endpoint_params", value=endpoint_params, expected_type=type_hints["endpoint_params"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument tls_config", value=tls_config, expected_type=type_hints["tls_config"])
            check_type(argname="argument token_url", value=token_url, expected_type=type_hints["token_url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if endpoint_params is not None:
            self._values["endpoint_params"] = endpoint_params
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scopes is not None:
            self._values["scopes"] = scopes
        if tls_config is not None:
            self._values["tls_config"] = tls_config
        if token_url is not None:
            self._values["token_url"] = token_url

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''ClientID is the public identifier for the client.

        :schema: PodMonitoringSpecEndpointsOauth2#clientID
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecret"]:
        '''ClientSecret uses the secret as the client secret token.

        :schema: PodMonitoringSpecEndpointsOauth2#clientSecret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecret"], result)

    @builtins.property
    def endpoint_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''EndpointParams are additional parameters to append to the token URL.

        :schema: PodMonitoringSpecEndpointsOauth2#endpointParams
        '''
        result = self._values.get("endpoint_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''ProxyURL is the HTTP proxy server to use to connect to the targets.

        Encoded passwords are not supported.

        :schema: PodMonitoringSpecEndpointsOauth2#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Scopes represents the scopes for the token request.

        :schema: PodMonitoringSpecEndpointsOauth2#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_config(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfig"]:
        '''TLS configures the token request's TLS settings.

        :schema: PodMonitoringSpecEndpointsOauth2#tlsConfig
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfig"], result)

    @builtins.property
    def token_url(self) -> typing.Optional[builtins.str]:
        '''TokenURL is the URL to fetch the token from.

        :schema: PodMonitoringSpecEndpointsOauth2#tokenURL
        '''
        result = self._values.get("token_url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2ClientSecret",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2ClientSecret:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2ClientSecretSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClientSecret uses the secret as the client secret token.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecret
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2ClientSecretSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aca6535e48e18d8cb338dd484a9182f163a9915dcebd5761bf55f4586419bb69)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecretSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecret#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecretSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2ClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2ClientSecretSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2ClientSecretSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a82358ad7d33ae65dacd58ce777df28b53f889e8c1754f3cb7cfc83f49329ea6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2ClientSecretSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "cert": "cert",
        "insecure_skip_verify": "insecureSkipVerify",
        "key": "key",
        "max_version": "maxVersion",
        "min_version": "minVersion",
        "server_name": "serverName",
    },
)
class PodMonitoringSpecEndpointsOauth2TlsConfig:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCa", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCert", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigKey", typing.Dict[builtins.str, typing.Any]]] = None,
        max_version: typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"] = None,
        min_version: typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"] = None,
        server_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TLS configures the token request's TLS settings.

        :param ca: SecretSelector references a secret from a secret provider e.g. Kubernetes Secret. Only one provider can be used at a time.
        :param cert: Cert uses the secret as the certificate for client authentication to the server.
        :param insecure_skip_verify: InsecureSkipVerify disables target certificate validation.
        :param key: Key uses the secret as the private key for client authentication to the server.
        :param max_version: MaxVersion is the maximum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3). If unset, Prometheus will use Go default minimum version, which is TLS 1.2. See MinVersion in https://pkg.go.dev/crypto/tls#Config.
        :param min_version: MinVersion is the minimum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3). If unset, Prometheus will use Go default minimum version, which is TLS 1.2. See MinVersion in https://pkg.go.dev/crypto/tls#Config.
        :param server_name: ServerName is used to verify the hostname for the targets.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig
        '''
        if isinstance(ca, dict):
            ca = PodMonitoringSpecEndpointsOauth2TlsConfigCa(**ca)
        if isinstance(cert, dict):
            cert = PodMonitoringSpecEndpointsOauth2TlsConfigCert(**cert)
        if isinstance(key, dict):
            key = PodMonitoringSpecEndpointsOauth2TlsConfigKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e2e1501508e2c3c7a7db0b92534ced28c71d7c349070be9d28e779a8c4ac95c)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument max_version", value=max_version, expected_type=type_hints["max_version"])
            check_type(argname="argument min_version", value=min_version, expected_type=type_hints["min_version"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if key is not None:
            self._values["key"] = key
        if max_version is not None:
            self._values["max_version"] = max_version
        if min_version is not None:
            self._values["min_version"] = min_version
        if server_name is not None:
            self._values["server_name"] = server_name

    @builtins.property
    def ca(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCa"]:
        '''SecretSelector references a secret from a secret provider e.g. Kubernetes Secret. Only one provider can be used at a time.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCa"], result)

    @builtins.property
    def cert(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCert"]:
        '''Cert uses the secret as the certificate for client authentication to the server.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCert"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''InsecureSkipVerify disables target certificate validation.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKey"]:
        '''Key uses the secret as the private key for client authentication to the server.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKey"], result)

    @builtins.property
    def max_version(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"]:
        '''MaxVersion is the maximum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

        If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
        See MinVersion in https://pkg.go.dev/crypto/tls#Config.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"], result)

    @builtins.property
    def min_version(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"]:
        '''MinVersion is the minimum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

        If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
        See MinVersion in https://pkg.go.dev/crypto/tls#Config.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''ServerName is used to verify the hostname for the targets.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCa",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCa:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretSelector references a secret from a secret provider e.g. Kubernetes Secret. Only one provider can be used at a time.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCa
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9afde13f157006522b8d7d4485914cacea0127c021ce08896d9e7a4c9ec50e7)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95b2c704126bf8e2f46a5dbcf8df0f4e258ae0bf0e0c8c78b4d0278f6326f378)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCert",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCert:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cert uses the secret as the certificate for client authentication to the server.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCert
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac2d192feab2d48a98072ff5c6f205611adf76de7a80921fdf6e0d77aef7d450)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d8165e7e40187b13dd725d07d8a22e3bc0e7ce82b0deef555be30bba89aa717)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigKey",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigKey:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Key uses the secret as the private key for client authentication to the server.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKey
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8724362839ca8ac5f59bf479a716e703c97140bb59360834e7a5a77e111f0625)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKey#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5b0069f0123c259408087e0e691bfd8820497911d47f8882c9773f448f36fe3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"
)
class PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion(enum.Enum):
    '''MaxVersion is the maximum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

    If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
    See MinVersion in https://pkg.go.dev/crypto/tls#Config.

    :schema: PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"
)
class PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion(enum.Enum):
    '''MinVersion is the minimum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

    If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
    See MinVersion in https://pkg.go.dev/crypto/tls#Config.

    :schema: PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


class PodMonitoringSpecEndpointsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsPort",
):
    '''Name or number of the port to scrape.

    The container metadata label is only populated if the port is referenced by name
    because port numbers are not unique across containers.

    :schema: PodMonitoringSpecEndpointsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "PodMonitoringSpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a81a565a0a2921839c1ffdababd36f7a97c0a278b0e2a2cfac2ab46bb391c66f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringSpecEndpointsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "PodMonitoringSpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__30582c0c1964b1cb63798f9217ea9ea32492ff414d992be4e8a8d53064a55cd0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringSpecEndpointsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsScheme"
)
class PodMonitoringSpecEndpointsScheme(enum.Enum):
    '''Protocol scheme to use to scrape.

    :schema: PodMonitoringSpecEndpointsScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "cert": "cert",
        "insecure_skip_verify": "insecureSkipVerify",
        "key": "key",
        "max_version": "maxVersion",
        "min_version": "minVersion",
        "server_name": "serverName",
    },
)
class PodMonitoringSpecEndpointsTls:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCa", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCert", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsKey", typing.Dict[builtins.str, typing.Any]]] = None,
        max_version: typing.Optional["PodMonitoringSpecEndpointsTlsMaxVersion"] = None,
        min_version: typing.Optional["PodMonitoringSpecEndpointsTlsMinVersion"] = None,
        server_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TLS configures the scrape request's TLS settings.

        :param ca: SecretSelector references a secret from a secret provider e.g. Kubernetes Secret. Only one provider can be used at a time.
        :param cert: Cert uses the secret as the certificate for client authentication to the server.
        :param insecure_skip_verify: InsecureSkipVerify disables target certificate validation.
        :param key: Key uses the secret as the private key for client authentication to the server.
        :param max_version: MaxVersion is the maximum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3). If unset, Prometheus will use Go default minimum version, which is TLS 1.2. See MinVersion in https://pkg.go.dev/crypto/tls#Config.
        :param min_version: MinVersion is the minimum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3). If unset, Prometheus will use Go default minimum version, which is TLS 1.2. See MinVersion in https://pkg.go.dev/crypto/tls#Config.
        :param server_name: ServerName is used to verify the hostname for the targets.

        :schema: PodMonitoringSpecEndpointsTls
        '''
        if isinstance(ca, dict):
            ca = PodMonitoringSpecEndpointsTlsCa(**ca)
        if isinstance(cert, dict):
            cert = PodMonitoringSpecEndpointsTlsCert(**cert)
        if isinstance(key, dict):
            key = PodMonitoringSpecEndpointsTlsKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49e8715967cbd7d64dd21e263c35e1a842377dcc6f8d2aabd04cde93f2820dd3)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument max_version", value=max_version, expected_type=type_hints["max_version"])
            check_type(argname="argument min_version", value=min_version, expected_type=type_hints["min_version"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if key is not None:
            self._values["key"] = key
        if max_version is not None:
            self._values["max_version"] = max_version
        if min_version is not None:
            self._values["min_version"] = min_version
        if server_name is not None:
            self._values["server_name"] = server_name

    @builtins.property
    def ca(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCa"]:
        '''SecretSelector references a secret from a secret provider e.g. Kubernetes Secret. Only one provider can be used at a time.

        :schema: PodMonitoringSpecEndpointsTls#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCa"], result)

    @builtins.property
    def cert(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCert"]:
        '''Cert uses the secret as the certificate for client authentication to the server.

        :schema: PodMonitoringSpecEndpointsTls#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCert"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''InsecureSkipVerify disables target certificate validation.

        :schema: PodMonitoringSpecEndpointsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsKey"]:
        '''Key uses the secret as the private key for client authentication to the server.

        :schema: PodMonitoringSpecEndpointsTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsKey"], result)

    @builtins.property
    def max_version(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsMaxVersion"]:
        '''MaxVersion is the maximum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

        If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
        See MinVersion in https://pkg.go.dev/crypto/tls#Config.

        :schema: PodMonitoringSpecEndpointsTls#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsMaxVersion"], result)

    @builtins.property
    def min_version(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsMinVersion"]:
        '''MinVersion is the minimum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

        If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
        See MinVersion in https://pkg.go.dev/crypto/tls#Config.

        :schema: PodMonitoringSpecEndpointsTls#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsMinVersion"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''ServerName is used to verify the hostname for the targets.

        :schema: PodMonitoringSpecEndpointsTls#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCa",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsTlsCa:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SecretSelector references a secret from a secret provider e.g. Kubernetes Secret. Only one provider can be used at a time.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsTlsCa
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsTlsCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f76551c031a4d204c16c547332a6b8f237a0807f7daba97936240d7e1c45bff8)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCaSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsTlsCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsTlsCaSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsTlsCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ee4414df5a2b3ea474a77d51e80c194fc26486f500ab5155cfb2bce63924193)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsTlsCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsTlsCaSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsTlsCaSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCert",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsTlsCert:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cert uses the secret as the certificate for client authentication to the server.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsTlsCert
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsTlsCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e09db256669fac1ee2176a50b782be600f79c9247ca2cb04401444c3e5d74bcf)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCertSecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsTlsCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsTlsCertSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsTlsCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d8aa8eff41d8be9672c5732d4cf0e8d7f5e20153c43b62aacc71d3acf6134c7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsTlsCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsTlsCertSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsTlsCertSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsKey",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsTlsKey:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Key uses the secret as the private key for client authentication to the server.

        :param secret: Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsTlsKey
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsTlsKeySecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__404e957b88b70a7d8a033b82e367ae2f382aba9a9ac4a7d25ae95c9d8d6d664b)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsKeySecret"]:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :schema: PodMonitoringSpecEndpointsTlsKey#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsKeySecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsTlsKeySecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret represents reference to a given key from certain Secret in a given namespace.

        :param key: Key of the secret to select from. Must be a valid secret key.
        :param name: Name of the secret to select from.
        :param namespace: Namespace of the secret to select from. If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsTlsKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a166f0e88b69059081e0c31676a71d5d3bf4842b742ec4be17428d4dff725cc7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''Key of the secret to select from.

        Must be a valid secret key.

        :schema: PodMonitoringSpecEndpointsTlsKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret to select from.

        :schema: PodMonitoringSpecEndpointsTlsKeySecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the secret to select from.

        If empty the parent resource namespace will be chosen.

        :schema: PodMonitoringSpecEndpointsTlsKeySecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsMaxVersion"
)
class PodMonitoringSpecEndpointsTlsMaxVersion(enum.Enum):
    '''MaxVersion is the maximum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

    If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
    See MinVersion in https://pkg.go.dev/crypto/tls#Config.

    :schema: PodMonitoringSpecEndpointsTlsMaxVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsMinVersion"
)
class PodMonitoringSpecEndpointsTlsMinVersion(enum.Enum):
    '''MinVersion is the minimum TLS version. Accepted values: TLS10 (TLS 1.0), TLS11 (TLS 1.1), TLS12 (TLS 1.2), TLS13 (TLS 1.3).

    If unset, Prometheus will use Go default minimum version, which is TLS 1.2.
    See MinVersion in https://pkg.go.dev/crypto/tls#Config.

    :schema: PodMonitoringSpecEndpointsTlsMinVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecLimits",
    jsii_struct_bases=[],
    name_mapping={
        "label_name_length": "labelNameLength",
        "labels": "labels",
        "label_value_length": "labelValueLength",
        "samples": "samples",
    },
)
class PodMonitoringSpecLimits:
    def __init__(
        self,
        *,
        label_name_length: typing.Optional[jsii.Number] = None,
        labels: typing.Optional[jsii.Number] = None,
        label_value_length: typing.Optional[jsii.Number] = None,
        samples: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Limits to apply at scrape time.

        :param label_name_length: Maximum label name length. Uses Prometheus default if left unspecified.
        :param labels: Maximum number of labels accepted for a single sample. Uses Prometheus default if left unspecified.
        :param label_value_length: Maximum label value length. Uses Prometheus default if left unspecified.
        :param samples: Maximum number of samples accepted within a single scrape. Uses Prometheus default if left unspecified.

        :schema: PodMonitoringSpecLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cf7d75a13d7d135a810b4d48f586ac2a49d3107f7657a78b7407766ece04d59)
            check_type(argname="argument label_name_length", value=label_name_length, expected_type=type_hints["label_name_length"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument label_value_length", value=label_value_length, expected_type=type_hints["label_value_length"])
            check_type(argname="argument samples", value=samples, expected_type=type_hints["samples"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_name_length is not None:
            self._values["label_name_length"] = label_name_length
        if labels is not None:
            self._values["labels"] = labels
        if label_value_length is not None:
            self._values["label_value_length"] = label_value_length
        if samples is not None:
            self._values["samples"] = samples

    @builtins.property
    def label_name_length(self) -> typing.Optional[jsii.Number]:
        '''Maximum label name length.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringSpecLimits#labelNameLength
        '''
        result = self._values.get("label_name_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of labels accepted for a single sample.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringSpecLimits#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def label_value_length(self) -> typing.Optional[jsii.Number]:
        '''Maximum label value length.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringSpecLimits#labelValueLength
        '''
        result = self._values.get("label_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def samples(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of samples accepted within a single scrape.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringSpecLimits#samples
        '''
        result = self._values.get("samples")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodMonitoringSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodMonitoringSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Label selector that specifies which pods are selected for this monitoring configuration.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PodMonitoringSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2933528ee4a1a5c933f56ed1d0c4a4212e77ef8ce5778ec040989ab80b87e8b2)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PodMonitoringSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PodMonitoringSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodMonitoringSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: PodMonitoringSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92dcb686c31075b921868da50d53c53553d3ce3f729602ef513c46378d49e759)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: PodMonitoringSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PodMonitoringSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: PodMonitoringSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecTargetLabels",
    jsii_struct_bases=[],
    name_mapping={"from_pod": "fromPod", "metadata": "metadata"},
)
class PodMonitoringSpecTargetLabels:
    def __init__(
        self,
        *,
        from_pod: typing.Optional[typing.Sequence[typing.Union["PodMonitoringSpecTargetLabelsFromPod", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Sequence["PodMonitoringSpecTargetLabelsMetadata"]] = None,
    ) -> None:
        '''Labels to add to the Prometheus target for discovered endpoints.

        The ``instance`` label is always set to ``<pod_name>:<port>`` or ``<node_name>:<port>``
        if the scraped pod is controlled by a DaemonSet.

        :param from_pod: Labels to transfer from the Kubernetes Pod to Prometheus target labels. Mappings are applied in order.
        :param metadata: Pod metadata labels that are set on all scraped targets. Permitted keys are ``container``, ``node``, ``pod``, ``top_level_controller_name``, and ``top_level_controller_type``. The ``container`` label is only populated if the scrape port is referenced by name. Defaults to [container, pod, top_level_controller_name, top_level_controller_type]. If set to null, it will be interpreted as the empty list. This is for backwards-compatibility only. Default: container, pod, top_level_controller_name, top_level_controller_type].

        :schema: PodMonitoringSpecTargetLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bd523c3a5f5bc51da3df308c0a54b2e33f33567da85769c08552b92e3a6de47)
            check_type(argname="argument from_pod", value=from_pod, expected_type=type_hints["from_pod"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_pod is not None:
            self._values["from_pod"] = from_pod
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def from_pod(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecTargetLabelsFromPod"]]:
        '''Labels to transfer from the Kubernetes Pod to Prometheus target labels.

        Mappings are applied in order.

        :schema: PodMonitoringSpecTargetLabels#fromPod
        '''
        result = self._values.get("from_pod")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecTargetLabelsFromPod"]], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecTargetLabelsMetadata"]]:
        '''Pod metadata labels that are set on all scraped targets.

        Permitted keys are ``container``, ``node``, ``pod``, ``top_level_controller_name``,
        and ``top_level_controller_type``. The ``container``
        label is only populated if the scrape port is referenced by name.
        Defaults to [container, pod, top_level_controller_name, top_level_controller_type].
        If set to null, it will be interpreted as the empty list.
        This is for backwards-compatibility only.

        :default: container, pod, top_level_controller_name, top_level_controller_type].

        :schema: PodMonitoringSpecTargetLabels#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecTargetLabelsMetadata"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecTargetLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecTargetLabelsFromPod",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class PodMonitoringSpecTargetLabelsFromPod:
    def __init__(
        self,
        *,
        from_: builtins.str,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LabelMapping specifies how to transfer a label from a Kubernetes resource onto a Prometheus target.

        :param from_: Kubernetes resource label to remap.
        :param to: Remapped Prometheus target label. Defaults to the same name as ``From``. Default: the same name as ``From``.

        :schema: PodMonitoringSpecTargetLabelsFromPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2feb103c7677e1288731312dc54af4d8a85a379ad12eadb5e2bf8a40ee4a85f1)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "from_": from_,
        }
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> builtins.str:
        '''Kubernetes resource label to remap.

        :schema: PodMonitoringSpecTargetLabelsFromPod#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Remapped Prometheus target label.

        Defaults to the same name as ``From``.

        :default: the same name as ``From``.

        :schema: PodMonitoringSpecTargetLabelsFromPod#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecTargetLabelsFromPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringSpecTargetLabelsMetadata"
)
class PodMonitoringSpecTargetLabelsMetadata(enum.Enum):
    '''
    :schema: PodMonitoringSpecTargetLabelsMetadata
    '''

    CONTAINER = "CONTAINER"
    '''container.'''
    NODE = "NODE"
    '''node.'''
    POD = "POD"
    '''pod.'''
    TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_NAME = "TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_NAME"
    '''top_level_controller_name.'''
    TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_TYPE = "TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_TYPE"
    '''top_level_controller_type.'''


class PodMonitoringV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1",
):
    '''PodMonitoring defines monitoring for a set of pods.

    :schema: PodMonitoringV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PodMonitoringV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Specification of desired Pod selection for target discovery by Prometheus.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96c7fa33644456af1688fe31bc26995041da7409db54f1731b8a378f2ec3e65b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PodMonitoringV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PodMonitoringV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Specification of desired Pod selection for target discovery by Prometheus.
        :param metadata: 
        '''
        props = PodMonitoringV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PodMonitoringV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PodMonitoringV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["PodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PodMonitoring defines monitoring for a set of pods.

        :param spec: Specification of desired Pod selection for target discovery by Prometheus.
        :param metadata: 

        :schema: PodMonitoringV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = PodMonitoringV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2b325b737ef276ba7a88a671439d30494d39f227fd3662d754051e3612304b8)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PodMonitoringV1Alpha1Spec":
        '''Specification of desired Pod selection for target discovery by Prometheus.

        :schema: PodMonitoringV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PodMonitoringV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PodMonitoringV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "selector": "selector",
        "limits": "limits",
        "target_labels": "targetLabels",
    },
)
class PodMonitoringV1Alpha1Spec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["PodMonitoringV1Alpha1SpecSelector", typing.Dict[builtins.str, typing.Any]],
        limits: typing.Optional[typing.Union["PodMonitoringV1Alpha1SpecLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        target_labels: typing.Optional[typing.Union["PodMonitoringV1Alpha1SpecTargetLabels", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specification of desired Pod selection for target discovery by Prometheus.

        :param endpoints: The endpoints to scrape on the selected pods.
        :param selector: Label selector that specifies which pods are selected for this monitoring configuration.
        :param limits: Limits to apply at scrape time.
        :param target_labels: Labels to add to the Prometheus target for discovered endpoints.

        :schema: PodMonitoringV1Alpha1Spec
        '''
        if isinstance(selector, dict):
            selector = PodMonitoringV1Alpha1SpecSelector(**selector)
        if isinstance(limits, dict):
            limits = PodMonitoringV1Alpha1SpecLimits(**limits)
        if isinstance(target_labels, dict):
            target_labels = PodMonitoringV1Alpha1SpecTargetLabels(**target_labels)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6206dd0c1db45262f6aa2a5bc918fb63d8d0020dc035f23a403b382d80407216)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument target_labels", value=target_labels, expected_type=type_hints["target_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
            "selector": selector,
        }
        if limits is not None:
            self._values["limits"] = limits
        if target_labels is not None:
            self._values["target_labels"] = target_labels

    @builtins.property
    def endpoints(self) -> typing.List["PodMonitoringV1Alpha1SpecEndpoints"]:
        '''The endpoints to scrape on the selected pods.

        :schema: PodMonitoringV1Alpha1Spec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["PodMonitoringV1Alpha1SpecEndpoints"], result)

    @builtins.property
    def selector(self) -> "PodMonitoringV1Alpha1SpecSelector":
        '''Label selector that specifies which pods are selected for this monitoring configuration.

        :schema: PodMonitoringV1Alpha1Spec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PodMonitoringV1Alpha1SpecSelector", result)

    @builtins.property
    def limits(self) -> typing.Optional["PodMonitoringV1Alpha1SpecLimits"]:
        '''Limits to apply at scrape time.

        :schema: PodMonitoringV1Alpha1Spec#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["PodMonitoringV1Alpha1SpecLimits"], result)

    @builtins.property
    def target_labels(self) -> typing.Optional["PodMonitoringV1Alpha1SpecTargetLabels"]:
        '''Labels to add to the Prometheus target for discovered endpoints.

        :schema: PodMonitoringV1Alpha1Spec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional["PodMonitoringV1Alpha1SpecTargetLabels"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "interval": "interval",
        "metric_relabeling": "metricRelabeling",
        "params": "params",
        "path": "path",
        "proxy_url": "proxyUrl",
        "scheme": "scheme",
        "timeout": "timeout",
    },
)
class PodMonitoringV1Alpha1SpecEndpoints:
    def __init__(
        self,
        *,
        port: "PodMonitoringV1Alpha1SpecEndpointsPort",
        interval: typing.Optional[builtins.str] = None,
        metric_relabeling: typing.Optional[typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling", typing.Dict[builtins.str, typing.Any]]]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        path: typing.Optional[builtins.str] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ScrapeEndpoint specifies a Prometheus metrics endpoint to scrape.

        :param port: Name or number of the port to scrape.
        :param interval: Interval at which to scrape metrics. Must be a valid Prometheus duration.
        :param metric_relabeling: Relabeling rules for metrics scraped from this endpoint. Relabeling rules that override protected target labels (project_id, location, cluster, namespace, job, instance, or **address**) are not permitted. The labelmap action is not permitted in general.
        :param params: HTTP GET params to use when scraping.
        :param path: HTTP path to scrape metrics from. Defaults to "/metrics". Default: metrics".
        :param proxy_url: Proxy URL to scrape through. Encoded passwords are not supported.
        :param scheme: Protocol scheme to use to scrape.
        :param timeout: Timeout for metrics scrapes. Must be a valid Prometheus duration. Must not be larger then the scrape interval.

        :schema: PodMonitoringV1Alpha1SpecEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcc23c41a8b0b1f80b7cc0e33286c961c516aa25775a04e80215b36501a33000)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument metric_relabeling", value=metric_relabeling, expected_type=type_hints["metric_relabeling"])
            check_type(argname="argument params", value=params, expected_type=type_hints["params"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if interval is not None:
            self._values["interval"] = interval
        if metric_relabeling is not None:
            self._values["metric_relabeling"] = metric_relabeling
        if params is not None:
            self._values["params"] = params
        if path is not None:
            self._values["path"] = path
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scheme is not None:
            self._values["scheme"] = scheme
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def port(self) -> "PodMonitoringV1Alpha1SpecEndpointsPort":
        '''Name or number of the port to scrape.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodMonitoringV1Alpha1SpecEndpointsPort", result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''Interval at which to scrape metrics.

        Must be a valid Prometheus duration.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_relabeling(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling"]]:
        '''Relabeling rules for metrics scraped from this endpoint.

        Relabeling rules that
        override protected target labels (project_id, location, cluster, namespace, job,
        instance, or **address**) are not permitted. The labelmap action is not permitted
        in general.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#metricRelabeling
        '''
        result = self._values.get("metric_relabeling")
        return typing.cast(typing.Optional[typing.List["PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling"]], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''HTTP GET params to use when scraping.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''HTTP path to scrape metrics from.

        Defaults to "/metrics".

        :default: metrics".

        :schema: PodMonitoringV1Alpha1SpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''Proxy URL to scrape through.

        Encoded passwords are not supported.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''Protocol scheme to use to scrape.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for metrics scrapes.

        Must be a valid Prometheus duration.
        Must not be larger then the scrape interval.

        :schema: PodMonitoringV1Alpha1SpecEndpoints#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling:
    def __init__(
        self,
        *,
        action: typing.Optional[builtins.str] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RelabelingRule defines a single Prometheus relabeling rule.

        :param action: Action to perform based on regex matching. Defaults to 'replace'. Default: replace'.
        :param modulus: Modulus to take of the hash of the source label values.
        :param regex: Regular expression against which the extracted value is matched. Defaults to '(.*)'. Default: .
        :param replacement: Replacement value against which a regex replace is performed if the regular expression matches. Regex capture groups are available. Defaults to '$1'. Default: 1'.
        :param separator: Separator placed between concatenated source label values. Defaults to ';'. Default: .
        :param source_labels: The source labels select values from existing labels. Their content is concatenated using the configured separator and matched against the configured regular expression for the replace, keep, and drop actions.
        :param target_label: Label to which the resulting value is written in a replace action. It is mandatory for replace actions. Regex capture groups are available.

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5277dc7973d21e95d2d30e51b18e7135f11d3680759a86c4109457c70bd78722)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(self) -> typing.Optional[builtins.str]:
        '''Action to perform based on regex matching.

        Defaults to 'replace'.

        :default: replace'.

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''Modulus to take of the hash of the source label values.

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''Regular expression against which the extracted value is matched.

        Defaults to '(.*)'.

        :default: .

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''Replacement value against which a regex replace is performed if the regular expression matches.

        Regex capture groups are available. Defaults to '$1'.

        :default: 1'.

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''Separator placed between concatenated source label values.

        Defaults to ';'.

        :default: .

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The source labels select values from existing labels.

        Their content is concatenated
        using the configured separator and matched against the configured regular expression
        for the replace, keep, and drop actions.

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''Label to which the resulting value is written in a replace action.

        It is mandatory for replace actions. Regex capture groups are available.

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodMonitoringV1Alpha1SpecEndpointsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecEndpointsPort",
):
    '''Name or number of the port to scrape.

    :schema: PodMonitoringV1Alpha1SpecEndpointsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78ed820f0866abb55f45247d447f3762b545b197bd2b2b5a3d6b024f9757e5ee)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringV1Alpha1SpecEndpointsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39c5d1a27e56e05530bada61419d3e1abbc1de4ea2afd626a3bfa1d40e49d26e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringV1Alpha1SpecEndpointsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecLimits",
    jsii_struct_bases=[],
    name_mapping={
        "label_name_length": "labelNameLength",
        "labels": "labels",
        "label_value_length": "labelValueLength",
        "samples": "samples",
    },
)
class PodMonitoringV1Alpha1SpecLimits:
    def __init__(
        self,
        *,
        label_name_length: typing.Optional[jsii.Number] = None,
        labels: typing.Optional[jsii.Number] = None,
        label_value_length: typing.Optional[jsii.Number] = None,
        samples: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Limits to apply at scrape time.

        :param label_name_length: Maximum label name length. Uses Prometheus default if left unspecified.
        :param labels: Maximum number of labels accepted for a single sample. Uses Prometheus default if left unspecified.
        :param label_value_length: Maximum label value length. Uses Prometheus default if left unspecified.
        :param samples: Maximum number of samples accepted within a single scrape. Uses Prometheus default if left unspecified.

        :schema: PodMonitoringV1Alpha1SpecLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4cc8da44fd6adef645be50637d2b68c92b49ceb6a9886c360a272c0f6ec2ce53)
            check_type(argname="argument label_name_length", value=label_name_length, expected_type=type_hints["label_name_length"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument label_value_length", value=label_value_length, expected_type=type_hints["label_value_length"])
            check_type(argname="argument samples", value=samples, expected_type=type_hints["samples"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_name_length is not None:
            self._values["label_name_length"] = label_name_length
        if labels is not None:
            self._values["labels"] = labels
        if label_value_length is not None:
            self._values["label_value_length"] = label_value_length
        if samples is not None:
            self._values["samples"] = samples

    @builtins.property
    def label_name_length(self) -> typing.Optional[jsii.Number]:
        '''Maximum label name length.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringV1Alpha1SpecLimits#labelNameLength
        '''
        result = self._values.get("label_name_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of labels accepted for a single sample.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringV1Alpha1SpecLimits#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def label_value_length(self) -> typing.Optional[jsii.Number]:
        '''Maximum label value length.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringV1Alpha1SpecLimits#labelValueLength
        '''
        result = self._values.get("label_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def samples(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of samples accepted within a single scrape.

        Uses Prometheus default if left unspecified.

        :schema: PodMonitoringV1Alpha1SpecLimits#samples
        '''
        result = self._values.get("samples")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodMonitoringV1Alpha1SpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Label selector that specifies which pods are selected for this monitoring configuration.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PodMonitoringV1Alpha1SpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10903265103fe15fac028487614fa16e753fdbad52b94ab351633031823c8943)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringV1Alpha1SpecSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: PodMonitoringV1Alpha1SpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodMonitoringV1Alpha1SpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: PodMonitoringV1Alpha1SpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodMonitoringV1Alpha1SpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34169372a2d937285a204b69f34966177e4154acd7cd8d044258890ce67a04cd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecTargetLabels",
    jsii_struct_bases=[],
    name_mapping={"from_pod": "fromPod", "metadata": "metadata"},
)
class PodMonitoringV1Alpha1SpecTargetLabels:
    def __init__(
        self,
        *,
        from_pod: typing.Optional[typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecTargetLabelsFromPod", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Labels to add to the Prometheus target for discovered endpoints.

        :param from_pod: Labels to transfer from the Kubernetes Pod to Prometheus target labels. Mappings are applied in order.
        :param metadata: Pod metadata labels that are set on all scraped targets. Permitted keys are ``pod``, ``container``, and ``node`` for PodMonitoring and ``pod``, ``container``, ``node``, and ``namespace`` for ClusterPodMonitoring. Defaults to [pod, container] for PodMonitoring and [namespace, pod, container] for ClusterPodMonitoring. If set to null, it will be interpreted as the empty list for PodMonitoring and to [namespace] for ClusterPodMonitoring. This is for backwards-compatibility only. Default: pod, container] for PodMonitoring and [namespace, pod, container]

        :schema: PodMonitoringV1Alpha1SpecTargetLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6adc01525db321f70d1a2f02c33daffa9afb00f2d1c97a416de3480633b5211c)
            check_type(argname="argument from_pod", value=from_pod, expected_type=type_hints["from_pod"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_pod is not None:
            self._values["from_pod"] = from_pod
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def from_pod(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringV1Alpha1SpecTargetLabelsFromPod"]]:
        '''Labels to transfer from the Kubernetes Pod to Prometheus target labels.

        Mappings are applied in order.

        :schema: PodMonitoringV1Alpha1SpecTargetLabels#fromPod
        '''
        result = self._values.get("from_pod")
        return typing.cast(typing.Optional[typing.List["PodMonitoringV1Alpha1SpecTargetLabelsFromPod"]], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Pod metadata labels that are set on all scraped targets.

        Permitted keys are ``pod``, ``container``, and ``node`` for PodMonitoring and
        ``pod``, ``container``, ``node``, and ``namespace`` for ClusterPodMonitoring.
        Defaults to [pod, container] for PodMonitoring and [namespace, pod, container]
        for ClusterPodMonitoring.
        If set to null, it will be interpreted as the empty list for PodMonitoring
        and to [namespace] for ClusterPodMonitoring. This is for backwards-compatibility
        only.

        :default: pod, container] for PodMonitoring and [namespace, pod, container]

        :schema: PodMonitoringV1Alpha1SpecTargetLabels#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecTargetLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecTargetLabelsFromPod",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class PodMonitoringV1Alpha1SpecTargetLabelsFromPod:
    def __init__(
        self,
        *,
        from_: builtins.str,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''LabelMapping specifies how to transfer a label from a Kubernetes resource onto a Prometheus target.

        :param from_: Kubernetes resource label to remap.
        :param to: Remapped Prometheus target label. Defaults to the same name as ``From``. Default: the same name as ``From``.

        :schema: PodMonitoringV1Alpha1SpecTargetLabelsFromPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ee916739fa4fb8c39e6be211c4991f071be9a3bfcacbbfd3aae2af6cf61a57b)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "from_": from_,
        }
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> builtins.str:
        '''Kubernetes resource label to remap.

        :schema: PodMonitoringV1Alpha1SpecTargetLabelsFromPod#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''Remapped Prometheus target label.

        Defaults to the same name as ``From``.

        :default: the same name as ``From``.

        :schema: PodMonitoringV1Alpha1SpecTargetLabelsFromPod#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecTargetLabelsFromPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "PodMonitoring",
    "PodMonitoringProps",
    "PodMonitoringSpec",
    "PodMonitoringSpecEndpoints",
    "PodMonitoringSpecEndpointsAuthorization",
    "PodMonitoringSpecEndpointsAuthorizationCredentials",
    "PodMonitoringSpecEndpointsAuthorizationCredentialsSecret",
    "PodMonitoringSpecEndpointsBasicAuth",
    "PodMonitoringSpecEndpointsBasicAuthPassword",
    "PodMonitoringSpecEndpointsBasicAuthPasswordSecret",
    "PodMonitoringSpecEndpointsMetricRelabeling",
    "PodMonitoringSpecEndpointsMetricRelabelingAction",
    "PodMonitoringSpecEndpointsOauth2",
    "PodMonitoringSpecEndpointsOauth2ClientSecret",
    "PodMonitoringSpecEndpointsOauth2ClientSecretSecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfig",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCa",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCert",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfigKey",
    "PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion",
    "PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion",
    "PodMonitoringSpecEndpointsPort",
    "PodMonitoringSpecEndpointsScheme",
    "PodMonitoringSpecEndpointsTls",
    "PodMonitoringSpecEndpointsTlsCa",
    "PodMonitoringSpecEndpointsTlsCaSecret",
    "PodMonitoringSpecEndpointsTlsCert",
    "PodMonitoringSpecEndpointsTlsCertSecret",
    "PodMonitoringSpecEndpointsTlsKey",
    "PodMonitoringSpecEndpointsTlsKeySecret",
    "PodMonitoringSpecEndpointsTlsMaxVersion",
    "PodMonitoringSpecEndpointsTlsMinVersion",
    "PodMonitoringSpecLimits",
    "PodMonitoringSpecSelector",
    "PodMonitoringSpecSelectorMatchExpressions",
    "PodMonitoringSpecTargetLabels",
    "PodMonitoringSpecTargetLabelsFromPod",
    "PodMonitoringSpecTargetLabelsMetadata",
    "PodMonitoringV1Alpha1",
    "PodMonitoringV1Alpha1Props",
    "PodMonitoringV1Alpha1Spec",
    "PodMonitoringV1Alpha1SpecEndpoints",
    "PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling",
    "PodMonitoringV1Alpha1SpecEndpointsPort",
    "PodMonitoringV1Alpha1SpecLimits",
    "PodMonitoringV1Alpha1SpecSelector",
    "PodMonitoringV1Alpha1SpecSelectorMatchExpressions",
    "PodMonitoringV1Alpha1SpecTargetLabels",
    "PodMonitoringV1Alpha1SpecTargetLabelsFromPod",
]

publication.publish()

def _typecheckingstub__930d33059c664bb860fb45a9bee8788dc1414da53e60c5fd4d958c443abc7098(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PodMonitoringSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e438afbfeea8f04385816e42c82bba7bd8970febf7218013caa24e1ceb258d(
    *,
    spec: typing.Union[PodMonitoringSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07acc4e739063980d3705a4c45f17f00ffb2fc7975ac2cf03e73c22e88782c14(
    *,
    endpoints: typing.Sequence[typing.Union[PodMonitoringSpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[PodMonitoringSpecSelector, typing.Dict[builtins.str, typing.Any]],
    filter_running: typing.Optional[builtins.bool] = None,
    limits: typing.Optional[typing.Union[PodMonitoringSpecLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    target_labels: typing.Optional[typing.Union[PodMonitoringSpecTargetLabels, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc67a08b3bddf5a430ab59e05f815fe98fffebfeafd28019755c5aed0c0e715e(
    *,
    interval: builtins.str,
    port: PodMonitoringSpecEndpointsPort,
    authorization: typing.Optional[typing.Union[PodMonitoringSpecEndpointsAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[PodMonitoringSpecEndpointsBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    metric_relabeling: typing.Optional[typing.Sequence[typing.Union[PodMonitoringSpecEndpointsMetricRelabeling, typing.Dict[builtins.str, typing.Any]]]] = None,
    oauth2: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2, typing.Dict[builtins.str, typing.Any]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[PodMonitoringSpecEndpointsScheme] = None,
    timeout: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__209e909dccf0533a4e7016b09ee5529aca595780bae4ed920b89b6ec89fbaec7(
    *,
    credentials: typing.Optional[typing.Union[PodMonitoringSpecEndpointsAuthorizationCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cb4dae1501f1758ed5e1697a714a9208065ad6317d82da4411d5fc4fd049b23(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsAuthorizationCredentialsSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e66ad146ed2630c1ff087ee218a292b7259cc5840b69193008ddaeed4ffff91(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1df96bf1a6f8652e4b22c6c71c468e4cea9650dcc1220c205debac600181ba8(
    *,
    password: typing.Optional[typing.Union[PodMonitoringSpecEndpointsBasicAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a8f9d109c5ecb303bd3629a19c3633cd3193b3b4c977721e8ce496874c2ec2d(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsBasicAuthPasswordSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f86c17907fb4864f558f5d2022aec11247dc1905899895d3e14fd9930f6c8365(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7176cd13711ad42a540237444edec7c607c02edb5120791b4a24c22e2498e781(
    *,
    action: typing.Optional[PodMonitoringSpecEndpointsMetricRelabelingAction] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87e0c65418c28f4a21d866cd186874caca31b8adaaae7c133c0a0cd53e1a16cd(
    *,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2ClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_config: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    token_url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aca6535e48e18d8cb338dd484a9182f163a9915dcebd5761bf55f4586419bb69(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2ClientSecretSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a82358ad7d33ae65dacd58ce777df28b53f889e8c1754f3cb7cfc83f49329ea6(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e2e1501508e2c3c7a7db0b92534ced28c71d7c349070be9d28e779a8c4ac95c(
    *,
    ca: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCa, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCert, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigKey, typing.Dict[builtins.str, typing.Any]]] = None,
    max_version: typing.Optional[PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion] = None,
    min_version: typing.Optional[PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9afde13f157006522b8d7d4485914cacea0127c021ce08896d9e7a4c9ec50e7(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95b2c704126bf8e2f46a5dbcf8df0f4e258ae0bf0e0c8c78b4d0278f6326f378(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac2d192feab2d48a98072ff5c6f205611adf76de7a80921fdf6e0d77aef7d450(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d8165e7e40187b13dd725d07d8a22e3bc0e7ce82b0deef555be30bba89aa717(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8724362839ca8ac5f59bf479a716e703c97140bb59360834e7a5a77e111f0625(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5b0069f0123c259408087e0e691bfd8820497911d47f8882c9773f448f36fe3(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a81a565a0a2921839c1ffdababd36f7a97c0a278b0e2a2cfac2ab46bb391c66f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30582c0c1964b1cb63798f9217ea9ea32492ff414d992be4e8a8d53064a55cd0(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e8715967cbd7d64dd21e263c35e1a842377dcc6f8d2aabd04cde93f2820dd3(
    *,
    ca: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCa, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCert, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsKey, typing.Dict[builtins.str, typing.Any]]] = None,
    max_version: typing.Optional[PodMonitoringSpecEndpointsTlsMaxVersion] = None,
    min_version: typing.Optional[PodMonitoringSpecEndpointsTlsMinVersion] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f76551c031a4d204c16c547332a6b8f237a0807f7daba97936240d7e1c45bff8(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ee4414df5a2b3ea474a77d51e80c194fc26486f500ab5155cfb2bce63924193(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e09db256669fac1ee2176a50b782be600f79c9247ca2cb04401444c3e5d74bcf(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d8aa8eff41d8be9672c5732d4cf0e8d7f5e20153c43b62aacc71d3acf6134c7(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__404e957b88b70a7d8a033b82e367ae2f382aba9a9ac4a7d25ae95c9d8d6d664b(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a166f0e88b69059081e0c31676a71d5d3bf4842b742ec4be17428d4dff725cc7(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cf7d75a13d7d135a810b4d48f586ac2a49d3107f7657a78b7407766ece04d59(
    *,
    label_name_length: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[jsii.Number] = None,
    label_value_length: typing.Optional[jsii.Number] = None,
    samples: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2933528ee4a1a5c933f56ed1d0c4a4212e77ef8ce5778ec040989ab80b87e8b2(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodMonitoringSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92dcb686c31075b921868da50d53c53553d3ce3f729602ef513c46378d49e759(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bd523c3a5f5bc51da3df308c0a54b2e33f33567da85769c08552b92e3a6de47(
    *,
    from_pod: typing.Optional[typing.Sequence[typing.Union[PodMonitoringSpecTargetLabelsFromPod, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Sequence[PodMonitoringSpecTargetLabelsMetadata]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2feb103c7677e1288731312dc54af4d8a85a379ad12eadb5e2bf8a40ee4a85f1(
    *,
    from_: builtins.str,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96c7fa33644456af1688fe31bc26995041da7409db54f1731b8a378f2ec3e65b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PodMonitoringV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2b325b737ef276ba7a88a671439d30494d39f227fd3662d754051e3612304b8(
    *,
    spec: typing.Union[PodMonitoringV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6206dd0c1db45262f6aa2a5bc918fb63d8d0020dc035f23a403b382d80407216(
    *,
    endpoints: typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[PodMonitoringV1Alpha1SpecSelector, typing.Dict[builtins.str, typing.Any]],
    limits: typing.Optional[typing.Union[PodMonitoringV1Alpha1SpecLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    target_labels: typing.Optional[typing.Union[PodMonitoringV1Alpha1SpecTargetLabels, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcc23c41a8b0b1f80b7cc0e33286c961c516aa25775a04e80215b36501a33000(
    *,
    port: PodMonitoringV1Alpha1SpecEndpointsPort,
    interval: typing.Optional[builtins.str] = None,
    metric_relabeling: typing.Optional[typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling, typing.Dict[builtins.str, typing.Any]]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5277dc7973d21e95d2d30e51b18e7135f11d3680759a86c4109457c70bd78722(
    *,
    action: typing.Optional[builtins.str] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78ed820f0866abb55f45247d447f3762b545b197bd2b2b5a3d6b024f9757e5ee(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39c5d1a27e56e05530bada61419d3e1abbc1de4ea2afd626a3bfa1d40e49d26e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cc8da44fd6adef645be50637d2b68c92b49ceb6a9886c360a272c0f6ec2ce53(
    *,
    label_name_length: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[jsii.Number] = None,
    label_value_length: typing.Optional[jsii.Number] = None,
    samples: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10903265103fe15fac028487614fa16e753fdbad52b94ab351633031823c8943(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34169372a2d937285a204b69f34966177e4154acd7cd8d044258890ce67a04cd(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6adc01525db321f70d1a2f02c33daffa9afb00f2d1c97a416de3480633b5211c(
    *,
    from_pod: typing.Optional[typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecTargetLabelsFromPod, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ee916739fa4fb8c39e6be211c4991f071be9a3bfcacbbfd3aae2af6cf61a57b(
    *,
    from_: builtins.str,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
