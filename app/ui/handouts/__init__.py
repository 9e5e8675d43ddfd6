"""Handouts in the desktop app: previewing and printing PDFs the handout services built."""
