"""The local ArcadeDB server as a child process, and the CLI around it."""
from __future__ import annotations

import dataclasses

import pytest

from kgraph.project import graphdb as gdb


@pytest.mark.graphdb
def test_start_is_idempotent_and_status_reports_ready(graphdb, graph_settings):
    pid = graphdb.pid()
    assert pid and graphdb.pid_file.read_text().strip() == str(pid)
    again = graphdb.start(wait=10)
    assert again.ready and again.pid == pid
    st = gdb.status(graph_settings)
    assert st.local and st.running and st.ready and st.pid == pid
    assert graphdb.root == graph_settings.data_dir.resolve() / "graphdb"
    assert graphdb.log_file.exists()


def test_command_binds_loopback_and_sets_the_database(graph_settings):
    cmd = gdb.LocalServer(graph_settings).command()
    joined = " ".join(cmd)
    assert cmd[0].endswith("/jre/bin/java") and "--add-modules jdk.incubator.vector" in joined
    assert "-Darcadedb.bolt.host=127.0.0.1" in cmd
    assert "-Darcadedb.server.httpIncomingHost=127.0.0.1" in cmd
    assert f"-Darcadedb.bolt.port={graph_settings.bolt_port}" in cmd
    assert "-Darcadedb.server.defaultDatabases=kgraph[root]" in cmd
    assert cmd[-1] == "com.arcadedb.server.ArcadeDBServer"


def test_status_when_not_running(tmp_path, graph_settings):
    s = dataclasses.replace(graph_settings, data_dir=tmp_path, bolt_port=1, graphdb_http_port=2)
    st = gdb.status(s)
    assert not st.running and not st.ready
    assert gdb.stop(s) is False


def test_configured_neo4j_is_not_managed(graph_settings):
    s = dataclasses.replace(graph_settings, neo4j_uri="bolt://127.0.0.1:1")
    assert not gdb.is_local(s)
    assert gdb.stop(s) is False
    st = gdb.status(s)
    assert not st.local and not st.ready


def test_cli_registers_graphdb_and_project():
    from kgraph.cli import build_parser
    p = build_parser()
    a = p.parse_args(["graphdb", "status"])
    assert a.action == "status" and a.func.__name__ == "run_graphdb"
    a = p.parse_args(["project", "--rebuild"])
    assert a.rebuild and a.articles == [] and a.func.__name__ == "run_project"
    a = p.parse_args(["project", "abc", "def"])
    assert a.articles == ["abc", "def"] and not a.rebuild
