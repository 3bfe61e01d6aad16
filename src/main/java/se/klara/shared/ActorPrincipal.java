package se.klara.shared;

/** Implemented by the security principal so that modules can learn the actor without accounts. */
public interface ActorPrincipal {
  Actor actor();
}
