package io.accord.requirements;

/** Support services a customer may require with the product. */
public enum ServiceKind {
    TRANSPORT, INSTALLATION, TRAINING, WARRANTY, MAINTENANCE
}
