"""Performance benchmarks (docs/design.md §7), run by `make bench`; never part of the tests."""
