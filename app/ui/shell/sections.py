"""The workspace's three sections, by index (kept apart so the window can name them without
loading the workspace, which imports the services)."""

CLIENTS, JOURNAL, SETTINGS = 0, 1, 2
