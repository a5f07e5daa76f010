package dev.ucprov.http.phone;

/** What went back to the phone: the status and the body bytes, for the log and the inventory. */
record Sent(int status, long bytes) {}
