package se.klara.directory;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.shared.Actor;

/** The onboarding guide of an area for new staff: a printable page and the same as a PDF. */
@Controller
class OnboardingController {
  private final AreaAccess areaAccess;
  private final OnboardingGuides guides;
  private final OnboardingPdf pdf;

  OnboardingController(AreaAccess areaAccess, OnboardingGuides guides, OnboardingPdf pdf) {
    this.areaAccess = areaAccess;
    this.guides = guides;
    this.pdf = pdf;
  }

  @GetMapping("/areas/{area}/onboarding")
  String page(Actor actor, @PathVariable("area") String slug, Locale locale, Model model) {
    Area area = areaAccess.require(actor, slug);
    model.addAttribute("currentArea", area);
    model.addAttribute("guide", guides.guideFor(area, locale));
    return "directory/onboarding/page";
  }

  @GetMapping("/areas/{area}/onboarding.pdf")
  ResponseEntity<byte[]> pdf(Actor actor, @PathVariable("area") String slug, Locale locale) {
    Area area = areaAccess.require(actor, slug);
    byte[] document = pdf.render(guides.guideFor(area, locale), locale);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("klara-onboarding-" + area.slug() + ".pdf")
                .build()
                .toString())
        .body(document);
  }
}
