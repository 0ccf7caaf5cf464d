package io.accord.infra.web;

import io.accord.infra.time.ReportPeriod;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;

/** {@code ?from=&to=} of a report's figures ({@code @BeanParam}), read as a {@link ReportPeriod}. */
public class PeriodParams {

    @QueryParam("from")
    @Parameter(description = "start, inclusive: a date (its beginning, UTC) or an instant with its offset; default twelve months before `to`")
    public String from;

    @QueryParam("to")
    @Parameter(description = "end, exclusive: an instant, or a date (its end, UTC); default now")
    public String to;

    /** The period asked for; 400 naming {@code from} or {@code to} when either is not a date or instant or it is empty. */
    public ReportPeriod period(Clock clock) {
        return ReportPeriod.parse(from, to, clock);
    }
}
