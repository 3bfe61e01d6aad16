package se.klara.accounts;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;
import se.klara.areas.AreaAccess;
import se.klara.areas.Areas;
import se.klara.audit.AuditEntry;
import se.klara.audit.AuditLog;
import se.klara.directory.Organisations;
import se.klara.shared.Actor;

/** Opens accounts, sets passwords, grants areas. Every change is audited in its transaction. */
@Service
public class Accounts {
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final AccountRepository repository;
  private final PasswordEncoder passwordEncoder;
  private final Organisations organisations;
  private final Areas areas;
  private final AuditLog audit;
  private final AreaAccess areaAccess;

  Accounts(
      AccountRepository repository,
      PasswordEncoder passwordEncoder,
      Organisations organisations,
      Areas areas,
      AuditLog audit,
      AreaAccess areaAccess) {
    this.areaAccess = areaAccess;
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
    this.organisations = organisations;
    this.areas = areas;
    this.audit = audit;
  }

  /** User names are compared in lower case without surrounding space. */
  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  @Transactional
  public Account create(NewAccount command) {
    String username = normalise(command.username());
    if (!USERNAME.matcher(username).matches()) {
      throw new AccountException("username", "account.username.invalid");
    }
    if (repository.exists(username)) {
      throw new AccountException("username", "account.username.taken", username);
    }
    String displayName = command.displayName() == null ? "" : command.displayName().trim();
    if (displayName.isEmpty() || displayName.length() > 100) {
      throw new AccountException("displayName", "account.display-name.invalid");
    }
    if (organisations.byId(command.organisationId()).isEmpty()) {
      throw new AccountException("organisationId", "account.organisation.unknown");
    }
    List<Area> granted = areas.withIds(command.areaIds());
    if (granted.size() != command.areaIds().stream().distinct().count()) {
      throw new AccountException("areaIds", "account.area.unknown");
    }
    PasswordPolicy.check("password", command.password());
    long id =
        repository.insert(
            username,
            displayName,
            command.organisationId(),
            command.role(),
            passwordEncoder.encode(String.valueOf(command.password())),
            command.demo());
    Arrays.fill(command.password(), '\0');
    granted.forEach(area -> areaAccess.grant(id, area.id()));
    audit.record(
        AuditEntry.of("ACCOUNT_CREATED", "account", id).withDetail("role=" + command.role()));
    return repository.byId(id).orElseThrow();
  }

  /** The signed-in user changes their own password, proving the current one. */
  @Transactional
  public void changeOwnPassword(Actor actor, char[] current, char[] replacement) {
    AccountRepository.Credentials credentials =
        repository
            .credentials(actor.username())
            .orElseThrow(() -> new AccountException("current", "password.current.wrong"));
    if (!passwordEncoder.matches(String.valueOf(current), credentials.passwordHash())) {
      throw new AccountException("current", "password.current.wrong");
    }
    PasswordPolicy.check("replacement", replacement);
    repository.updatePassword(actor.userId(), passwordEncoder.encode(String.valueOf(replacement)));
    audit.record(AuditEntry.of("PASSWORD_CHANGED", "account", actor.userId()));
  }

  /** An administrator (or the command line) sets a new password for someone. */
  @Transactional
  public void resetPassword(String username, char[] replacement) {
    Account account =
        repository
            .byUsername(normalise(username))
            .orElseThrow(() -> new AccountException("username", "account.unknown", username));
    PasswordPolicy.check("password", replacement);
    repository.updatePassword(account.id(), passwordEncoder.encode(String.valueOf(replacement)));
    audit.record(AuditEntry.of("PASSWORD_RESET", "account", account.id()));
  }

  @Transactional
  public void grantArea(long userId, long areaId) {
    areaAccess.grant(userId, areaId);
    audit.record(AuditEntry.of("AREA_GRANTED", "account", userId).inArea(areaId));
  }

  /**
   * Sets (or with a blank value removes) the address where a user is told by e-mail. The address is
   * checked for shape only; Klara never sends to it unless SMTP is configured.
   */
  @Transactional
  public void setEmail(long userId, String email) {
    String address = email == null ? "" : email.trim();
    if (!address.isEmpty() && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
      throw new AccountException("email", "account.email.invalid");
    }
    repository.updateEmail(userId, address.isEmpty() ? null : address);
    audit.record(AuditEntry.of("EMAIL_CHANGED", "account", userId));
  }

  /** The e-mail addresses of those of the users who have one, by user id. */
  public Map<Long, String> emailAddresses(Collection<Long> userIds) {
    return repository.emailAddresses(userIds);
  }

  /** The user's e-mail address, if set. */
  public Optional<String> emailOf(long userId) {
    return Optional.ofNullable(repository.emailAddresses(List.of(userId)).get(userId));
  }

  public Optional<Account> byUsername(String username) {
    return repository.byUsername(normalise(username));
  }

  public List<Account> all() {
    return repository.all();
  }

  public List<Account> membersOf(Area area) {
    return repository.membersOf(area.id());
  }

  public long countDemoAccounts() {
    return repository.countDemo();
  }

  /** Removes the demo accounts (before a demo database is taken into production use). */
  @Transactional
  public int deleteDemoAccounts() {
    List<Long> ids = repository.demoIds();
    for (long id : ids) {
      repository.delete(id);
      audit.record(AuditEntry.of("ACCOUNT_DELETED", "account", id).withDetail("demo account"));
    }
    return ids.size();
  }
}
