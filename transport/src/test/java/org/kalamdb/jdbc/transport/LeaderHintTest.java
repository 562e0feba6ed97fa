package org.kalamdb.jdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Leader hints as the official client reads them (protocol.md 7.9). */
class LeaderHintTest {

    @Test
    void rustDebugFormWithSchemeFromTheRealServer() {
        Optional<LeaderHint> hint =
                LeaderHint.parse(
                        RpcCode.INTERNAL,
                        "External error: Not leader for shard. Leader:"
                            + " Some(\"http://127.0.0.1:38083\")");
        assertEquals(Optional.of(new LeaderHint("127.0.0.1", 38083)), hint);
        assertEquals(
                List.of(new HostPort("127.0.0.1", 39083), new HostPort("127.0.0.1", 9188)),
                hint.orElseThrow().rpcCandidates(9188));
    }

    @Test
    void apiPort8080MapsToRpcPort9188() {
        LeaderHint hint =
                LeaderHint.parse(
                                RpcCode.FAILED_PRECONDITION,
                                "Not leader for shard. Leader: Some(\"db2:8080\")")
                        .orElseThrow();
        assertEquals(List.of(new HostPort("db2", 9188)), hint.rpcCandidates(9188));
        assertEquals(
                List.of(new HostPort("db2", 9188), new HostPort("db2", 7000)),
                hint.rpcCandidates(7000));
    }

    @Test
    void stripsUserInfoPathQuotesAndHandlesIpv6() {
        assertEquals(
                Optional.of(new LeaderHint("db3", 8081)),
                LeaderHint.parse(RpcCode.INTERNAL, "Leader: https://admin:x@db3:8081/api/v1"));
        assertEquals(
                Optional.of(new LeaderHint("::1", 8080)),
                LeaderHint.parse(
                        RpcCode.INTERNAL, "Leader: Some(\\\"http://[::1]:8080\\\"), retry"));
        assertEquals(
                Optional.of(new LeaderHint("db4", -1)),
                LeaderHint.parse(RpcCode.INTERNAL, "Leader: 'db4'"));
        assertEquals(
                List.of(new HostPort("db4", 9188)),
                LeaderHint.parse(RpcCode.INTERNAL, "Leader: db4")
                        .orElseThrow()
                        .rpcCandidates(9188));
    }

    @Test
    void noUsableLeader() {
        assertTrue(
                LeaderHint.parse(RpcCode.INTERNAL, "Not leader for shard. Leader: None").isEmpty());
        assertTrue(LeaderHint.parse(RpcCode.INTERNAL, "Leader: Some(\"unknown\")").isEmpty());
        assertTrue(LeaderHint.parse(RpcCode.INTERNAL, "Leader: ").isEmpty());
        assertTrue(LeaderHint.parse(RpcCode.INTERNAL, "Primary key violation").isEmpty());
        // Only INTERNAL and FAILED_PRECONDITION carry redirects.
        assertTrue(LeaderHint.parse(RpcCode.UNAVAILABLE, "Leader: Some(\"db:8080\")").isEmpty());
    }
}
