# The shape of the two-Pi lesson's network module: TCP, one peer per socket, UTF-8 lines
# ending in \r\n sent in one write; each 1024-byte read is decoded on its own.
import socket
import threading

PORT = 8888


class Network:
    def __init__(self, host, port=PORT):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.connect((host, port))

    def send(self, text):
        self.sock.sendall((text + "\r\n").encode('utf-8'))

    def start_receiving(self, on_line):
        def loop():
            pending = ""
            while True:
                data = self.sock.recv(1024)
                if not data:
                    break
                pending += data.decode('utf-8')
                while "\r\n" in pending or "\n" in pending:
                    cut = pending.find("\n")
                    line = pending[:cut].rstrip("\r")
                    pending = pending[cut + 1:]
                    on_line(line)
        threading.Thread(target=loop, daemon=True).start()

    def close(self):
        self.sock.close()
