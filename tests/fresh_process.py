"""Django started afresh: what the settings make of the environment is read once, when a process
starts, so tests of it run `manage.py` in a new process with the variables they name."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*arguments, env=(), unset=()):
    """`manage.py <arguments>` in a new process: this environment without `unset`, plus `env`."""
    environment = {name: value for name, value in os.environ.items() if name not in set(unset)}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )


def shell_output(code, env=(), unset=()):
    """What `code` prints, run by `manage.py shell` in a new process (see `manage`)."""
    result = manage("shell", "--no-imports", "-c", code, env=env, unset=unset)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
