package chat.server;

import chat.core.frame.Frame;
import chat.core.model.Member;
import chat.core.model.NoticeEvent;
import chat.core.protocol.FrameType;
import chat.core.protocol.Protocol;
import chat.server.support.FramedClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A room of 520 members (one observer and 519 cheap connections that send HELLO and never
 * read): presence summaries above 200 members, WHO paging, and WELCOME's 100-member cap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeRoomTest {
    private static final int ROOM = 520;

    private ChatServer server;
    private FramedClient observer;
    private final List<Socket> crowd = new ArrayList<>();
    private long fillMillis;

    @BeforeAll
    void fillTheRoom() throws IOException {
        server = ChatServer.start(ServerConfig.loopbackEphemeral());
        observer = FramedClient.join(server.port(), "observer");
        long start = System.nanoTime();
        for (int i = 1; i < ROOM; i++) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.getOutputStream().write(FramedClient.bytes(new Frame.Hello(Protocol.VERSION, "m" + i, null, "tests")));
            crowd.add(socket);
        }
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == ROOM);
        fillMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    void emptyTheRoom() throws IOException {
        for (Socket socket : crowd) {
            socket.close();
        }
        observer.close();
        server.shutdown();
    }

    @Test
    @Order(1)
    void joinsAreAnnouncedOneByOneUpTo200MembersThenSummedUpAtMostOnceASecond() {
        int joins = 0;
        int summedJoins = 0;
        int presenceNotices = 0;
        while (joins + summedJoins < ROOM - 1) {
            Frame.Notice notice = (Frame.Notice) observer.next(FrameType.NOTICE).frame();
            if (notice.event() == NoticeEvent.JOIN) {
                joins++;
                assertThat(presenceNotices).as("no single join after the summaries began").isZero();
            } else if (notice.event() == NoticeEvent.PRESENCE) {
                presenceNotices++;
                summedJoins += notice.joinedCount();
                assertThat(notice.joined()).hasSizeLessThanOrEqualTo(Protocol.PRESENCE_SAMPLE)
                        .hasSize(Math.min(Protocol.PRESENCE_SAMPLE, notice.joinedCount()));
                assertThat(notice.leftCount()).isZero();
                assertThat(notice.memberCount()).isGreaterThan(Protocol.PRESENCE_SUMMARY_THRESHOLD).isLessThanOrEqualTo(ROOM);
            }
        }
        assertThat(joins).isEqualTo(Protocol.PRESENCE_SUMMARY_THRESHOLD - 1);
        assertThat(summedJoins).isEqualTo(ROOM - Protocol.PRESENCE_SUMMARY_THRESHOLD);
        // the joins all happened within fillMillis; one more summary may follow the last of them
        assertThat(presenceNotices).isLessThanOrEqualTo((int) (fillMillis / Protocol.PRESENCE_INTERVAL_MILLIS) + 2);
    }

    @Test
    @Order(2)
    void whoPagesThroughEveryMemberFiveHundredAtATime() throws IOException {
        observer.send(new Frame.Who(0));
        Frame.Members first = (Frame.Members) observer.next(FrameType.MEMBERS).frame();
        assertThat(first.offset()).isZero();
        assertThat(first.total()).isEqualTo(ROOM);
        assertThat(first.members()).hasSize(Protocol.MAX_MEMBERS_PER_FRAME);
        assertThat(first.members().get(0)).isEqualTo(observer.me());

        observer.send(new Frame.Who(first.members().size()));
        Frame.Members second = (Frame.Members) observer.next(FrameType.MEMBERS).frame();
        assertThat(second.offset()).isEqualTo(Protocol.MAX_MEMBERS_PER_FRAME);
        assertThat(second.total()).isEqualTo(ROOM);
        assertThat(second.members()).hasSize(ROOM - Protocol.MAX_MEMBERS_PER_FRAME);

        Set<Integer> ids = new HashSet<>();
        first.members().forEach(m -> ids.add(m.id()));
        second.members().forEach(m -> ids.add(m.id()));
        assertThat(ids).hasSize(ROOM);
    }

    @Test
    @Order(3)
    void welcomeListsAtMostOneHundredOthersButCountsEveryone() throws IOException {
        try (FramedClient newcomer = FramedClient.join(server.port(), "newcomer")) {
            Frame.Welcome welcome = newcomer.welcome();
            assertThat(welcome.memberCount()).isEqualTo(ROOM + 1);
            assertThat(welcome.members()).hasSize(Protocol.MAX_MEMBERS_IN_WELCOME);
            assertThat(welcome.members()).extracting(Member::id).doesNotContain(newcomer.id());
        }
        int left = 0;
        while (left == 0) {
            Frame.Notice presence = observer.nextNotice(NoticeEvent.PRESENCE);
            left = presence.leftCount();
            assertThat(presence.memberCount()).isIn(ROOM, ROOM + 1);
        }
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == ROOM);
    }

    @Test
    @Order(4)
    void leavesAreSummedUpUntilTheRoomIsBelow200AndNoSummaryIsPending() throws IOException {
        for (Socket socket : crowd) {
            socket.close();
        }
        crowd.clear();
        int leaves = 0;
        int summedLeaves = 0;
        while (leaves + summedLeaves < ROOM - 1) {
            Frame.Notice notice = (Frame.Notice) observer.next(FrameType.NOTICE).frame();
            if (notice.event() == NoticeEvent.LEAVE) {
                leaves++;
            } else if (notice.event() == NoticeEvent.PRESENCE) {
                assertThat(leaves).as("no summary comes after a single leave notice: it would undo it").isZero();
                summedLeaves += notice.leftCount();
                assertThat(notice.left()).hasSize(Math.min(Protocol.PRESENCE_SAMPLE, notice.leftCount()));
            }
        }
        assertThat(summedLeaves).isGreaterThanOrEqualTo(ROOM - Protocol.PRESENCE_SUMMARY_THRESHOLD);
        assertThat(leaves).isLessThanOrEqualTo(Protocol.PRESENCE_SUMMARY_THRESHOLD - 1);
        await().atMost(FramedClient.WAIT).until(() -> server.memberCount() == 1);
    }
}
