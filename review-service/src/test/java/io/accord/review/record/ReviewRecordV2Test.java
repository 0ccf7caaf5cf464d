package io.accord.review.record;

import io.accord.infra.persistence.StoredJson;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import io.accord.review.Clarification;
import io.accord.review.Consolidation;
import io.accord.review.Decision;
import io.accord.review.DecisionRecord;
import io.accord.review.Department;
import io.accord.review.Opinion;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewMeeting;
import io.accord.review.ReviewRound;
import io.accord.review.ReviewStatus;
import io.accord.review.ReviewType;
import io.accord.review.Risk;
import io.accord.review.Verdict;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Record form 2 must never move: every record decided since issue 13 is frozen by its hash. The hash below was taken
 * when the form was made, for a record that fills every component it has.
 *
 * <p>Re-pinned once, before form 2 was ever released (no record had been frozen in it): the form gained the review's
 * round, the clarification that opened it, the earlier rounds, how the round was held (countersignature or meeting,
 * with the meeting) and each opinion's source. From now on a change is form 3.
 */
class ReviewRecordV2Test {

    static final String FULL_HASH = "ec80a2bce3cb2de0051352b39fcd4e53e6a8d6f3cda327d0460b019ae703395b";

    @Test
    void hashesEveryComponentOfTheFormAsWhenItWasMade() {
        assertEquals(FULL_HASH, RecordForms.hash(full()));
        assertTrue(RecordForms.matches(full(), FULL_HASH, ReviewRecordV2.VERSION));
    }

    @Test
    void theFormHoldsTheRequirementsTextsAndEverySignatureWithItsMeaning() {
        String json = StoredJson.write(RecordForms.of(full()));

        assertTrue(json.contains("\"text\":\"压力容器须符合 GB 150\""), json);
        assertTrue(json.contains("\"reference\":\"GB 150-2011\""), json);
        assertTrue(json.contains("\"resolution\":{\"note\":\"顾客同意新价格\""), json);
        assertTrue(json.contains("\"verbalOrder\":{\"method\":\"PHONE\""), json);
        assertTrue(json.contains("\"meaning\":\"REVIEWED\",\"authenticatedAt\":\"2030-03-01T01:10:00Z\""), json);
        assertTrue(json.contains("\"meaning\":\"CONSOLIDATED\",\"authenticatedAt\":null"), json);
        assertTrue(json.contains("\"overrideReason\":\"legal risk accepted by GM\""), json);
    }

    @Test
    void theFormHoldsTheRoundItsClarificationTheMeetingAndEveryEarlierRoundsSignedOpinions() {
        ReviewRecordV2 record = RecordForms.of(full());

        assertEquals(2, record.round());
        assertEquals("交货地点改为无锡仓库", record.clarification().text());
        assertEquals("MEETING", record.form());
        assertEquals("评审会纪要：同意", record.meeting().minutes());
        assertEquals(List.of(new ReviewRecordV2.Attendee("QUALITY", "李青")), record.meeting().attendees());
        assertEquals(List.of("MEETING", "COUNTERSIGNATURE"), record.opinions().stream().map(ReviewRecordV2.Opinion::source).toList());
        ReviewRecordV2.Round first = record.earlierRounds().get(0);
        assertEquals(1, first.round());
        assertEquals("CLARIFICATION_REQUIRED", first.status());
        assertEquals("COUNTERSIGNATURE", first.form());
        assertEquals("交货地点不明", first.opinions().get(0).comment());
        assertEquals("li.q", first.opinions().get(0).signature().signedBy());
        assertEquals("REVIEWED", first.opinions().get(0).signature().meaning());
        assertEquals("RETURNED_FOR_CLARIFICATION", first.decision().signature().meaning());
        assertEquals(Set.of("QUALITY", "LEGAL"), RecordForms.departmentsIn(record));
    }

    @Test
    void neitherTheOrderOfTheDepartmentsNorTheOffsetOfATimeMovesTheHash() {
        Review loaded = full();
        loaded.requiredDepartments = new LinkedHashSet<>(List.of(Department.LEGAL, Department.QUALITY));
        loaded.openedAt = loaded.openedAt.withOffsetSameInstant(ZoneOffset.UTC);

        assertEquals(FULL_HASH, RecordForms.hash(loaded));
    }

    @Test
    void aChangedRequirementTextOrSignatureShows() {
        Review changed = full();
        changed.opinions = new ArrayList<>(changed.opinions);
        Opinion quality = changed.opinions.remove(0);
        changed.opinions.add(0, new Opinion(quality.department(), quality.verdict(), quality.comment(), quality.conditions(),
                quality.by(), quality.at(), quality.forRevision(), quality.current(),
                new Signature("someone.else", SignatureMeaning.REVIEWED, quality.at(), quality.at())));

        assertFalse(RecordForms.matches(changed, FULL_HASH, ReviewRecordV2.VERSION));
    }

