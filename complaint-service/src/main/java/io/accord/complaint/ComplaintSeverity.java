package io.accord.complaint;

/** How bad it is; the resolution SLA follows from it (3 / 7 / 15 days by default). */
public enum ComplaintSeverity { CRITICAL, MAJOR, MINOR }
