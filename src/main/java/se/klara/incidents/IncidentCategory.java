package se.klara.incidents;

import java.util.Locale;

/** One entry of an area's vocabulary of incident categories, such as violent crime. */
public record IncidentCategory(long id, String code, String nameSv, String nameEn) {
  /** The name in the user's language: English for English, otherwise Swedish. */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
  }
}
