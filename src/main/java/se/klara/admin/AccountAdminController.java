package se.klara.admin;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.klara.accounts.AccountException;
import se.klara.accounts.Accounts;
import se.klara.areas.Areas;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.directory.Organisations;
import se.klara.shared.Role;

/** Administrators list and open accounts. */
@Controller
class AccountAdminController {
  private final Accounts accounts;
  private final Organisations organisations;
  private final Areas areas;
  private final AuditLog audit;

  AccountAdminController(
      Accounts accounts, Organisations organisations, Areas areas, AuditLog audit) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.areas = areas;
    this.audit = audit;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("accounts", accounts.all());
    audit.record(AuditEntry.of("ACCOUNTS_VIEWED", "account", null));
    return "admin/users";
  }

  @GetMapping("/admin/users/new")
  String newAccount(Model model) {
    model.addAttribute("form", AccountForm.empty());
    return form(model);
  }

  @PostMapping("/admin/users")
  String create(
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        var account = accounts.create(form.toNewAccount());
        redirect.addFlashAttribute("notice", "account.created");
        redirect.addFlashAttribute("noticeArgument", account.username());
        return "redirect:/admin/users";
      } catch (AccountException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return form(model);
  }

  private String form(Model model) {
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("areas", areas.all());
    model.addAttribute("roles", Role.values());
    return "admin/user-form";
  }
}
