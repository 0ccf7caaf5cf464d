package io.accord.infra.hashing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published test vectors (FIPS 180-2), so any tool computing SHA-256 agrees with a stored hash. */
class Sha256Test {

    @Test
    void abcHashesToTheStandardVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void theEmptyInputHashesToTheStandardVector() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
    }

    @Test
    void aTwoBlockMessageHashesToTheStandardVector() {
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    }

    @Test
    void textIsHashedAsItsUtf8Bytes() {
        // the value `printf 产品要求评审表 | sha256sum` gives in a UTF-8 shell
        assertEquals("f4ccb8757156cbb973f212ca3f220374bfcba444ea63204dc5b702bca86f0c26", Sha256.hex("产品要求评审表"));
        assertEquals(Sha256.hex("产品要求评审表".getBytes(StandardCharsets.UTF_8)), Sha256.hex("产品要求评审表"));
    }
}
