# A chat client written the way the Raspberry Pi exercise teaches: one thread prints
# whatever arrives, the main loop sends input() encoded as UTF-8, with no newline.
# Usage: python3 -u client_recv.py HOST PORT
import socket
import sys
import threading

HOTE = sys.argv[1]
PORT = int(sys.argv[2])

client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect((HOTE, PORT))


def recevoir():
    while True:
        donnees = client.recv(1024)
        if not donnees:
            break
        print(donnees.decode('utf-8'), end='')


threading.Thread(target=recevoir, daemon=True).start()

while True:
    try:
        message = input()
    except EOFError:
        break
    client.send(message.encode('utf-8'))

client.close()
