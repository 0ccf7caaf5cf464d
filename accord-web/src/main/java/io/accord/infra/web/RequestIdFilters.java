package io.accord.infra.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Accepts the caller's (or gateway's) X-Request-Id, or makes one, and echoes it on every response. */
public class RequestIdFilters {

    private static final String PROPERTY = "accord.requestId";

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        request.setProperty(PROPERTY, RequestIds.accept(request.getHeaderString(RequestIds.HEADER)));
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
