package io.accord.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A review held as a meeting (评审会): when it was held, who attended for which department, the minutes, and which
 * departments gave their opinion there ({@code opinionsFrom}: those opinions were recorded at {@code recordedAt}, by
 * {@code recordedBy}, who keeps the minutes).
 */
public record ReviewMeeting(OffsetDateTime heldAt, List<Attendee> attendees, String minutes, List<Department> opinionsFrom,
        String recordedBy, OffsetDateTime recordedAt) {

    public record Attendee(Department department, String name) {
    }

    /** Whether {@code opinion} is one given at this meeting (and not countersigned before or after it). */
    public boolean gave(Opinion opinion) {
        return opinionsFrom.contains(opinion.department()) && opinion.at().isEqual(recordedAt);
    }

    /** Who spoke for {@code department}: its attendees' names, as the opinion's signature shows them. */
    public String namesFor(Department department) {
        return String.join(", ", attendees.stream().filter(a -> a.department().equals(department)).map(Attendee::name).toList());
    }
}
