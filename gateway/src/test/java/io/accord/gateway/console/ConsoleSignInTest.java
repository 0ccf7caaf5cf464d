package io.accord.gateway.console;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The identity provider's origin as the console's policy names it. */
class ConsoleSignInTest {

    @Test
    void theOriginIsSchemeHostAndAnExplicitPort() {
        assertEquals("https://idp.example.com", ConsoleSignIn.origin(URI.create("HTTPS://IdP.Example.com/realms/accord")));
        assertEquals("http://localhost:8180", ConsoleSignIn.origin(URI.create("http://localhost:8180/realms/accord/")));
    }

    @Test
    void anIssuerThatIsNoWebAddressIsRefused() {
        assertThrows(IllegalStateException.class, () -> ConsoleSignIn.origin(URI.create("idp.example.com/realms/accord")));
        assertThrows(IllegalStateException.class, () -> ConsoleSignIn.origin(URI.create("ftp://idp.example.com")));
    }
}
