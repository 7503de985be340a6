"""`ethercluster explain`: what a spec deploys, read off the objects it synthesizes.

Every figure comes from the synthesized Kubernetes objects (and the spec's `gke:` section for
node pools), so the report cannot drift from the manifests: pods and their requests and limits,
chain volumes, public URLs, the DNS records to create, the node pool fit and a monthly cost at
the list prices of gke/prices.py.

A multi-cluster spec is reported per cluster (pods, disks, fit and cost of each cluster's own
manifests against its own node pools), then in total. A cluster in a region gke/prices.py has
no prices for says so: its regional items are listed as not priced, never estimated.
"""

from __future__ import annotations

from .ethstats import ETHSTATS_COMPONENT
from .gke import prices
from .gke.sizing import cpu_millicores, machine_shape, pod_groups, pools_fit, quantity_bytes
from .synthesis import CheckedSpec, node_pools_key

GIB = 2**30
_URL_KINDS = {"http": "JSON-RPC", "websocket": "JSON-RPC over WebSocket", "dashboard": "stats dashboard"}
"""How the text report names each multi_cluster.RouteKind."""


def explain(checked: CheckedSpec) -> dict:
    """The report as plain data (what `--format json` prints)."""
    if checked.spec.is_multi_cluster:
        return _explain_clusters(checked)
    docs = checked.docs
    workloads = [_workload(doc, docs) for doc in docs if doc["kind"] in ("StatefulSet", "Deployment")]
    report = {
        "spec": checked.spec_name,
        "namespace": checked.spec.namespace,
        "workloads": workloads,
        "totals": _totals(workloads),
        "urls": _urls(docs),
        "dns_records": _dns_records(docs),
        "node_pools": _node_pools(checked, docs),
    }
    report["monthly_cost"] = _cost(checked, docs, report)
    return report


def _workload(doc: dict, docs: list[dict]) -> dict:
    pod = doc["spec"]["template"]["spec"]
    labels = doc["spec"]["template"]["metadata"].get("labels", {})
    (group,) = [g for g in pod_groups([doc, *_autoscalers(docs)]) if g.workload.endswith(f"/{doc['metadata']['name']}")]
    containers = [*pod["containers"], *(c for c in pod.get("initContainers", []) if c.get("restartPolicy") == "Always")]
    claims = doc["spec"].get("volumeClaimTemplates", [])
    disks = [
        {
            "name": claim["metadata"]["name"],
            "size_bytes": quantity_bytes(claim["spec"]["resources"]["requests"]["storage"]),
            "disk_type": _disk_type(docs, claim["spec"].get("storageClassName")),
        }
        for claim in claims
    ]
    per_pod = {
        "cpu_request_m": group.request.cpu_m,
        "memory_request_bytes": group.request.memory,
        "cpu_limit_m": sum(_limit(c, "cpu", cpu_millicores) for c in containers),
        "memory_limit_bytes": sum(_limit(c, "memory", quantity_bytes) for c in containers),
        "disk_bytes": sum(d["size_bytes"] for d in disks),
    }
    return {
        "kind": doc["kind"],
        "name": doc["metadata"]["name"],
        "fleet": labels.get("app.kubernetes.io/component") == "ethereum-node",
        "network": labels.get("ethercluster.io/network"),
        "pods": group.replicas,
        "containers": [c["name"] for c in containers],
        "disks": disks,
        "per_pod": per_pod,
        "total": {key: value * group.replicas for key, value in per_pod.items()},
    }


def _autoscalers(docs: list[dict]) -> list[dict]:
    return [d for d in docs if d["kind"] == "HorizontalPodAutoscaler"]


def _limit(container: dict, resource: str, parse) -> int:
    value = container.get("resources", {}).get("limits", {}).get(resource)
    return parse(str(value)) if value is not None else 0


def _disk_type(docs: list[dict], storage_class: str | None) -> str | None:
    for doc in docs:
        if doc["kind"] == "StorageClass" and doc["metadata"]["name"] == storage_class:
            return doc.get("parameters", {}).get("type")
    return None


def _totals(workloads: list[dict]) -> dict:
    keys = ("cpu_request_m", "memory_request_bytes", "cpu_limit_m", "memory_limit_bytes", "disk_bytes")
    return {"pods": sum(w["pods"] for w in workloads)} | {k: sum(w["total"][k] for w in workloads) for k in keys}


