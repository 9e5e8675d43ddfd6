"""Client-facing PDF documents built with reportlab from plain dataclasses. No database, no Qt."""
