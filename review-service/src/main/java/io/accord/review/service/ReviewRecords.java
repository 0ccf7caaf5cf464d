package io.accord.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.review.Review;
import io.accord.review.ReviewType;
import io.accord.review.rest.ReviewRecord;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Builds the review record (产品要求评审表 / 订单确认表) and its content hash. */
@ApplicationScoped
public class ReviewRecords {

    private final ObjectMapper mapper;

    public ReviewRecords(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ReviewRecord.Content of(Review r) {
        return new ReviewRecord.Content(r.type == ReviewType.FULL ? "产品要求评审表 (product requirement review)"
                : "订单确认表 (order confirmation)", r.id, r.requirementId, r.requirementRevision, r.type, r.policyVersion,
                r.requirement, r.routingReasons, r.requiredDepartments, r.opinions, r.risks, r.consolidation,
                r.orderConfirmation, r.decision, r.openedAt);
    }

    /** SHA-256 of the record's canonical JSON: any later change to what was decided shows as a different hash. */
    public String hash(ReviewRecord.Content content) {
        try {
            byte[] json = mapper.writeValueAsBytes(content);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the review record cannot be hashed", e);
        }
    }

    public ReviewRecord record(Review r) {
        ReviewRecord.Content content = of(r);
        boolean frozen = r.recordHash != null;
        return new ReviewRecord(content, r.status, frozen, r.recordHash, frozen ? hash(content).equals(r.recordHash) : null);
    }

}
