package io.accord.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.feedback.events.SurveyCreated;
import io.accord.infra.changes.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A survey template (设计产品/服务顾客满意调查表): its questions with their answer type and, for scored ones, the
 * dimension of satisfaction they measure. Templates are not edited once invitations may refer to them: a changed
 * survey is a new survey.
 */
@Entity
@Table(name = "survey")
public class Survey extends Aggregate {

    public static final String AGGREGATE = "survey";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SurveyPurpose purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Question> questions = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String key, String text, QuestionType type, String dimension, List<String> choices) {
    }

    public static Survey create(String title, SurveyPurpose purpose, List<Question> questions, String createdBy,
            OffsetDateTime now) {
        Survey survey = new Survey();
        survey.id = UUID.randomUUID();
        survey.title = title;
        survey.purpose = purpose;
        survey.questions = new ArrayList<>(questions);
        survey.createdAt = now;
        survey.createdBy = createdBy;
        SurveyCreated created = new SurveyCreated(survey.id, title, purpose.name(), questions.size());
        survey.change("created").detail(created).event(FeedbackEventTypes.SURVEY_CREATED, created).record();
        return survey;
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }
}
