#!/usr/bin/env python3
"""Who keeps the heap of each signed-in user (issue 14; README, "Memory per user").

    python3 tools/heap-owners.py BASELINE.hprof WITH.hprof SESSIONS

takes two heap dumps of the production jar written by HeapPerUserBenchmark with -Dheap.dump=folder
(live objects: the app before the sessions were opened, and with SESSIONS parked pages) and prints,
per session, what grew, by owner. An object counts for a session when the app can reach it only
through a per-session object: a UI, a VaadinSession, Tomcat's HTTP session or a connection's socket
wrapper, the push WebSocket, Atmosphere's resource or Shiro's session (the 'boundaries'). Each is
put under the first boundary that reaches it (in that order) and under its nearest owner that is
not a JDK class (a HashMap.Node inside a StateNode's feature counts for that feature), so the
tables read as "the component tree's nodes", "the constant pool", "the socket's buffers".
Sizes are computed for a 64-bit JVM with compressed references (12-byte headers, 4-byte references,
8-byte alignment), so they come close to, but are not exactly, jcmd's class histogram.
Standard library only; a 200 MB dump takes about a minute and 3 GB of memory.
"""
import collections
import mmap
import struct
import sys
from collections import deque

BOUNDARIES = ['com.vaadin.flow.component.UI', 'com.vaadin.flow.server.VaadinSession',
              'org.apache.catalina.session.StandardSession', 'org.apache.shiro.session.mgt.SimpleSession',
              'org.atmosphere.cpr.AtmosphereResourceImpl', 'org.apache.tomcat.websocket.WsSession',
              'org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper']
FILE_SIZE = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}   # hprof: references are 8 bytes
HEAP_SIZE = {2: 4, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}   # the heap: compressed references
PRIMITIVE_ARRAY = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]',
                   10: 'int[]', 11: 'long[]'}


def align(n):
    return (n + 7) // 8 * 8


def read(path):
    """Every object of the dump: its class name, its size and the objects it refers to; and the roots."""
    with open(path, 'rb') as file:
        data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    end = data.find(b'\0')
    assert struct.unpack('>I', data[end + 1:end + 5])[0] == 8, 'only dumps with 8-byte identifiers'
    pos = end + 1 + 4 + 8
    strings, class_name_id, segments = {}, {}, []
    while pos < len(data):
        tag = data[pos]
        length = struct.unpack_from('>I', data, pos + 5)[0]
        body = pos + 9
        if tag == 0x01:
            strings[struct.unpack_from('>Q', data, body)[0]] = data[body + 8:body + length].decode('utf8', 'replace')
        elif tag == 0x02:
            class_name_id[struct.unpack_from('>Q', data, body + 4)[0]] = struct.unpack_from('>Q', data, body + 16)[0]
        elif tag in (0x0c, 0x1c):
            segments.append((body, body + length))
        pos = body + length

    def name_of_class(cid):
        return strings.get(class_name_id.get(cid), '?').replace('/', '.')

    roots, kind, size, refs, class_fields, instances = set(), {}, {}, {}, {}, []
    root_skip = {0xff: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16}
    for start, stop in segments:
        p = start
        while p < stop:
            tag = data[p]
            p += 1
            if tag in root_skip:
                roots.add(struct.unpack_from('>Q', data, p)[0])
                p += root_skip[tag]
            elif tag == 0x20:  # class: its statics refer to objects; it is a root
                cid, = struct.unpack_from('>Q', data, p)
                superclass, = struct.unpack_from('>Q', data, p + 12)
                p += 8 + 4 + 8 * 6 + 4
                constants, = struct.unpack_from('>H', data, p)
                p += 2
                for _ in range(constants):
                    p += 3 + FILE_SIZE[data[p + 2]]
                statics, = struct.unpack_from('>H', data, p)
                p += 2
                static_refs = []
                for _ in range(statics):
                    ty = data[p + 8]
                    if ty == 2:
                        value, = struct.unpack_from('>Q', data, p + 9)
                        if value:
                            static_refs.append(value)
                    p += 9 + FILE_SIZE[ty]
                count, = struct.unpack_from('>H', data, p)
                p += 2
                fields = []
                for _ in range(count):
                    fields.append((struct.unpack_from('>Q', data, p)[0], data[p + 8]))
                    p += 9
                class_fields[cid] = (superclass, fields)
                roots.add(cid)
                kind[cid] = 'class'
                size[cid] = 0
                refs[cid] = static_refs
            elif tag == 0x21:  # instance
                oid, = struct.unpack_from('>Q', data, p)
                cid, = struct.unpack_from('>Q', data, p + 12)
                length, = struct.unpack_from('>I', data, p + 20)
                instances.append((oid, cid, p + 24))
                p += 24 + length
            elif tag == 0x22:  # object array
                oid, = struct.unpack_from('>Q', data, p)
                n, = struct.unpack_from('>I', data, p + 12)
                cid, = struct.unpack_from('>Q', data, p + 16)
                elements = struct.unpack_from('>%dQ' % n, data, p + 24) if n else ()
                refs[oid] = [e for e in elements if e]
                kind[oid] = name_of_class(cid)
                size[oid] = align(16 + 4 * n)
                p += 24 + 8 * n
            elif tag == 0x23:  # primitive array
                oid, = struct.unpack_from('>Q', data, p)
                n, = struct.unpack_from('>I', data, p + 12)
                ty = data[p + 16]
                kind[oid] = PRIMITIVE_ARRAY[ty]
                size[oid] = align(16 + n * HEAP_SIZE[ty])
                p += 17 + n * FILE_SIZE[ty]
            else:
                raise ValueError('unknown heap dump record %x at %d' % (tag, p))

    layouts, names, supers = {}, {}, {}

    def layout(cid):
        if cid not in layouts:
            fields, c = [], cid
            while c and c in class_fields:
                superclass, own = class_fields[c]
                fields.extend(own)
                c = superclass
            layouts[cid] = fields
        return layouts[cid]

    def chain(cid):
        out, c = [], cid
        while c and c in class_fields:
            out.append(name_of_class(c))
            c = class_fields[c][0]
        return out

    for oid, cid, p in instances:
        if cid not in names:
            names[cid] = name_of_class(cid)
            supers[cid] = chain(cid)
        out, bytes_ = [], 12
        for _, ty in layout(cid):
            if ty == 2:
                value, = struct.unpack_from('>Q', data, p)
                if value:
                    out.append(value)
            bytes_ += HEAP_SIZE[ty]
            p += FILE_SIZE[ty]
        refs[oid] = out
        size[oid] = align(bytes_)
        kind[oid] = names[cid]
    boundary = {}
    for oid, cid, _ in instances:
        for b in BOUNDARIES:
            if b in supers[cid]:
                boundary[oid] = b
                break
    return roots, kind, size, refs, boundary


