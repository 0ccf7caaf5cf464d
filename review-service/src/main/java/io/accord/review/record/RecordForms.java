package io.accord.review.record;

import io.accord.infra.hashing.Sha256;
import io.accord.infra.persistence.StoredJson;
import io.accord.infra.signatures.Signature;
import io.accord.infra.signatures.SignatureMeaning;
import io.accord.review.Clarification;
import io.accord.review.Consolidation;
import io.accord.review.DecisionRecord;
import io.accord.review.Department;
import io.accord.review.Opinion;
import io.accord.review.OrderConfirmation;
import io.accord.review.RequirementSummary;
import io.accord.review.Review;
import io.accord.review.ReviewForm;
import io.accord.review.ReviewMeeting;
import io.accord.review.ReviewRecordContent;
import io.accord.review.ReviewRound;
import io.accord.review.Risk;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The forms of the review record and which one a review was frozen in. A review decided now is frozen in
 * {@link ReviewRecordV2} ({@link #CURRENT}); one frozen in version 1 or before versions had numbers is still verified
 * in its own form ({@link ReviewRecordContent}).
 */
public final class RecordForms {

    /** The form a decision freezes the record in, stored per review in {@code record_version}. */
    public static final int CURRENT = ReviewRecordV2.VERSION;

    private RecordForms() {
    }

    /** SHA-256 of the record's current form, taken at the decision. */
    public static String hash(Review review) {
        return hash(of(review));
    }

    public static String hash(ReviewRecordV2 record) {
        return Sha256.hex(StoredJson.bytes(record));
    }

    /** Whether the review's record still hashes to what was frozen, in the form it was frozen in. */
    public static boolean matches(Review review, String frozenHash, Integer frozenVersion) {
        if (frozenVersion != null && frozenVersion == ReviewRecordV2.VERSION) {
            return hash(review).equals(frozenHash);
        }
        return ReviewRecordContent.of(review).matches(frozenHash, frozenVersion);
    }

    /** The complete record as the review holds it now. */
    public static ReviewRecordV2 of(Review r) {
        RequirementSummary s = r.requirement;
        return new ReviewRecordV2(ReviewRecordV2.VERSION, r.id, name(r.type), r.policyVersion, r.round,
                clarification(r.clarification), new ReviewRecordV2.Identity(r.requirementId, r.requirementRevision, s.externalRef(), s.erpOrderNo(),
                        s.title(), s.source()),
                new ReviewRecordV2.Customer(s.customerId(), s.customerCode(), s.newCustomer()),
                orEmpty(s.items()).stream().map(i -> new ReviewRecordV2.Item(i.productCode(), i.description(),
                        i.specification(), i.quantity(), i.unit(), i.unitPrice(), i.currency(), i.customSpecification()))
                        .toList(),
                s.totalValue(), s.currency(),
                new ReviewRecordV2.Delivery(s.dueDate(), s.deliveryPlace(), s.deliveryTerms()),
                orEmpty(s.services()), s.paymentTerms(),
                orEmpty(s.lines()).stream().map(l -> new ReviewRecordV2.Requirement(l.category(), l.text(), l.reference()))
                        .toList(),
                new ReviewRecordV2.Quotation(s.quotationRef(), orEmpty(s.discrepancies()).stream()
                        .map(RecordForms::discrepancy).toList()),
                verbalOrder(s), s.highRisk(), r.risks.stream().map(RecordForms::risk).toList(),
                List.copyOf(r.routingReasons),
                r.requiredDepartments.stream().map(Department::name).sorted().toList(), name(r.form()), meeting(r.meeting),
                opinions(r.opinions, r.meeting), consolidation(r.consolidation), orderConfirmation(r.orderConfirmation),
                decision(r.decision), instant(r.openedAt), orEmpty(r.earlierRounds).stream().map(RecordForms::round).toList(),
                orEmpty(s.attachments()).stream().map(a -> new ReviewRecordV2.AttachedFile(a.id(), a.filename(), a.contentType(),
                        a.size(), a.sha256(), a.uploadedBy(), instant(a.uploadedAt()))).toList());
    }

    /** Every department code the record names: required, signing, attending, in this round and the earlier ones. */
    public static Set<String> departmentsIn(ReviewRecordV2 record) {
        Set<String> codes = new TreeSet<>(record.requiredDepartments());
        addDepartments(codes, record.meeting(), record.opinions());
        record.earlierRounds().forEach(k -> addDepartments(codes, k.meeting(), k.opinions()));
        return codes;
    }

    private static void addDepartments(Set<String> codes, ReviewRecordV2.Meeting meeting,
            List<ReviewRecordV2.Opinion> opinions) {
        opinions.forEach(o -> codes.add(o.department()));
        if (meeting != null) {
            meeting.attendees().forEach(a -> codes.add(a.department()));
        }
    }

    private static ReviewRecordV2.Round round(ReviewRound k) {
        return new ReviewRecordV2.Round(k.reviewId(), k.requirementRevision(), k.round(), name(k.type()), name(k.status()),
                clarification(k.clarification()), name(k.form()), meeting(k.meeting()), opinions(k.opinions(), k.meeting()),
                orEmpty(k.risks()).stream().map(RecordForms::risk).toList(), consolidation(k.consolidation()),
                decision(k.decision()), instant(k.openedAt()), instant(k.closedAt()));
    }

    private static ReviewRecordV2.Clarification clarification(Clarification c) {
        return c == null ? null : new ReviewRecordV2.Clarification(c.text(), c.by(), instant(c.at()));
    }

    private static ReviewRecordV2.Meeting meeting(ReviewMeeting m) {
        return m == null ? null : new ReviewRecordV2.Meeting(instant(m.heldAt()),
                orEmpty(m.attendees()).stream().map(a -> new ReviewRecordV2.Attendee(a.department().name(), a.name())).toList(),
                m.minutes(), orEmpty(m.opinionsFrom()).stream().map(Department::name).toList(), m.recordedBy(),
                instant(m.recordedAt()));
    }

    private static ReviewRecordV2.Discrepancy discrepancy(RequirementSummary.Discrepancy d) {
        return new ReviewRecordV2.Discrepancy(d.key(), d.kind(), d.productCode(), d.quoted(), d.requested(),
                d.resolutionNote() == null && d.resolvedBy() == null ? null
                        : new ReviewRecordV2.Resolution(d.resolutionNote(), d.resolvedBy(), instant(d.resolvedAt())));
    }

    private static ReviewRecordV2.VerbalOrder verbalOrder(RequirementSummary s) {
        RequirementSummary.Confirmation c = s.confirmation();
        if (c == null) {
            return null;
        }
        return new ReviewRecordV2.VerbalOrder(c.method(), c.confirmedBy(), c.reference(), c.recordedBy(),
                instant(c.recordedAt()));
    }

    private static ReviewRecordV2.Risk risk(Risk k) {
        return new ReviewRecordV2.Risk(k.seq(), name(k.category()), k.likelihood(), k.impact(), k.score(), k.mitigation(),
                k.by(), instant(k.at()));
    }

    /** The opinions of a round, each with where it was given: at the round's meeting or by countersignature. */
    private static List<ReviewRecordV2.Opinion> opinions(List<Opinion> opinions, ReviewMeeting meeting) {
        return orEmpty(opinions).stream().map(o -> opinion(o,
                meeting != null && meeting.gave(o) ? ReviewForm.MEETING : ReviewForm.COUNTERSIGNATURE)).toList();
    }

    private static ReviewRecordV2.Opinion opinion(Opinion o, ReviewForm source) {
        return new ReviewRecordV2.Opinion(o.department().name(), name(o.verdict()), o.comment(), orEmpty(o.conditions()),
                o.forRevision(), o.current(), name(source), signature(o.signature(), o.by(), o.at(), SignatureMeaning.REVIEWED));
    }

    private static ReviewRecordV2.Consolidation consolidation(Consolidation c) {
        return c == null ? null : new ReviewRecordV2.Consolidation(c.termsApplicable(), c.termsComplete(), c.termsClear(),
                c.discrepanciesResolved(), c.comment(), signature(c.signature(), c.by(), c.at(), SignatureMeaning.CONSOLIDATED));
    }

    private static ReviewRecordV2.OrderConfirmation orderConfirmation(OrderConfirmation o) {
        return o == null ? null : new ReviewRecordV2.OrderConfirmation(o.method(), o.reference(),
                signature(o.signature(), o.by(), o.at(), SignatureMeaning.CONFIRMED));
    }

    private static ReviewRecordV2.Decision decision(DecisionRecord d) {
        return d == null ? null : new ReviewRecordV2.Decision(name(d.decision()), d.comment(), d.overrideReason(),
                signature(d.signature(), d.by(), d.at(), d.decision().meaning()));
    }

    /**
     * The stored signature; for what was signed before signatures had meanings, its signer and time with the meaning
     * its place in the procedure gives it, and no sign-in time.
     */
    private static ReviewRecordV2.Signature signature(Signature stored, String by, OffsetDateTime at,
            SignatureMeaning meaning) {
        if (stored == null) {
            return new ReviewRecordV2.Signature(by, instant(at), name(meaning), null);
        }
        return new ReviewRecordV2.Signature(stored.signedBy(), instant(stored.signedAt()), name(stored.meaning()),
                instant(stored.authenticatedAt()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