def _edge_routes(docs: list[dict]) -> list[tuple[str, str, str, int]]:
    """(host, path, Service, port) of every route of the edge: Ingress rules, or the HTTPRoutes
    of the Gateway edge (the HTTP redirect route reaches no Service)."""
    routes = []
    for ingress in (d for d in docs if d["kind"] == "Ingress"):
        for rule in ingress["spec"].get("rules", []):
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                routes.append((rule["host"], path["path"], backend["name"], backend["port"]["number"]))
    for route in (d for d in docs if d["kind"] == "HTTPRoute"):
        for host in route["spec"].get("hostnames", []):
            for rule in route["spec"]["rules"]:
                for ref in rule.get("backendRefs", []):
                    for match in rule.get("matches", []):
                        routes.append((host, match["path"]["value"], ref["name"], ref["port"]))
    return routes


def _urls(docs: list[dict]) -> list[dict]:
    """Every public route of the edge: HTTPS JSON-RPC (to the nodes or to the RPC gateway in
    front of them), WebSocket, and the stats dashboards, told apart by the Service's port name
    and component label."""
    services = {svc["metadata"]["name"]: svc for svc in docs if svc["kind"] == "Service"}
    urls = []
    for host, path, service, port in _edge_routes(docs):
        kind = _route_kind(services[service], port)
        scheme = "wss" if kind == "websocket" else "https"
        urls.append({"url": f"{scheme}://{host}{path}", "kind": kind, "service": service})
    return urls


def _route_kind(service: dict, port: int) -> str:
    """The multi_cluster.RouteKind of a route to `port` of `service`."""
    port_name = next(p.get("name", "") for p in service["spec"]["ports"] if p["port"] == port)
    if port_name.startswith("ws"):
        return "websocket"
    component = service["metadata"].get("labels", {}).get("app.kubernetes.io/component")
    return "dashboard" if component == ETHSTATS_COMPONENT else "http"


def _dns_records(docs: list[dict]) -> list[dict]:
    """The A records the operator creates: every host the edge serves, to its global static IP."""
    targets = [
        d["metadata"].get("annotations", {}).get("kubernetes.io/ingress.global-static-ip-name")
        for d in docs
        if d["kind"] == "Ingress"
    ]
    targets += [a["value"] for d in docs if d["kind"] == "Gateway" for a in d["spec"].get("addresses", [])]
    address = next((t for t in targets if t), None)
    target = f"the global static IP {address!r}" if address else "the Ingress's ephemeral IP"
    records = {host: {"name": host, "type": "A", "value": target} for host, *_ in _edge_routes(docs)}
    return [records[name] for name in sorted(records)]


def _explain_clusters(checked: CheckedSpec) -> dict:
    """Per cluster: its workloads, totals, node pool fit and cost; then the fleet's public URLs,
    DNS records, totals and cost (the global edge counted once)."""
    spec = checked.spec
    clusters = []
    for place in spec.clusters:
        docs = checked.manifests[place.name]
        workloads = [_workload(doc, docs) for doc in docs if doc["kind"] in ("StatefulSet", "Deployment")]
        cluster = {
            "cluster": place.name,
            "region": place.region,
            "config_cluster": place.is_config,
            "node_pools_key": node_pools_key(spec, place),
            "workloads": workloads,
            "totals": _totals(workloads),
            "node_pools": _pool_fit(list(place.node_pools), docs),
        }
        cluster["monthly_cost"] = _cluster_cost(checked, place, cluster)
        clusters.append(cluster)
    urls = _exported_urls(checked)
    report = {
        "spec": checked.spec_name,
        "namespace": spec.namespace,
        "clusters": clusters,
        "totals": {key: sum(c["totals"][key] for c in clusters) for key in clusters[0]["totals"]},
        "urls": urls,
        "dns_records": [
            {"name": host, "type": "A", "value": f"the global static IP {spec.static_ip_name!r}"}
            for host in sorted({u["url"].split("://", 1)[1].split("/", 1)[0] for u in urls})
        ],
    }
    edge_items = _edge_items(checked, urls)
    items = [item for c in clusters for item in c["monthly_cost"]["items"]] + edge_items
    report["monthly_cost"] = {
        "currency": prices.CURRENCY,
        "edge_items": edge_items,
        "total": sum(i["monthly"] for i in items),
        "unpriced": [item for c in clusters for item in c["monthly_cost"]["unpriced"]]
        + ["the multi-cluster Gateway's own charge (GKE Enterprise, or multi-cluster Ingress/Gateway per backend pod)"],
        "notes": [
            f"list prices of {prices.PRICES_REGION} ({prices.PRICES_SOURCE}, {prices.PRICES_DATE}); "
            "other regions are not priced here; check the current price list",
            "not included: traffic (load balancer data processing, internet and inter-region egress), requests "
            "to Cloud Armor, nodes added by autoscaling above min_nodes, discounts",
        ],
    }
    return report


