#!/usr/bin/env python3
"""CTest driver: real packages written by casedesk-cli must pass tests/verify_package.py, and
damaged copies must not.

Usage: package_format_independent.py CASEDESK_CLI VERIFY_PACKAGE_PY
"""

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def run(*args, **kwargs):
    result = subprocess.run(list(args), capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit("command failed (%d): %s\n%s%s"
                 % (result.returncode, " ".join(args), result.stdout, result.stderr))
    return result.stdout


def keys_of(db):
    connection = sqlite3.connect(db)
    try:
        row = connection.execute(
            "SELECT sign_public, sign_secret, box_public, box_secret FROM site_keys").fetchone()
    finally:
        connection.close()
    return {"sign_public": row[0].hex(), "sign_secret": row[1].hex(), "box_public": row[2].hex(),
            "box_secret": row[3].hex()}


def sign(data, sign_secret):
    """Ed25519ph over data, as a writer makes it (crypto_sign_init/update/final_create)."""
    lib = ctypes.CDLL("libsodium.so.23")
    if lib.sodium_init() < 0:
        sys.exit("libsodium cannot be initialised")
    lib.crypto_sign_statebytes.restype = ctypes.c_size_t
    state = (ctypes.c_uint64 * (lib.crypto_sign_statebytes() // 8 + 2))()
    signature = ctypes.create_string_buffer(64)
    lib.crypto_sign_init(state)
    lib.crypto_sign_update(state, data, ctypes.c_ulonglong(len(data)))
    lib.crypto_sign_final_create(state, signature, None, sign_secret)
    return signature.raw


def main():
    cli, verifier = sys.argv[1], sys.argv[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASEDESK_AUTHOR="Format Test")
    with tempfile.TemporaryDirectory() as tmp:
        path = lambda name: os.path.join(tmp, name)
        cd = lambda *args: run(cli, *args, env=env)
        cd("init", path("hub.db"), "--site", "Central Desk", "--kind", "hub", "--code", "HUB1")
        cd("init", path("office.db"), "--site", "Office North", "--kind", "office", "--code",
           "NOR1")
        cd("identity", path("hub.db"), "--out", path("hub.json"))
        cd("identity", path("office.db"), "--out", path("office.json"))
        cd("peer", "add", path("hub.db"), path("office.json"))
        cd("peer", "add", path("office.db"), path("hub.json"))
        cd("demo", path("office.db"), "--cases", "2", "--seed", "7")
        hub, office = keys_of(path("hub.db")), keys_of(path("office.db"))

        def verify(package, sender, recipient, expect_ok, label):
            result = subprocess.run(
                [sys.executable, verifier, package, "--quiet",
                 "--sender-sign-public", sender["sign_public"],
                 "--recipient-box-public", recipient["box_public"],
                 "--recipient-box-secret", recipient["box_secret"]],
                capture_output=True, text=True)
            ok = result.returncode == 0
            if ok != expect_ok:
                sys.exit("%s: the verifier %s it, which is wrong\n%s%s"
                         % (label, "accepted" if ok else "refused", result.stdout,
                            result.stderr))
            print("%s: %s" % (label, (result.stdout + result.stderr).strip()))

        # The office's first package (its cases), then the hub's answer (relayed and its own).
        cd("export", path("office.db"), "--to", "HUB1", "--out", path("office-to-hub.cdpkg"))
        verify(path("office-to-hub.cdpkg"), office, hub, True, "office to hub")
        shutil.copyfile(path("hub.db"), path("hub-before.db"))
        cd("import", path("hub.db"), path("office-to-hub.cdpkg"))
        cd("export", path("hub.db"), "--to", "NOR1", "--out", path("hub-to-office.cdpkg"))
        verify(path("hub-to-office.cdpkg"), hub, office, True, "hub to office")
        # Parents, a share and its tombstone (a seen map), and the acknowledgements back.
        cd("import", path("office.db"), path("hub-to-office.cdpkg"))
        case = cd("list", path("office.db"), "case").split("\t", 1)[0].strip()
        # Sharing needs the client's consent to name the site shared with.
        hub_id = [line.split("\t", 1)[0] for line in
                  cd("list", path("office.db"), "site").splitlines() if "HUB1" in line][0]
        cd("set", path("office.db"), "case", case, "consent_given", "yes")
        cd("set", path("office.db"), "case", case, "consent_sites", hub_id)
        cd("share", path("office.db"), case, "--with", "HUB1")
        cd("share", path("office.db"), case, "--with", "HUB1", "--stop")
        cd("set", path("office.db"), "case", case, "assigned_worker", "A. Worker")
        cd("export", path("office.db"), "--to", "HUB1", "--out", path("office-to-hub-2.cdpkg"))
        verify(path("office-to-hub-2.cdpkg"), office, hub, True, "office to hub, second")
        cd("import", path("hub.db"), path("office-to-hub-2.cdpkg"))

        # Keys that are not the package's own.
        verify(path("office-to-hub.cdpkg"), hub, hub, False, "wrong sender key")
        verify(path("office-to-hub.cdpkg"), office, office, False, "wrong recipient key")

        with open(path("office-to-hub.cdpkg"), "rb") as f:
            original = f.read()
        damaged = {
            "magic": 3, "format version": 8, "header length": 10, "header": 40,
            "stream header": None, "first chunk": None, "last chunk": -70, "signature": -5,
        }
        header_end = 14 + int.from_bytes(original[10:14], "little")
        damaged["stream header"] = header_end + 5
        damaged["first chunk"] = header_end + 24 + 4 + 20
        for label, offset in damaged.items():
            for bit in (0, 7):
                copy = bytearray(original)
                copy[offset] ^= 1 << bit
                name = path("flipped.cdpkg")
                with open(name, "wb") as f:
                    f.write(copy)
                verify(name, office, hub, False, "bit %d flipped in the %s" % (bit, label))
        for label, content in (("truncated", original[:-1]), ("trailing byte", original + b"\0"),
                               ("signature removed", original[:-64])):
            name = path("cut.cdpkg")
            with open(name, "wb") as f:
                f.write(content)
            verify(name, office, hub, False, label)

        # Validly signed but malformed bodies, signed again with the office's own secret key:
        # the verifier must refuse them on the format rules alone, and so must CaseDesk.
        chunks = []
        pos = header_end + 24
        while pos < len(original) - 64:
            length = int.from_bytes(original[pos:pos + 4], "little")
            chunks.append((pos, pos + 4 + length))
            pos += 4 + length
        body = original[:-64]
        sign_secret = bytes.fromhex(office["sign_secret"])
        for label, content in (("final chunk removed", body[:chunks[-1][0]]),
                               ("bytes after the final chunk", body + b"\0\0\0\0"),
                               ("final chunk twice", body + body[chunks[-1][0]:])):
            name = path("resigned.cdpkg")
            with open(name, "wb") as f:
                f.write(content + sign(content, sign_secret))
            verify(name, office, hub, False, label + " (signed again)")
            refused = subprocess.run([cli, "import", path("hub-before.db"), name], env=env,
                                     capture_output=True, text=True)
            if refused.returncode == 0:
                sys.exit("%s: casedesk-cli imported it\n%s" % (label, refused.stdout))
            print("%s (signed again): casedesk-cli: %s" % (label, refused.stderr.strip()))
        run(cli, "import", path("hub-before.db"), path("office-to-hub.cdpkg"), env=env)
    print("package_format_independent: OK")


if __name__ == "__main__":
    main()
