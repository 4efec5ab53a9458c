package chat.server.image;

import chat.core.frame.Frame;
import chat.core.image.MagicCheck;
import chat.server.conn.Connection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** One image passing through the server: what was announced, and what has been counted and hashed so far. */
final class Upload {
    final long serverId;
    final long senderId;
    final String name;
    final String mime;
    final long size;
    final String sha256;
    final MagicCheck magic;
    final MessageDigest digest;
    final List<Connection> recipients;
    long received;
    /** When the last chunk (or the IMAGE_BEGIN) arrived. */
    long lastActivityMillis;

    Upload(long serverId, Frame.ImageBegin begin, MagicCheck magic, List<Connection> recipients) {
        this.serverId = serverId;
        this.senderId = begin.transfer();
        this.name = begin.name();
        this.mime = begin.mime();
        this.size = begin.size();
        this.sha256 = begin.sha256();
        this.magic = magic;
        this.recipients = recipients;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
