package io.accord.infra.mail;

import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/** The mails this service queued, as the notifications list shows them: newest first, by recipient, status or record. */
@ApplicationScoped
public class Notifications {

    static final Sorting<QueuedMail> SORTING = Sorting.<QueuedMail>unique("id", Long.class, mail -> mail.id)
            .field("queuedAt", OffsetDateTime.class, mail -> mail.queuedAt)
            .byDefault("queuedAt,desc", "id,desc");

    /** What the list is narrowed to; a null field does not narrow it. */
    public record Filter(String recipient, MailStatus status, String aboutType, String aboutId) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QueuedMail> list(Filter filter, PageParams page) {
        QueryFilter query = new QueryFilter().equal("recipient", filter.recipient()).equal("status", filter.status())
                .equal("aboutType", filter.aboutType()).equal("aboutId", filter.aboutId());
        return Pages.of(QueuedMail.class, query, SORTING, page);
    }
}
