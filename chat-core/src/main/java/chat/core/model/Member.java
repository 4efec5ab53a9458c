package chat.core.model;

/**
 * A member of the room, as described in WELCOME, NOTICE and MEMBERS.
 *
 * @param id      positive, unique for the server's lifetime
 * @param nick    the member's current nick
 * @param address the client's IP address as the server sees it
 * @param mode    framed or line
 */
public record Member(int id, String nick, String address, MemberMode mode) {

    public Member withNick(String newNick) {
        return new Member(id, newNick, address, mode);
    }
}
