"""A camera on loopback for the tests and the demo: GStreamer's RTSP server with a test pattern, H.264.

Run with Debian's Python (it has python3-gi; scripts/ensure-test-camera.sh installs the packages):
    /usr/bin/python3 scripts/test_camera.py PORT [--path /test] [--pattern smpte|red|…] [--user U --password P]
Prints "ready" once it listens. The pattern's colours are what the tests look for in a snapshot.
"""

from __future__ import annotations

import argparse

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("--path", default="/test")
    parser.add_argument("--pattern", default="smpte", help="videotestsrc's pattern (smpte, red, blue, …)")
    parser.add_argument("--size", default="640x360")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    args = parser.parse_args()
    Gst.init(None)
    width, height = args.size.split("x")
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(args.port))
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(
        f"( videotestsrc pattern={args.pattern} is-live=true ! video/x-raw,width={width},height={height},"
        "framerate=15/1 ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=5 ! "
        "rtph264pay name=pay0 pt=96 config-interval=1 )"
    )
    factory.set_shared(True)
    if args.user:
        auth = GstRtspServer.RTSPAuth()
        token = GstRtspServer.RTSPToken()
        token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, "viewer")
        auth.add_basic(GstRtspServer.RTSPAuth.make_basic(args.user, args.password), token)
        server.set_auth(auth)
        permissions = GstRtspServer.RTSPPermissions()
        permissions.add_permission_for_role("viewer", "media.factory.access", True)
        permissions.add_permission_for_role("viewer", "media.factory.construct", True)
        factory.set_permissions(permissions)
    server.get_mount_points().add_factory(args.path, factory)
    server.attach(None)
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