def _exported_urls(checked: CheckedSpec) -> list[dict]:
    """The public routes of the multi-cluster Gateway: every route of every exported Service, once."""
    urls = {}
    for exported in checked.exports.values():
        for service in exported:
            for route in service.routes:
                scheme = "wss" if route.kind == "websocket" else "https"
                for host in route.hosts:
                    url = f"{scheme}://{host}{route.path}"
                    urls[url] = {"url": url, "kind": route.kind, "service": service.name}
    return [urls[url] for url in sorted(urls)]


def _node_pools(checked: CheckedSpec, docs: list[dict]) -> dict | None:
    gke = checked.spec.gke
    if gke is None:
        return None
    return _pool_fit(list(gke.node_pools), docs)


def _pool_fit(pools: list, docs: list[dict]) -> dict:
    fit = pools_fit(docs, pools)
    return {
        "pools": [
            {"name": p.name, "machine_type": p.machine_type, "min_nodes": p.min_nodes, "max_nodes": p.max_nodes}
            for p in pools
        ],
        "fits": fit.fits,
        "problems": list(fit.problems),
        "node_offers": {"cpu_m": fit.node_offers.cpu_m, "memory_bytes": fit.node_offers.memory},
        "busiest_node": {"cpu_m": fit.busiest_node.cpu_m, "memory_bytes": fit.busiest_node.memory},
        "headroom": {"cpu_m": fit.spare.cpu_m, "memory_bytes": fit.spare.memory},
    }


def _cost(checked: CheckedSpec, docs: list[dict], report: dict) -> dict:
    """Monthly list-price estimate; items whose price is unknown are named, not guessed."""
    items: list[dict] = []
    unpriced: list[str] = []
    add = _adder(items)
    gke, edge = checked.spec.gke, checked.spec.edge
    if gke is not None:
        _price_pools(add, unpriced, gke.node_pools)
        add("GKE cluster management fee", 1, "cluster", prices.GKE_CLUSTER_HOUR, True)
        add("Cloud NAT gateway", sum(p.min_nodes for p in gke.node_pools), "VM", prices.NAT_VM_HOUR, True)
    _price_volumes(add, unpriced, checked, report["workloads"])
    if edge is not None and report["urls"]:
        items += _edge_items(checked, report["urls"])
    if gke is None:
        unpriced.append("nodes (the spec has no gke section)")
    region = gke.region if gke is not None else None
    notes = [
        f"list prices of {prices.PRICES_REGION} ({prices.PRICES_SOURCE}, {prices.PRICES_DATE}); "
        "check the current price list",
        "not included: traffic (load balancer data processing, internet egress), requests to Cloud Armor, "
        "nodes added by autoscaling above min_nodes, discounts",
    ]
    if region and region != prices.PRICES_REGION:
        notes.append(f"{region} prices differ from {prices.PRICES_REGION}'s")
    return {
        "currency": prices.CURRENCY,
        "items": items,
        "total": sum(i["monthly"] for i in items),
        "unpriced": unpriced,
        "notes": notes,
    }


def _cluster_cost(checked: CheckedSpec, place, cluster: dict) -> dict:
    """One cluster's monthly list-price estimate: its nodes, cluster fee, NAT and volumes. In
    a region without prices here, every regional item is named as not priced."""
    items: list[dict] = []
    unpriced: list[str] = []
    add = _adder(items)
    if place.region == prices.PRICES_REGION:
        _price_pools(add, unpriced, place.node_pools)
    add("GKE cluster management fee", 1, "cluster", prices.GKE_CLUSTER_HOUR, True)
    if place.region == prices.PRICES_REGION:
        add("Cloud NAT gateway", sum(p.min_nodes for p in place.node_pools), "VM", prices.NAT_VM_HOUR, True)
        _price_volumes(add, unpriced, checked, cluster["workloads"])
    else:
        unpriced.append(
            f"nodes, boot disks, volumes, snapshots and Cloud NAT in {place.region}: unknown "
            f"(gke/prices.py has {prices.PRICES_REGION} prices only)"
        )
    return {
        "currency": prices.CURRENCY,
        "items": items,
        "total": sum(i["monthly"] for i in items),
        "unpriced": [f"{place.name}: {item}" for item in unpriced],
    }


