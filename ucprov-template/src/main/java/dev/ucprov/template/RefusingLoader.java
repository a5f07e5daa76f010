package dev.ucprov.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;

/**
 * The loader of an engine that renders only the source it is given: {@code include}, {@code import}
 * and {@code extends} would otherwise read the class path or the file system, so each template
 * stands alone.
 */
final class RefusingLoader implements Loader<String> {

  @Override
  public Reader getReader(String name) {
    throw new LoaderException(
        null, "templates cannot include, import or extend other files ('" + name + "')");
  }

  @Override
  public void setCharset(String charset) {}

  @Override
  public void setPrefix(String prefix) {}

  @Override
  public void setSuffix(String suffix) {}

  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    return relativePath;
  }

  @Override
  public String createCacheKey(String templateName) {
    return templateName;
  }

  @Override
  public boolean resourceExists(String templateName) {
    return false;
  }
}