def owners(path):
    """Bytes reachable only through per-session objects: by boundary, by (boundary, owner) and by class."""
    roots, kind, size, refs, boundary = read(path)
    shared = {r for r in roots if r in kind and r not in boundary}
    queue = deque(shared)
    while queue:
        for r in refs.get(queue.popleft(), ()):
            if r not in shared and r not in boundary and r in kind:
                shared.add(r)
                queue.append(r)
    by_boundary, by_owner, by_class = collections.Counter(), collections.Counter(), collections.Counter()
    owner = {}
    for b in BOUNDARIES:
        for oid, name in boundary.items():
            if name != b or oid in owner:
                continue
            owner[oid] = name
            queue = deque([oid])
            while queue:
                o = queue.popleft()
                by_boundary[b] += size[o]
                by_owner[(b, owner[o])] += size[o]
                by_class[(b, kind[o])] += size[o]
                for r in refs.get(o, ()):
                    if r in shared or r in owner or r not in kind or (r in boundary and boundary[r] != b):
                        continue
                    k = kind[r]
                    jdk = k.startswith(('java.', 'jdk.', 'sun.', '[')) or k.endswith('[]')
                    owner[r] = owner[o] if jdk else k
                    queue.append(r)
    return by_boundary, by_owner, by_class


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    before, after, sessions = owners(sys.argv[1]), owners(sys.argv[2]), int(sys.argv[3])
    for title, i, top in (('by boundary', 0, 10), ('by owner (nearest class that is not the JDK\'s)', 1, 40),
                          ('by class', 2, 30)):
        grown = {k: after[i].get(k, 0) - before[i].get(k, 0) for k in set(before[i]) | set(after[i])}
        print('== KB per session, %s; total %.1f' % (title, sum(grown.values()) / 1024 / sessions))
        for key, value in sorted(grown.items(), key=lambda kv: -kv[1])[:top]:
            label = key if isinstance(key, str) else '%-28s %s' % (key[0].split('.')[-1], key[1])
            print('  %7.2f  %s' % (value / 1024 / sessions, label))


if __name__ == '__main__':
    main()
