"""Orchestration: the Prefect nightly flow, its deployment, the report and the `cbec` command line."""
