package io.accord.infra.signatures;

import java.util.Locale;

/**
 * What a person means by signing (21 CFR 11.50: every signed record shows the meaning of its signature). A closed
 * list, so that a record never carries a meaning nobody defined; each has the words the printed record uses.
 */
public enum SignatureMeaning {
    /** A department's opinion on its aspect of a requirement (评审意见, 会签). */
    REVIEWED("Reviewed", "已评审"),
    /** The sales manager's check of the terms once every opinion is in (汇总). */
    CONSOLIDATED("Consolidated", "已汇总"),
    /** An approval: the general manager's decision, or the sales manager's on a simplified review. */
    APPROVED("Approved", "批准"),
    REJECTED("Rejected", "不批准"),
    /** A decision that sends the record back for clarification. */
    RETURNED_FOR_CLARIFICATION("Returned for clarification", "退回澄清"),
    /** An order confirmed with the customer: the simplified review's signature (订单确认). */
    CONFIRMED("Confirmed", "已确认"),
    /** A corrective action's effectiveness checked and found effective (验证有效). */
    VERIFIED("Verified effective", "验证有效"),
    /** A corrective action's effectiveness checked and found wanting: it is implemented again. */
    FOUND_INEFFECTIVE("Found ineffective", "验证无效"),
    /** A complaint closed on the customer's acceptance of its resolution. */
    CLOSED("Closed", "关闭");

    private final String english;
    private final String chinese;

    SignatureMeaning(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The words a printed record shows: Chinese for a {@code zh} locale, English otherwise. */
    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
    }
}
