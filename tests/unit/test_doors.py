"""The intake's doors: connections counted per network (IPv4 address, IPv6 /64) and in all."""

from __future__ import annotations

from ipaddress import ip_network

from dispatch_desk.intake.doors import Doors, network_of


def test_an_ipv6_network_counts_as_its_64_and_a_mapped_address_as_ipv4():
    assert network_of("2001:db8:1:2:aaaa::1") == network_of("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert network_of("2001:db8:1:3::1") != network_of("2001:db8:1:2::1")
    assert network_of("::ffff:192.0.2.7") == "192.0.2.7"
    assert network_of("192.0.2.7") == "192.0.2.7"
    assert network_of("fe80::1%eth0") == "fe80::/64"
    assert network_of("not an address") == "not an address" and network_of(None) == "?"


def test_one_network_holds_its_share_and_others_still_get_in():
    doors = Doors(per_network=3, total=10)
    assert [doors.enter(f"2001:db8::{n}") for n in range(3)] == [None, None, None]
    refused = doors.enter("2001:db8::99")  # the same /64
    assert refused is not None and refused.startswith(b"HTTP/1.1 429") and b"connection: close" in refused
    assert doors.enter("198.51.100.1") is None  # another network
    doors.leave("2001:db8::1")
    assert doors.enter("2001:db8::5") is None  # a place freed
    assert doors.count == 4 and doors.refused == 1


def test_past_the_total_only_healthz_is_served_and_past_the_reserve_nothing():
    doors = Doors(per_network=100, total=4)
    for n in range(4):
        assert doors.enter(f"198.51.100.{n}") is None
    assert not doors.crowded
    assert doors.enter("198.51.100.9") is None and doors.crowded  # in the reserve: answered 503 but /healthz
    while doors.count < doors.hard_limit:
        assert doors.enter(f"203.0.113.{doors.count}") is None
    full = doors.enter("203.0.113.250")
    assert full is not None and full.startswith(b"HTTP/1.1 503")


def test_a_trusted_proxy_is_not_held_to_one_networks_share():
    doors = Doors(per_network=2, total=100, trusted=(ip_network("10.0.0.0/8"),))
    assert all(doors.enter("10.1.2.3") is None for _ in range(20))
    leaving = doors.count
    for _ in range(25):  # more leaves than entries never go below zero
        doors.leave("10.1.2.3")
    assert leaving == 20 and doors.count == 0
