"""Use cases. Services own transactions and return frozen dataclasses; nothing here knows Qt."""
