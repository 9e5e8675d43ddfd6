"""The Qt desktop interface. Talks to app.services only."""
