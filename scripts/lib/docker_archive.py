#!/usr/bin/env python3
"""Writes a root file system as a one-layer image in `docker save` format (the format Jib reads
as a `tar://` base image): manifest.json, the image configuration and the layer.

    docker_archive.py ROOTFS OUTPUT.tar NAME:TAG UID

The configuration carries what every Factline container needs and Jib inherits from its base:
the Java runtime on PATH, the non-root user, the /data volume, port 8080 and the health check.
"""
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile


def main(rootfs, output, tag, uid):
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(output))) as work:
        layer = os.path.join(work, "layer.tar")
        # GNU tar keeps symlinks, hard links, owners and modes as they are; device nodes and the
        # kernel's mount points are left to the container runtime.
        subprocess.run(
            ["tar", "--numeric-owner", "--sort=name", "--exclude=./dev/*", "--exclude=./proc/*",
             "--exclude=./sys/*", "-C", rootfs, "-cf", layer, "."],
            check=True)
        digest = sha256(layer)
        created = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        second = 1_000_000_000
        config = {
            "architecture": "amd64",
            "os": "linux",
            "created": created,
            "config": {
                "Env": [
                    "PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "JAVA_HOME=/opt/java",
                    "LANG=C.UTF-8",
                ],
                "User": f"{uid}:{uid}",
                "WorkingDir": "/data",
                "Volumes": {"/data": {}},
                "ExposedPorts": {"8080/tcp": {}},
                "Healthcheck": {
                    "Test": ["CMD", "/usr/local/bin/factline-healthcheck"],
                    "Interval": 30 * second,
                    "Timeout": 10 * second,
                    "StartPeriod": 120 * second,
                    "Retries": 3,
                },
            },
            "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
            "history": [{"created": created, "created_by": "scripts/image-base"}],
        }
        config_bytes = json.dumps(config, indent=1).encode()
        config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
        manifest = [{"Config": config_name, "RepoTags": [tag], "Layers": [digest + "/layer.tar"]}]
        with tarfile.open(output, "w") as archive:
            add_bytes(archive, config_name, config_bytes)
            archive.add(layer, arcname=digest + "/layer.tar")
            add_bytes(archive, "manifest.json", json.dumps(manifest).encode())


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o644
    import io
    archive.addfile(info, io.BytesIO(data))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
