"""checkov_skips: skip annotations written at construction number from 1; skip() continues after them."""

from __future__ import annotations

import cdk8s
from cdk8s_plus_27 import k8s

from ethercluster_constructs.checkov_skips import SKIPS, annotations, skip


def test_annotations_number_the_checks_in_order_with_their_reasons():
    assert annotations("CKV_K8S_43", "CKV_K8S_15") == {
        "checkov.io/skip1": f"CKV_K8S_43={SKIPS['CKV_K8S_43']}",
        "checkov.io/skip2": f"CKV_K8S_15={SKIPS['CKV_K8S_15']}",
    }


def test_skip_on_an_existing_object_continues_the_numbering():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "test")
    config = k8s.KubeConfigMap(
        chart, "Config", metadata=k8s.ObjectMeta(name="c", annotations=annotations("CKV_K8S_43"))
    )
    skip(config, "CKV_K8S_15", "CKV_K8S_35")
    [manifest] = cdk8s.Testing.synth(chart)
    assert manifest["metadata"]["annotations"] == annotations("CKV_K8S_43", "CKV_K8S_15", "CKV_K8S_35")
