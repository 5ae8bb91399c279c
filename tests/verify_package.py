#!/usr/bin/env python3
"""Verifies and decrypts a CaseDesk sync package (.cdpkg) without any CaseDesk code.

Written from docs/sync-package-format.md alone: Python 3 standard library, plus libsodium
through ctypes. Checks the signature, opens the sealed content key, decrypts the secretstream
body, requires TAG_FINAL on the last chunk and no trailing bytes, checks every record and the
counts, and prints the decoded header and records.

Usage:
  verify_package.py PACKAGE --sender-sign-public HEX
                    --recipient-box-public HEX --recipient-box-secret HEX
                    [--layout] [--quiet]

Exit status 0: the package is valid. 1: it was refused (the reason is printed on stderr).
2: bad usage.
"""

import argparse
import ctypes
import hashlib
import math
import struct
import sys
import uuid

MAGIC = b"CDPKG\r\n\x1a"
FORMAT_VERSION = 1
PREFIX_BYTES = 14
MAX_HEADER_BYTES = 1 << 20
MAX_CHUNK_BYTES = 8 << 20
SIGNATURE_BYTES = 64
STREAM_HEADER_BYTES = 24
STREAM_ABYTES = 17
STREAM_KEY_BYTES = 32
SEAL_BYTES = 48
TAG_FINAL = 3
RECORD_END, RECORD_VERSION, RECORD_BLOB = 0, 1, 2


class Refused(Exception):
    pass


# --- CBOR (RFC 8949), decoding only ---------------------------------------------------------


class Tag:
    def __init__(self, number, value):
        self.number = number
        self.value = value

    def __eq__(self, other):
        return isinstance(other, Tag) and (self.number, self.value) == (other.number, other.value)

    def __hash__(self):
        return hash((self.number, repr(self.value)))


class Simple:
    def __init__(self, number):
        self.number = number

    def __eq__(self, other):
        return isinstance(other, Simple) and self.number == other.number

    def __hash__(self):
        return hash(("simple", self.number))


UNDEFINED = Simple(23)
BREAK = object()


class CborDecoder:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise Refused("CBOR item runs past the end of its field")
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def argument(self, info):
        if info < 24:
            return info
        if info == 24:
            return self.take(1)[0]
        if info == 25:
            return struct.unpack(">H", self.take(2))[0]
        if info == 26:
            return struct.unpack(">I", self.take(4))[0]
        if info == 27:
            return struct.unpack(">Q", self.take(8))[0]
        raise Refused("malformed CBOR argument")

    def item(self, allow_break=False):
        initial = self.take(1)[0]
        major, info = initial >> 5, initial & 0x1F
        if major == 7:
            if info == 31:
                if not allow_break:
                    raise Refused("unexpected CBOR break")
                return BREAK
            if info == 20:
                return False
            if info == 21:
                return True
            if info == 22:
                return None
            if info == 23:
                return UNDEFINED
            if info == 25:
                return half_float(struct.unpack(">H", self.take(2))[0])
            if info == 26:
                return struct.unpack(">f", self.take(4))[0]
            if info == 27:
                return struct.unpack(">d", self.take(8))[0]
            if info < 24:
                return Simple(info)
            if info == 24:
                return Simple(self.take(1)[0])
            raise Refused("malformed CBOR simple value")
        if info == 31 and major in (2, 3, 4, 5):
            return self.indefinite(major)
        n = self.argument(info)
        if major == 0:
            return n
        if major == 1:
            return -1 - n
        if major == 2:
            return bytes(self.take(n))
        if major == 3:
            try:
                return self.take(n).decode("utf-8")
            except UnicodeDecodeError:
                raise Refused("CBOR text is not UTF-8")
        if major == 4:
            return [self.item() for _ in range(n)]
        if major == 5:
            out = {}
            for _ in range(n):
                key = self.item()
                out[freeze(key)] = self.item()
            return out
        return Tag(n, self.item())  # major 6

    def indefinite(self, major):
        if major in (2, 3):
            parts = []
            while True:
                part = self.item(allow_break=True)
                if part is BREAK:
                    break
                if type(part) is not (bytes if major == 2 else str):
                    raise Refused("malformed indefinite CBOR string")
                parts.append(part)
            return b"".join(parts) if major == 2 else "".join(parts)
        out = [] if major == 4 else {}
        while True:
            value = self.item(allow_break=True)
            if value is BREAK:
                return out
            if major == 4:
                out.append(value)
            else:
                out[freeze(value)] = self.item()


