package io.accord.complaint.rest;

/**
 * The example body of each operation that takes one, as the OpenAPI document shows it (Swagger UI, generators, mock
 * servers). Each is a body the service accepts as it stands: {@code RequestExamplesTest} reads every example into the
 * operation's request type and validates it.
 */
final class RequestExamples {

    static final String COMPLAINT = """
            {
              "customerId": "0b6f8a3e-5d1c-4e2a-9f47-3c2d1e0a9b85",
              "channel": "PHONE",
              "category": "QUALITY",
              "severity": "MAJOR",
              "description": "到货的 12 台离心泵中有 3 台机械密封处渗漏，试车 2 小时后出现",
              "orderRef": "SO-2027-000123",
              "productCode": "IS80-65-160",
              "batch": "B2027-0312"
            }
            """;

    static final String INVESTIGATION = """
            {
              "rootCause": "密封端面研磨工序漏检，该批次 3 只动环平面度超差",
              "containment": "冻结库存同批次密封 46 套，在途 2 台泵更换密封后再发"
            }
            """;

    static final String RESOLUTION = """
            {"summary": "上门更换 3 台泵的机械密封并重新试压，均无渗漏", "remedy": "REPAIR"}
            """;

    static final String CUSTOMER_CONFIRMATION = """
            {"accepted": true, "comment": "复验合格，同意关闭"}
            """;

    static final String WITHDRAWAL = """
            {"reason": "客户确认渗漏为其现场管道法兰未紧固所致，撤回投诉"}
            """;

    static final String CORRECTIVE_ACTION = """
            {
              "description": "密封端面研磨后增加 100% 平面度检测，并更新作业指导书 WI-MS-07",
              "owner": "质量部 李娜",
              "dueDate": "2027-01-31"
            }
            """;

    static final String IMPLEMENTATION = """
            {"note": "平面干涉仪已投用，WI-MS-07 C 版已发布并完成 6 名操作工培训"}
            """;

    static final String ACTION_VERIFICATION = """
            {"effective": true, "note": "措施实施后连续 3 个月出货 1,200 套密封，无同类渗漏投诉"}
            """;

    private RequestExamples() {
    }
}
