package dev.ucprov.core.provisioning;

/** Whether an upload may go ahead, decided before its body is read. */
public sealed interface UploadAdmission {

  /** Read the body, at most {@code ticket.cap()} bytes, and store it. */
  record Admitted(UploadTicket ticket) implements UploadAdmission {}

  /** Answer the refusal without storing anything; the body need not be read. */
  record Refused(UploadReply.Refused reply) implements UploadAdmission {}
}
