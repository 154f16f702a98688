"""A real SMTP server on loopback for the mail tests (aiosmtpd), with the
faults the outbox must survive switched on by flags.

    python3 smtp_server.py --spool DIR [--port N] [--tls-cert PEM --tls-key PEM]
        [--implicit-tls] [--auth USER:PASS [--auth-only LOGIN]] [--tempfail-first] [--reject RCPT]
        [--drop-mid-data]

Prints `READY <port>` once it accepts connections. Every accepted mail is
written to DIR as `<n>.json`: {"mail_from", "rcpt_tos", "data"} (data as
received, after dot-unstuffing). `--drop-mid-data` puts a proxy in front
that cuts the first connection halfway through the body of DATA.
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


async def proxy(listen_port, target_port):
    """Forwards to the server; the first connection is cut halfway through DATA's body."""
    state = {"dropped": False}

    async def pipe(reader, writer, watch):
        try:
            in_data = False
            body = 0
            while True:
                chunk = await reader.read(4096)
                if not chunk:
                    break
                if watch and not state["dropped"]:
                    if in_data:
                        body += len(chunk)
                    if b"DATA\r\n" in chunk:
                        in_data = True
                    if in_data and body > 0:
                        state["dropped"] = True
                        writer.write(chunk[: len(chunk) // 2])
                        await writer.drain()
                        raise ConnectionAbortedError
                writer.write(chunk)
                await writer.drain()
        finally:
            writer.close()

    async def handle(client_reader, client_writer):
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        up = asyncio.ensure_future(pipe(client_reader, server_writer, True))
        down = asyncio.ensure_future(pipe(server_reader, client_writer, False))
        done, pending = await asyncio.wait([up, down], return_when=asyncio.FIRST_COMPLETED)
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
    options = parser.parse_args()

    os.makedirs(options.spool, exist_ok=True)
    public_port = options.port or free_port()
    server_port = free_port() if options.drop_mid_data else public_port

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
        if options.drop_mid_data:
            asyncio.run(proxy(public_port, server_port))
        else:
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
