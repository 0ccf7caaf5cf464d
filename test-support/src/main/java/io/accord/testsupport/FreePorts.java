package io.accord.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port for a server a test starts later (a stub service, a packaged app, a throwaway PostgreSQL), picked outside the
 * kernel's ephemeral range (Linux: 32768–60999). A port the kernel hands out ({@code new ServerSocket(0)}) is the very
 * kind it also gives to outgoing connections — a Kafka or JDBC client's socket could take it between the pick and the
 * bind ({@code BindException: Address already in use}); below that range only a listener takes a port. Each port is
 * handed out once per JVM, so two picks never collide with each other either.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port nothing listens on now, never handed out before by this JVM. */
    public static int pick() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST + " and " + LAST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
