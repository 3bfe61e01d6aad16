package se.klara.observations;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.klara.areas.AreaRegistered;

/**
 * Gives every new area the standard vocabulary of phenomena, however it is created (the {@code area
 * create} task, the demo, a later admin page). It listens synchronously, in the registering
 * transaction: an area never exists without its vocabulary.
 */
@Component
class StandardVocabularyForNewAreas {
  private final Observations observations;

  StandardVocabularyForNewAreas(Observations observations) {
    this.observations = observations;
  }

  @EventListener
  void on(AreaRegistered event) {
    observations.addStandardVocabulary(event.area());
  }
}
