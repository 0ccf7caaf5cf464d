package io.accord.complaint;

/** What the company does for the customer (API.md). */
public enum Remedy { REPAIR, REPLACE, REFUND, CREDIT, EXPLANATION }
