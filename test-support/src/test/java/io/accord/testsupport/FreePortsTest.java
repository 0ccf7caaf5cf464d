package io.accord.testsupport;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {

    @Test
    void picksAreDistinctBindableAndBelowTheEphemeralRangeClientSocketsUse() throws Exception {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.pick();
            assertTrue(port < 32_768, port + " is in the range outgoing connections take their ports from");
            assertTrue(picked.add(port), port + " was handed out twice");
        }
        int port = FreePorts.pick();
        try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, server.getLocalPort());
        }
    }

    @Test
    void aPortSomethingListensOnIsNeverPicked() throws Exception {
        int taken = FreePorts.pick();
        try (ServerSocket ignored = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 200; i++) {
                assertTrue(FreePorts.pick() != taken);
            }
        }
    }
}
