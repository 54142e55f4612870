package vn.planflow.plan;

import java.util.List;
import java.util.stream.Collectors;

/** Parts of an agency text that name no agency of the directory (or more than one). */
public class UnknownAgencyException extends IllegalArgumentException {

  private final transient List<String> parts;

  UnknownAgencyException(List<String> parts) {
    super(parts.stream().map(UnknownAgencyException::message).collect(Collectors.joining("; ")));
    this.parts = List.copyOf(parts);
  }

  /** The parts as written. */
  public List<String> parts() {
    return parts;
  }

  static String message(String part) {
    return "Không tìm thấy đơn vị \"" + part + "\" trong danh mục đơn vị";
  }
}
