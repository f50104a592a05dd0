package org.isec.training.domain.courses;

/**
 * Catalogue filters, each optional.
 *
 * @param upcoming true: only scheduled courses whose first session has not started yet, soonest first
 */
public record CatalogueFilter(String topic, String language, String format, boolean upcoming) {
}
