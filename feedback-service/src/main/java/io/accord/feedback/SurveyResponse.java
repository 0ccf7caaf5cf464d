package io.accord.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's answers to one invitation. The scored answers are also written to {@code survey_answer}, one row
 * each with its question's type and dimension, which is what the satisfaction figures are computed from.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    public static final String AGGREGATE = "survey-response";

    @Id
    public UUID id;

    @Column(name = "invitation_id", nullable = false)
    public UUID invitationId;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "responded_at", nullable = false)
    public OffsetDateTime respondedAt;

    /** Who handed out the token this response used (see {@link SurveyInvitation.TokenIssuer}). */
    @Column(name = "token_issued_by", nullable = false)
    public String tokenIssuedBy;

    /** True when a person held that token: the satisfaction figures flag such responses, or leave them out. */
    @Column(name = "staff_issued", nullable = false)
    public boolean staffIssued;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Answer> answers = new ArrayList<>();

    /** An answer as given: {@code score} for rating, NPS and choice index questions, {@code text} for text and choices. */
    public record Answer(String key, QuestionType type, String dimension, Integer score, String text) {
    }

    public static SurveyResponse of(SurveyInvitation invitation, List<Answer> answers) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.invitationId = invitation.id;
        response.surveyId = invitation.surveyId;
        response.customerId = invitation.customerId;
        response.respondedAt = invitation.respondedAt;
        response.tokenIssuedBy = invitation.tokenIssuedBy;
        response.staffIssued = invitation.tokenStaffIssued;
        response.answers = new ArrayList<>(answers);
        return response;
    }
}
