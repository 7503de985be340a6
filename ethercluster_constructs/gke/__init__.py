"""GKE infrastructure for a cluster spec, as a cdktf stack (Terraform JSON).

Everything that imports cdktf lives in this subpackage, so a move to a maintained cdktf
fork (cdktn) touches one folder. Importing the google provider takes about 10 s, so this
package's `__init__` imports nothing heavy: `stack` is loaded only when a Terraform stack
is built (app.py with CDKTF_OUTDIR set). `catalog` and `sizing` are plain Python.
"""
