package dev.ucprov.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.ftpserver.ftplet.FtpFile;

/**
 * A path that climbs above the session's root: it does not exist, and nothing can be done with it,
 * so every command on it fails (550) like one on a missing file.
 *
 * @param argument the path as the client sent it
 */
record OutsideFile(String argument) implements FtpFile {

  @Override
  public String getAbsolutePath() {
    return argument;
  }

  @Override
  public String getName() {
    return argument;
  }

  @Override
  public boolean isHidden() {
    return true;
  }

  @Override
  public boolean isDirectory() {
    return false;
  }

  @Override
  public boolean isFile() {
    return false;
  }

  @Override
  public boolean doesExist() {
    return false;
  }

  @Override
  public boolean isReadable() {
    return false;
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
    return 0;
  }

  @Override
  public long getLastModified() {
    return 0;
  }

  @Override
  public boolean setLastModified(long time) {
    return false;
  }

  @Override
  public long getSize() {
    return 0;
  }

  @Override
  public Object getPhysicalFile() {
    return argument;
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
    return List.of();
  }

  @Override
  public OutputStream createOutputStream(long offset) throws IOException {
    throw new IOException("outside the root");
  }

  @Override
  public InputStream createInputStream(long offset) throws IOException {
    throw new IOException("outside the root");
  }
}
