package se.klara.admin;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;

/** The newest audit rows. Reading the audit log is itself audited. */
@Controller
class AuditController {
  static final int PAGE = 200;
  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String latest(@RequestParam(name = "action", required = false) String action, Model model) {
    Optional<String> filter = Optional.ofNullable(action).filter(a -> !a.isBlank());
    model.addAttribute("events", audit.latest(PAGE, filter));
    model.addAttribute("actions", audit.actions());
    model.addAttribute("action", filter.orElse(""));
    audit.record(
        AuditEntry.of("AUDIT_VIEWED", "audit_event", null).withDetail(filter.orElse(null)));
    return "admin/audit";
  }
}
