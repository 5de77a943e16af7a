"""Command-line shells over the catalog: the importer and the benchmarks."""
