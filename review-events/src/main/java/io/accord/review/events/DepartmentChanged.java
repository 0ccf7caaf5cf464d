package io.accord.review.events;

/**
 * A department's directory entry as it is after the change: who signs for it and where its mail goes (in which
 * {@code language}: {@code zh-CN}, {@code en}, or null for the suite's default), for the services that write to
 * departments ({@code kind} is a name of the service's {@code DepartmentKind}).
 */
public record DepartmentChanged(String code, String nameZh, String nameEn, String kind, String signingRole, String mailbox,
        String manager, String language, boolean active) {
}
