"""`dwh-dbt`: dbt run in a fork of a process that imported it ahead of time (orchestration/dbt/warm.py).

The full path (dagster-dbt streaming a build through the warm server) runs in every `dwh run`
of tests/pipeline; these tests pin the client's contract: same output streams, same exit code,
plain dbt when no server is running.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from orchestration.dbt.warm import SOCKET_ENV, client_executable, warm_dbt

pytestmark = pytest.mark.skipif(client_executable() is None, reason="dwh-dbt is not installed (make setup)")


def _client(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(client_executable()), *args],
        check=False,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _plain_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != SOCKET_ENV}


def test_without_a_server_the_client_is_plain_dbt(tmp_path: Path) -> None:
    done = _client(["--version"], _plain_env(), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Core:" in done.stdout


def test_the_warm_server_runs_dbt_in_the_clients_streams_and_cwd(tmp_path: Path) -> None:
    with warm_dbt() as warm:
        warm.start()
        assert warm.server is not None
        env = {**_plain_env(), SOCKET_ENV: os.environ[SOCKET_ENV], "DBT_PROFILES_DIR": str(tmp_path)}
        version = _client(["--version"], env, tmp_path)
        assert version.returncode == 0, version.stderr
        assert "Core:" in version.stdout
        # an unknown command: dbt's usage error (exit 2) on the client's stderr
        wrong = _client(["no-such-command"], env, tmp_path)
        assert wrong.returncode == 2
        assert "no-such-command" in wrong.stderr
        # the child ran in the client's working directory: `dbt debug` looks for the project there
        debug = _client(["debug", "--config-dir"], env, tmp_path)
        assert str(tmp_path) in debug.stdout, debug.stdout + debug.stderr
        # the same process served every call (a fresh fork each time)
        assert warm.server.poll() is None
        server = warm.server
    assert server.poll() is not None
    assert SOCKET_ENV not in os.environ


def test_a_dead_server_means_plain_dbt(tmp_path: Path) -> None:
    env = {**_plain_env(), SOCKET_ENV: str(tmp_path / "nobody-listens.sock")}
    done = _client(["--version"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Core:" in done.stdout


def test_the_server_builds_every_config_schema_it_lists() -> None:
    """The dbt config schemas the server builds ahead of time for its forked builds still exist
    under these names in the installed dbt (a renamed class would silently cost its time
    again)."""
    import subprocess
    import sys

    from orchestration.dbt.warm import CONFIG_SCHEMAS

    code = (
        "from orchestration.dbt.warm import _build_config_schemas; print(','.join(_build_config_schemas()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().split(",") == [name for _, name in CONFIG_SCHEMAS]


def test_the_server_primes_the_manifest_codecs_and_the_frames_sources(tmp_path: Path) -> None:
    """What the server prepares for its forked builds: the partial-parse file read once, so a
    build reading it again compiles no (de)serialiser; the source of dbt's modules in linecache
    (dbt's behavior flags read it through inspect.stack()). A missing file is no head start and
    no error."""
    import subprocess
    import sys

    from orchestration.dbt.project import ensure_dbt_manifest, project_dir

    ensure_dbt_manifest()
    target = project_dir() / "target"
    assert (target / "partial_parse.msgpack").exists()
    code = f"""
import linecache, sys
from pathlib import Path
from orchestration.dbt import warm
assert warm._preload_manifest_codecs(Path({str(tmp_path)!r})) is False
assert warm._preload_manifest_codecs(Path({str(target)!r})) is True
from mashumaro.core.meta.code.builder import CodeBuilder
compiled = []
original = CodeBuilder.add_unpack_method
def counting(self, *a, **k):
    compiled.append(self.cls.__name__)
    return original(self, *a, **k)
CodeBuilder.add_unpack_method = counting
from dbt.contracts.graph.manifest import Manifest
from dbt.parser.manifest import extended_mashumuro_decoder
manifest = Manifest.from_msgpack(Path({str(target)!r}, "partial_parse.msgpack").read_bytes(),
                                 decoder=extended_mashumuro_decoder)
assert manifest.nodes, "the file holds the project's nodes"
assert compiled == [], compiled
import dbt_common.behavior_flags as flags
read = warm._preread_sources()
assert read > 100, read
assert flags.__file__ in linecache.cache
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
