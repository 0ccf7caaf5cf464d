package io.accord.infra.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * {@code ?page=0&size=20}, size at most 200, or {@code ?cursor=…&size=20}, and {@code sort=field,asc|desc} (repeated
 * to sort by more): API.md's list conventions. A cursor is the {@code next} of an earlier answer; with one,
 * {@code page} is ignored and nothing is counted, and the list keeps the sort the cursor was given under. Which fields
 * a list sorts by is the list's own (accord-persistence's {@code Sorting}); its OpenAPI parameter says so
 * ({@code SortParameters}).
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{accord.page.zero-or-more}")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{accord.page.size}")
    @Max(value = 200, message = "{accord.page.size}")
    public int size;

    @QueryParam("cursor")
    @Size(max = 1000, message = "{accord.cursor.not-ours}")
    @Parameter(description = "the `next` of an earlier answer: continues right after its last item, answered as {items, next}")
    public String cursor;

    @QueryParam(SortKey.PARAM)
    @Size(max = 10, message = "{accord.sort.keys}")
    public List<String> sort;

    public boolean continues() {
        return cursor != null && !cursor.isEmpty();
    }
}
