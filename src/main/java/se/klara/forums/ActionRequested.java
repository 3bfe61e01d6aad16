package se.klara.forums;

/**
 * Published in the deciding transaction when a forum sends a question (or a point raised in a
 * meeting) to the action plan, typically a problem in the physical environment. The action plan
 * listens and raises an action item that links back here.
 *
 * @param areaId the area
 * @param requestedByUserId who sent it to the action plan
 * @param text the problem, already through the privacy guard
 * @param placeId the place, or null
 * @param questionId the question it came from, or null
 * @param meetingId the meeting it was decided in, or null
 * @param raisedInLabel human-readable origin, e.g. "Platssamverkan Klara 2019-05-03, fråga 12"
 * @param raisedInLink path of the question or meeting inside Klara
 */
public record ActionRequested(
    long areaId,
    long requestedByUserId,
    String text,
    Long placeId,
    Long questionId,
    Long meetingId,
    String raisedInLabel,
    String raisedInLink) {}
