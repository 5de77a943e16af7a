"""The importer: refresh prices, availability and specs from product pages.

plan (sources file → pages) → gate (robots, pacing) → fetch (conditional GET, caps,
outcome labels) → decode → extract (adapter, JSON-LD, microdata, OpenGraph, spec tables,
visible text; every value a Candidate with its strategy and original words) → reconcile
(disagreements flagged, not picked) → validate (impossible values rejected, jumps held)
→ apply (one transaction per product) → report.
"""