def freeze(key):
    if isinstance(key, list):
        return tuple(freeze(k) for k in key)
    if isinstance(key, dict):
        raise Refused("CBOR map used as a map key")
    return key


def half_float(bits):
    exponent = (bits >> 10) & 0x1F
    mantissa = bits & 0x3FF
    if exponent == 0:
        value = mantissa * 2.0 ** -24
    elif exponent == 31:
        value = math.inf if mantissa == 0 else math.nan
    else:
        value = (mantissa + 1024) * 2.0 ** (exponent - 25)
    return -value if bits & 0x8000 else value


def cbor_whole(data, what):
    """Exactly one CBOR item that fills the bytes: anything after it is damage."""
    decoder = CborDecoder(data)
    value = decoder.item()
    if decoder.pos != len(data):
        raise Refused("%s: bytes after the CBOR item" % what)
    return value


def diag(value):
    """RFC 8949 diagnostic notation."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is UNDEFINED:
        return "undefined"
    if isinstance(value, Simple):
        return "simple(%d)" % value.number
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("NaN" if math.isnan(value)
                                                         else ("-" if value < 0 else "") + "Infinity")
    if isinstance(value, (bytes, bytearray)):
        return "h'%s'" % bytes(value).hex()
    if isinstance(value, str):
        return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"')
    if isinstance(value, (list, tuple)):
        return "[%s]" % ", ".join(diag(v) for v in value)
    if isinstance(value, dict):
        return "{%s}" % ", ".join("%s: %s" % (diag(k), diag(v)) for k, v in value.items())
    if isinstance(value, Tag):
        return "%d(%s)" % (value.number, diag(value.value))
    raise TypeError(value)


# --- libsodium ------------------------------------------------------------------------------


def load_sodium():
    for name in ("libsodium.so.23", "libsodium.so"):
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    else:
        raise Refused("libsodium (libsodium.so.23) cannot be loaded")
    if lib.sodium_init() < 0:
        raise Refused("libsodium cannot be initialised")
    ull, p = ctypes.c_ulonglong, ctypes.c_void_p
    lib.crypto_sign_statebytes.restype = ctypes.c_size_t
    lib.crypto_sign_init.argtypes = [p]
    lib.crypto_sign_update.argtypes = [p, ctypes.c_char_p, ull]
    lib.crypto_sign_final_verify.argtypes = [p, ctypes.c_char_p, ctypes.c_char_p]
    lib.crypto_box_seal_open.argtypes = [p, ctypes.c_char_p, ull, ctypes.c_char_p,
                                         ctypes.c_char_p]
    lib.crypto_secretstream_xchacha20poly1305_statebytes.restype = ctypes.c_size_t
    lib.crypto_secretstream_xchacha20poly1305_init_pull.argtypes = [p, ctypes.c_char_p,
                                                                    ctypes.c_char_p]
    lib.crypto_secretstream_xchacha20poly1305_pull.argtypes = [
        p, p, ctypes.POINTER(ull), ctypes.POINTER(ctypes.c_ubyte), ctypes.c_char_p, ull,
        ctypes.c_char_p, ull]
    lib.crypto_secretstream_xchacha20poly1305_tag_final.restype = ctypes.c_ubyte
    if lib.crypto_secretstream_xchacha20poly1305_tag_final() != TAG_FINAL:
        raise Refused("unexpected libsodium TAG_FINAL value")
    return lib


def aligned_state(size):
    # Eight-byte aligned storage for a libsodium state structure.
    return (ctypes.c_uint64 * ((size + 7) // 8 + 1))()


def verify_signature(lib, signed, signature, sign_public):
    """Ed25519ph: crypto_sign_init, crypto_sign_update over the bytes, crypto_sign_final_verify."""
    state = aligned_state(lib.crypto_sign_statebytes())
    lib.crypto_sign_init(state)
    lib.crypto_sign_update(state, signed, len(signed))
    return lib.crypto_sign_final_verify(state, signature, sign_public) == 0


def unseal(lib, sealed, box_public, box_secret):
    key = ctypes.create_string_buffer(len(sealed) - SEAL_BYTES)
    if lib.crypto_box_seal_open(key, sealed, len(sealed), box_public, box_secret) != 0:
        return None
    return key.raw


class Stream:
    def __init__(self, lib, stream_header, key):
        self.lib = lib
        self.state = aligned_state(lib.crypto_secretstream_xchacha20poly1305_statebytes())
        if lib.crypto_secretstream_xchacha20poly1305_init_pull(self.state, stream_header,
                                                               key) != 0:
            raise Refused("the secretstream header is invalid")

    def pull(self, cipher, ad):
        plain = ctypes.create_string_buffer(max(1, len(cipher) - STREAM_ABYTES))
        length = ctypes.c_ulonglong(0)
        tag = ctypes.c_ubyte(0)
        if self.lib.crypto_secretstream_xchacha20poly1305_pull(
                self.state, plain, ctypes.byref(length), ctypes.byref(tag), cipher, len(cipher),
                ad, len(ad)) != 0:
            return None, None
        return plain.raw[:length.value], tag.value


# --- the package ----------------------------------------------------------------------------


def is_uuid(value, nullable=False):
    if nullable and value is None:
        return True
    return isinstance(value, bytes) and len(value) == 16 and value != bytes(16)


def is_int(value, minimum=0):
    return type(value) is int and minimum <= value <= 2 ** 63 - 1


def uuid_text(value):
    return "null" if value is None else str(uuid.UUID(bytes=value))


HEADER_KEYS = [
    ("package", lambda v: is_uuid(v)),
    ("created_ms", lambda v: is_int(v)),
    ("created_hlc", lambda v: is_int(v)),
    ("sender", lambda v: is_uuid(v)),
    ("sender_name", lambda v: isinstance(v, str)),
    ("sender_kind", lambda v: isinstance(v, str)),
    ("sender_incarnation", lambda v: is_uuid(v)),
    ("recipient", lambda v: is_uuid(v)),
    ("recipient_database", lambda v: is_uuid(v, nullable=True)),
    ("recipient_incarnation", lambda v: is_uuid(v, nullable=True)),
    ("received_hlc", lambda v: is_int(v)),
    ("schema", lambda v: is_int(v, 1)),
    ("program", lambda v: isinstance(v, str)),
    ("vector", lambda v: isinstance(v, list) and all(
        isinstance(e, list) and len(e) == 2 and is_uuid(e[0]) and is_int(e[1]) for e in v)),
    ("ranges", lambda v: isinstance(v, list) and all(
        isinstance(e, list) and len(e) == 4 and is_uuid(e[0]) and all(is_int(n, 1) for n in e[1:])
        for e in v)),
    ("versions", lambda v: is_int(v)),
    ("blobs", lambda v: is_int(v)),
    ("max_hlc", lambda v: is_int(v)),
    ("sealed_key", lambda v: isinstance(v, bytes)),
]


def check_header(header):
    if not isinstance(header, dict):
        raise Refused("the header is not a CBOR map")
    for key, valid in HEADER_KEYS:
        if key not in header or not valid(header[key]):
            raise Refused("header key %r is missing or has the wrong type" % key)
    if len(header["sealed_key"]) != SEAL_BYTES + STREAM_KEY_BYTES:
        raise Refused("the sealed key is not %d bytes" % (SEAL_BYTES + STREAM_KEY_BYTES))


def is_refs(value):
    return isinstance(value, list) and all(
        isinstance(r, list) and len(r) == 2 and is_uuid(r[0]) and is_int(r[1], 1) for r in value)


def is_field_value(value):
    if value is None or value is UNDEFINED or isinstance(value, (bool, str, bytes, float)):
        return True
    if type(value) is int:
        return -2 ** 63 <= value <= 2 ** 63 - 1
    # Tag 37: a UUID as 16 bytes.
    return isinstance(value, Tag) and value.number == 37 and isinstance(value.value, bytes) \
        and len(value.value) == 16


def check_groups(groups):
    if not isinstance(groups, dict) or not groups:
        return False
    for name, change in groups.items():
        if not isinstance(name, str) or not isinstance(change, list) or len(change) != 3:
            return False
        values, parents, seen = change
        if not isinstance(values, dict):
            return False
        if not all(isinstance(k, str) and is_field_value(v) for k, v in values.items()):
            return False
        if not is_refs(parents):
            return False
        if seen is not None:
            if not isinstance(seen, dict):
                return False
            if not all(isinstance(k, str) and is_refs(v) for k, v in seen.items()):
                return False
    return True


def check_version(record):
    return (len(record) == 11 and is_uuid(record[1]) and is_uuid(record[2])
            and is_int(record[3], 1) and is_int(record[4]) and is_int(record[5])
            and isinstance(record[6], str) and isinstance(record[7], str)
            and is_uuid(record[8]) and is_uuid(record[9], nullable=True)
            and check_groups(record[10]))


def records_of(plain):
    """Splits decrypted chunk plaintext into records: u32 LE length, then one CBOR array."""
    pos = 0
    while pos < len(plain):
        if len(plain) - pos < 4:
            raise Refused("a record frame is cut short")
        (length,) = struct.unpack_from("<I", plain, pos)
        pos += 4
        if length == 0 or length > len(plain) - pos:
            raise Refused("a record length is zero or runs past its chunk")
        record = cbor_whole(plain[pos:pos + length], "record")
        pos += length
        if not isinstance(record, list) or not record or not is_int(record[0]):
            raise Refused("a record is not a CBOR array starting with its kind")
        yield record


def describe_version(record):
    lines = ["version site=%s incarnation=%s seq=%d" % (
        uuid_text(record[1]), uuid_text(record[2]), record[3])]
    lines.append("  hlc=%d (ms %d, counter %d) wall_ms=%d author=%s" % (
        record[4], record[4] >> 16, record[4] & 0xFFFF, record[5], diag(record[6])))
    lines.append("  entity=%s row=%s scope_root=%s" % (
        record[7], uuid_text(record[8]), uuid_text(record[9])))
    for name, (values, parents, seen) in record[10].items():
        lines.append("  group %s: values=%s parents=%s seen=%s" % (
            diag(name), diag(values), diag(parents), diag(seen)))
    return "\n".join(lines)


def verify(data, sign_public, box_public, box_secret, out, layout=False):
    lib = load_sodium()
    # Prefix.
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise Refused("not a CaseDesk sync package (bad magic)")
    if len(data) < PREFIX_BYTES:
        raise Refused("truncated prefix")
    version, header_length = struct.unpack_from("<HI", data, 8)
    if version != FORMAT_VERSION:
        raise Refused("unsupported format version %d" % version)
    if header_length == 0 or header_length > MAX_HEADER_BYTES:
        raise Refused("header length %d out of range" % header_length)
    header_end = PREFIX_BYTES + header_length
    body_end = len(data) - SIGNATURE_BYTES
    if header_end + STREAM_HEADER_BYTES > body_end:
        raise Refused("truncated: the file ends inside the header")
    # Signature over every byte before it.
    if len(sign_public) != 32 or not verify_signature(lib, data[:body_end], data[body_end:],
                                                      sign_public):
        raise Refused("the Ed25519ph signature does not verify with the sender's key")
    header = cbor_whole(data[PREFIX_BYTES:header_end], "header")
    check_header(header)
    ad = data[:header_end]
    if layout:
        out.write("layout:\n")
        out.write("  %6d..%6d  prefix (magic, version %d, header length %d)\n"
                  % (0, PREFIX_BYTES - 1, version, header_length))
        out.write("  %6d..%6d  header CBOR\n" % (PREFIX_BYTES, header_end - 1))
        out.write("  %6d..%6d  secretstream header\n"
                  % (header_end, header_end + STREAM_HEADER_BYTES - 1))
    out.write("header:\n")
    for key, value in header.items():
        shown = diag(value)
        if key in ("package", "sender", "sender_incarnation", "recipient", "recipient_database",
                   "recipient_incarnation"):
            shown += "  ; " + uuid_text(value)
        out.write("  %s: %s\n" % (diag(key), shown))
    key = unseal(lib, header["sealed_key"], box_public, box_secret)
    if key is None:
        raise Refused("the sealed key does not open with the recipient's key pair")
    stream = Stream(lib, data[header_end:header_end + STREAM_HEADER_BYTES], key)
    pos = header_end + STREAM_HEADER_BYTES
    final = False
    chunk_index = 0
    versions = 0
    blobs = 0
    ended = False
    blob = None  # [sha256, size, data] while a blob is being reassembled
    per_incarnation = {}
    max_hlc = 0
    while not final:
        if pos + 4 > body_end:
            raise Refused("the body ends without a TAG_FINAL chunk")
        (length,) = struct.unpack_from("<I", data, pos)
        if length < STREAM_ABYTES or length > MAX_CHUNK_BYTES:
            raise Refused("chunk length %d out of range" % length)
        if pos + 4 + length > body_end:
            raise Refused("a chunk runs into the signature (truncated)")
        plain, tag = stream.pull(data[pos + 4:pos + 4 + length], ad)
        if plain is None:
            raise Refused("chunk %d does not decrypt (altered, or wrong additional data)"
                          % chunk_index)
        final = tag == TAG_FINAL
        if layout:
            out.write("  %6d..%6d  chunk %d: length %d, %d plaintext bytes, tag %d\n"
                      % (pos, pos + 4 + length - 1, chunk_index, length, len(plain), tag))
        pos += 4 + length
        chunk_index += 1
        for record in records_of(plain):
            if ended:
                raise Refused("a record follows the end record")
            kind = record[0]
            if kind == RECORD_VERSION:
                if blob is not None or not check_version(record):
                    raise Refused("a malformed version record")
                versions += 1
                inc = record[2]
                first, last, count = per_incarnation.get(inc, (record[3], record[3], 0))
                per_incarnation[inc] = (min(first, record[3]), max(last, record[3]), count + 1)
                max_hlc = max(max_hlc, record[4])
                out.write(describe_version(record) + "\n")
            elif kind == RECORD_BLOB:
                if not (len(record) == 5 and isinstance(record[1], bytes)
                        and len(record[1]) == 32 and is_int(record[2]) and is_int(record[3])
                        and isinstance(record[4], bytes)):
                    raise Refused("a malformed blob record")
                sha, size, offset, piece = record[1:]
                if offset == 0:
                    if blob is not None:
                        raise Refused("a blob starts before the previous one is complete")
                    blob = [sha, size, b""]
                if blob is None or sha != blob[0] or size != blob[1] or offset != len(blob[2]) \
                        or len(blob[2]) + len(piece) > size:
                    raise Refused("a blob piece out of order or inconsistent")
                blob[2] += piece
                out.write("blob piece sha256=%s size=%d offset=%d bytes=%d\n"
                          % (sha.hex(), size, offset, len(piece)))
                if len(blob[2]) == size:
                    if hashlib.sha256(blob[2]).digest() != sha:
                        raise Refused("a blob does not match its SHA-256")
                    blobs += 1
                    blob = None
            elif kind == RECORD_END:
                if len(record) != 3 or not is_int(record[1]) or not is_int(record[2]):
                    raise Refused("a malformed end record")
                out.write("end versions=%d blobs=%d\n" % (record[1], record[2]))
                if record[1] != versions or record[1] != header["versions"] \
                        or record[2] != blobs or record[2] != header["blobs"] or blob is not None:
                    raise Refused("the end record does not match the records or the header")
                ended = True
            else:
                raise Refused("unknown record kind %d" % kind)
    if not ended:
        raise Refused("the body has no end record")
    if pos != body_end:
        raise Refused("%d bytes between the final chunk and the signature" % (body_end - pos))
    if layout:
        out.write("  %6d..%6d  signature\n" % (body_end, len(data) - 1))
    # What the writer promises about the header's summary of the body.
    ranges = {r[0]: (r[1], r[2], r[3]) for r in header["ranges"]}
    if len(ranges) != len(header["ranges"]) or ranges != per_incarnation:
        raise Refused("the header's ranges do not match the version records")
    if header["max_hlc"] != max_hlc:
        raise Refused("the header's max_hlc does not match the version records")
    out.write("OK: signature valid, %d chunk(s), %d version(s), %d blob(s)\n"
              % (chunk_index, versions, blobs))


def main(argv):
    parser = argparse.ArgumentParser(description="Verify and decrypt a CaseDesk .cdpkg file.")
    parser.add_argument("package")
    parser.add_argument("--sender-sign-public", required=True, help="Ed25519 public key, hex")
    parser.add_argument("--recipient-box-public", required=True, help="X25519 public key, hex")
    parser.add_argument("--recipient-box-secret", required=True, help="X25519 secret key, hex")
    parser.add_argument("--layout", action="store_true", help="print byte offsets of the parts")
    parser.add_argument("--quiet", action="store_true", help="print only the verdict")
    args = parser.parse_args(argv)
    try:
        keys = [bytes.fromhex(k) for k in (args.sender_sign_public, args.recipient_box_public,
                                           args.recipient_box_secret)]
    except ValueError:
        parser.error("keys are hexadecimal")
    with open(args.package, "rb") as f:
        data = f.read()

    class Quiet:
        def write(self, text):
            if text.startswith("OK:"):
                sys.stdout.write(text)

    try:
        verify(data, *keys, out=Quiet() if args.quiet else sys.stdout, layout=args.layout)
    except Refused as e:
        sys.stderr.write("REFUSED: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
