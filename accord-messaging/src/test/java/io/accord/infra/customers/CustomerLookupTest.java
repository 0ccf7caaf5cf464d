package io.accord.infra.customers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What requirements-service's answers mean to the check: a customer, no such customer, or nothing known. */
class CustomerLookupTest {

    private static final UUID KNOWN = UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11");
    private static final UUID UNKNOWN = UUID.fromString("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final UUID BROKEN = UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");
    private static final UUID SLOW = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    private HttpServer requirements;

    @BeforeEach
    void start() throws IOException {
        requirements = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        requirements.createContext("/api/v1/customers/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/customers/".length());
            if (id.equals(SLOW.toString())) {
                sleep();
            }
            int status = id.equals(KNOWN.toString()) ? 200 : id.equals(UNKNOWN.toString()) ? 404 : 500;
            byte[] body = (status == 200 ? "{\"id\": \"%s\", \"code\": \"C-0042\", \"name\": \"Hangzhou Pumps Co.\", \"contacts\": []}"
                    .formatted(KNOWN) : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        requirements.start();
    }

    @AfterEach
    void stop() {
        requirements.stop(0);
    }

    private CustomerLookup lookup(String url) {
        CustomersConfig config = new CustomersConfig() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public Duration timeout() {
                return Duration.ofMillis(500);
            }
        };
        return new CustomerLookup(config, QuarkusSecurityIdentity.builder().setAnonymous(true).build(), new ObjectMapper());
    }

    private String url() {
        return "http://127.0.0.1:" + requirements.getAddress().getPort();
    }

    @Test
    void anExistingCustomerIsFoundWithItsCodeAndName() {
        assertEquals(Optional.of(new HeardCustomer(KNOWN, "C-0042", "Hangzhou Pumps Co.")), lookup(url()).find(KNOWN));
    }

    @Test
    void aCustomerRequirementsServiceDoesNotHaveIsNoCustomer() {
        assertEquals(Optional.empty(), lookup(url()).find(UNKNOWN));
    }

    @Test
    void aFailingSlowOrUnreachableRequirementsServiceLeavesItUnknownNotAbsent() {
        assertThrows(CustomerLookup.Unavailable.class, () -> lookup(url()).find(BROKEN));
        assertThrows(CustomerLookup.Unavailable.class, () -> lookup(url()).find(SLOW));
        assertThrows(CustomerLookup.Unavailable.class, () -> lookup("http://127.0.0.1:1").find(KNOWN));
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
