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


class VolumeSnapshot(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshot",
):
    '''VolumeSnapshot is a user's request for either creating a point-in-time snapshot of a persistent volume, or binding to a pre-existing snapshot.

    :schema: VolumeSnapshot
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["VolumeSnapshotSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VolumeSnapshot" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb8e33aa119956798b4b1e2d86d91bfc62ddfe46fa17e4f6a7b5216108254d35)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VolumeSnapshotProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["VolumeSnapshotSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VolumeSnapshot".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
        :param metadata: 
        '''
        props = VolumeSnapshotProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VolumeSnapshot".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class VolumeSnapshotProps:
    def __init__(
        self,
        *,
        spec: typing.Union["VolumeSnapshotSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VolumeSnapshot is a user's request for either creating a point-in-time snapshot of a persistent volume, or binding to a pre-existing snapshot.

        :param spec: spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
        :param metadata: 

        :schema: VolumeSnapshot
        '''
        if isinstance(spec, dict):
            spec = VolumeSnapshotSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a439451da179e36223d76b529b4c61372de7fdc1e420bd168b0b8bd40b71a58)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "VolumeSnapshotSpec":
        '''spec defines the desired characteristics of a snapshot requested by a user.

        More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots
        Required.

        :schema: VolumeSnapshot#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("VolumeSnapshotSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VolumeSnapshot#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotSpec",
    jsii_struct_bases=[],
    name_mapping={
        "source": "source",
        "volume_snapshot_class_name": "volumeSnapshotClassName",
    },
)
class VolumeSnapshotSpec:
    def __init__(
        self,
        *,
        source: typing.Union["VolumeSnapshotSpecSource", typing.Dict[builtins.str, typing.Any]],
        volume_snapshot_class_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec defines the desired characteristics of a snapshot requested by a user.

        More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots
        Required.

        :param source: source specifies where a snapshot will be created from. This field is immutable after creation. Required.
        :param volume_snapshot_class_name: VolumeSnapshotClassName is the name of the VolumeSnapshotClass requested by the VolumeSnapshot. VolumeSnapshotClassName may be left nil to indicate that the default SnapshotClass should be used. A given cluster may have multiple default Volume SnapshotClasses: one default per CSI Driver. If a VolumeSnapshot does not specify a SnapshotClass, VolumeSnapshotSource will be checked to figure out what the associated CSI Driver is, and the default VolumeSnapshotClass associated with that CSI Driver will be used. If more than one VolumeSnapshotClass exist for a given CSI Driver and more than one have been marked as default, CreateSnapshot will fail and generate an event. Empty string is not allowed for this field.

        :schema: VolumeSnapshotSpec
        '''
        if isinstance(source, dict):
            source = VolumeSnapshotSpecSource(**source)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__090ab76b2480b9fedbaf42ec9b8c9f4b851bec03f3c6d079a238b44c20838275)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument volume_snapshot_class_name", value=volume_snapshot_class_name, expected_type=type_hints["volume_snapshot_class_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
        }
        if volume_snapshot_class_name is not None:
            self._values["volume_snapshot_class_name"] = volume_snapshot_class_name

    @builtins.property
    def source(self) -> "VolumeSnapshotSpecSource":
        '''source specifies where a snapshot will be created from.

        This field is immutable after creation.
        Required.

        :schema: VolumeSnapshotSpec#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast("VolumeSnapshotSpecSource", result)

    @builtins.property
    def volume_snapshot_class_name(self) -> typing.Optional[builtins.str]:
        '''VolumeSnapshotClassName is the name of the VolumeSnapshotClass requested by the VolumeSnapshot.

        VolumeSnapshotClassName may be left nil to indicate that the default
        SnapshotClass should be used.
        A given cluster may have multiple default Volume SnapshotClasses: one
        default per CSI Driver. If a VolumeSnapshot does not specify a SnapshotClass,
        VolumeSnapshotSource will be checked to figure out what the associated
        CSI Driver is, and the default VolumeSnapshotClass associated with that
        CSI Driver will be used. If more than one VolumeSnapshotClass exist for
        a given CSI Driver and more than one have been marked as default,
        CreateSnapshot will fail and generate an event.
        Empty string is not allowed for this field.

        :schema: VolumeSnapshotSpec#volumeSnapshotClassName
        '''
        result = self._values.get("volume_snapshot_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotSpecSource",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim_name": "persistentVolumeClaimName",
        "volume_snapshot_content_name": "volumeSnapshotContentName",
    },
)
class VolumeSnapshotSpecSource:
    def __init__(
        self,
        *,
        persistent_volume_claim_name: typing.Optional[builtins.str] = None,
        volume_snapshot_content_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''source specifies where a snapshot will be created from.

        This field is immutable after creation.
        Required.

        :param persistent_volume_claim_name: persistentVolumeClaimName specifies the name of the PersistentVolumeClaim object representing the volume from which a snapshot should be created. This PVC is assumed to be in the same namespace as the VolumeSnapshot object. This field should be set if the snapshot does not exists, and needs to be created. This field is immutable.
        :param volume_snapshot_content_name: volumeSnapshotContentName specifies the name of a pre-existing VolumeSnapshotContent object representing an existing volume snapshot. This field should be set if the snapshot already exists and only needs a representation in Kubernetes. This field is immutable.

        :schema: VolumeSnapshotSpecSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d19e26e20bb6f6b48d6d8dff1d7b24fe2124b5ea8d604d508e97946abec9f74a)
            check_type(argname="argument persistent_volume_claim_name", value=persistent_volume_claim_name, expected_type=type_hints["persistent_volume_claim_name"])
            check_type(argname="argument volume_snapshot_content_name", value=volume_snapshot_content_name, expected_type=type_hints["volume_snapshot_content_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if persistent_volume_claim_name is not None:
            self._values["persistent_volume_claim_name"] = persistent_volume_claim_name
        if volume_snapshot_content_name is not None:
            self._values["volume_snapshot_content_name"] = volume_snapshot_content_name

    @builtins.property
    def persistent_volume_claim_name(self) -> typing.Optional[builtins.str]:
        '''persistentVolumeClaimName specifies the name of the PersistentVolumeClaim object representing the volume from which a snapshot should be created.

        This PVC is assumed to be in the same namespace as the VolumeSnapshot
        object.
        This field should be set if the snapshot does not exists, and needs to be
        created.
        This field is immutable.

        :schema: VolumeSnapshotSpecSource#persistentVolumeClaimName
        '''
        result = self._values.get("persistent_volume_claim_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_snapshot_content_name(self) -> typing.Optional[builtins.str]:
        '''volumeSnapshotContentName specifies the name of a pre-existing VolumeSnapshotContent object representing an existing volume snapshot.

        This field should be set if the snapshot already exists and only needs a representation in Kubernetes.
        This field is immutable.

        :schema: VolumeSnapshotSpecSource#volumeSnapshotContentName
        '''
        result = self._values.get("volume_snapshot_content_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotSpecSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VolumeSnapshotV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotV1Beta1",
):
    '''VolumeSnapshot is a user's request for either creating a point-in-time snapshot of a persistent volume, or binding to a pre-existing snapshot.

    :schema: VolumeSnapshotV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["VolumeSnapshotV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VolumeSnapshotV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e4b380da6127a75e4861470a183ad9116c42ab6d98da8c69179dbf8911c2480)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VolumeSnapshotV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["VolumeSnapshotV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VolumeSnapshotV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
        :param metadata: 
        '''
        props = VolumeSnapshotV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VolumeSnapshotV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class VolumeSnapshotV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["VolumeSnapshotV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VolumeSnapshot is a user's request for either creating a point-in-time snapshot of a persistent volume, or binding to a pre-existing snapshot.

        :param spec: spec defines the desired characteristics of a snapshot requested by a user. More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.
        :param metadata: 

        :schema: VolumeSnapshotV1Beta1
        '''
        if isinstance(spec, dict):
            spec = VolumeSnapshotV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__478cabe11e10f9f566a1edb1803c1efac231ab764c083216fa0303197525e7cb)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "VolumeSnapshotV1Beta1Spec":
        '''spec defines the desired characteristics of a snapshot requested by a user.

        More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.

        :schema: VolumeSnapshotV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("VolumeSnapshotV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VolumeSnapshotV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "source": "source",
        "volume_snapshot_class_name": "volumeSnapshotClassName",
    },
)
class VolumeSnapshotV1Beta1Spec:
    def __init__(
        self,
        *,
        source: typing.Union["VolumeSnapshotV1Beta1SpecSource", typing.Dict[builtins.str, typing.Any]],
        volume_snapshot_class_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec defines the desired characteristics of a snapshot requested by a user.

        More info: https://kubernetes.io/docs/concepts/storage/volume-snapshots#volumesnapshots Required.

        :param source: source specifies where a snapshot will be created from. This field is immutable after creation. Required.
        :param volume_snapshot_class_name: VolumeSnapshotClassName is the name of the VolumeSnapshotClass requested by the VolumeSnapshot. VolumeSnapshotClassName may be left nil to indicate that the default SnapshotClass should be used. A given cluster may have multiple default Volume SnapshotClasses: one default per CSI Driver. If a VolumeSnapshot does not specify a SnapshotClass, VolumeSnapshotSource will be checked to figure out what the associated CSI Driver is, and the default VolumeSnapshotClass associated with that CSI Driver will be used. If more than one VolumeSnapshotClass exist for a given CSI Driver and more than one have been marked as default, CreateSnapshot will fail and generate an event. Empty string is not allowed for this field.

        :schema: VolumeSnapshotV1Beta1Spec
        '''
        if isinstance(source, dict):
            source = VolumeSnapshotV1Beta1SpecSource(**source)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6c854693c3d3d23d6ac93c0002c392c97bc6e6ff8861271b483bd5ee601dedf)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument volume_snapshot_class_name", value=volume_snapshot_class_name, expected_type=type_hints["volume_snapshot_class_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
        }
        if volume_snapshot_class_name is not None:
            self._values["volume_snapshot_class_name"] = volume_snapshot_class_name

    @builtins.property
    def source(self) -> "VolumeSnapshotV1Beta1SpecSource":
        '''source specifies where a snapshot will be created from.

        This field is immutable after creation. Required.

        :schema: VolumeSnapshotV1Beta1Spec#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast("VolumeSnapshotV1Beta1SpecSource", result)

    @builtins.property
    def volume_snapshot_class_name(self) -> typing.Optional[builtins.str]:
        '''VolumeSnapshotClassName is the name of the VolumeSnapshotClass requested by the VolumeSnapshot.

        VolumeSnapshotClassName may be left nil to indicate that the default SnapshotClass should be used. A given cluster may have multiple default Volume SnapshotClasses: one default per CSI Driver. If a VolumeSnapshot does not specify a SnapshotClass, VolumeSnapshotSource will be checked to figure out what the associated CSI Driver is, and the default VolumeSnapshotClass associated with that CSI Driver will be used. If more than one VolumeSnapshotClass exist for a given CSI Driver and more than one have been marked as default, CreateSnapshot will fail and generate an event. Empty string is not allowed for this field.

        :schema: VolumeSnapshotV1Beta1Spec#volumeSnapshotClassName
        '''
        result = self._values.get("volume_snapshot_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="volumesnapshot_iok8sstoragesnapshot.VolumeSnapshotV1Beta1SpecSource",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim_name": "persistentVolumeClaimName",
        "volume_snapshot_content_name": "volumeSnapshotContentName",
    },
)
class VolumeSnapshotV1Beta1SpecSource:
    def __init__(
        self,
        *,
        persistent_volume_claim_name: typing.Optional[builtins.str] = None,
        volume_snapshot_content_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''source specifies where a snapshot will be created from.

        This field is immutable after creation. Required.

        :param persistent_volume_claim_name: persistentVolumeClaimName specifies the name of the PersistentVolumeClaim object representing the volume from which a snapshot should be created. This PVC is assumed to be in the same namespace as the VolumeSnapshot object. This field should be set if the snapshot does not exists, and needs to be created. This field is immutable.
        :param volume_snapshot_content_name: volumeSnapshotContentName specifies the name of a pre-existing VolumeSnapshotContent object representing an existing volume snapshot. This field should be set if the snapshot already exists and only needs a representation in Kubernetes. This field is immutable.

        :schema: VolumeSnapshotV1Beta1SpecSource
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e424af436e817e9e44f5dea5c098cdcf294a9af93f5c0f28771f3f1566898216)
            check_type(argname="argument persistent_volume_claim_name", value=persistent_volume_claim_name, expected_type=type_hints["persistent_volume_claim_name"])
            check_type(argname="argument volume_snapshot_content_name", value=volume_snapshot_content_name, expected_type=type_hints["volume_snapshot_content_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if persistent_volume_claim_name is not None:
            self._values["persistent_volume_claim_name"] = persistent_volume_claim_name
        if volume_snapshot_content_name is not None:
            self._values["volume_snapshot_content_name"] = volume_snapshot_content_name

    @builtins.property
    def persistent_volume_claim_name(self) -> typing.Optional[builtins.str]:
        '''persistentVolumeClaimName specifies the name of the PersistentVolumeClaim object representing the volume from which a snapshot should be created.

        This PVC is assumed to be in the same namespace as the VolumeSnapshot object. This field should be set if the snapshot does not exists, and needs to be created. This field is immutable.

        :schema: VolumeSnapshotV1Beta1SpecSource#persistentVolumeClaimName
        '''
        result = self._values.get("persistent_volume_claim_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_snapshot_content_name(self) -> typing.Optional[builtins.str]:
        '''volumeSnapshotContentName specifies the name of a pre-existing VolumeSnapshotContent object representing an existing volume snapshot.

        This field should be set if the snapshot already exists and only needs a representation in Kubernetes. This field is immutable.

        :schema: VolumeSnapshotV1Beta1SpecSource#volumeSnapshotContentName
        '''
        result = self._values.get("volume_snapshot_content_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VolumeSnapshotV1Beta1SpecSource(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VolumeSnapshot",
    "VolumeSnapshotProps",
    "VolumeSnapshotSpec",
    "VolumeSnapshotSpecSource",
    "VolumeSnapshotV1Beta1",
    "VolumeSnapshotV1Beta1Props",
    "VolumeSnapshotV1Beta1Spec",
    "VolumeSnapshotV1Beta1SpecSource",
]

publication.publish()

def _typecheckingstub__cb8e33aa119956798b4b1e2d86d91bfc62ddfe46fa17e4f6a7b5216108254d35(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[VolumeSnapshotSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a439451da179e36223d76b529b4c61372de7fdc1e420bd168b0b8bd40b71a58(
    *,
    spec: typing.Union[VolumeSnapshotSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__090ab76b2480b9fedbaf42ec9b8c9f4b851bec03f3c6d079a238b44c20838275(
    *,
    source: typing.Union[VolumeSnapshotSpecSource, typing.Dict[builtins.str, typing.Any]],
    volume_snapshot_class_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d19e26e20bb6f6b48d6d8dff1d7b24fe2124b5ea8d604d508e97946abec9f74a(
    *,
    persistent_volume_claim_name: typing.Optional[builtins.str] = None,
    volume_snapshot_content_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e4b380da6127a75e4861470a183ad9116c42ab6d98da8c69179dbf8911c2480(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[VolumeSnapshotV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__478cabe11e10f9f566a1edb1803c1efac231ab764c083216fa0303197525e7cb(
    *,
    spec: typing.Union[VolumeSnapshotV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6c854693c3d3d23d6ac93c0002c392c97bc6e6ff8861271b483bd5ee601dedf(
    *,
    source: typing.Union[VolumeSnapshotV1Beta1SpecSource, typing.Dict[builtins.str, typing.Any]],
    volume_snapshot_class_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e424af436e817e9e44f5dea5c098cdcf294a9af93f5c0f28771f3f1566898216(
    *,
    persistent_volume_claim_name: typing.Optional[builtins.str] = None,
    volume_snapshot_content_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