def _adder(items: list[dict]):
    """A function that appends one priced item to `items`."""
    month = prices.HOURS_PER_MONTH

    def add(item: str, quantity: float, unit: str, unit_price: float, per_hour: bool = False) -> None:
        hours = month if per_hour else 1
        items.append(
            {
                "item": item,
                "quantity": quantity,
                "unit": unit,
                "unit_price": unit_price,
                "hours": hours,
                "monthly": quantity * unit_price * hours,
            }
        )

    return add


def _price_pools(add, unpriced: list[str], pools) -> None:
    for pool in pools:
        family = pool.machine_type.split("-")[0]
        if family in prices.VCPU_HOUR:
            shape = machine_shape(pool.machine_type)
            hourly = shape.vcpus * prices.VCPU_HOUR[family] + shape.memory / GIB * prices.MEMORY_GIB_HOUR[family]
            spot = " (Spot: list price shown, Spot costs less)" if pool.spot else ""
            add(f"node pool {pool.name}: {pool.machine_type} at min_nodes{spot}", pool.min_nodes, "node", hourly, True)
        else:
            unpriced.append(f"machine family {family!r} of node pool {pool.name}")
        if pool.disk_type in prices.DISK_GIB_MONTH:
            add(
                f"node pool {pool.name}: boot disks",
                pool.min_nodes * pool.disk_size_gb,
                "GiB-month",
                prices.DISK_GIB_MONTH[pool.disk_type],
            )
        else:
            unpriced.append(f"boot disk type {pool.disk_type!r} of node pool {pool.name}")


def _price_volumes(add, unpriced: list[str], checked: CheckedSpec, workloads: list[dict]) -> None:
    for workload in workloads:
        for disk in workload["disks"]:
            size = disk["size_bytes"] / GIB * workload["pods"]
            if disk["disk_type"] in prices.DISK_GIB_MONTH:
                add(
                    f"{workload['name']}: {disk['name']} volumes",
                    size,
                    "GiB-month",
                    prices.DISK_GIB_MONTH[disk["disk_type"]],
                )
            else:
                unpriced.append(f"volume type {disk['disk_type']!r} of {workload['name']}")
    snapshotted = {name for name, fleet in checked.spec.fleets.items() if fleet.snapshots}
    for workload in (w for w in workloads if w["fleet"] and w["name"] in snapshotted):
        add(
            f"{workload['name']}: snapshots (one full copy; later ones are incremental)",
            workload["per_pod"]["disk_bytes"] / GIB,
            "GiB-month",
            prices.SNAPSHOT_GIB_MONTH,
        )


def _edge_items(checked: CheckedSpec, urls: list[dict]) -> list[dict]:
    """The global edge, priced once: forwarding rules, the static IP, Cloud Armor."""
    items: list[dict] = []
    edge = checked.spec.edge
    if edge is None or not urls:
        return items
    add = _adder(items)
    rules = 2 if edge.http == "redirect" else 1
    add(
        "load balancer forwarding rules (HTTPS" + (", HTTP redirect)" if rules == 2 else ")"),
        rules,
        "forwarding rule",
        prices.FORWARDING_RULE_HOUR,
        True,
    )
    add("global static IP, in use", 1, "address", prices.STATIC_IP_HOUR, True)
    if checked.spec.security_policy_name:
        add("Cloud Armor policy", 1, "policy-month", prices.ARMOR_POLICY_MONTH)
        add("Cloud Armor rules", prices.ARMOR_RULES, "rule-month", prices.ARMOR_RULE_MONTH)
    return items


