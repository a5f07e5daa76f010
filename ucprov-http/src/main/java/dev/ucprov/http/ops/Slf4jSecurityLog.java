package dev.ucprov.http.ops;

import dev.ucprov.core.abuse.SecurityLog;
import org.slf4j.Logger;

/**
 * Security events to an SLF4J logger at WARN ({@code ucprov.security} in production), the line as
 * the core formats it, so a fail2ban filter can match it whatever the layout adds before it.
 */
public final class Slf4jSecurityLog implements SecurityLog {

  private final Logger logger;

  public Slf4jSecurityLog(Logger logger) {
    this.logger = logger;
  }

  @Override
  public void write(String line) {
    logger.warn(line);
  }
}
