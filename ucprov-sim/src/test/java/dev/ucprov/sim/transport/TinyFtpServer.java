package dev.ucprov.sim.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The least FTP server (RFC 959) a phone's client needs, for tests only: one session at a time,
 * USER/PASS against one account, TYPE, PASV, RETR, STOR, QUIT, files under one directory. Records
 * the commands it was sent. Stand-in until ucprov's own FTP listener can be used here.
 */
final class TinyFtpServer implements AutoCloseable {

  private final ServerSocket control;
  private final Path root;
  private final String user;
  private final String password;
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private final Thread thread;

  TinyFtpServer(Path root, String user, String password) throws IOException {
    this.control = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    this.root = root;
    this.user = user;
    this.password = password;
    this.thread = Thread.ofPlatform().daemon().name("tiny-ftp").start(this::accept);
  }

  int port() {
    return control.getLocalPort();
  }

  List<String> commands() {
    return List.copyOf(commands);
  }

  private void accept() {
    while (!control.isClosed()) {
      try (Socket session = control.accept()) {
        serve(session);
      } catch (IOException e) {
        // closed, or the client went away; take the next session
      }
    }
  }

  private void serve(Socket session) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(session.getInputStream(), StandardCharsets.US_ASCII));
    PrintWriter out = new PrintWriter(session.getOutputStream(), true, StandardCharsets.US_ASCII);
    reply(out, "220 tiny");
    String loginUser = "";
    boolean loggedIn = false;
    ServerSocket passive = null;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      commands.add(line.startsWith("PASS ") ? "PASS ***" : line);
      String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
      String argument = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
      switch (verb) {
        case "USER" -> {
          loginUser = argument;
          reply(out, "331 password please");
        }
        case "PASS" -> {
          loggedIn = loginUser.equals(user) && argument.equals(password);
          reply(out, loggedIn ? "230 in" : "530 no");
        }
        case "TYPE" -> reply(out, "200 type");
        case "PASV" -> {
          passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
          int p = passive.getLocalPort();
          reply(out, "227 Entering Passive Mode (127,0,0,1," + (p >> 8) + "," + (p & 0xff) + ")");
        }
        case "RETR", "STOR" -> {
          if (!loggedIn || passive == null) {
            reply(out, "530 no");
          } else {
            transfer(verb, root.resolve(argument).normalize(), passive, out);
            passive.close();
            passive = null;
          }
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "502 not here");
      }
    }
  }

  private void transfer(String verb, Path file, ServerSocket passive, PrintWriter out)
      throws IOException {
    if (!file.startsWith(root) || (verb.equals("RETR") && !Files.isRegularFile(file))) {
      reply(out, "550 no such file");
      return;
    }
    reply(out, "150 data");
    try (Socket data = passive.accept()) {
      if (verb.equals("RETR")) {
        try (OutputStream to = data.getOutputStream()) {
          Files.copy(file, to);
        }
      } else {
        Files.createDirectories(file.getParent());
        try (InputStream from = data.getInputStream()) {
          Files.copy(from, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    reply(out, "226 done");
  }

  private static void reply(PrintWriter out, String line) {
    out.print(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    control.close();
    thread.join(5_000);
  }
}
