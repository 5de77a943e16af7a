"""The comparison benchmark runs and prints a figure per step (timings are not asserted)."""

from scripts.benchmark_compare import main


def test_the_benchmark_prints_a_median_for_every_step(loaded_db, database_url, capsys):
    assert main(["--database", database_url, "--rounds", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    steps = [line for line in lines if "median" in line]
    assert len(steps) == 5
    assert all(line.rstrip().endswith("ms") for line in steps)
