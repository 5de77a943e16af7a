"""bandit finds nothing of medium severity or above in the code that ships."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BANDIT = Path(sys.executable).with_name("bandit")


def test_bandit_finds_nothing_of_medium_severity_or_above():
    result = subprocess.run(
        [str(BANDIT), "-q", "-r", "catalog", "webapp", "scripts", "-ll"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No issues identified" in result.stdout or result.stdout.strip() == ""
