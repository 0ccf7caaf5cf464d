package io.accord.gateway.service;

import java.util.List;

/** Register a machine client (an ERP) under a name, with the scopes its key grants ({@code orders:read}, …). */
public record RegisterApiClientCommand(String name, List<String> scopes) {
}
