package se.klara.observations;

import java.util.Map;

/**
 * What one reporting organisation saw at a place (or in the area) in a period: how many
 * observations it filed, how many of them reported each phenomenon (by code), how many people it
 * counted, and how many observations said there were new faces compared with usual or not.
 */
public record OrganisationView(
    long organisationId,
    String organisationName,
    long observations,
    Map<String, Long> phenomena,
    long peopleCounted,
    long newFacesYes,
    long newFacesNo) {
  public OrganisationView {
    phenomena = Map.copyOf(phenomena);
  }
}
