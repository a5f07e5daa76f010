/** TFTP packets as bytes and back (RFC 1350, RFC 2347), and netascii line-end conversion. */
package dev.ucprov.tftp.wire;
