package dev.ucprov.ftp;

import dev.ucprov.core.provisioning.FileReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.ftpserver.ftplet.FtpFile;

/**
 * One path of a session's view. It is a file when the core serves it to this session (the reply is
 * fetched once, when first needed, with the session's proof: SIZE, MDTM and listings answer from
 * the same decision as RETR); any other path is a directory, possibly empty, since phones write
 * into directories that hold no file yet and only a file's name counts for uploads (ADR 0018).
 * Nothing can be changed through it: uploads go through STOR and APPE. Not thread-safe: FtpServer
 * makes one per command.
 */
final class ViewFile implements FtpFile {

  private final SessionView view;
  private final ViewPath path;
  private FileReply reply;

  ViewFile(SessionView view, ViewPath path) {
    this.view = view;
    this.path = path;
  }

  /** A path whose reply is known already (a listing fetched it). */
  ViewFile(SessionView view, ViewPath path, FileReply reply) {
    this(view, path);
    this.reply = reply;
  }

  ViewPath path() {
    return path;
  }

  /** What the core answers this session for the path; the root is never a file. */
  FileReply reply() {
    if (reply == null) {
      reply = view.fetch(path);
    }
    return reply;
  }

  @Override
  public String getAbsolutePath() {
    return path.toString();
  }

  @Override
  public String getName() {
    return path.name();
  }

  @Override
  public boolean isHidden() {
    return false;
  }

  @Override
  public boolean isDirectory() {
    return !isFile();
  }

  @Override
  public boolean isFile() {
    return !path.isRoot()
        && (reply() instanceof FileReply.Served || reply() instanceof FileReply.RenderFailed);
  }

  @Override
  public boolean doesExist() {
    return true;
  }

  @Override
  public boolean isReadable() {
    return isDirectory() || reply() instanceof FileReply.Served;
  }

  @Override
  public boolean isWritable() {
    return false;
  }

  @Override
  public boolean isRemovable() {
    return false;
  }

  @Override
  public String getOwnerName() {
    return "ucprov";
  }

  @Override
  public String getGroupName() {
    return "ucprov";
  }

  @Override
  public int getLinkCount() {
    return isDirectory() ? 2 : 1;
  }

  @Override
  public long getLastModified() {
    return isFile() && reply() instanceof FileReply.Served served
        ? served.lastModified().toEpochMilli()
        : view.directoryTime();
  }

  @Override
  public boolean setLastModified(long time) {
    return false;
  }

  @Override
  public long getSize() {
    return isFile() && reply() instanceof FileReply.Served served ? served.body().size() : 0;
  }

  @Override
  public Object getPhysicalFile() {
    return path;
  }

  @Override
  public boolean mkdir() {
    return false;
  }

  @Override
  public boolean delete() {
    return false;
  }

  @Override
  public boolean move(FtpFile destination) {
    return false;
  }

  @Override
  public List<? extends FtpFile> listFiles() {
    return isDirectory() ? view.children(path) : List.of();
  }

  @Override
  public OutputStream createOutputStream(long offset) throws IOException {
    throw new IOException("uploads go through STOR or APPE");
  }

  /** The served bytes from {@code offset}; for FtpServer's own readers (MD5). */
  @Override
  public InputStream createInputStream(long offset) throws IOException {
    if (isFile() && reply() instanceof FileReply.Served served) {
      return view.open(served, offset);
    }
    throw new IOException(path + " is not a file this session may read");
  }
}
