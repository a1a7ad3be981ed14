#!/usr/bin/env python3
"""A loopback HTTP/1.1 server that answers every request after a fixed delay.

    slow_api.py PORTFILE DELAY_MS BOOKING_JSON

Serves GET /v2/bookings/{uid} with the canned booking (its uid replaced by the requested one),
keep-alive, any number of concurrent connections (asyncio), each request answered DELAY_MS after
it arrived. Binds 127.0.0.1 on a free port and writes the port to PORTFILE. A connection to the
same port whose request is `GET /__stats` gets {"connections":N,"requests":N}.
"""
import asyncio
import json
import sys

stats = {"connections": 0, "requests": 0}


async def handle(reader, writer, delay, tmpl_head, tmpl_tail):
    stats["connections"] += 1
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value.strip())
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if length:
                await reader.readexactly(length)
            if target == "/__stats":
                body = json.dumps(stats).encode()
                status = b"200 OK"
            else:
                stats["requests"] += 1
                await asyncio.sleep(delay)
                uid = target.rsplit("/", 1)[-1].split("?", 1)[0]
                if method == "GET" and target.startswith("/v2/bookings/") and uid:
                    body = tmpl_head + uid.encode() + tmpl_tail
                    status = b"200 OK"
                else:
                    body = b'{"status":"error","error":{"code":"NotFoundException","message":"not found"}}'
                    status = b"404 Not Found"
            writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n" + (b"Connection: close\r\n" if close else b"")
                         + b"\r\n" + body)
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


async def main():
    portfile, delay_ms, booking = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    doc = open(booking, "rb").read().strip()
    uid = json.loads(doc)["data"]["uid"].encode()
    i = doc.index(b'"uid":"' + uid + b'"') + len(b'"uid":"')
    tmpl_head, tmpl_tail = doc[:i], doc[i + len(uid):]
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, delay_ms / 1000.0, tmpl_head, tmpl_tail), "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    with open(portfile + ".tmp", "w") as f:
        f.write(str(port))
    import os
    os.replace(portfile + ".tmp", portfile)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
