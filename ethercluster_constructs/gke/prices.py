"""Google Cloud list prices for `ethercluster explain`'s monthly estimate, as plain data.

Source: Google Cloud's public price pages, on-demand list prices in us-central1, in USD:
- Compute Engine VM instance pricing (per vCPU-hour and per GiB-hour of each machine family),
- Compute Engine disk and image pricing (persistent disks and standard snapshots),
- GKE pricing (cluster management fee), VPC network pricing (Cloud NAT, external IP addresses),
- Cloud Load Balancing pricing (forwarding rules), Google Cloud Armor pricing (Standard tier).
Date: transcribed in 2025 (PRICES_DATE); this offline workplace could not re-read the pages on
2026-11-29, so treat the estimate as a first budget figure and check the current price list.
Other regions cost up to about 40 % more. Sustained/committed-use and Spot discounts, data
processing and internet egress depend on the account and the traffic and are not estimated.
"""

from __future__ import annotations

CURRENCY = "USD"
PRICES_REGION = "us-central1"
PRICES_DATE = "2025"
PRICES_SOURCE = "Google Cloud list prices: Compute Engine, Persistent Disk, GKE, VPC, Load Balancing, Cloud Armor"
HOURS_PER_MONTH = 730

VCPU_HOUR: dict[str, float] = {"e2": 0.021811, "n2": 0.031611, "n2d": 0.027502, "n1": 0.031611, "t2d": 0.027502}
"""On-demand price of one vCPU-hour, by machine family."""
MEMORY_GIB_HOUR: dict[str, float] = {"e2": 0.002923, "n2": 0.004237, "n2d": 0.003686, "n1": 0.004237, "t2d": 0.003686}
"""On-demand price of one GiB-hour of memory, by machine family."""

DISK_GIB_MONTH: dict[str, float] = {"pd-standard": 0.04, "pd-balanced": 0.10, "pd-ssd": 0.17}
"""Provisioned persistent disk capacity, per GiB-month."""
SNAPSHOT_GIB_MONTH = 0.05
"""Standard snapshot storage, per GiB-month."""

GKE_CLUSTER_HOUR = 0.10
"""GKE Standard cluster management fee (the free-tier credit covers one zonal cluster, not this regional one)."""
NAT_VM_HOUR = 0.0014
"""Cloud NAT gateway uptime, per VM-hour (up to 32 VMs)."""
FORWARDING_RULE_HOUR = 0.025
"""Global external Application Load Balancer, per forwarding rule-hour (first five rules)."""
STATIC_IP_HOUR = 0.005
"""A static external IPv4 address in use, per hour."""
ARMOR_POLICY_MONTH = 5.0
ARMOR_RULE_MONTH = 1.0
ARMOR_RULES = 3
"""The GKE stack's Cloud Armor policy has three rules: the log4j block, the per-IP rate limit, the default."""
