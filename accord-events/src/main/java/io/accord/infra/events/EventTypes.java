package io.accord.infra.events;

/** Naming rule shared by every producer: {@code accord.<aggregate>.<past-tense verb>}. */
public final class EventTypes {
    public static final String PREFIX = "accord.";

    private EventTypes() {
    }

    public static String qualified(String shortType) {
        return shortType.startsWith(PREFIX) ? shortType : PREFIX + shortType;
    }
}
