#!/usr/bin/env python3
"""Times POST /api/campaigns/{id}/profile-import on a running service (docs/benchmarks.md, "Profile import").

Starts the service DLL given (Release build) on 127.0.0.1 with a fresh data folder, signs in with dev-token, saves a
mapping profile made from the service's own cell suggestions for one sample file, then imports the province's files
below the root into a new campaign per round and reports the wall time of each request and the service's CPU time
spent on it (from /proc). Peer, in the same round: the same files (the sample's are tagged) submitted one by one to
their units through POST /api/campaigns/{id}/units/{unit}/submissions, the path that reads them by their names. Standard library only; the sample province comes from the CLI verb `sample`.

  python3 bench/ProfileImport/profile_import.py --dll functions/OfficeReview.Service/bin/Release/net10.0/OfficeReview.Service.dll \
      --province /tmp/officereview-bench/profile-import [--units 41] [--members 4000] [--rounds 5]
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def multipart(files: list[tuple[str, bytes, str]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = bytearray()
    for name, data, content_type in files:
        body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n".encode()
        body += f"Content-Type: {content_type}\r\n\r\n".encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return bytes(body), f"multipart/form-data; boundary={boundary}"


class Service:
    def __init__(self, dll: str):
        self.data = tempfile.mkdtemp(prefix="officereview-profile-bench-")
        self.env = {**os.environ, "DOTNET_NOLOGO": "1", "ASPNETCORE_ENVIRONMENT": "Production",
                    "Storage__DataFolder": os.path.join(self.data, "data")}
        self.dll = dll
        self.base = f"http://127.0.0.1:{free_port()}"
        self.proc = subprocess.Popen(["dotnet", dll, "--urls", self.base], cwd=self.data, env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/api/health") as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.time() > deadline or self.proc.poll() is not None:
                sys.exit("the service did not start")
            time.sleep(0.2)
        out = subprocess.run(["dotnet", dll, "dev-token", "--user", "bench", "--role", "admin"], cwd=self.data,
                             env=self.env, capture_output=True, text=True, check=True).stdout
        self.token = out.strip().splitlines()[-1].strip()

    def call(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        if content_type:
            request.add_header("Content-Type", content_type)
        with urllib.request.urlopen(request, timeout=600) as r:
            return r.status, json.loads(r.read() or b"null")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dll", required=True)
    parser.add_argument("--province", required=True, help="folder of the sample province (made on first use)")
    parser.add_argument("--units", type=int, default=41)
    parser.add_argument("--members", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    dll = os.path.abspath(args.dll)

    manifest_path = os.path.join(args.province, "manifest.json")
    if not os.path.exists(manifest_path):
        subprocess.run(["dotnet", dll, "sample", "--units", str(args.units), "--members", str(args.members), "--seed", "3",
                        "-o", args.province], check=True, stdout=subprocess.DEVNULL)
    manifest = json.load(open(manifest_path, encoding="utf-8"))
    units = []
    for f in manifest["files"]:
        report_path = os.path.join(args.province, f["file"] + ".json")
        if not os.path.exists(report_path):
            subprocess.run(["dotnet", dll, "convert", os.path.join(args.province, f["file"]), "-o", report_path],
                           check=True, stdout=subprocess.DEVNULL)
        unit = json.load(open(report_path, encoding="utf-8"))["unit"]
        units.append({"code": unit["code"], "name": unit["name"], "kind": unit["kind"],
                      "category": unit.get("category"), "parent": unit.get("parent")})
    below = [f for f in manifest["files"] if f.get("parent")]
    files = [(f["file"], open(os.path.join(args.province, f["file"]), "rb").read(), "application/octet-stream") for f in below]
    megabytes = sum(len(d) for _, d, _ in files) / 1e6

    service = Service(dll)
    try:
        body, content_type = multipart([files[0]])
        _, suggested = service.call("POST", "/api/form-suggestions", body, content_type)
        profile = {"id": "bench", "name": "Hồ sơ đo", "entries":
                   [{"figure": t["name"], "sheet": t["sheet"], "cell": t["cell"]} for t in suggested["tagged"] if t["name"] != "OR_Year"]
                   + [{"figure": "OR_Year", "value": str(manifest["year"])}]}
        body, content_type = multipart([("ho-so.json", json.dumps(profile).encode(), "application/json"), files[0]])
        service.call("POST", "/api/profiles", body, content_type)
        body, content_type = multipart(files)
        print(f"# {len(files)} files ({megabytes:.1f} MB, {manifest['members']} members in the province), {args.rounds} rounds, "
              f"dll {args.dll}")
        for round_no in range(args.rounds + 1):
            campaign = f"r{round_no}"
            service.call("POST", "/api/campaigns", json.dumps({"id": campaign, "year": manifest["year"], "units": units}).encode(),
                         "application/json")
            cpu0, wall0 = cpu_seconds(service.proc.pid), time.perf_counter()
            _, result = service.call("POST", f"/api/campaigns/{campaign}/profile-import?profile=bench", body, content_type)
            wall, cpu = time.perf_counter() - wall0, cpu_seconds(service.proc.pid) - cpu0
            # Peer: the same files (they are tagged) submitted one by one to their units, as the units' panes do.
            peer = f"p{round_no}"
            service.call("POST", "/api/campaigns", json.dumps({"id": peer, "year": manifest["year"], "units": units}).encode(),
                         "application/json")
            peer_cpu0, peer_wall0 = cpu_seconds(service.proc.pid), time.perf_counter()
            for f, one in zip(below, files):
                one_body, one_type = multipart([one])
                service.call("POST", f"/api/campaigns/{peer}/units/{f['unit']}/submissions", one_body, one_type)
            peer_wall, peer_cpu = time.perf_counter() - peer_wall0, cpu_seconds(service.proc.pid) - peer_cpu0
            label = "warm-up" if round_no == 0 else f"round {round_no}"
            print(f"{label}: import wall {wall:.2f} s, service CPU {cpu:.2f} s (submitted {result['submitted']}, "
                  f"unchanged {result['unchanged']}, refused {result['refused']}); "
                  f"peer, {len(files)} tagged submissions: wall {peer_wall:.2f} s, service CPU {peer_cpu:.2f} s")
    finally:
        service.stop()


if __name__ == "__main__":
    main()
