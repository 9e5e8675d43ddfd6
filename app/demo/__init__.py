"""The demo practice: a new vault holding an invented practice, so a therapist can explore the
app without typing a single real name, and so the performance targets have a workload.

It sits above the services (it creates the vault and fills it through them and through the
bulk seam `app.services.bulk`); the command line (`reciprocal demo`) and the welcome screen use
it, and nothing below them does.
"""

from app.demo.generator import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
