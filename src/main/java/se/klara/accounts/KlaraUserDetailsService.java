package se.klara.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class KlaraUserDetailsService implements UserDetailsService {
  private final AccountRepository repository;

  KlaraUserDetailsService(AccountRepository repository) {
    this.repository = repository;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return repository
        .credentials(Accounts.normalise(username))
        .map(c -> new KlaraUserDetails(c.account(), c.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
  }
}