    /**
     * Issue 14 added the requirement's attachments to form 2 without a form 3: absent (every record frozen before it),
     * the component is not written at all, so the pin above holds; present, the hash covers each file's name and hash.
     */
    @Test
    void attachmentsAreHashedWhenPresentAndLeaveRecordsWithoutThemAsTheyWere() {
        Review none = full();
        none.requirement = none.requirement.withAttachments(List.of());
        assertEquals(FULL_HASH, RecordForms.hash(none));
        assertFalse(StoredJson.write(RecordForms.of(none)).contains("attachments"));

        Review withFile = full();
        withFile.requirement = withFile.requirement.withAttachment(new RequirementSummary.AttachedFile(
                UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a"), "合同.pdf", "application/pdf", 1234, "c".repeat(64),
                "li.sales", OffsetDateTime.parse("2030-02-20T10:00:00+08:00")));
        String json = StoredJson.write(RecordForms.of(withFile));
        assertTrue(json.endsWith(",\"attachments\":[{\"id\":\"9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a\",\"filename\":\"合同.pdf\","
                + "\"contentType\":\"application/pdf\",\"size\":1234,\"sha256\":\"" + "c".repeat(64) + "\","
                + "\"uploadedBy\":\"li.sales\",\"uploadedAt\":\"2030-02-20T02:00:00Z\"}]}"), json);
        assertFalse(RecordForms.matches(withFile, FULL_HASH, ReviewRecordV2.VERSION));
        assertTrue(RecordForms.matches(withFile, RecordForms.hash(withFile), ReviewRecordV2.VERSION));
    }

    static Review full() {
        Review r = new Review();
        r.id = UUID.fromString("3f1c2a9e-7b4d-4c1e-9a2b-5d6e7f8a9b0c");
        r.requirementId = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        r.requirementRevision = 2;
        r.type = ReviewType.FULL;
        r.policyVersion = 3;
        OffsetDateTime shanghai = OffsetDateTime.parse("2030-03-01T09:15:30.123456+08:00");
        r.requirement = new RequirementSummary(UUID.fromString("11111111-2222-4333-8444-555555555555"), "华东-01", true,
                "VERBAL_ORDER", "离心泵 <批次 7>", "625000", "CNY", List.of("STATUTORY"), List.of("INSTALLATION"), true,
                "货到30天付款", List.of(new RequirementSummary.ItemSummary("P-100", "离心泵", "DN50 \"special\"", "50", "台",
                        "12500", "CNY", true)), "2031-04-30", "HT-2030-088", "PO-4711", "上海工厂", "DAP",
                List.of(new RequirementSummary.Line("STATUTORY", "压力容器须符合 GB 150", "GB 150-2011")), "BJ-2030-12",
                List.of(new RequirementSummary.Discrepancy("PRICE:P-100", "PRICE", "P-100", "12000 CNY", "12500 CNY",
                        "顾客同意新价格", "li.sales", shanghai.minusDays(3))),
                true, new RequirementSummary.Confirmation("PHONE", "王经理", "TEL-0227", "li.sales", shanghai.minusDays(2)));
        r.routingReasons = new ArrayList<>(List.of("FULL: a new customer", "LEGAL: value 625000 over 500000"));
        r.requiredDepartments = new LinkedHashSet<>(List.of(Department.QUALITY, Department.LEGAL));
        r.opinions = new ArrayList<>(List.of(
                new Opinion(Department.QUALITY, Verdict.APPROVE_WITH_CONDITIONS, "可检验", List.of("出厂前水压试验"), "li.q",
                        shanghai, 2, true, new Signature("li.q", SignatureMeaning.REVIEWED, shanghai,
                        OffsetDateTime.parse("2030-03-01T01:10:00Z"))),
                new Opinion(Department.LEGAL, Verdict.REJECT, "clause 7", List.of(), "zhao.l",
                        OffsetDateTime.parse("2030-03-02T01:00:00Z"), 2, true)));
        r.risks = new ArrayList<>(List.of(
                new Risk(1, Risk.Category.DELIVERY, 4, 4, 16, "second supplier", "sun.r", shanghai.plusMinutes(5))));
        r.consolidation = new Consolidation(true, true, false, true, "terms 3 unclear, accepted", "zhou.sm",
                OffsetDateTime.parse("2030-03-03T08:00:00+08:00"));
        r.decision = new DecisionRecord(Decision.APPROVED, "go", "legal risk accepted by GM",
                new Signature("wang.gm", SignatureMeaning.APPROVED, OffsetDateTime.parse("2030-03-04T08:45:00.000001Z"),
                        OffsetDateTime.parse("2030-03-04T08:40:00Z")));
        r.openedAt = OffsetDateTime.parse("2030-02-28T23:59:59.999999+08:00");
        r.round = 2;
        r.clarification = new Clarification("交货地点改为无锡仓库", "li.sales", shanghai.minusDays(1));
        r.meeting = new ReviewMeeting(shanghai.minusHours(1), List.of(new ReviewMeeting.Attendee(Department.QUALITY, "李青")),
                "评审会纪要：同意", List.of(Department.QUALITY), "zhou.sm", shanghai);
        OffsetDateTime earlier = shanghai.minusDays(5);
        r.earlierRounds = new ArrayList<>(List.of(new ReviewRound(UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), 2,
                1, ReviewType.FULL, ReviewStatus.CLARIFICATION_REQUIRED, null,
                List.of(new Opinion(Department.QUALITY, Verdict.REJECT, "交货地点不明", List.of(), "li.q", earlier, 2, true,
                        new Signature("li.q", SignatureMeaning.REVIEWED, earlier, earlier.minusMinutes(3)))),
                List.of(), new Consolidation(true, true, false, true, "交货地点待澄清", "zhou.sm", earlier.plusHours(1)),
                new DecisionRecord(Decision.CLARIFICATION_REQUIRED, "请顾客确认交货地点", null,
                        new Signature("wang.gm", SignatureMeaning.RETURNED_FOR_CLARIFICATION, earlier.plusHours(2),
                                earlier.plusHours(2).minusMinutes(1))),
                null, earlier.minusHours(1), earlier.plusHours(2))));
        return r;
    }
}
