# The two-Pi lesson's chat program, in call mode, joined to a room: prints "eux: " before
# every line received and sends each typed line through network.py.
# Usage: python3 -u client_lesson.py HOST PORT
import sys

from network import Network

net = Network(sys.argv[1], int(sys.argv[2]))
net.start_receiving(lambda line: print("eux: " + line))
while True:
    try:
        message = input()
    except EOFError:
        break
    net.send(message)
net.close()
