package se.klara.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import se.klara.shared.InputException;

/**
 * Reading and writing an indicator's values by kind: shares 0–100 %, an index within its scale,
 * whole non-negative counts (also the counts rates are computed from), yes/no.
 */
public final class Values {
  private Values() {}

  /**
   * Reads a value as typed (decimal comma or point, a trailing % for shares, ja/nej/yes/no/1/0 for
   * yes/no). Refuses with an {@link InputException} on field {@code value}.
   */
  public static BigDecimal parse(Indicator indicator, String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new InputException("value", "goals.error.value.empty");
    }
    if (indicator.kind() == IndicatorKind.YES_NO) {
      return switch (t.toLowerCase(Locale.ROOT)) {
        case "ja", "yes", "1", "j", "y" -> BigDecimal.ONE;
        case "nej", "no", "0", "n" -> BigDecimal.ZERO;
        default -> throw new InputException("value", "goals.error.value.yes-no", t);
      };
    }
    if (indicator.kind() == IndicatorKind.SHARE && t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(t.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
    } catch (NumberFormatException e) {
      throw new InputException("value", "goals.error.value.number", t);
    }
    switch (indicator.kind()) {
      case SHARE -> {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
          throw new InputException("value", "goals.error.value.share", t);
        }
      }
      case INDEX -> {
        if (value.compareTo(indicator.scaleMin()) < 0
            || value.compareTo(indicator.scaleMax()) > 0) {
          throw new InputException(
              "value",
              "goals.error.value.index",
              t,
              plain(indicator.scaleMin()),
              plain(indicator.scaleMax()));
        }
      }
      case COUNT, RATE -> {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
          throw new InputException("value", "goals.error.value.count", t);
        }
      }
      default -> {}
    }
    return value;
  }

  /** As shown in tables: {@code 20 %}, {@code 5,5 %}, {@code 3,5}, {@code 1247}, {@code ja}. */
  public static String format(IndicatorKind kind, BigDecimal value, Locale locale) {
    if (value == null) {
      return "–";
    }
    boolean english = "en".equals(locale.getLanguage());
    if (kind == IndicatorKind.YES_NO) {
      boolean yes = value.signum() != 0;
      return english ? (yes ? "yes" : "no") : (yes ? "ja" : "nej");
    }
    DecimalFormat format =
        new DecimalFormat(
            "0.###",
            DecimalFormatSymbols.getInstance(
                english ? Locale.ENGLISH : Locale.forLanguageTag("sv")));
    format.setRoundingMode(RoundingMode.HALF_UP);
    String number = format.format(value);
    return kind == IndicatorKind.SHARE ? number + " %" : number;
  }

  /** Plain decimal with a point, as in the CSV: {@code 5.5}, {@code 1247}. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
