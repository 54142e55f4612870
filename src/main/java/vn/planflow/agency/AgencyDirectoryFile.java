package vn.planflow.agency;

import vn.planflow.time.DateTexts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The directory file: {@code id;type;name;aliases;email;validFrom;validTo;successors;source}, one
 * agency a line, aliases and successors separated by {@code |}, the source (the documents that
 * created, changed or ended the agency, with number and date) last and free, dates as {@code yyyy-MM-dd} (or
 * {@code d/M/yyyy}, as a spreadsheet may rewrite them), an empty date meaning "always". The file of
 * earlier releases ({@code id;type;name;aliases;email}, no dates) is still read. Every problem of a
 * file is listed, in Vietnamese, with its line.
 */
public final class AgencyDirectoryFile {

  static final String HEADER = "id;type;name;aliases;email;validFrom;validTo;successors;source";
  static final String OLD_HEADER = "id;type;name;aliases;email";
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The agencies of a file, in its order, or the problems that keep it from being used. */
  public record Parsed(Map<String, Agency> agencies, List<String> errors) {

    public Parsed {
      agencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private AgencyDirectoryFile() {
  }

  public static Parsed parse(String text) {
    List<String> errors = new ArrayList<>();
    Map<String, Agency> agencies = new LinkedHashMap<>();
    String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\r|\n", -1);
    String header = lines.length == 0 ? "" : lines[0].trim();
    boolean dated = HEADER.equals(header);
    if (!dated && !OLD_HEADER.equals(header)) {
      return new Parsed(Map.of(), List.of("Dòng 1: dòng đầu phải là \"" + HEADER + "\""));
    }
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int number = i + 1;
      int expected = dated ? 9 : 5;
      // the last column, the source, is free text and may hold semicolons itself
      String[] fields = dated ? line.split(";", expected) : line.split(";", -1);
      if (fields.length != expected) {
        errors.add("Dòng " + number + ": cần " + expected + " cột ngăn cách bởi dấu chấm phẩy, có " + fields.length);
        continue;
      }
      int before = errors.size();
      String id = fields[0].trim();
      if (!ID.matcher(id).matches()) {
        errors.add("Dòng " + number + ": mã \"" + id + "\" phải viết thường, không dấu, nối bằng dấu gạch ngang "
            + "(ví dụ so-khcn)");
      }
      AgencyType type = null;
      try {
        type = AgencyType.fromId(fields[1].trim());
      } catch (IllegalArgumentException e) {
        errors.add("Dòng " + number + ": loại \"" + fields[1].trim() + "\" không có; chỉ nhận department, district, "
            + "commune, approval-body, external");
      }
      String name = fields[2].trim();
      if (name.isEmpty()) {
        errors.add("Dòng " + number + ": thiếu tên đơn vị");
      }
      String email = fields[4].trim();
      if (type != null && type.receivesTasks() && !email.contains("@")) {
        errors.add("Dòng " + number + ": thiếu địa chỉ thư điện tử của đơn vị (để nhận thư nhắc hạn)");
      }
      LocalDate from = dated ? date(fields[5], number, "validFrom", errors) : null;
      LocalDate to = dated ? date(fields[6], number, "validTo", errors) : null;
      if (from != null && to != null && to.isBefore(from)) {
        errors.add("Dòng " + number + ": ngày hết hiệu lực " + to + " trước ngày có hiệu lực " + from);
      }
      List<String> successors = dated ? split(fields[7]) : List.of();
      if (!successors.isEmpty() && to == null) {
        errors.add("Dòng " + number + ": chỉ đơn vị đã có ngày hết hiệu lực (validTo) mới có đơn vị kế thừa");
      }
      if (successors.contains(id)) {
        errors.add("Dòng " + number + ": đơn vị không thể kế thừa chính nó");
      }
      if (lineOf.containsKey(id)) {
        errors.add("Dòng " + number + ": mã \"" + id + "\" trùng với dòng " + lineOf.get(id));
        continue;
      }
      lineOf.put(id, number);
      if (errors.size() == before) {
        agencies.put(id, new Agency(id, type, name, split(fields[3]), email, from, to, successors,
            dated ? fields[8].trim() : ""));
      }
    }
    for (Agency agency : agencies.values()) {
      for (String successor : agency.successors()) {
        Agency next = agencies.get(successor);
        if (next == null) {
          if (!lineOf.containsKey(successor)) {
            errors.add("Dòng " + lineOf.get(agency.id()) + ": đơn vị kế thừa \"" + successor + "\" không có trong "
                + "danh mục");
          }
        } else if (!next.validOn(agency.validTo().plusDays(1))) {
          errors.add("Dòng " + lineOf.get(agency.id()) + ": đơn vị kế thừa \"" + successor + "\" không có hiệu lực "
              + "vào ngày " + agency.validTo().plusDays(1) + ", ngày sau khi \"" + agency.id() + "\" hết hiệu lực");
        }
      }
    }
    if (agencies.isEmpty() && errors.isEmpty()) {
      errors.add("Tệp không có đơn vị nào");
    }
    return new Parsed(errors.isEmpty() ? agencies : Map.of(), errors);
  }

  /** A directory as a file of the current format, so that what is read can be written back. */
  public static String write(Iterable<Agency> agencies) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Agency agency : agencies) {
      text.append(String.join(";", agency.id(), agency.type().id(), agency.name(), String.join("|", agency.aliases()),
          agency.email(), agency.validFrom() == null ? "" : agency.validFrom().toString(),
          agency.validTo() == null ? "" : agency.validTo().toString(), String.join("|", agency.successors()),
          agency.source())).append('\n');
    }
    return text.toString();
  }

  private static LocalDate date(String field, int line, String column, List<String> errors) {
    String text = field.trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return DateTexts.day(text);
    } catch (IllegalArgumentException e) {
      errors.add("Dòng " + line + ": " + column + " \"" + text + "\" không phải là ngày (yyyy-MM-dd)");
      return null;
    }
  }

  private static List<String> split(String field) {
    return Arrays.stream(field.split("\\|")).map(String::trim).filter(part -> !part.isEmpty()).toList();
  }
}
