package se.klara.observations;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The origins the form suggests: the 26 municipalities of Stockholm County and the 13 city
 * districts (stadsdelsområden) of Stockholm. Any other text is allowed; a text that matches a
 * suggestion apart from case and white space is stored in the suggestion's spelling, so that counts
 * of the same place add up.
 */
public final class OriginNames {
  private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

  /** Stockholm's city districts (stadsdelsområden, since 2020). */
  static final List<String> CITY_DISTRICTS =
      List.of(
          "Bromma",
          "Enskede-Årsta-Vantör",
          "Farsta",
          "Hägersten-Älvsjö",
          "Hässelby-Vällingby",
          "Kungsholmen",
          "Norrmalm",
          "Rinkeby-Kista",
          "Skarpnäck",
          "Skärholmen",
          "Spånga-Tensta",
          "Södermalm",
          "Östermalm");

  /** The municipalities of Stockholm County. */
  static final List<String> MUNICIPALITIES =
      List.of(
          "Botkyrka",
          "Danderyd",
          "Ekerö",
          "Haninge",
          "Huddinge",
          "Järfälla",
          "Lidingö",
          "Nacka",
          "Norrtälje",
          "Nykvarn",
          "Nynäshamn",
          "Salem",
          "Sigtuna",
          "Sollentuna",
          "Solna",
          "Stockholm",
          "Sundbyberg",
          "Södertälje",
          "Tyresö",
          "Täby",
          "Upplands Väsby",
          "Upplands-Bro",
          "Vallentuna",
          "Vaxholm",
          "Värmdö",
          "Österåker");

  private static final List<String> SUGGESTIONS =
      Stream.concat(CITY_DISTRICTS.stream(), MUNICIPALITIES.stream())
          .sorted(Collator.getInstance(Locale.forLanguageTag("sv")))
          .toList();

  private static final Map<String, String> BY_KEY =
      SUGGESTIONS.stream().collect(Collectors.toMap(OriginNames::key, Function.identity()));

  private OriginNames() {}

  /** The suggestions in Swedish alphabetical order. */
  public static List<String> suggestions() {
    return SUGGESTIONS;
  }

  /** Whether the text is one of the suggestions, apart from case and white space. */
  public static boolean suggested(String text) {
    return text != null && BY_KEY.containsKey(key(text));
  }

  /**
   * The text with white space collapsed and trimmed, in a suggestion's spelling when it matches one
   * apart from case; null stays null.
   */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String collapsed = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return BY_KEY.getOrDefault(key(collapsed), collapsed);
  }

  /** The text as compared: white space collapsed, lower case. */
  static String key(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
