package io.accord.complaint.service;

import java.time.LocalDate;

/** Open a corrective action against a complaint's cause: what is to be done, by whom, by when. */
public record OpenCorrectiveActionCommand(String description, String owner, LocalDate dueDate) {
}
