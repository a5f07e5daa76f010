package dev.ucprov.ftp;

import dev.ucprov.core.provisioning.UploadReply;
import org.apache.ftpserver.impl.FtpIoSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the core's upload decisions read as FTP replies: 550 for refusals that must not say why, 553
 * for a name phones do not write, 552 past the cap, 551 for invalid content (with its line and
 * column), 426 for a broken data connection, 451 when storing failed, 226 once stored.
 */
final class UploadReplies {

  private static final Logger LOG = LoggerFactory.getLogger(UploadReplies.class);

  private UploadReplies() {}

  /** Refusals before any data: the policy's reasons are for the log, never for the client. */
  static int refusal(FtpIoSession session, String path, UploadReply.Refused refused) {
    int code;
    String message;
    switch (refused.status()) {
      case 401, 403 -> {
        LOG.debug("FTP upload {} refused: {}", path, refused.message());
        code = 550;
        message = path + ": permission denied";
      }
      case 404 -> {
        code = 550;
        message = path + ": no such device";
      }
      case 405 -> {
        code = 553;
        message = refused.message();
      }
      default -> {
        code = 550;
        message = refused.message();
      }
    }
    Wire.reply(session, code, message);
    return code;
  }

  static int cutShort(FtpIoSession session, UploadReply reply) {
    String message =
        reply instanceof UploadReply.Refused refused
            ? refused.message()
            : "the upload was cut short; nothing was stored";
    Wire.reply(session, 426, "data connection closed; " + message);
    return 426;
  }

  static int encode(FtpIoSession session, String path, UploadReply reply) {
    return switch (reply) {
      case UploadReply.Stored stored -> {
        Wire.reply(
            session, 226, "Stored " + stored.name() + " as version " + stored.version().version());
        yield 226;
      }
      case UploadReply.Refused refused -> {
        int code =
            switch (refused.status()) {
              case 413 -> 552;
              case 400 -> 551;
              default -> 550;
            };
        Wire.reply(session, code, code == 550 ? path + ": not stored" : refused.message());
        yield code;
      }
      case UploadReply.Failed failed -> {
        LOG.error("FTP upload {} answered 451: {}", path, failed.reason());
        Wire.reply(session, 451, path + ": cannot be stored now; try again later");
        yield 451;
      }
    };
  }

  static int status(UploadReply reply) {
    return switch (reply) {
      case UploadReply.Stored stored -> stored.created() ? 201 : 204;
      case UploadReply.Refused refused -> refused.status();
      case UploadReply.Failed failed -> 500;
    };
  }
}
