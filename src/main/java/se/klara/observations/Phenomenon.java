package se.klara.observations;

import java.util.Locale;

/** One entry of an area's vocabulary of phenomena, such as drug dealing or youth groups. */
public record Phenomenon(long id, long areaId, String code, String nameSv, String nameEn) {
  /** The name in the user's language: English for English, otherwise Swedish. */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
  }
}
