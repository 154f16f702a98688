"""A real SMTP server on loopback for the mail tests (aiosmtpd), with the
faults the outbox must survive switched on by flags.

    python3 smtp_server.py --spool DIR [--port N] [--tls-cert PEM --tls-key PEM]
        [--implicit-tls] [--auth USER:PASS [--auth-only LOGIN]] [--tempfail-first] [--reject RCPT]
        [--drop-mid-data | --drop-after-dot | --hold-after-dot]

Prints `READY <port>` once it accepts connections. Every accepted mail is
written to DIR as `<n>.json`: {"mail_from", "rcpt_tos", "data"} (data as
received, after dot-unstuffing). The `--drop-…` and `--hold-…` flags put a
proxy in front that breaks the first connection (see `proxy`).
"""

import argparse
import asyncio
import json
import os
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Spool:
    def __init__(self, folder, tempfail_first, reject):
        self.folder = folder
        self.tempfail_first = tempfail_first
        self.reject = reject
        self.seen = set()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.reject:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content or envelope.content
        text = data.decode("utf-8", "replace")
        message_id = next((line for line in text.split("\r\n") if line.lower().startswith("message-id:")), text[:80])
        with self.lock:
            if self.tempfail_first and message_id not in self.seen:
                self.seen.add(message_id)
                return "451 4.3.0 try again later"
            count = len([name for name in os.listdir(self.folder) if name.endswith(".json")])
            path = os.path.join(self.folder, "%d.json" % (count + 1))
            with open(path + ".part", "w") as out:
                json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "data": text}, out)
            os.rename(path + ".part", path)
        return "250 2.0.0 queued as %d" % (count + 1)


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login == self.user and auth_data.password == self.password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


async def proxy(listen_port, target_port, fault):
    """Forwards to the server, with `fault` on the first connection that reaches it:
    `mid-data` cuts it halfway through DATA's body (the server never gets the
    final dot); `after-dot` lets the final dot and the server's reply through
    to the server's side, then cuts the connection before the reply reaches
    the client (the mail is accepted, the client never learns it); `hold-after-dot`
    keeps that reply back and the connection open, for a client to die waiting."""
    state = {"faulted": False}

    async def up(reader, writer, connection):
        try:
            in_data = False
            body = 0
            tail = b""
            while True:
                chunk = await reader.read(4096)
                if not chunk:
                    break
                if not state["faulted"] and not in_data and b"DATA\r\n" in chunk:
                    in_data = True
                elif in_data and not state["faulted"]:
                    body += len(chunk)
                    if fault == "mid-data":
                        state["faulted"] = True
                        writer.write(chunk[: len(chunk) // 2])
                        await writer.drain()
                        raise ConnectionAbortedError
                    tail = (tail + chunk)[-5:]
                    if tail == b"\r\n.\r\n":
                        state["faulted"] = True
                        connection["dot"] = True
                writer.write(chunk)
                await writer.drain()
        finally:
            writer.close()

    async def down(reader, writer, connection):
        try:
            while True:
                chunk = await reader.read(4096)
                if not chunk:
                    break
                if connection["dot"]:
                    # The server's reply to the final dot: it has the mail.
                    if fault == "hold-after-dot":
                        await asyncio.sleep(3600)
                    raise ConnectionAbortedError
                writer.write(chunk)
                await writer.drain()
        finally:
            writer.close()

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        connection = {"dot": False}
        tasks = [
            asyncio.ensure_future(up(client_reader, server_writer, connection)),
            asyncio.ensure_future(down(server_reader, client_writer, connection)),
        ]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        client_writer.close()
        server_writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--spool", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--auth")
    parser.add_argument("--auth-only", help="offer only this AUTH mechanism (PLAIN or LOGIN)")
    parser.add_argument("--tempfail-first", action="store_true")
    parser.add_argument("--reject")
    parser.add_argument("--drop-mid-data", action="store_true")
    parser.add_argument("--drop-after-dot", action="store_true")
    parser.add_argument("--hold-after-dot", action="store_true")
    options = parser.parse_args()
    fault = "mid-data" if options.drop_mid_data else "after-dot" if options.drop_after_dot else "hold-after-dot" if options.hold_after_dot else None

    os.makedirs(options.spool, exist_ok=True)
    public_port = options.port or free_port()
    server_port = free_port() if fault else public_port

    context = None
    if options.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(options.tls_cert, options.tls_key)

    settings = {}
    if options.auth:
        user, password = options.auth.split(":", 1)
        settings.update(authenticator=Authenticator(user, password), auth_required=True, auth_require_tls=False)
        if options.auth_only:
            settings.update(auth_exclude_mechanism=[m for m in ("PLAIN", "LOGIN") if m != options.auth_only])
    if context and not options.implicit_tls:
        settings.update(tls_context=context, require_starttls=False)
    controller = Controller(
        Spool(options.spool, options.tempfail_first, options.reject),
        hostname="127.0.0.1",
        port=server_port,
        ssl_context=context if options.implicit_tls else None,
        server_hostname="localhost",
        ready_timeout=10,
        **settings,
    )
    controller.start()
    print("READY %d" % public_port, flush=True)
    try:
        if fault:
            asyncio.run(proxy(public_port, server_port, fault))
        else:
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
