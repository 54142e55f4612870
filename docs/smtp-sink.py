#!/usr/bin/env python3
"""A fast SMTP sink for the reminder-storm benchmark (docs/benchmark.sh storm).

Accepts every mail (many per connection, any number of connections), keeps nothing but one line
per mail in the log file: the moment it was accepted (Unix seconds), its Message-ID and its
subject, tab-separated. Python's standard library only (asyncio), so a fresh machine runs it.

  docs/smtp-sink.py PORT LOGFILE        serve until killed
  docs/smtp-sink.py --capacity [N]      measure: N mails over one connection, and N over one
                                        connection each, against a sink on a free port
"""
import asyncio
import email.header
import socket
import sys
import threading
import time


class Sink:
    def __init__(self, log):
        self.log = log
        self.count = 0

    async def handle(self, reader, writer):
        def send(line):
            writer.write((line + "\r\n").encode())

        send("220 planflow-bench-sink ESMTP")
        await writer.drain()
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                verb = line[:4].upper()
                if verb in (b"EHLO",):
                    send("250-planflow-bench-sink")
                    send("250-PIPELINING")
                    send("250-8BITMIME")
                    send("250 SMTPUTF8")
                elif verb in (b"HELO", b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                    send("250 OK")
                elif verb == b"DATA":
                    send("354 End data with <CR><LF>.<CR><LF>")
                    await writer.drain()
                    message_id, subject, in_headers = "", "", True
                    while True:
                        data = await reader.readline()
                        if not data or data in (b".\r\n", b".\n"):
                            break
                        if in_headers:
                            if data in (b"\r\n", b"\n"):
                                in_headers = False
                            elif data[:11].lower() == b"message-id:":
                                message_id = data[11:].decode(errors="replace").strip()
                            elif data[:8].lower() == b"subject:":
                                subject = data[8:].decode(errors="replace").strip()
                    self.count += 1
                    try:
                        subject = str(email.header.make_header(email.header.decode_header(subject)))
                    except Exception:
                        pass
                    self.log.write(f"{time.time():.6f}\t{message_id}\t{subject}\n")
                    self.log.flush()
                    send("250 OK queued")
                elif verb == b"QUIT":
                    send("221 Bye")
                    await writer.drain()
                    break
                else:
                    send("502 Command not implemented")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def serve(port, log):
    sink = Sink(log)
    server = await asyncio.start_server(sink.handle, "127.0.0.1", port, backlog=512)
    async with server:
        await server.serve_forever()


def capacity(n):
    import os
    import smtplib
    import tempfile
    from email.message import EmailMessage

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(os.path.join(tempfile.mkdtemp(), "sink.tsv"), "w")
    threading.Thread(target=lambda: asyncio.run(serve(port, log)), daemon=True).start()
    time.sleep(0.5)
    body = "Kính gửi: Sở Y tế,\n" + "Công việc dưới đây của đơn vị sắp đến hạn.\n" * 20

    def mail(i):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = "planflow@nghean.gov.vn", "so-y-te@nghean.gov.vn", f"[Nhắc hạn] {i}"
        m["Message-ID"] = f"<bench-{i}@nghean.gov.vn>"
        m.set_content(body)
        return m

    start = time.time()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for i in range(n):
            client.send_message(mail(i))
    one = n / (time.time() - start)
    start = time.time()
    for i in range(n):
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.send_message(mail(i))
    each = n / (time.time() - start)
    print(f"sink capacity: {one:.0f} mails/s over one connection, {each:.0f} mails/s with a connection each "
          f"({n} mails each way, one Python client)")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "--capacity":
        capacity(int(sys.argv[2]) if len(sys.argv) > 2 else 5000)
    else:
        asyncio.run(serve(int(sys.argv[1]), open(sys.argv[2], "a")))
