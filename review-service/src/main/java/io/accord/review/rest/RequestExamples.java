package io.accord.review.rest;

/**
 * The example body of each operation that takes one, as the OpenAPI document shows it (Swagger UI, generators, mock
 * servers). Each is a body the service accepts as it stands: {@code RequestExamplesTest} reads every example into the
 * operation's request type and validates it.
 */
final class RequestExamples {

    static final String OPINION = """
            {
              "department": "PRODUCTION",
              "verdict": "APPROVE_WITH_CONDITIONS",
              "comment": "现有产能可满足 40 台，需加一个班次",
              "conditions": ["交期不早于 2027-03-31", "机械密封由客户指定品牌时需提前 6 周确认"]
            }
            """;

    static final String CONSOLIDATION = """
            {
              "termsApplicable": true,
              "termsComplete": true,
              "termsClear": true,
              "discrepanciesResolved": true,
              "comment": "各部门意见已汇总，生产部条件已写入合同附件"
            }
            """;

    static final String MEETING = """
            {
              "heldAt": "2026-12-03T09:30:00+08:00",
              "attendees": [
                {"department": "QUALITY", "name": "刘静"},
                {"department": "PRODUCTION", "name": "赵强"},
                {"department": "TECHNICAL", "name": "孙磊"}
              ],
              "minutes": "评审会于三楼会议室召开，逐项评审技术协议与交期；质量部确认检验能力满足 2 MPa 压力试验要求。",
              "opinions": [
                {"department": "QUALITY", "verdict": "APPROVE", "comment": "检验能力满足"},
                {"department": "PRODUCTION", "verdict": "APPROVE_WITH_CONDITIONS", "comment": "需加一个班次",
                 "conditions": ["交期不早于 2027-03-31"]}
              ]
            }
            """;

    static final String DECISION = """
            {"decision": "APPROVED", "comment": "同意按评审意见签订合同"}
            """;

    static final String RISK = """
            {"category": "DELIVERY", "likelihood": 3, "impact": 4, "mitigation": "提前锁定铸件供应商产能，每周跟踪毛坯到货"}
            """;

    static final String MITIGATION = """
            {"mitigation": "第二家铸件供应商已认可，首批毛坯提前两周到货"}
            """;

    static final String ORDER_CONFIRMATION = """
            {"method": "FAX", "reference": "传真回执 2026-11-27 第 3 页"}
            """;

    /** A new version of the seeded policy: FINANCE from 300,000 instead of 200,000, TECHNICAL given 96 hours. */
    static final String POLICY = """
            {
              "simplifiedMaxValue": 50000,
              "financeThreshold": 300000,
              "legalThreshold": 500000,
              "standardPaymentTerms": ["NET30", "NET60", "PREPAID"],
              "rerouteOnChange": {
                "QUANTITY": ["PRODUCTION", "PROCUREMENT"], "DELIVERY": ["PRODUCTION", "PROCUREMENT"],
                "PRICE": ["FINANCE"], "PAYMENT": ["FINANCE"],
                "SPECIFICATION": ["QUALITY", "TECHNICAL"], "QUALITY_REQUIREMENTS": ["QUALITY", "TECHNICAL"],
                "TERMS": ["LEGAL"], "SERVICES": ["SAFETY_ENV", "PRODUCTION"]
              },
              "slaHours": {"QUALITY": 48, "PRODUCTION": 48, "PROCUREMENT": 48, "TECHNICAL": 96, "FINANCE": 48, "LEGAL": 72, "SAFETY_ENV": 48}
            }
            """;

    /** A project department (项目部) that judges whether it can carry out each contract it will execute. */
    static final String DEPARTMENT = """
            {
              "names": {"zh-CN": "第三项目部", "en": "Project Department 3"},
              "kind": "PROJECT_DEPARTMENT",
              "signingRole": "PROJECT_3",
              "mailbox": "xmb3@example.com",
              "manager": "liu.xm3",
              "language": "zh-CN"
            }
            """;

    static final String DELEGATION = """
            {"to": "sun.qa", "reason": "Sun checked this customer's last order"}
            """;

    private RequestExamples() {
    }
}
