package se.klara.reports;

import java.time.LocalDate;
import java.util.List;
import se.klara.areas.Area;

/** A built follow-up report: its area, year, chapters in order, and the day it was generated. */
public record Report(
    Area area,
    int year,
    String title,
    String vision,
    List<ReportPart> parts,
    LocalDate generatedOn) {}
