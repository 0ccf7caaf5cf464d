package io.accord.requirements;

import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.UnprocessableFieldException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The delivery rules against a record's items (seed procedure 3.3.1: delivery and its acceptance criteria). Items
 * are matched by product code (two items of one code are one line, their quantities added). Deliveries may be
 * partial; together they never exceed what was ordered (the seed allows no over-delivery, so none is taken: 422
 * naming the line). A rejected delivery's quantities are open again. The record is delivered in full when every
 * line's accepted quantity reaches the ordered one and no delivery awaits the customer's acceptance.
 */
public final class Deliveries {

    /** One line of the record as delivered so far; {@code delivered} counts deliveries not rejected. */
    public record Progress(String productCode, BigDecimal ordered, BigDecimal delivered, BigDecimal accepted,
            BigDecimal outstanding) {
    }

    private Deliveries() {
    }

    /**
     * The lines a new delivery brings: the {@code requested} ones, checked, or, when none are named (the delivery
     * body of before lines existed), everything still outstanding.
     */
    public static List<Delivery.Line> linesOf(RequirementContent content, List<Delivery> deliveries,
            List<Delivery.Line> requested) {
        Map<String, BigDecimal> ordered = ordered(content);
        Map<String, BigDecimal> delivered = sum(deliveries, d -> !d.rejected());
        if (requested == null || requested.isEmpty()) {
            return outstanding(ordered, delivered, deliveries);
        }
        if (ordered.isEmpty()) {
            throw new UnprocessableFieldException("lines", "this record has no items: record its delivery without lines");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Delivery.Line line = requested.get(i);
            BigDecimal of = ordered.get(line.productCode());
            if (of == null) {
                throw new UnprocessableFieldException("lines[" + i + "].productCode",
                        line.productCode() + " is not an item of this record (items: " + String.join(", ", ordered.keySet()) + ")");
            }
            if (!seen.add(line.productCode())) {
                throw new InvalidFieldException("lines[" + i + "].productCode", line.productCode() + " is named twice");
            }
            BigDecimal already = delivered.getOrDefault(line.productCode(), BigDecimal.ZERO);
            BigDecimal left = of.subtract(already).max(BigDecimal.ZERO);
            if (line.quantity().compareTo(left) > 0) {
                throw new UnprocessableFieldException("lines[" + i + "].quantity", plain(line.quantity()) + " of "
                        + line.productCode() + " exceeds what is left to deliver: " + plain(left) + " (ordered " + plain(of)
                        + ", delivered " + plain(already) + ")");
            }
        }
        return List.copyOf(requested);
    }

    /** Every line delivered in full and accepted, and no delivery awaiting acceptance. */
    public static boolean complete(RequirementContent content, List<Delivery> deliveries) {
        if (deliveries.stream().anyMatch(Delivery::pending)) {
            return false;
        }
        Map<String, BigDecimal> ordered = ordered(content);
        if (ordered.isEmpty()) {
            return deliveries.stream().anyMatch(Delivery::accepted);
        }
        Map<String, BigDecimal> accepted = sum(deliveries, Delivery::accepted);
        return ordered.entrySet().stream()
                .allMatch(e -> accepted.getOrDefault(e.getKey(), BigDecimal.ZERO).compareTo(e.getValue()) >= 0);
    }

    /** Whether, with the deliveries so far (not rejected), nothing is left to deliver. */
    public static boolean allDelivered(RequirementContent content, List<Delivery> deliveries) {
        return progress(content, deliveries).stream().allMatch(p -> p.outstanding().signum() == 0);
    }

    /** Each line: ordered, delivered (not rejected), accepted, and what is still to be delivered. */
    public static List<Progress> progress(RequirementContent content, List<Delivery> deliveries) {
        Map<String, BigDecimal> delivered = sum(deliveries, d -> !d.rejected());
        Map<String, BigDecimal> accepted = sum(deliveries, Delivery::accepted);
        List<Progress> lines = new ArrayList<>();
        ordered(content).forEach((code, of) -> {
            BigDecimal done = delivered.getOrDefault(code, BigDecimal.ZERO);
            lines.add(new Progress(code, of, done, accepted.getOrDefault(code, BigDecimal.ZERO),
                    of.subtract(done).max(BigDecimal.ZERO)));
        });
        return lines;
    }

    private static List<Delivery.Line> outstanding(Map<String, BigDecimal> ordered, Map<String, BigDecimal> delivered,
            List<Delivery> deliveries) {
        if (ordered.isEmpty()) {
            // a record of services or requirements only is delivered as a whole, once (again after a rejection)
            if (deliveries.stream().anyMatch(d -> !d.rejected())) {
                throw new ConflictException("this record has no items and its delivery is already recorded");
            }
            return List.of();
        }
        List<Delivery.Line> lines = new ArrayList<>();
        ordered.forEach((code, of) -> {
            BigDecimal left = of.subtract(delivered.getOrDefault(code, BigDecimal.ZERO));
            if (left.signum() > 0) {
                lines.add(new Delivery.Line(code, left));
            }
        });
        if (lines.isEmpty()) {
            throw new ConflictException("every line is delivered in full already; what remains is the customer's acceptance");
        }
        return lines;
    }

    private static Map<String, BigDecimal> ordered(RequirementContent content) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        if (content.items() != null) {
            content.items().forEach(i -> ordered.merge(i.productCode(), i.quantity(), BigDecimal::add));
        }
        return ordered;
    }

    private static Map<String, BigDecimal> sum(List<Delivery> deliveries, Predicate<Delivery> counted) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        deliveries.stream().filter(counted).filter(d -> d.lines() != null)
                .forEach(d -> d.lines().forEach(l -> sums.merge(l.productCode(), l.quantity(), BigDecimal::add)));
        return sums;
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }
}
