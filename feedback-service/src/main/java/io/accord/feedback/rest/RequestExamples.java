package io.accord.feedback.rest;

/**
 * The example body of each operation that takes one, as the OpenAPI document shows it (Swagger UI, generators, mock
 * servers). Each is a body the service accepts as it stands: {@code RequestExamplesTest} reads every example into the
 * operation's request type and validates it.
 */
final class RequestExamples {

    static final String FEEDBACK = """
            {
              "customerId": "0b6f8a3e-5d1c-4e2a-9f47-3c2d1e0a9b85",
              "channel": "PHONE",
              "category": "DELIVERY",
              "rating": 2,
              "text": "第二批离心泵晚到 5 天，影响了现场安装进度",
              "orderRef": "SO-2027-000123",
              "receivedAt": "2026-11-20T09:30:00+08:00"
            }
            """;

    static final String SURVEY = """
            {
              "title": "交付后满意度调查",
              "purpose": "DELIVERY",
              "questions": [
                {"key": "quality", "text": "您对产品质量的满意程度？", "type": "RATING_1_5", "dimension": "质量"},
                {"key": "on-time", "text": "您对交付及时性的满意程度？", "type": "RATING_1_5", "dimension": "交付"},
                {"key": "recommend", "text": "您向同行推荐我们的可能性有多大？", "type": "NPS_0_10"},
                {"key": "channel", "text": "您通常通过哪种方式联系我们？", "type": "CHOICE", "choices": ["电话", "邮件", "微信", "拜访"]},
                {"key": "comments", "text": "其他意见或建议", "type": "TEXT"}
              ]
            }
            """;

    static final String INVITATION = """
            {"customerId": "0b6f8a3e-5d1c-4e2a-9f47-3c2d1e0a9b85", "context": "订单 SO-2027-000123 交付", "validDays": 30}
            """;

    static final String RESPONSE = """
            {
              "token": "svy_Vq3mT0bX8rKp2LwZ9yHc4sNf7uJd1eGa6iOk5QxRtY0",
              "answers": [
                {"key": "quality", "value": 4},
                {"key": "on-time", "value": 3},
                {"key": "recommend", "value": 8},
                {"key": "channel", "value": "微信"},
                {"key": "comments", "value": "希望发货前能提前通知物流单号"}
              ]
            }
            """;

    private RequestExamples() {
    }
}
