package chat.server.room;

import chat.core.frame.FrameEncoder;
import chat.core.model.Member;
import chat.core.model.MemberMode;
import chat.core.text.NickRules;
import chat.server.conn.Connection;
import chat.server.conn.Slab;
import chat.server.conn.SlabPool;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The members of the room: ids, unique nicks, and the fan-out of encoded frames.
 * A frame is encoded once by the caller and the same bytes are queued to every recipient.
 * Event-loop thread only.
 */
public final class Room {
    private final Map<Integer, Connection> membersById = new LinkedHashMap<>();
    private final Map<String, Connection> membersByNickKey = new HashMap<>();
    private final Consumer<Connection> onQueued;
    private final SlabPool slabs = new SlabPool();
    private int lineMembers;
    private int nextId = 1;

    /** @param onQueued told of every connection that was just given bytes (to flush and check limits) */
    public Room(Consumer<Connection> onQueued) {
        this.onQueued = onQueued;
    }

    /** A new id, never reused during the server's lifetime. */
    public int allocateId() {
        if (nextId == Integer.MAX_VALUE) {
            throw new IllegalStateException("member ids exhausted");
        }
        return nextId++;
    }

    /** Bytes of frame memory in use, shared by every member's queue. */
    public long frameBytesInUse() {
        return slabs.bytesInUse();
    }

    public int size() {
        return membersById.size();
    }

    public boolean hasLineMembers() {
        return lineMembers > 0;
    }

    public Connection byId(int id) {
        return membersById.get(id);
    }

    /** The member whose nick equals {@code nick} ignoring case, or null. */
    public Connection byNick(String nick) {
        return membersByNickKey.get(NickRules.key(nick));
    }

    public boolean isNickFree(String nick, Connection self) {
        Connection holder = membersByNickKey.get(NickRules.key(nick));
        return holder == null || holder == self;
    }

    /**
     * The nick a joiner gets: {@code wanted} if free, else the first free of {@code wanted-2},
     * {@code wanted-3}, ...; the guest nick when {@code wanted} is null.
     */
    public String freeNick(String wanted, int id) {
        String base = wanted == null ? NickRules.guest(id) : wanted;
        if (isNickFree(base, null)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = NickRules.withSuffix(base, n);
            if (isNickFree(candidate, null)) {
                return candidate;
            }
        }
    }

    public void add(Connection member) {
        membersById.put(member.id(), member);
        membersByNickKey.put(NickRules.key(member.nick()), member);
        if (member.mode() == MemberMode.LINE) {
            lineMembers++;
        }
    }

    public void remove(Connection member) {
        if (membersById.remove(member.id()) != null) {
            membersByNickKey.remove(NickRules.key(member.nick()));
            if (member.mode() == MemberMode.LINE) {
                lineMembers--;
            }
        }
    }

    public void rename(Connection member, String newNick) {
        membersByNickKey.remove(NickRules.key(member.nick()));
        member.rename(newNick);
        membersByNickKey.put(NickRules.key(newNick), member);
    }

    public Collection<Connection> members() {
        return membersById.values();
    }

    /** Up to {@code max} members after skipping {@code offset}, in join order, excluding {@code except}. */
    public List<Member> page(int offset, int max, Connection except) {
        List<Member> page = new ArrayList<>(Math.min(max, membersById.size()));
        int skipped = 0;
        for (Connection c : membersById.values()) {
            if (c == except) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            if (page.size() == max) {
                break;
            }
            page.add(c.member());
        }
        return page;
    }

    /**
     * Queues {@code framed} to every framed member and {@code line} (when not null) to every
     * line member, except {@code except}. Each is copied once into a slab, whatever the count.
     */
    public void broadcast(ByteBuffer framed, ByteBuffer line, Connection except) {
        Slab framedSlab = null;
        int framedStart = 0;
        int framedEnd = 0;
        Slab lineSlab = null;
        int lineStart = 0;
        int lineEnd = 0;
        for (Connection c : membersById.values()) {
            if (c == except || !c.isOpen()) {
                continue;
            }
            if (c.mode() == MemberMode.FRAMED) {
                if (framed == null) {
                    continue;
                }
                if (framedSlab == null) {
                    framedSlab = slabs.store(framed);
                    framedStart = slabs.lastStart();
                    framedEnd = slabs.lastEnd();
                }
                queue(c, framedSlab, framedStart, framedEnd);
            } else {
                if (line == null) {
                    continue;
                }
                if (lineSlab == null) {
                    lineSlab = slabs.store(line);
                    lineStart = slabs.lastStart();
                    lineEnd = slabs.lastEnd();
                }
                queue(c, lineSlab, lineStart, lineEnd);
            }
        }
    }

    /**
     * Relays a message from {@code sender}: the MESSAGE frame is encoded once, straight into a
     * slab, and queued to every framed member but the sender; {@code line} (when not null) to
     * every line member but the sender.
     */
    public void broadcastMessage(Connection sender, ByteBuffer text, ByteBuffer line) {
        Slab slab = storeMessage(sender, text, 0);
        int start = slabs.lastStart();
        int end = slabs.lastEnd();
        Slab lineSlab = null;
        int lineStart = 0;
        int lineEnd = 0;
        for (Connection c : membersById.values()) {
            if (c == sender || !c.isOpen()) {
                continue;
            }
            if (c.mode() == MemberMode.FRAMED) {
                queue(c, slab, start, end);
            } else if (line != null) {
                if (lineSlab == null) {
                    lineSlab = slabs.store(line);
                    lineStart = slabs.lastStart();
                    lineEnd = slabs.lastEnd();
                }
                queue(c, lineSlab, lineStart, lineEnd);
            }
        }
    }

    /** A private MESSAGE from {@code sender} to one framed member, encoded straight into a slab. */
    public void sendMessage(Connection sender, Connection recipient, ByteBuffer text, int flags) {
        if (!recipient.isOpen()) {
            return;
        }
        Slab slab = storeMessage(sender, text, flags);
        queue(recipient, slab, slabs.lastStart(), slabs.lastEnd());
    }

    private Slab storeMessage(Connection sender, ByteBuffer text, int flags) {
        int length = FrameEncoder.messageFrameLength(sender.nickBytes().length, sender.addressBytes.length,
                text.remaining());
        FrameEncoder.writeMessage(slabs.reserve(length), sender.id(), System.currentTimeMillis(), flags,
                sender.nickBytes(), sender.addressBytes, text);
        return slabs.commit();
    }

    /** Queues one frame or line to one connection. */
    public void send(Connection to, ByteBuffer bytes) {
        if (!to.isOpen()) {
            return;
        }
        Slab slab = slabs.store(bytes);
        queue(to, slab, slabs.lastStart(), slabs.lastEnd());
    }

    /** Queues one frame to several connections, copied once. */
    public void send(Collection<Connection> recipients, ByteBuffer bytes) {
        Slab slab = null;
        int start = 0;
        int end = 0;
        for (Connection to : recipients) {
            if (!to.isOpen()) {
                continue;
            }
            if (slab == null) {
                slab = slabs.store(bytes);
                start = slabs.lastStart();
                end = slabs.lastEnd();
            }
            queue(to, slab, start, end);
        }
    }

    private void queue(Connection to, Slab slab, int start, int end) {
        to.outbound.add(slab, start, end);
        onQueued.accept(to);
    }
}
