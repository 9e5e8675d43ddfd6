"""The backup archive format: write, verify, read. No Qt, no database."""
