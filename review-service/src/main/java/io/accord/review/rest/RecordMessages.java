package io.accord.review.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The review record page's words, in English here and in Chinese in {@code messages/rec_zh_CN.properties}; the page
 * picks the language from {@code Accept-Language}. Codes (sources, categories, verdicts, …) get a label each, and an
 * unknown code (one added upstream later) is shown as it is rather than refused. Departments are named by the
 * department directory ({@link ReviewRecord#departmentName}), not here: a department added there prints with its name.
 */
@MessageBundle(value = "rec", locale = "en")
public interface RecordMessages {

    @Message("Product requirement review form")
    String formFull();

    @Message("Order confirmation form")
    String formSimplified();

    @Message("Review")
    String review();

    @Message("Status")
    String status();

    @Message("Review type")
    String reviewType();

    @Message("Full review by the departments")
    String typeFull();

    @Message("Simplified review (order confirmation)")
    String typeSimplified();

    @Message("Review policy version")
    String policy();

    @Message("Opened")
    String openedAt();

    @Message("Round")
    String round();

    @Message("Held by")
    String form();

    @Message("Clarification that opened this round")
    String clarification();

    @Message("Review meeting")
    String meeting();

    @Message("Held on")
    String heldAt();

    @Message("Attendees")
    String attendees();

    @Message("Minutes")
    String minutes();

    @Message("Given")
    String opinionSource();

    @Message("Earlier rounds")
    String earlierRounds();

    @Message("Round {round} (revision {revision})")
    String roundHeading(int round, int revision);

    @Message("The record reviewed")
    String identity();

    @Message("Requirement record")
    String requirement();

    @Message("Revision")
    String revision();

    @Message("Contract / order no.")
    String externalRef();

    @Message("ERP order no.")
    String erpOrderNo();

    @Message("Title")
    String title();

    @Message("Source")
    String source();

    @Message("Customer")
    String customer();

    @Message("new customer")
    String newCustomer();

    @Message("Products")
    String items();

    @Message("Product")
    String productCode();

    @Message("Description")
    String description();

    @Message("Specification")
    String specification();

    @Message("Quantity")
    String quantity();

    @Message("Unit")
    String unit();

    @Message("Unit price")
    String unitPrice();

    @Message("Currency")
    String currency();

    @Message("custom design")
    String customSpecification();

    @Message("Total value")
    String totalValue();

    @Message("Delivery")
    String delivery();

    @Message("Due date")
    String dueDate();

    @Message("Place")
    String place();

    @Message("Terms")
    String terms();

    @Message("Services")
    String services();

    @Message("Payment terms")
    String paymentTerms();

    @Message("Requirements")
    String requirements();

    @Message("Category")
    String category();

    @Message("Requirement")
    String text();

    @Message("Reference")
    String reference();

    @Message("Differences from the quotation")
    String quotation();

    @Message("Quotation")
    String quotationRef();

    @Message("Attachments")
    String attachments();

    @Message("File")
    String filename();

    @Message("Uploaded by")
    String uploadedBy();

    @Message("Difference")
    String kind();

    @Message("Quoted")
    String quoted();

    @Message("Requested")
    String requested();

    @Message("Resolution")
    String resolution();

    @Message("not resolved")
    String unresolved();

    @Message("Verbal order confirmed with the customer")
    String verbalOrder();

    @Message("Method")
    String method();

    @Message("Confirmed by (customer)")
    String confirmedBy();

    @Message("Recorded by")
    String recordedBy();

    @Message("High-risk work: risks identified, analysed and evaluated")
    String highRisk();

    @Message("Risks")
    String risks();

    @Message("Likelihood")
    String likelihood();

    @Message("Impact")
    String impact();

    @Message("Score")
    String score();

    @Message("Mitigation")
    String mitigation();

    @Message("Assessed by")
    String assessedBy();

    @Message("Why this review and these departments")
    String routing();

    @Message("Departments required")
    String departments();

    @Message("Opinions of the departments")
    String opinions();

    @Message("Department")
    String department();

    @Message("Opinion")
    String verdict();

    @Message("Comment")
    String comment();

    @Message("Conditions")
    String conditions();

    @Message("Signature")
    String signature();

    @Message("replaced by a later opinion")
    String replaced();

    @Message("for revision")
    String forRevision();

    @Message("Consolidation by sales")
    String consolidation();

    @Message("Terms applicable")
    String termsApplicable();

    @Message("Terms complete")
    String termsComplete();

    @Message("Terms clear")
    String termsClear();

    @Message("Differences resolved")
    String discrepanciesResolved();

    @Message("Order confirmation")
    String orderConfirmation();

    @Message("Decision")
    String decision();

    @Message("Reason for approving over a rejection")
    String overrideReason();

    @Message("Integrity")
    String integrity();

    @Message("Frozen at the decision and unchanged since (SHA-256 of record form {version}):")
    String frozenIntact(int version);

    @Message("CHANGED SINCE THE DECISION: no longer matches the SHA-256 frozen then (record form {version}):")
    String frozenChanged(int version);

    @Message("Not decided yet: the record is not frozen.")
    String notFrozen();

    @Message("none")
    String none();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("{#if code == 'CONTRACT_DRAFT'}Contract draft{#else if code == 'TECHNICAL_AGREEMENT'}Technical agreement{#else if code == 'TENDER'}Tender{#else if code == 'ORDER'}Order{#else if code == 'VERBAL_ORDER'}Verbal order{#else if code == 'ERP_ORDER'}ERP order{#else}{code}{/if}")
    String sourceLabel(String code);

    @Message("{#if code == 'STATED'}Stated by the customer{#else if code == 'IMPLIED'}Implied (necessary for the intended use){#else if code == 'STATUTORY'}Statutory and regulatory{#else if code == 'CUSTOMER_PROPERTY'}Customer property{#else if code == 'EMERGENCY'}Emergency measures{#else if code == 'COMPANY_ADDITIONAL'}Added by the company{#else}{code}{/if}")
    String categoryLabel(String code);

    @Message("{#if code == 'TRANSPORT'}Transport{#else if code == 'INSTALLATION'}Installation{#else if code == 'TRAINING'}Training{#else if code == 'WARRANTY'}Warranty{#else if code == 'MAINTENANCE'}Maintenance{#else}{code}{/if}")
    String serviceLabel(String code);

    @Message("{#if code == 'PRICE'}Price{#else if code == 'QUANTITY'}Quantity{#else if code == 'PRODUCT'}Product{#else if code == 'SPECIFICATION'}Specification{#else if code == 'DELIVERY_DATE'}Delivery date{#else}{code}{/if}")
    String kindLabel(String code);

    @Message("{#if code == 'FAX'}Fax{#else if code == 'PHONE'}Phone record{#else if code == 'EMAIL'}E-mail{#else if code == 'SIGNED_COPY'}Signed copy{#else}{code}{/if}")
    String methodLabel(String code);

    @Message("{#if code == 'TECHNICAL'}Technical{#else if code == 'DELIVERY'}Delivery{#else if code == 'CAPACITY'}Capacity{#else if code == 'FINANCIAL'}Financial{#else if code == 'LEGAL'}Legal{#else if code == 'SAFETY'}Safety{#else}{code}{/if}")
    String riskLabel(String code);

    @Message("{#if code == 'MEETING'}Review meeting{#else if code == 'COUNTERSIGNATURE'}Countersignature{#else}{code}{/if}")
    String formLabel(String code);

    @Message("{#if code == 'APPROVE'}Approve{#else if code == 'APPROVE_WITH_CONDITIONS'}Approve with conditions{#else if code == 'REJECT'}Reject{#else}{code}{/if}")
    String verdictLabel(String code);

    @Message("{#if code == 'APPROVED'}Approved{#else if code == 'REJECTED'}Rejected{#else if code == 'CLARIFICATION_REQUIRED'}Clarification required{#else}{code}{/if}")
    String decisionLabel(String code);

    @Message("{#if code == 'REVIEWED'}Reviewed{#else if code == 'CONSOLIDATED'}Consolidated{#else if code == 'APPROVED'}Approved{#else if code == 'REJECTED'}Rejected{#else if code == 'RETURNED_FOR_CLARIFICATION'}Returned for clarification{#else if code == 'CONFIRMED'}Confirmed{#else}{code}{/if}")
    String meaningLabel(String code);

    @Message("{#if code == 'OPEN'}Open{#else if code == 'CONSOLIDATED'}Consolidated{#else if code == 'APPROVED'}Approved{#else if code == 'REJECTED'}Rejected{#else if code == 'CLARIFICATION_REQUIRED'}Clarification required{#else if code == 'SUPERSEDED'}Superseded{#else}{code}{/if}")
    String statusLabel(String code);
}
