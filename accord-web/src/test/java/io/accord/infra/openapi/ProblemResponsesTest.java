package io.accord.infra.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemResponsesTest {

    private static Operation operation(String id, boolean secured, boolean body) {
        Operation operation = OASFactory.createOperation().operationId(id)
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));
        if (secured) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme"));
        }
        if (body) {
            operation.requestBody(OASFactory.createRequestBody());
        }
        return operation;
    }

    private static OpenAPI document() {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/complaints", OASFactory.createPathItem()
                        .POST(operation("ComplaintResource_create", true, true))
                        .GET(operation("ComplaintResource_list", true, false)))
                .addPathItem("/api/v1/complaints/{id}/resolution", OASFactory.createPathItem()
                        .POST(operation("ComplaintResource_resolve", true, true)))
                .addPathItem("/api/v1/complaints/{id}/history", OASFactory.createPathItem()
                        .GET(operation("AuditHistory_entries", true, false)))
                .addPathItem("/api/v1/survey-responses", OASFactory.createPathItem()
                        .POST(operation("SurveyResponseResource_answer", false, true))));
    }

    @Test
    void everyOperationGetsTheErrorAnswersItCanGiveAsTheSharedProblem() {
        OpenAPI openAPI = document();
        new ProblemResponses().filterOpenAPI(openAPI);

        var resolve = openAPI.getPaths().getPathItem("/api/v1/complaints/{id}/resolution").getPOST().getResponses();
        for (String status : List.of("400", "401", "403", "404", "409", "413", "415", "429", "503")) {
            assertNotNull(resolve.getAPIResponse(status), status);
        }
        assertEquals("#/components/responses/Conflict", resolve.getAPIResponse("409").getRef());
        var list = openAPI.getPaths().getPathItem("/api/v1/complaints").getGET().getResponses();
        assertFalse(list.hasAPIResponse("404"), "a list without an id is never 404");
        assertFalse(list.hasAPIResponse("409"));
        var publicAnswer = openAPI.getPaths().getPathItem("/api/v1/survey-responses").getPOST().getResponses();
        assertFalse(publicAnswer.hasAPIResponse("401"), "a public endpoint asks for no token");
        assertTrue(openAPI.getComponents().getSchemas().containsKey("Problem"));
        assertEquals(Boolean.TRUE, openAPI.getComponents().getSchemas().get("Problem").getExtensions().get(ProblemResponses.SHARED));
    }

    @Test
    void theSharedHistorySubResourceGetsAnOperationIdFromItsPath() {
        OpenAPI openAPI = document();
        new ProblemResponses().filterOpenAPI(openAPI);
        assertEquals("getComplaintsHistory", openAPI.getPaths().getPathItem("/api/v1/complaints/{id}/history").getGET().getOperationId());
        assertEquals("ComplaintResource_create", openAPI.getPaths().getPathItem("/api/v1/complaints").getPOST().getOperationId());
        assertEquals("SurveysInvitationsHistory", ProblemResponses.literalSegments("/api/v1/surveys/{id}/invitations/{invitationId}/history"));
        assertEquals("RequirementsAttachmentsByAttachmentId",
                ProblemResponses.literalSegments("/api/v1/requirements/{id}/attachments/{attachmentId}"));
    }
}
