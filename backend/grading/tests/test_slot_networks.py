"""Each slot's own network namespace: a run enters it instead of creating one (the costly part
of a launch), so it must isolate exactly as a new one would: nothing but a loopback interface
that works, nothing of the host's, and never the namespace of another slot."""

from __future__ import annotations

import os

import pytest

from grading import launch

from .programs import sandbox_value

pytestmark = [pytest.mark.sandbox, pytest.mark.usefixtures("nothing_left_running")]

as_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="slot namespaces exist only where the worker runs as root"
)

NETWORK = "__import__('os').readlink('/proc/self/ns/net')"
INTERFACES = "sorted(name for _, name in __import__('socket').if_nameindex())"
LOOPBACK_ECHO = """
import socket

def echo():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname())
    peer, _ = server.accept()
    client.sendall(b"ping")
    return peer.recv(4).decode()
"""


def test_a_run_sees_only_a_loopback_interface_and_it_works(config):
    assert sandbox_value(config, "", INTERFACES) == ["lo"]
    assert sandbox_value(config, LOOPBACK_ECHO, "echo()") == "ping"


def test_a_run_is_never_in_the_host_s_network_namespace(config):
    assert sandbox_value(config, "", NETWORK) != os.readlink("/proc/self/ns/net")


@as_root
def test_runs_in_one_slot_reuse_its_namespace_and_other_slots_have_their_own(config):
    assert launch.slot_networks_usable()
    descriptors = {launch.slot_network(launch.slot_for(config, n)) for n in range(config.slots)}
    names = {os.readlink(f"/proc/self/fd/{fd}") for fd in descriptors}
    assert len(names) == config.slots  # one namespace per slot, none shared
    assert os.readlink("/proc/self/ns/net") not in names
    seen = {sandbox_value(config, "", NETWORK) for _ in range(2 * config.slots)}
    assert seen <= names  # every run entered a slot's namespace, none made a new one


@as_root
def test_a_socket_left_listening_by_one_run_is_gone_for_the_next(config):
    """The namespace outlives the run, its sockets do not: the port is free again."""
    keep_listening = """
import socket, os

def listen():
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0)
    server.bind(("127.0.0.1", 47123))
    server.listen(1)
    os.fork() or __import__("time").sleep(60)
    return "listening"
"""
    for _ in range(2 * config.slots):  # more runs than slots: some slot is used twice
        assert sandbox_value(config, keep_listening, "listen()") == "listening"
