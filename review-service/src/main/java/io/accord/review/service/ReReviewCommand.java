package io.accord.review.service;

import java.util.List;

/**
 * Review an amended requirement again: the new revision ({@code current}), why it changed and which content paths
 * changed (they decide which departments review again).
 */
public record ReReviewCommand(OpenReviewCommand current, String reason, List<String> changedPaths) {
}
