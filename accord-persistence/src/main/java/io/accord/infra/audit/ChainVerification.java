package io.accord.infra.audit;

/** Answer of {@code …/{id}/history/verification}: intact, or the first entry whose hash does not hold. */
public record ChainVerification(boolean intact, int entries, Integer firstBrokenSeq, String lastHash) {
}
