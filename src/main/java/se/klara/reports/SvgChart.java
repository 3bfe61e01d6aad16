package se.klara.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart as inline SVG, drawn on the server so that the PDF needs no JavaScript and the
 * web page shows the same picture. Colours and lines are presentation attributes (the
 * Content-Security-Policy forbids inline styles). A dashed line marks the target.
 */
public final class SvgChart {
  static final int WIDTH = 520;
  static final int HEIGHT = 200;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 14;
  private static final int BOTTOM = 34;

  private SvgChart() {}

  /**
   * {@code values} may hold nulls (no value: the line breaks). {@code min}/{@code max} fix the
   * axis; null fits it to the data and the target. {@code format} writes a value as a label.
   */
  public static String line(
      String description,
      List<String> labels,
      List<BigDecimal> values,
      BigDecimal target,
      BigDecimal min,
      BigDecimal max,
      java.util.function.Function<BigDecimal, String> format) {
    double lo = min == null ? 0 : min.doubleValue();
    double hi = max == null ? Double.NaN : max.doubleValue();
    if (Double.isNaN(hi)) {
      hi = lo;
      for (BigDecimal v : values) {
        if (v != null) {
          hi = Math.max(hi, v.doubleValue());
        }
      }
      if (target != null) {
        hi = Math.max(hi, target.doubleValue());
      }
      hi = niceCeiling(hi);
    }
    if (hi <= lo) {
      hi = lo + 1;
    }
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int n = Math.max(labels.size(), 1);
    double step = (double) plotWidth / n;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(description))
        .append("\"><title>")
        .append(escape(description))
        .append("</title>");
    // axes and grid: bottom, middle and top values
    for (int i = 0; i <= 2; i++) {
      double v = lo + (hi - lo) * i / 2;
      double y = y(v, lo, hi, plotHeight);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#cccccc\" stroke-width=\"1\"/>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#333333\">%s</text>",
              LEFT - 4,
              y + 3,
              escape(format.apply(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP)))));
    }
    if (target != null) {
      double y = y(target.doubleValue(), lo, hi, plotHeight);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b00020\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y));
    }
    List<String> segment = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      double x = LEFT + step * (i + 0.5);
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333333\">%s</text>",
              x,
              HEIGHT - BOTTOM + 16,
              escape(labels.get(i))));
      BigDecimal v = i < values.size() ? values.get(i) : null;
      if (v == null) {
        polyline(svg, segment);
        segment.clear();
        continue;
      }
      double y = y(v.doubleValue(), lo, hi, plotHeight);
      segment.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1a4f8b\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" fill=\"#000000\">%s</text>",
              x,
              y,
              x,
              y - 7,
              escape(format.apply(v))));
    }
    polyline(svg, segment);
    svg.append("</svg>");
    return svg.toString();
  }

  private static void polyline(StringBuilder svg, List<String> points) {
    if (points.size() > 1) {
      svg.append("<polyline fill=\"none\" stroke=\"#1a4f8b\" stroke-width=\"2\" points=\"")
          .append(String.join(" ", points))
          .append("\"/>");
    }
  }

  private static double y(double value, double lo, double hi, int plotHeight) {
    double clamped = Math.max(lo, Math.min(hi, value));
    return TOP + plotHeight - (clamped - lo) / (hi - lo) * plotHeight;
  }

  /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}. */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
      if (factor * power >= value) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
