/**
 * The phones' FTP listener on Apache FtpServer: logins, the per-session file view and the
 * transfers, each translated into the core's {@code Logins}, {@code ProvisioningService} and {@code
 * Uploads}, which decide.
 */
package dev.ucprov.ftp;
