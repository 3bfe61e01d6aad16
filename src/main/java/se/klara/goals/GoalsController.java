package se.klara.goals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;
import se.klara.shared.InputException;
import se.klara.shared.NotFoundException;
import se.klara.shared.Role;

/**
 * Goals pages: the overview of a year with the coordinator's assessments, an indicator with its
 * measurements (and changing one), populations, the open-drug-scene checklist, CSV import/export.
 */
@Controller
class GoalsController {
  private final AreaAccess areaAccess;
  private final Goals goals;
  private final MeasurementCsv csv;
  private final MessageSource messages;

  GoalsController(AreaAccess areaAccess, Goals goals, MeasurementCsv csv, MessageSource messages) {
    this.areaAccess = areaAccess;
    this.goals = goals;
    this.csv = csv;
    this.messages = messages;
  }

  /** A goal's status choices with their names, for the assessment form. */
  public record Choice(String value, String label) {}

  @GetMapping("/areas/{area}/goals")
  String overview(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "year", required = false) Integer year,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    overviewModel(actor, area, year, locale, model);
    return "goals/overview";
  }

  private void overviewModel(Actor actor, Area area, Integer year, Locale locale, Model model) {
    int y =
        year == null
            ? goals.latestYear(area, java.time.Year.now().getValue() - 1)
            : checkYear(year);
    FollowUp followUp = goals.followUp(area, y, locale);
    model.addAttribute("currentArea", area);
    model.addAttribute("followUp", followUp);
    model.addAttribute("mayEdit", mayEdit(actor));
    List<Choice> statuses = new ArrayList<>();
    for (GoalStatus status : GoalStatus.values()) {
      statuses.add(new Choice(status.name(), text(status.messageKey(), locale)));
    }
    model.addAttribute("statuses", statuses);
    Map<Long, String> statusText = new HashMap<>();
    Map<Long, String> proposedText = new HashMap<>();
    Map<String, String> resultText = new HashMap<>();
    for (FollowUp.GoalFollowUp g : followUp.goals()) {
      statusText.put(g.goal().id(), text(g.status().messageKey(), locale));
      proposedText.put(g.goal().id(), text(g.proposed().messageKey(), locale));
      g.tables()
          .forEach(
              t ->
                  t.rows().stream()
                      .filter(r -> r.result() != null)
                      .forEach(
                          r -> resultText.put(r.code(), text(r.result().messageKey(), locale))));
    }
    model.addAttribute("statusText", statusText);
    model.addAttribute("proposedText", proposedText);
    model.addAttribute("resultText", resultText);
    model.addAttribute("geographies", goals.geographies(area));
    Map<Long, List<HistoryRow>> history = new HashMap<>();
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withZone(se.klara.shared.DateRange.ZONE);
    for (FollowUp.GoalFollowUp g : followUp.goals()) {
      history.put(
          g.goal().id(),
          goals.assessments(area, g.goal()).stream()
              .sorted(java.util.Comparator.comparingLong(Assessment::id).reversed())
              .map(
                  a ->
                      new HistoryRow(
                          a.year(),
                          text(a.status().messageKey(), locale),
                          text(a.proposed().messageKey(), locale),
                          a.confirmedBy() == null ? "–" : a.confirmedBy(),
                          day.format(a.confirmedAt())))
              .toList());
    }
    model.addAttribute("history", history);
  }

  /** An earlier or current assessment of a goal, as the history lists it. */
  public record HistoryRow(int year, String status, String proposed, String by, String on) {}

  @PostMapping("/areas/{area}/goals/vision")
  String changeVision(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "vision", required = false) String vision,
      @RequestParam(name = "year", required = false) Integer year,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      goals.changeVision(actor, area, vision);
      redirect.addFlashAttribute("notice", "goals.vision.saved");
      return "redirect:/areas/" + area.slug() + "/goals";
    } catch (InputException e) {
      overviewModel(actor, area, year, locale, model);
      model.addAttribute("error", text(e.messageKey(), locale, e.arguments()));
      return "goals/overview";
    }
  }

  @PostMapping("/areas/{area}/goals/{id}")
  String changeGoal(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") int number,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "description", required = false) String description,
      @RequestParam(name = "year", required = false) Integer year,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      goals.changeGoal(actor, area, number, title, description);
      redirect.addFlashAttribute("notice", "goals.goal.saved");
      return "redirect:/areas/" + area.slug() + "/goals#goal-" + number;
    } catch (InputException e) {
      overviewModel(actor, area, year, locale, model);
      model.addAttribute("error", text(e.messageKey(), locale, e.arguments()));
      return "goals/overview";
    }
  }

  @PostMapping("/areas/{area}/goals/{id}/assessments")
  String confirm(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") int number,
      @RequestParam(name = "year") int year,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "analysis", required = false) String analysis,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      GoalStatus chosen;
      try {
        chosen = GoalStatus.valueOf(status == null ? "" : status);
      } catch (IllegalArgumentException e) {
        throw new InputException("status", "goals.error.status");
      }
      goals.confirm(actor, area, number, checkYear(year), chosen, analysis, locale);
      redirect.addFlashAttribute("notice", "goals.assessment.saved");
      return "redirect:/areas/" + area.slug() + "/goals?year=" + year + "#goal-" + number;
    } catch (InputException e) {
      overviewModel(actor, area, year, locale, model);
      model.addAttribute("error", text(e.messageKey(), locale, e.arguments()));
      model.addAttribute("errorGoal", number);
      model.addAttribute("enteredAnalysis", analysis);
      return "goals/overview";
    }
  }

  @GetMapping("/areas/{area}/goals/indicators/{id}")
  String indicator(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") String code,
      Locale locale,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    indicatorModel(actor, area, code, locale, model);
    return "goals/indicator";
  }

  private void indicatorModel(Actor actor, Area area, String code, Locale locale, Model model) {
    Indicator indicator = goals.indicator(area, code);
    model.addAttribute("currentArea", area);
    model.addAttribute("indicator", indicator);
    model.addAttribute(
        "goal",
        goals.goals(area).stream()
            .filter(g -> g.id() == indicator.goalId())
            .findFirst()
            .orElseThrow());
    Map<String, Integer> populations = new HashMap<>();
    goals
        .populations(area)
        .forEach(p -> populations.put(p.geography() + "/" + p.year(), p.population()));
    List<MeasurementRow> rows = new ArrayList<>();
    for (Measurement m : goals.measurements(area, indicator)) {
      Integer population = populations.get(m.geography() + "/" + m.period().year());
      String rate =
          indicator.rate() && population != null
              ? Rates.per100k(m.value().longValue(), population).toPlainString()
              : "";
      rows.add(
          new MeasurementRow(
              m.geography(),
              m.period().code(),
              m.period().label(locale),
              m.gender().name(),
              indicator.rate()
                  ? Values.plain(m.value())
                  : Values.format(indicator.kind(), m.value(), locale),
              Values.plain(m.value()),
              population == null ? "" : Integer.toString(population),
              rate,
              m.comment()));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("kindText", text("goals.kind." + indicator.kind().name(), locale));
    model.addAttribute(
        "directionText", text("goals.direction." + indicator.direction().name(), locale));
    model.addAttribute(
        "targetText",
        indicator.targetValue() == null
            ? "–"
            : Values.format(
                indicator.rate() ? IndicatorKind.COUNT : indicator.kind(),
                indicator.targetValue(),
                locale));
    model.addAttribute("geographies", goals.geographies(area));
    model.addAttribute("mayEdit", mayEdit(actor));
  }

  /** A measurement as listed on the indicator page (rates with their count and population). */
  public record MeasurementRow(
      String geography,
      String period,
      String periodLabel,
      String gender,
      String value,
      String rawValue,
      String population,
      String rate,
      String comment) {}

  @PostMapping("/areas/{area}/goals/indicators/{id}/measurements")
  String setMeasurement(
      Actor actor,
      @PathVariable("area") String slug,
      @PathVariable("id") String code,
      @RequestParam(name = "geography", required = false) String geography,
      @RequestParam(name = "period", required = false) String period,
      @RequestParam(name = "gender", required = false) String gender,
      @RequestParam(name = "value", required = false) String value,
      @RequestParam(name = "comment", required = false) String comment,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    Indicator indicator = goals.indicator(area, code);
    try {
      goals.setMeasurement(
          actor, area, indicator.code(), geography, period, gender, value, comment);
      redirect.addFlashAttribute("notice", "goals.measurement.saved");
      return "redirect:/areas/" + area.slug() + "/goals/indicators/" + indicator.code();
    } catch (InputException | NotFoundException e) {
      indicatorModel(actor, area, code, locale, model);
      model.addAttribute(
          "error",
          e instanceof InputException input
              ? text(input.messageKey(), locale, input.arguments())
              : text("goals.error.geography", locale));
      model.addAttribute(
          "entered",
          Map.of(
              "geography", geography == null ? "" : geography,
              "period", period == null ? "" : period,
              "gender", gender == null ? "T" : gender,
              "value", value == null ? "" : value,
              "comment", comment == null ? "" : comment));
      return "goals/indicator";
    }
  }

  @GetMapping("/areas/{area}/goals/populations")
  String populations(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    populationsModel(actor, area, model);
    return "goals/populations";
  }

  private void populationsModel(Actor actor, Area area, Model model) {
    model.addAttribute("currentArea", area);
    model.addAttribute("populations", goals.populations(area));
    model.addAttribute("geographies", goals.geographies(area));
    model.addAttribute("mayEdit", mayEdit(actor));
  }

  @PostMapping("/areas/{area}/goals/populations")
  String setPopulation(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "geography", required = false) String geography,
      @RequestParam(name = "year", required = false) String year,
      @RequestParam(name = "population", required = false) String population,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    try {
      int y = parseInt(year, "year", "goals.error.year");
      int n = parseInt(population, "population", "goals.error.population");
      goals.setPopulation(actor, area, geography == null ? "" : geography, y, n);
      redirect.addFlashAttribute("notice", "goals.population.saved");
      return "redirect:/areas/" + area.slug() + "/goals/populations";
    } catch (InputException | NotFoundException e) {
      populationsModel(actor, area, model);
      model.addAttribute(
          "error",
          e instanceof InputException input
              ? text(input.messageKey(), locale, input.arguments())
              : text("goals.error.geography", locale));
      return "goals/populations";
    }
  }

  @GetMapping("/areas/{area}/goals/checklist")
  String checklist(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "place", required = false) String place,
      @RequestParam(name = "year", required = false) Integer year,
      Model model) {
    Area area = areaAccess.require(actor, slug);
    List<Indicator> items = goals.odsItems(area);
    String where = place != null ? place : items.isEmpty() ? "" : items.get(0).geography();
    int y =
        year == null
            ? goals.latestYear(area, java.time.Year.now().getValue() - 1)
            : checkYear(year);
    model.addAttribute("currentArea", area);
    model.addAttribute("geographies", goals.geographies(area));
    model.addAttribute("checklist", items.isEmpty() ? null : goals.checklist(area, where, y));
    model.addAttribute("year", y);
    model.addAttribute("place", where);
    model.addAttribute("mayEdit", mayEdit(actor));
    return "goals/checklist";
  }

  @PostMapping("/areas/{area}/goals/checklist")
  String saveChecklist(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam Map<String, String> form,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Area area = areaAccess.require(actor, slug);
    String place = form.getOrDefault("place", "");
    int year;
    try {
      year = checkYear(parseInt(form.get("year"), "year", "goals.error.year"));
    } catch (InputException e) {
      throw new NotFoundException("year");
    }
    Map<Integer, Boolean> answers = new HashMap<>();
    Map<Integer, String> comments = new HashMap<>();
    Map<Integer, Integer> grades = new HashMap<>();
    try {
      for (Map.Entry<String, String> e : form.entrySet()) {
        if (e.getKey().matches("answer\\d+")) {
          int n = Integer.parseInt(e.getKey().substring("answer".length()));
          switch (e.getValue()) {
            case "yes" -> answers.put(n, true);
            case "no" -> answers.put(n, false);
            default -> answers.put(n, null);
          }
        } else if (e.getKey().matches("comment\\d+")) {
          comments.put(Integer.parseInt(e.getKey().substring("comment".length())), e.getValue());
        } else if (e.getKey().matches("grade\\d+") && !e.getValue().isBlank()) {
          grades.put(
              Integer.parseInt(e.getKey().substring("grade".length())),
              parseInt(e.getValue(), e.getKey(), "goals.error.grade"));
        }
      }
      answers.values().removeIf(java.util.Objects::isNull);
      Map<Integer, Boolean> all = new HashMap<>(answers);
      goals.saveChecklist(actor, area, place, year, all, comments, grades);
      redirect.addFlashAttribute("notice", "goals.checklist.saved");
      return "redirect:/areas/" + area.slug() + "/goals/checklist?place=" + place + "&year=" + year;
    } catch (InputException e) {
      model.addAttribute("currentArea", area);
      model.addAttribute("geographies", goals.geographies(area));
      model.addAttribute("checklist", goals.checklist(area, place, year));
      model.addAttribute("year", year);
      model.addAttribute("place", place);
      model.addAttribute("mayEdit", mayEdit(actor));
      model.addAttribute("error", text(e.messageKey(), locale, e.arguments()));
      return "goals/checklist";
    }
  }

  @GetMapping("/areas/{area}/goals/measurements.csv")
  ResponseEntity<String> export(Actor actor, @PathVariable("area") String slug) {
    Area area = areaAccess.require(actor, slug);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("matningar-" + area.slug() + ".csv")
                .build()
                .toString())
        .body(csv.export(area));
  }

  @GetMapping("/areas/{area}/goals/measurements/import")
  String importForm(Actor actor, @PathVariable("area") String slug, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("problems", List.of());
    return "goals/import";
  }

  /** A problem of a refused file, in the reader's language. */
  public record ProblemRow(int line, String column, String message) {}

  @PostMapping("/areas/{area}/goals/measurements/import")
  String importFile(
      Actor actor,
      @PathVariable("area") String slug,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Locale locale,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    if (file == null || file.isEmpty()) {
      model.addAttribute("problems", List.of());
      model.addAttribute("error", text("goals.import.no-file", locale));
      return "goals/import";
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      int rows = csv.importFile(actor, area, reader);
      redirect.addFlashAttribute("notice", "goals.import.done");
      redirect.addFlashAttribute("noticeArgument", rows);
      return "redirect:/areas/" + area.slug() + "/goals";
    } catch (MeasurementImportException e) {
      model.addAttribute(
          "problems",
          e.problems().stream()
              .map(
                  p ->
                      new ProblemRow(
                          p.line(),
                          p.column(),
                          text(p.messageKey(), locale, p.arguments().toArray())))
              .toList());
      model.addAttribute("error", text("goals.import.refused", locale, e.problems().size()));
      return "goals/import";
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static int parseInt(String text, String field, String key) {
    try {
      return Integer.parseInt(text == null ? "" : text.trim().replace(" ", ""));
    } catch (NumberFormatException e) {
      throw new InputException(field, key);
    }
  }

  private static int checkYear(int year) {
    if (year < 1900 || year > 2200) {
      throw new NotFoundException("year");
    }
    return year;
  }

  private static boolean mayEdit(Actor actor) {
    return actor.is(Role.COORDINATOR) || actor.is(Role.ADMIN);
  }
}
