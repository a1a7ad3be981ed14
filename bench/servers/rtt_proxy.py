#!/usr/bin/env python3
"""A loopback TCP proxy that adds a network round-trip time.

    rtt_proxy.py PORTFILE RTT_MS UPSTREAM_PORT

Used where `tc qdisc ... netem` is not available. Every byte is forwarded RTT/2 after it arrived,
in both directions, so a request/response exchange costs one RTT and a TLS 1.3 handshake one
more. Bytes from the client are also held until 1.5 RTT after the connection was accepted:
a real TCP connect costs one RTT (SYN, SYN-ACK) before the client can send, which a loopback
connect does not. The TLS itself passes through untouched (nginx terminates it).

Listens on 127.0.0.1 (a free port, written to PORTFILE). A second port, written to
PORTFILE.stats, answers every connection with {"connections":N} and closes it, so a benchmark
can count the connections each client opened.
"""
import asyncio
import json
import os
import sys

count = {"connections": 0}


async def pump(reader, writer, delay, not_before):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def read_side():
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                queue.put_nowait((max(loop.time() + delay, not_before), data))
        except ConnectionError:
            pass
        queue.put_nowait((None, None))

    task = asyncio.ensure_future(read_side())
    try:
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        task.cancel()
        try:
            writer.write_eof()
        except (OSError, RuntimeError):
            pass


async def handle(creader, cwriter, rtt, upstream):
    loop = asyncio.get_running_loop()
    count["connections"] += 1
    accepted = loop.time()
    try:
        ureader, uwriter = await asyncio.open_connection("127.0.0.1", upstream)
    except OSError:
        cwriter.close()
        return
    for w in (cwriter, uwriter):
        sock = w.get_extra_info("socket")
        if sock is not None:
            import socket
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    half = rtt / 2
    await asyncio.gather(pump(creader, uwriter, half, accepted + 3 * half), pump(ureader, cwriter, half, 0))
    cwriter.close()
    uwriter.close()


async def stats(_reader, writer):
    writer.write(json.dumps(count).encode())
    await writer.drain()
    writer.close()


def publish(path, port):
    with open(path + ".tmp", "w") as f:
        f.write(str(port))
    os.replace(path + ".tmp", path)


async def main():
    portfile, rtt_ms, upstream = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    rtt = rtt_ms / 1000.0
    proxy = await asyncio.start_server(lambda r, w: handle(r, w, rtt, upstream), "127.0.0.1", 0, backlog=512)
    stat = await asyncio.start_server(stats, "127.0.0.1", 0)
    publish(portfile + ".stats", stat.sockets[0].getsockname()[1])
    publish(portfile, proxy.sockets[0].getsockname()[1])
    async with proxy, stat:
        await asyncio.gather(proxy.serve_forever(), stat.serve_forever())


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