def render_text(report: dict) -> str:
    """The report as the tables `ethercluster explain` prints."""
    lines = [f"{report['spec']}: namespace {report['namespace']}", ""]
    if "clusters" in report:
        for cluster in report["clusters"]:
            role = ", config cluster" if cluster["config_cluster"] else ""
            lines += [f"Cluster {cluster['cluster']} ({cluster['region']}{role}):"]
            lines += _workload_table(cluster["workloads"], cluster["totals"])
            lines += ["", f"  Node pools ({cluster['node_pools_key']}):"]
            lines += ["  " + line for line in _pool_lines(cluster["node_pools"])]
            cost = cluster["monthly_cost"]
            lines += ["", f"  Estimated monthly cost ({cost['currency']}):"]
            lines += ["  " + line for line in _cost_lines(cost)]
            lines.append("")
        lines += ["All clusters:"]
        lines += _table(
            ["cluster", "pods", "CPU req/limit", "memory req/limit", "disk"],
            [[c["cluster"], *_total_cells(c["totals"])] for c in report["clusters"]]
            + [["total", *_total_cells(report["totals"])]],
        )
    else:
        lines += _workload_table(report["workloads"], report["totals"])
    urls = [f"  {u['url']}  ({_URL_KINDS[u['kind']]}, Service {u['service']})" for u in report["urls"]]
    lines += ["", "Public URLs:"] + (urls or ["  none (no edge)"])
    lines += ["", "DNS records to create:"]
    lines += [f"  {r['name']}  {r['type']}  -> {r['value']}" for r in report["dns_records"]] or ["  none"]
    cost = report["monthly_cost"]
    if "clusters" in report:
        lines += ["", f"Estimated monthly cost of the global edge ({cost['currency']}):"]
        lines += _cost_lines({**cost, "items": cost["edge_items"], "unpriced": [], "notes": []}, total=False)
        lines += ["", f"Estimated monthly cost, all clusters and the edge: {cost['total']:.2f} {cost['currency']}"]
        lines += [f"  not priced: {item}" for item in cost["unpriced"]]
        lines += [f"  note: {note}" for note in cost["notes"]]
        return "\n".join(lines)
    lines += ["", "Node pools:", *_pool_lines(report["node_pools"])]
    lines += ["", f"Estimated monthly cost ({cost['currency']}):", *_cost_lines(cost)]
    return "\n".join(lines)


def _total_cells(totals: dict) -> list[str]:
    return [
        str(totals["pods"]),
        f"{_cpu(totals['cpu_request_m'])}/{_cpu(totals['cpu_limit_m'])}",
        f"{_gib(totals['memory_request_bytes'])}/{_gib(totals['memory_limit_bytes'])}",
        _gib(totals["disk_bytes"]),
    ]


def _workload_table(workloads: list[dict], totals: dict) -> list[str]:
    cells = [["total", *_total_cells(totals)]]
    cells[0].insert(2, "")
    return _table(
        ["workload", "pods", "containers", "CPU req/limit", "memory req/limit", "disk"],
        [
            [
                f"{w['kind']}/{w['name']}",
                str(w["pods"]),
                ",".join(w["containers"]),
                f"{_cpu(w['total']['cpu_request_m'])}/{_cpu(w['total']['cpu_limit_m'])}",
                f"{_gib(w['total']['memory_request_bytes'])}/{_gib(w['total']['memory_limit_bytes'])}",
                _gib(w["total"]["disk_bytes"]),
            ]
            for w in workloads
        ]
        + cells,
    )


def _pool_lines(pools: dict | None) -> list[str]:
    if pools is None:
        return ["  no gke section: the fit of the fleets is not checked"]
    lines = [
        f"  {pool['name']}: {pool['machine_type']}, {pool['min_nodes']}-{pool['max_nodes']} nodes"
        for pool in pools["pools"]
    ]
    verdict = "fit" if pools["fits"] else "do NOT fit: " + "; ".join(pools["problems"])
    headroom = pools["headroom"]
    lines.append(
        f"  the fleets {verdict}; busiest node {_cpu(pools['busiest_node']['cpu_m'])} CPU, "
        f"{_gib(pools['busiest_node']['memory_bytes'])}; headroom per node {_cpu(headroom['cpu_m'])} CPU, "
        f"{_gib(headroom['memory_bytes'])}"
    )
    return lines


def _cost_lines(cost: dict, *, total: bool = True) -> list[str]:
    lines = _table(
        ["item", "quantity", "unit price", "per month"],
        [[i["item"], _quantity(i), _unit_price(i), f"{i['monthly']:.2f}"] for i in cost["items"]]
        + ([["total", "", "", f"{cost['total']:.2f}"]] if total else []),
    )
    lines += [f"  not priced: {item}" for item in cost.get("unpriced", [])]
    lines += [f"  note: {note}" for note in cost.get("notes", [])]
    return lines


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return [
        "  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]


def _quantity(item: dict) -> str:
    """`3 node × 730 h` for hourly prices, `750 GiB-month` for monthly ones."""
    return f"{item['quantity']:g} {item['unit']}" + (f" × {item['hours']} h" if item["hours"] > 1 else "")


def _unit_price(item: dict) -> str:
    return f"{item['unit_price']:g}" + ("/h" if item["hours"] > 1 else "")


def _cpu(millicores: int) -> str:
    return f"{millicores / 1000:g}"


def _gib(size: int) -> str:
    return f"{size / GIB:.1f}Gi"
