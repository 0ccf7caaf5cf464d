package io.accord.requirements;

import java.time.OffsetDateTime;

/** The customer's confirmation of a requirement not given in writing (PROCESS.md §1.2). */
public record Confirmation(Method method, String confirmedBy, String reference, String recordedBy, OffsetDateTime recordedAt) {

    public enum Method {
        FAX, PHONE, EMAIL, SIGNED_COPY
    }
}
