package io.accord.requirements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares a capture with its quotation, item by item (matched by product code), and the delivery date. */
public final class Discrepancies {

    private Discrepancies() {
    }

    /** The differences of {@code content}; resolutions of {@code earlier} differences with the same key carry over. */
    public static List<Discrepancy> of(RequirementContent content, List<Discrepancy> earlier) {
        RequirementContent.Quotation quotation = content.quotation();
        if (quotation == null) {
            return List.of();
        }
        Map<String, Discrepancy> previous = new HashMap<>();
        if (earlier != null) {
            earlier.forEach(d -> previous.put(d.key(), d));
        }
        List<Discrepancy> found = new ArrayList<>();
        Map<String, RequirementContent.QuotedItem> quoted = new HashMap<>();
        if (quotation.items() != null) {
            quotation.items().forEach(q -> quoted.put(q.productCode(), q));
        }
        for (RequirementContent.Item item : content.items()) {
            RequirementContent.QuotedItem q = quoted.remove(item.productCode());
            if (q == null) {
                found.add(new Discrepancy(null, Discrepancy.Kind.PRODUCT, item.productCode(), "not quoted", item.productCode(), null));
                continue;
            }
            if (differs(q.unitPrice(), item.unitPrice()) || !Objects.equals(q.currency(), item.currency())) {
                found.add(new Discrepancy(null, Discrepancy.Kind.PRICE, item.productCode(), money(q.unitPrice(), q.currency()),
                        money(item.unitPrice(), item.currency()), null));
            }
            if (differs(q.quantity(), item.quantity())) {
                found.add(new Discrepancy(null, Discrepancy.Kind.QUANTITY, item.productCode(), plain(q.quantity()),
                        plain(item.quantity()), null));
            }
            if (q.specification() != null && !q.specification().equals(item.specification())) {
                found.add(new Discrepancy(null, Discrepancy.Kind.SPECIFICATION, item.productCode(), q.specification(),
                        item.specification(), null));
            }
        }
        for (RequirementContent.QuotedItem q : quoted.values()) {
            found.add(new Discrepancy(null, Discrepancy.Kind.PRODUCT, q.productCode(), q.productCode(), "not requested", null));
        }
        if (quotation.deliveryDate() != null && content.delivery() != null
                && !quotation.deliveryDate().equals(content.delivery().dueDate())) {
            found.add(new Discrepancy(null, Discrepancy.Kind.DELIVERY_DATE, null, quotation.deliveryDate().toString(),
                    String.valueOf(content.delivery().dueDate()), null));
        }
        List<Discrepancy> keyed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Discrepancy d : found) {
            String key = d.kind() + ":" + (d.productCode() == null ? "-" : d.productCode());
            if (!keys.add(key)) {
                // a further line of a product that was not quoted is the same difference: one key, one resolution
                continue;
            }
            Discrepancy before = previous.get(key);
            boolean sameDifference = before != null && Objects.equals(before.quoted(), d.quoted())
                    && Objects.equals(before.requested(), d.requested());
            keyed.add(new Discrepancy(key, d.kind(), d.productCode(), d.quoted(), d.requested(),
                    sameDifference ? before.resolution() : null));
        }
        return keyed;
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) != 0;
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal v, String currency) {
        return plain(v) + " " + currency;
    }
}
