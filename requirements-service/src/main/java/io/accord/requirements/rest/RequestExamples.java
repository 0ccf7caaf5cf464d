package io.accord.requirements.rest;

/**
 * The example body of each operation that takes one, as the OpenAPI document shows it (Swagger UI, generators, mock
 * servers). Each is a body the service accepts as it stands: {@code RequestExamplesTest} reads every example into the
 * operation's request type and validates it.
 */
final class RequestExamples {

    static final String CUSTOMER = """
            {
              "code": "WXPUMP",
              "name": "无锡泵业有限公司",
              "contacts": [
                {"name": "王芳", "role": "采购经理", "email": "wang.fang@wxpump.example.cn", "phone": "+86 510 8888 1234"}
              ]
            }
            """;

    static final String CUSTOMER_UPDATE = """
            {
              "name": "无锡泵业股份有限公司",
              "contacts": [
                {"name": "王芳", "role": "采购经理", "email": "wang.fang@wxpump.example.cn", "phone": "+86 510 8888 1234"},
                {"name": "赵磊", "role": "质量工程师", "email": "zhao.lei@wxpump.example.cn"}
              ]
            }
            """;

    static final String CAPTURE = """
            {
              "customerId": "0b6f8a3e-5d1c-4e2a-9f47-3c2d1e0a9b85",
              "source": "CONTRACT_DRAFT",
              "externalRef": "HT-2027-0042",
              "title": "离心泵及机械密封 2027 年度供货",
              "items": [
                {
                  "productCode": "IS80-65-160",
                  "description": "单级单吸离心泵",
                  "specification": "流量 50 m³/h，扬程 32 m，铸铁泵体",
                  "quantity": 40,
                  "unit": "台",
                  "unitPrice": 6850.00,
                  "currency": "CNY",
                  "acceptanceCriteria": "到货开箱检验；每台附出厂试验报告，出口压力试验 1.6 MPa 保压 30 min 无渗漏"
                },
                {
                  "productCode": "MS-104-35",
                  "description": "机械密封",
                  "quantity": 80,
                  "unit": "套",
                  "unitPrice": 420.00,
                  "currency": "CNY"
                }
              ],
              "delivery": {"dueDate": "2027-03-31", "place": "江苏省无锡市新吴区 客户仓库", "terms": "DAP 无锡"},
              "services": ["TRANSPORT", "INSTALLATION"],
              "requirements": [
                {"category": "STATED", "text": "出厂前逐台进行水压试验，试验压力 1.6 MPa", "reference": "技术协议 第 4.2 条"},
                {"category": "STATUTORY", "text": "电机能效符合 GB 18613-2020 二级"}
              ],
              "quotationRef": "BJ-2026-118",
              "quotation": {
                "items": [
                  {"productCode": "IS80-65-160", "quantity": 40, "unitPrice": 6850.00, "currency": "CNY"},
                  {"productCode": "MS-104-35", "quantity": 80, "unitPrice": 420.00, "currency": "CNY"}
                ],
                "deliveryDate": "2027-03-31"
              },
              "highRisk": false,
              "paymentTerms": "NET60"
            }
            """;

    static final String CONFIRMATION = """
            {"method": "SIGNED_COPY", "confirmedBy": "王芳（采购经理）", "reference": "回签订单扫描件 2026-11-27"}
            """;

    static final String CLARIFICATION = """
            {"clarification": "客户书面确认交货地点为无锡新区仓库，验收按 GB/T 3216 执行（邮件 2026-11-29）"}
            """;

    static final String RESOLUTION = """
            {"note": "客户书面同意按报价单价 6850 元/台执行，见邮件 2026-11-26"}
            """;

    static final String AMENDMENT = """
            {
              "reason": "客户来函将数量由 40 台增至 50 台，交期顺延两周",
              "items": [
                {
                  "productCode": "IS80-65-160",
                  "description": "单级单吸离心泵",
                  "specification": "流量 50 m³/h，扬程 32 m，铸铁泵体",
                  "quantity": 50,
                  "unit": "台",
                  "unitPrice": 6850.00,
                  "currency": "CNY"
                }
              ],
              "delivery": {"dueDate": "2027-04-14", "place": "江苏省无锡市新吴区 客户仓库", "terms": "DAP 无锡"}
            }
            """;

    static final String CANCELLATION = """
            {"reason": "客户项目取消，来函编号 WX-2026-311"}
            """;

    static final String DELIVERY = """
            {"lines": [{"productCode": "IS80-65-160", "quantity": 6}],
             "reference": "发货单 FH-2027-0318", "note": "分两批发运，第二批 2027-03-28 到货"}
            """;

    static final String ACCEPTANCE = """
            {"accepted": true}
            """;

    static final String REJECTION = """
            {"accepted": false, "category": "QUALITY", "reason": "2 台泵出口压力试验未达到 1.6 MPa 验收要求，拒收"}
            """;

    static final String ORDER = """
            {
              "erpOrderNo": "SO-2027-000123",
              "customerCode": "WXPUMP",
              "title": "离心泵补货订单",
              "lines": [
                {
                  "productCode": "IS80-65-160",
                  "description": "单级单吸离心泵",
                  "quantity": 10,
                  "unit": "台",
                  "unitPrice": 6850.00,
                  "currency": "CNY",
                  "customSpecification": false
                }
              ],
              "delivery": {"dueDate": "2027-02-28", "place": "江苏省无锡市新吴区 客户仓库"},
              "services": ["TRANSPORT"],
              "highRisk": false,
              "paymentTerms": "NET30"
            }
            """;

    static final String ORDER_AMENDMENT = """
            {
              "reason": "ERP 订单变更：数量 10 → 12",
              "lines": [
                {
                  "productCode": "IS80-65-160",
                  "description": "单级单吸离心泵",
                  "quantity": 12,
                  "unit": "台",
                  "unitPrice": 6850.00,
                  "currency": "CNY",
                  "customSpecification": false
                }
              ]
            }
            """;

    static final String PROPERTY = """
            {
              "customerId": "0b6f8a3e-5d1c-4e2a-9f47-3c2d1e0a9b85",
              "requirementId": "5f2b7c1d-8e4a-4b6f-a0c3-9d1e2f3a4b5c",
              "kind": "TOOLING",
              "description": "客户提供的泵体铸造模具（编号 MJ-IS80-01）",
              "quantity": 1,
              "unit": "套"
            }
            """;

    static final String VERIFICATION = """
            {"result": "CONFORMING", "notes": "外观完好，型腔尺寸抽检 5 处均在公差内"}
            """;

    static final String INCIDENT = """
            {"type": "DAMAGED", "description": "搬运中模具分型面磕伤约 3 mm，已隔离待客户确认"}
            """;

    static final String NOTICE = """
            {"method": "EMAIL", "reference": "邮件 2026-11-28 致王芳，附照片 4 张"}
            """;

    static final String RETURN = """
            {"returnedTo": "王芳（无锡泵业采购部）", "reference": "归还单 GH-2027-007", "note": "随最后一批货物一并归还"}
            """;

    private RequestExamples() {
    }
}
