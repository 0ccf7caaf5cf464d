package io.accord.infra.audit;

import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tamper evidence of every history: each entry's hash covers its content and its predecessor's hash. */
class AuditHashesTest {

    private static final UUID AGGREGATE = UUID.fromString("2b1f6f0e-6a3e-4f4e-9d51-0c7c2f1a9e01");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T08:15:30.123456Z");

    @Test
    void theFirstEntryChainsToTheGenesisOfZeros() {
        assertEquals("0".repeat(64), AuditHashes.GENESIS);
        AuditEntry first = entry(1, AuditHashes.GENESIS, "captured");

        assertTrue(AuditHashes.hash(first).matches("[0-9a-f]{64}"));
    }

    @Test
    void theHashOfAnEntryStaysTheOneStoredChainsWereWrittenWith() {
        // computed outside Java from the rendering (fields joined by U+001F, absent as U+0000, UTF-8): a change to the
        // rendering or the encoding would make every stored history fail its verification
        AuditEntry e = entry(1, AuditHashes.GENESIS, "captured");
        e.detail = "{\"title\":\"离心泵\"}";

        assertEquals("5d719429c03283ae278045c61a6b4a8f8973a6805d9d02118af805f3d90b8d7c", AuditHashes.hash(e));
    }

    @Test
    void theSameContentAlwaysHashesTheSameSoAVerificationCanRecomputeIt() {
        assertEquals(AuditHashes.hash(entry(1, AuditHashes.GENESIS, "captured")),
                AuditHashes.hash(entry(1, AuditHashes.GENESIS, "captured")));
    }

    @Test
    void editingAnyRecordedFieldChangesTheHash() {
        String original = AuditHashes.hash(entry(1, AuditHashes.GENESIS, "captured"));
        List<Consumer<AuditEntry>> edits = List.of(
                e -> e.aggregateType = "review",
                e -> e.aggregateId = UUID.randomUUID(),
                e -> e.seq = 2,
                e -> e.actor = "mallory",
                e -> e.occurredAt = e.occurredAt.plusNanos(1000),
                e -> e.action = "cancelled",
                e -> e.stateBefore = "SUBMITTED",
                e -> e.stateAfter = "ACCEPTED",
                e -> e.detail = "{\"title\":\"changed\"}",
                e -> e.previousHash = "f".repeat(64));
        for (int i = 0; i < edits.size(); i++) {
            AuditEntry edited = entry(1, AuditHashes.GENESIS, "captured");
            edits.get(i).accept(edited);
            assertNotEquals(original, AuditHashes.hash(edited), "edit #" + i + " went unnoticed");
        }
    }

    @Test
    void anUnsignedEntryHashesAsBeforeSignaturesExistedAndASignedOneCoversItsSignature() {
        AuditEntry unsigned = entry(1, AuditHashes.GENESIS, "captured");
        unsigned.detail = "{\"title\":\"离心泵\"}";
        // the pinned hash of theHashOfAnEntryStaysTheOneStoredChainsWereWrittenWith: unsigned entries did not move
        assertEquals("5d719429c03283ae278045c61a6b4a8f8973a6805d9d02118af805f3d90b8d7c", AuditHashes.hash(unsigned));

        Signature signature = new Signature("gm.wang", SignatureMeaning.APPROVED, AT, AT.minusMinutes(3));
        AuditEntry signed = entry(1, AuditHashes.GENESIS, "decided");
        signed.sign(signature);
        String original = AuditHashes.hash(signed);
        assertEquals(signature, signed.signature());
        assertNotEquals(AuditHashes.hash(entry(1, AuditHashes.GENESIS, "decided")), original, "the signature is hashed");

        List<Consumer<AuditEntry>> edits = List.of(
                e -> e.signedBy = "mallory",
                e -> e.signatureMeaning = SignatureMeaning.REJECTED.name(),
                e -> e.signedAt = e.signedAt.plusNanos(1000),
                e -> e.authenticatedAt = null,
                e -> {
                    e.signedBy = null;
                    e.signatureMeaning = null;
                    e.signedAt = null;
                    e.authenticatedAt = null;
                });
        for (int i = 0; i < edits.size(); i++) {
            AuditEntry edited = entry(1, AuditHashes.GENESIS, "decided");
            edited.sign(signature);
            edits.get(i).accept(edited);
            assertNotEquals(original, AuditHashes.hash(edited), "signature edit #" + i + " went unnoticed");
        }
    }

    @Test
    void anAbsentStateIsNotTheSameAsAnEmptyOne() {
        AuditEntry absent = entry(1, AuditHashes.GENESIS, "captured");
        AuditEntry empty = entry(1, AuditHashes.GENESIS, "captured");
        absent.stateBefore = null;
        empty.stateBefore = "";

        assertNotEquals(AuditHashes.hash(absent), AuditHashes.hash(empty));
    }

    @Test
    void shiftingTextBetweenFieldsChangesTheHash() {
        // the rendering separates fields, so "ab" + "c" is not "a" + "bc"
        AuditEntry one = entry(1, AuditHashes.GENESIS, "captured");
        AuditEntry two = entry(1, AuditHashes.GENESIS, "captured");
        one.stateBefore = "AB";
        one.stateAfter = "C";
        two.stateBefore = "A";
        two.stateAfter = "BC";

        assertNotEquals(AuditHashes.hash(one), AuditHashes.hash(two));
    }

    @Test
    void theTimeIsHashedAsAnInstantWhateverOffsetTheDriverReadsItIn() {
        AuditEntry utc = entry(1, AuditHashes.GENESIS, "captured");
        AuditEntry beijing = entry(1, AuditHashes.GENESIS, "captured");
        beijing.occurredAt = AT.withOffsetSameInstant(ZoneOffset.ofHours(8));

        assertEquals(AuditHashes.hash(utc), AuditHashes.hash(beijing));
    }

    @Test
    void aChainRecomputesFromItsEntriesAndAnEditedMiddleEntryBreaksEveryLinkAfterIt() {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditHashes.GENESIS;
        for (String action : List.of("captured", "submitted", "accepted")) {
            AuditEntry e = entry(chain.size() + 1, previous, action);
            e.hash = AuditHashes.hash(e);
            chain.add(e);
            previous = e.hash;
        }
        for (AuditEntry e : chain) {
            assertEquals(e.hash, AuditHashes.hash(e));
        }

        chain.get(1).actor = "mallory";

        assertNotEquals(chain.get(1).hash, AuditHashes.hash(chain.get(1)), "the edited entry no longer matches its hash");
        chain.get(1).hash = AuditHashes.hash(chain.get(1));
        assertNotEquals(chain.get(1).hash, chain.get(2).previousHash, "re-hashing it does not mend the link to the next entry");
    }

    private static AuditEntry entry(int seq, String previousHash, String action) {
        AuditEntry e = new AuditEntry();
        e.aggregateType = "requirement";
        e.aggregateId = AGGREGATE;
        e.seq = seq;
        e.actor = "li.na";
        e.occurredAt = AT;
        e.action = action;
        e.stateBefore = null;
        e.stateAfter = "CAPTURED";
        e.detail = "{\"title\":\"pumps\"}";
        e.previousHash = previousHash;
        return e;
    }
}
