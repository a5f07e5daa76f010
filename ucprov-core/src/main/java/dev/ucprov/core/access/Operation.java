package dev.ucprov.core.access;

/** What a client wants to do with a file. */
public enum Operation {
  /** GET, HEAD, TFTP RRQ, FTP RETR. */
  READ,
  /** PUT, TFTP WRQ, FTP STOR: phone uploads. */
  WRITE
}
